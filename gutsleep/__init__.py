"""gutsleep: a private, offline journal of sleep, gut, food, stress and cycle."""

__version__ = "0.1.0"
