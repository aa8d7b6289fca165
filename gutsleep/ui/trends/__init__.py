"""The Trends page: charts, the data table and the insights, each its own part."""
