"""gutsleep.domain layer."""
