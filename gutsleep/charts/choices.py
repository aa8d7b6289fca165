"""Which measures the charts offer, without loading matplotlib.

The Trends page needs these lists before any figure exists, so they live in a
module of their own that the figure builders and the page both import.
"""

from __future__ import annotations

from gutsleep.analysis.series import FACTORS

SLEEP_MEASURES: tuple[str, ...] = ("tst", "se", "sol", "waso", "quality")
#: Factors with a figure of their own (plants and gut on Trends' other tabs, bleeding
#: as the cycle shading), so not offered again beside sleep.
_SHOWN_ELSEWHERE = frozenset({"plants", "bleeding", "bm_count"})
#: The factors a person can put beside their sleep, in the order offered: every
#: factor the journal declares (domain.fields) or computes (analysis.series).
FACTOR_CHOICES: tuple[str, ...] = tuple(k for k in FACTORS if k not in _SHOWN_ELSEWHERE)
DEFAULT_FACTORS: tuple[str, ...] = ("stress", "fermented", "alcohol")
