"""gutsleep.analysis layer."""
