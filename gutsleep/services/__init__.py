"""gutsleep.services layer."""
