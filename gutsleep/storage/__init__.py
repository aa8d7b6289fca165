"""gutsleep.storage layer."""
