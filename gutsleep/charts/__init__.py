"""gutsleep.charts layer."""
