"""Patterns between a day's factors and sleep, stated with their uncertainty.

:func:`find_insights` compares, for every factor in :data:`SPLITS`, every
sleep outcome in :data:`INSIGHT_OUTCOMES` and both lags (0: the night that
ended on the day, i.e. the night *before* the day's diet and stress; 1: the
night *after* it), the nights on days "with" the factor against the nights on
the other days. The effect is the difference in means (with − without) in the
outcome's own unit, with a percentile bootstrap interval.

Why every factor is split into "days with" and "days without"
-------------------------------------------------------------
A sentence such as "on the 41 nights after a day with 2 or more fermented
servings you slept 18 min longer" can be checked against memory and is in
the unit people care about; a rank correlation cannot. Scale factors are
therefore split at a fixed, stated threshold rather than analysed by rank
correlation (:func:`gutsleep.analysis.stats.spearman_ci` exists for scatter
views). The thresholds are fixed in advance, not tuned to the data, so they
add no hidden comparisons:

==============  ==============================  ===============================
factor          "with" means                    why
==============  ==============================  ===============================
trigger_day     a personal trigger food         yes/no
bleeding        spotting or any bleeding        yes/no
fermented       2 or more servings              meaningful daily amount
fibre           5 or more servings              a fibre-rich day
sugar_upf       2 or more servings              more than an occasional treat
alcohol         1 or more drinks                any alcohol
caffeine        3 or more drinks                more than usual morning coffee
stress          7 or more (0-10)                a high-stress day
mood            3 or less (0-10)                a low-mood day
bloating        5 or more (0-10)                marked bloating
discomfort      5 or more (0-10)                marked discomfort
plants          5 or more different plants      on course for 30 a week
practice_min    20 or more minutes              a real session
bm_count        no bowel movement               a day without one
night_sweats    1 or more                       any sweats or flushes
==============  ==============================  ===============================

Honesty rules (domain reference, section 7)
-------------------------------------------
- A comparison is reported only with at least ``min_pairs`` paired days and at
  least ``min_group`` days on each side; otherwise the report says how many
  more paired days are needed.
- Every reported comparison is counted; when more than a few are shown, the
  report warns how many would look notable by chance alone.
- Sentences say "on average" and "association, not proof of cause".

The bootstrap resamples days (a day with its same-night and next-night
sleep), not groups: whether a day is "with" the factor is itself chance, so
group sizes vary from resample to resample. All comparisons share one set of
resamples, evaluated as a single matrix product, which keeps ten years of
daily data well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gutsleep.analysis.series import MEASURES, DailyFrame, FloatArray, rounded
from gutsleep.analysis.stats import bootstrap_replicates, percentile_interval
from gutsleep.domain.text import N_, Message

__all__ = [
    "DEFAULT_N_BOOT",
    "INSIGHT_OUTCOMES",
    "LAGS",
    "MANY_COMPARISONS",
    "METHOD_DIFF_IN_MEANS",
    "MIN_GROUP",
    "MIN_PAIRS",
    "SPLITS",
    "FactorSplit",
    "Insight",
    "InsightReport",
    "find_insights",
]

MIN_PAIRS = 14
MIN_GROUP = 5
DEFAULT_N_BOOT = 1000
#: More shown comparisons than this earn the multiple-comparisons warning.
MANY_COMPARISONS = 3
INSIGHT_OUTCOMES: tuple[str, ...] = ("tst", "se", "sol", "waso", "quality")
LAGS: tuple[int, ...] = (0, 1)
METHOD_DIFF_IN_MEANS = "difference in means"


@dataclass(frozen=True)
class FactorSplit:
    """How a factor divides days into "with" and "without".

    A day is "with" the factor when its value is at least ``threshold`` (at
    most, when ``at_most``). ``condition`` completes both "days with ..." and
    "nights after a day with ..." (a translatable source string).
    """

    factor: str
    threshold: float
    condition: str
    at_most: bool = False

    def mask(self, values: FloatArray) -> np.ndarray:
        """True where the day is "with" the factor (NaN is never "with")."""
        with np.errstate(invalid="ignore"):
            if self.at_most:
                return np.asarray(values <= self.threshold)
            return np.asarray(values >= self.threshold)


SPLITS: tuple[FactorSplit, ...] = (
    FactorSplit("trigger_day", 1, N_("a personal trigger food")),
    FactorSplit("bleeding", 1, N_("menstrual bleeding or spotting")),
    FactorSplit("fermented", 2, N_("2 or more fermented servings")),
    FactorSplit("fibre", 5, N_("5 or more fibre-rich servings")),
    FactorSplit("sugar_upf", 2, N_("2 or more servings of added sugar or ultra-processed food")),
    FactorSplit("alcohol", 1, N_("any alcohol")),
    FactorSplit("caffeine", 3, N_("3 or more caffeinated drinks")),
    FactorSplit("stress", 7, N_("stress rated 7 or higher")),
    FactorSplit("mood", 3, N_("mood rated 3 or lower"), at_most=True),
    FactorSplit("bloating", 5, N_("bloating rated 5 or higher")),
    FactorSplit("discomfort", 5, N_("abdominal discomfort rated 5 or higher")),
    FactorSplit("plants", 5, N_("5 or more different plants")),
    FactorSplit("practice_min", 20, N_("20 or more minutes of stress practice")),
    FactorSplit("bm_count", 0, N_("no bowel movement"), at_most=True),
    FactorSplit("night_sweats", 1, N_("night sweats or hot flushes")),
)


@dataclass(frozen=True)
class Insight:
    """One reported comparison: nights on days with a factor against the rest.

    ``effect`` = ``mean_with`` − ``mean_without`` in the outcome's unit, with
    its bootstrap interval ``ci_low``..``ci_high``; ``n`` = ``n_with`` +
    ``n_without`` paired days. ``lag`` 0 pairs a day with the night that ended
    on it, 1 with the following night.
    """

    factor: str
    outcome: str
    lag: int
    n: int
    n_with: int
    n_without: int
    mean_with: float
    mean_without: float
    effect: float
    ci_low: float
    ci_high: float
    method: str
    sentence: Message

    @property
    def excludes_zero(self) -> bool:
        """The interval lies wholly on one side of "no difference"."""
        return bool(self.ci_low > 0 or self.ci_high < 0)

    @property
    def strength(self) -> float:
        """|effect| / interval width: how clearly the data show the difference."""
        width = self.ci_high - self.ci_low
        if not np.isfinite(width):
            return 0.0
        if width <= 0:
            return float("inf") if self.effect else 0.0
        return abs(self.effect) / width


@dataclass(frozen=True)
class InsightReport:
    """What :func:`find_insights` found, and how far to trust it.

    ``insights`` are ranked: intervals excluding no difference first, then by
    :attr:`Insight.strength`. ``n_comparisons`` counts every comparison that
    got an interval (all of them are in ``insights``); ``n_notable`` those
    whose interval excludes no difference; ``expected_by_chance`` how many
    would do so by chance if nothing were going on. ``warning`` is set when
    more than :data:`MANY_COMPARISONS` are shown. When nothing qualifies,
    ``days_needed`` is how many more paired days the best-covered comparison
    needs (0 when there are days enough but too little variety: too few days
    with, or without, each factor) and ``status`` says so; both are None when
    there are insights. ``paired_days`` is the largest number of paired days
    any comparison had.
    """

    insights: tuple[Insight, ...]
    n_comparisons: int
    n_notable: int
    expected_by_chance: float
    warning: Message | None
    days_needed: int | None
    status: Message | None
    paired_days: int
    min_pairs: int
    min_group: int
    level: float
    n_boot: int


@dataclass(frozen=True)
class _Candidate:
    split: FactorSplit
    outcome: str
    lag: int
    with_days: np.ndarray
    without_days: np.ndarray
    y: FloatArray
    n_with: int
    n_without: int


_EFFECTS: dict[tuple[str, bool], str] = {
    ("tst", True): N_("you slept {diff} min longer on average"),
    ("tst", False): N_("you slept {diff} min less on average"),
    ("se", True): N_("your sleep efficiency was {diff} percentage points higher on average"),
    ("se", False): N_("your sleep efficiency was {diff} percentage points lower on average"),
    ("sol", True): N_("you took {diff} min longer to fall asleep on average"),
    ("sol", False): N_("you took {diff} min less to fall asleep on average"),
    ("waso", True): N_("you spent {diff} min more time awake in the night on average"),
    ("waso", False): N_("you spent {diff} min less time awake in the night on average"),
    ("quality", True): N_("you rated your sleep {diff} points higher on average"),
    ("quality", False): N_("you rated your sleep {diff} points lower on average"),
}

_LAG_SENTENCES: dict[int, str] = {
    0: N_(
        "Looking at the night that ended on each day: on the {n_with} days with "
        "{condition}, {effect} than on the {n_without} other days ({level}% interval "
        "{low} to {high} {unit}). {caveat}"
    ),
    1: N_(
        "On the {n_with} nights after a day with {condition}, {effect} than on the "
        "{n_without} other nights ({level}% interval {low} to {high} {unit}). {caveat}"
    ),
}

_ASSOCIATION = N_("This is an association, not proof of cause.")
_MAYBE_CHANCE = N_(
    "The interval includes no difference, so this may well be chance; "
    "and an association is not proof of cause."
)
_WARNING = N_(
    "These results come from {k} comparisons, and {notable} of them have an interval "
    "that excludes no difference. Even if none of these things affected your sleep, "
    "about {expected} would be expected to look like that by chance alone, so treat "
    "any single result with caution."
)
_NEED_DAYS = N_(
    "Nothing to show yet. A pattern is shown only once at least {min_pairs} days have "
    "both a factor and the matching night's sleep recorded; the best-covered pair has "
    "{n} so far, so about {days} more such days are needed."
)
_NEED_VARIETY = N_(
    "Nothing to show yet. {n} days have both a factor and sleep recorded, but no "
    "comparison has at least {min_group} days on each side, with and without the "
    "factor. Comparisons appear once both kinds of day have been logged."
)


def _candidates(frame: DailyFrame) -> list[_Candidate]:
    n_days = len(frame)
    found: list[_Candidate] = []
    for lag in LAGS:
        for outcome in INSIGHT_OUTCOMES:
            y = np.full(n_days, np.nan)
            if n_days > lag:
                y[: n_days - lag] = frame[outcome][lag:]
            y_known = ~np.isnan(y)
            for split in SPLITS:
                f = frame[split.factor]
                valid = y_known & ~np.isnan(f)
                is_with = split.mask(f)
                with_days = valid & is_with
                without_days = valid & ~is_with
                found.append(
                    _Candidate(
                        split,
                        outcome,
                        lag,
                        with_days,
                        without_days,
                        y,
                        int(with_days.sum()),
                        int(without_days.sum()),
                    )
                )
    return found


def _group_differences(weights: Sequence[FloatArray], samples: Sequence[FloatArray]) -> FloatArray:
    """Weighted mean(with) − mean(without) for every comparison at once.

    The single sample holds four columns per comparison: with·y, with,
    without·y, without (indicators, y zeroed where unused).
    """
    table = samples[0]
    sums = (weights[0].astype(table.dtype, copy=False) @ table).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_with = sums[:, 0::4] / sums[:, 1::4]
        mean_without = sums[:, 2::4] / sums[:, 3::4]
    return np.asarray(mean_with - mean_without, dtype=np.float64)


def _sentence(c: _Candidate, effect: float, low: float, high: float, level: float) -> Message:
    measure = MEASURES[c.outcome]
    up = effect >= 0
    lo, hi = (low, high) if up else (-high, -low)
    notable = low > 0 or high < 0
    digits = measure.digits
    return Message(
        _LAG_SENTENCES[c.lag],
        {
            "n_with": c.n_with,
            "n_without": c.n_without,
            "condition": Message(c.split.condition),
            "effect": Message(_EFFECTS[(c.outcome, up)], {"diff": rounded(abs(effect), digits)}),
            "level": rounded(level * 100, 0),
            "low": rounded(lo, digits),
            "high": rounded(hi, digits),
            "unit": Message(measure.difference_unit),
            "caveat": Message(_ASSOCIATION if notable else _MAYBE_CHANCE),
        },
    )


def find_insights(
    frame: DailyFrame,
    min_pairs: int = MIN_PAIRS,
    seed: int = 0,
    *,
    min_group: int = MIN_GROUP,
    n_boot: int = DEFAULT_N_BOOT,
    level: float = 0.95,
) -> InsightReport:
    """Every factor × outcome × lag comparison the data can honestly support."""
    if min_pairs < 2 or min_group < 1:
        raise ValueError("min_pairs must be at least 2 and min_group at least 1")
    candidates = _candidates(frame)
    paired_days = max((c.n_with + c.n_without for c in candidates), default=0)
    chosen = [
        c
        for c in candidates
        if c.n_with + c.n_without >= min_pairs
        and c.n_with >= min_group
        and c.n_without >= min_group
    ]
    if not chosen:
        if paired_days < min_pairs:
            days_needed = min_pairs - paired_days
            status = Message(
                _NEED_DAYS, {"min_pairs": min_pairs, "n": paired_days, "days": days_needed}
            )
        else:
            days_needed = 0
            status = Message(_NEED_VARIETY, {"n": paired_days, "min_group": min_group})
        return InsightReport(
            (),
            0,
            0,
            0.0,
            None,
            days_needed,
            status,
            paired_days,
            min_pairs,
            min_group,
            level,
            n_boot,
        )

    # One row per day in any comparison (the resampled units), four columns per
    # comparison, filled in place: no list of whole-history columns beside it. In
    # single precision: half the memory (the peak of the Trends page on years of
    # data), and the resampled counts and indicators are small whole numbers, exact in
    # float32, as are the sums of whole-minute outcomes; a fractional outcome's sums
    # are off by about a millionth, far below the rounding of what is shown. The
    # estimates themselves come from the data in double precision.
    used = np.zeros(len(chosen[0].y), dtype=bool)
    for c in chosen:
        used |= c.with_days | c.without_days
    table = np.empty((int(used.sum()), 4 * len(chosen)), dtype=np.float32)
    for j, c in enumerate(chosen):
        y = np.where(np.isnan(c.y), 0.0, c.y)[used]
        w = c.with_days[used].astype(np.float64)
        o = c.without_days[used].astype(np.float64)
        table[:, 4 * j] = w * y
        table[:, 4 * j + 1] = w
        table[:, 4 * j + 2] = o * y
        table[:, 4 * j + 3] = o
    replicates = bootstrap_replicates(_group_differences, table, n_boot=n_boot, seed=seed)
    del table
    lows, highs = percentile_interval(replicates, level)

    insights: list[Insight] = []
    for i, c in enumerate(chosen):
        mean_with = float(np.mean(c.y[c.with_days]))
        mean_without = float(np.mean(c.y[c.without_days]))
        effect, low, high = mean_with - mean_without, float(lows[i]), float(highs[i])
        insights.append(
            Insight(
                factor=c.split.factor,
                outcome=c.outcome,
                lag=c.lag,
                n=c.n_with + c.n_without,
                n_with=c.n_with,
                n_without=c.n_without,
                mean_with=mean_with,
                mean_without=mean_without,
                effect=effect,
                ci_low=low,
                ci_high=high,
                method=METHOD_DIFF_IN_MEANS,
                sentence=_sentence(c, effect, low, high, level),
            )
        )
    insights.sort(key=lambda s: (not s.excludes_zero, -s.strength))
    k = len(insights)
    notable = sum(s.excludes_zero for s in insights)
    expected = k * (1.0 - level)
    warning = None
    if k > MANY_COMPARISONS:
        warning = Message(_WARNING, {"k": k, "notable": notable, "expected": rounded(expected, 1)})
    return InsightReport(
        tuple(insights),
        k,
        notable,
        expected,
        warning,
        None,
        None,
        paired_days,
        min_pairs,
        min_group,
        level,
        n_boot,
    )
