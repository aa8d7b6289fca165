"""Which measures the charts offer, without loading matplotlib.

The Trends page needs these lists before any figure exists, so they live in a
module of their own that the figure builders and the page both import.
"""

from __future__ import annotations

SLEEP_MEASURES: tuple[str, ...] = ("tst", "se", "sol", "waso", "quality")
#: The factors a person can put beside their sleep, in the order offered.
FACTOR_CHOICES: tuple[str, ...] = (
    "stress",
    "mood",
    "bloating",
    "discomfort",
    "fermented",
    "fibre",
    "trigger_day",
    "alcohol",
    "night_sweats",
    "caffeine",
    "sugar_upf",
    "practice_min",
)
DEFAULT_FACTORS: tuple[str, ...] = ("stress", "fermented", "alcohol")
