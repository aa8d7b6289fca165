"""gutsleep.ui layer."""
