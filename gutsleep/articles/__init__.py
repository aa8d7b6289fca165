"""gutsleep.articles layer."""
