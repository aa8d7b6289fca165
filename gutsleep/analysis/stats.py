"""Small, honest statistics for one person's daily data.

Gaps stay gaps: every function here drops or propagates NaN explicitly and
never treats a missing day as zero.

The bootstrap
-------------
There is one bootstrap, :func:`bootstrap_replicates`, and everything that
needs an interval (:func:`bootstrap_ci`, :func:`diff_in_means_ci`,
:func:`spearman_ci`, the insight finder, experiment evaluation) goes through
it. Each sample is resampled with replacement, independently of the other
samples (rows of a 2-D sample stay together, so paired data is one sample);
the random draw is the textbook ``(n_boot, n)`` integer index matrix from
``numpy.random.Generator(seed)``.

Statistics are written in *weighted* form: a resample is described by how
many times each unit was drawn (the count matrix :func:`resample_counts`
builds from the index matrix), and a statistic receives those counts instead
of copied-out values. For means and differences of means that is exactly the
statistic of the resample, but it turns "evaluate 150 comparisons on 1000
resamples of 3650 days" into one matrix product instead of 150 gathers. Called
with all-ones weights, the same function gives the estimate on the data.

Intervals are percentile intervals: the middle ``level`` share of the
replicates.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from gutsleep.analysis.series import DailyFrame, DateArray, FloatArray, plant_key, summarised
from gutsleep.domain.journal import DayEntry
from gutsleep.domain.summary import DaySummary

__all__ = [
    "Interval",
    "LagPairs",
    "WeightedStatistic",
    "bootstrap_ci",
    "bootstrap_replicates",
    "diff_in_means",
    "diff_in_means_ci",
    "lag_pairs",
    "observed",
    "percentile_interval",
    "resample_counts",
    "rolling_mean",
    "shifted",
    "spearman",
    "spearman_ci",
    "weekly_distinct_plants",
    "weekly_means",
    "weighted_midranks",
]

#: ``stat(weights, samples) -> values``: ``weights[i]`` has shape
#: ``(m, len(samples[i]))`` and says how often each unit of sample ``i`` is in
#: each of ``m`` resamples; the result has ``m`` rows (shape ``(m,)`` or
#: ``(m, k)`` for ``k`` statistics at once).
WeightedStatistic: TypeAlias = Callable[[Sequence[FloatArray], Sequence[FloatArray]], FloatArray]

# Resamples are drawn in blocks of this many counts: the index, count and weight
# matrices of a block take about 1 MB each (8 bytes per count), so the bootstrap
# of ten years' insights (with its float32 table) peaks near 14 MB instead of 60,
# at the same speed.
_BLOCK_ELEMENTS = 1 << 17


# -- gaps and windows --------------------------------------------------------


def rolling_mean(values: npt.ArrayLike, window: int = 7, min_periods: int = 4) -> FloatArray:
    """Trailing mean over the last ``window`` days, ignoring missing days.

    ``result[i]`` is the mean of the non-NaN values among ``values[i -
    window + 1] .. values[i]`` when there are at least ``min_periods`` of
    them, otherwise NaN. Missing days are left out of the mean, never counted
    as zero; the first days (a shorter window) follow the same rule.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    if not 1 <= min_periods <= window:
        raise ValueError("min_periods must be between 1 and window")
    x = np.asarray(values, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError("values must be one-dimensional")
    if x.shape[0] == 0:
        return np.empty(0)
    padded = np.concatenate([np.full(window - 1, np.nan), x])
    windows = np.lib.stride_tricks.sliding_window_view(padded, window)
    present = ~np.isnan(windows)
    counts = present.sum(axis=1)
    sums = np.where(present, windows, 0.0).sum(axis=1)
    result = np.full(x.shape[0], np.nan)
    enough = counts >= min_periods
    result[enough] = sums[enough] / counts[enough]
    return result


@dataclass(frozen=True)
class WeeklyMeans:
    """Means per ISO week (Monday first): ``mondays`` as ``datetime64[D]``, ``means``
    (NaN for a week with fewer than the days asked for) and ``days`` recorded."""

    mondays: DateArray
    means: FloatArray
    days: npt.NDArray[np.int64]


def weekly_means(frame: DailyFrame, key: str, min_days: int = 4) -> WeeklyMeans:
    """The mean of ``key`` per ISO week over the days recorded in it; a week with
    fewer than ``min_days`` recorded days has none (NaN), as the 7-day mean does."""
    if not len(frame):
        return WeeklyMeans(np.empty(0, dtype="datetime64[D]"), np.empty(0), np.empty(0, np.int64))
    values = np.asarray(frame[key], dtype=np.float64)
    start = frame.days[0]
    first_monday = start - (start.astype(date).weekday())
    offset = int((start - first_monday).astype(int))
    n_weeks = (offset + len(values) + 6) // 7
    padded = np.full(n_weeks * 7, np.nan)
    padded[offset : offset + len(values)] = values
    weeks = padded.reshape(n_weeks, 7)
    present = ~np.isnan(weeks)
    days = present.sum(axis=1).astype(np.int64)
    sums = np.where(present, weeks, 0.0).sum(axis=1)
    means = np.full(n_weeks, np.nan)
    enough = days >= min_days
    means[enough] = sums[enough] / days[enough]
    mondays = first_monday + np.arange(n_weeks) * 7
    return WeeklyMeans(mondays.astype("datetime64[D]"), means, days)


def weekly_distinct_plants(
    entries: Iterable[DayEntry] | Iterable[DaySummary],
) -> list[tuple[int, int, int]]:
    """``(iso_year, iso_week, distinct plants)`` per ISO week, oldest first.

    The same plant twice in a week counts once (case and spacing ignored).
    A week is listed when at least one of its days has anything in the food
    section; a week with food logged but no plants counts 0. Weeks without
    any food data are left out rather than shown as zero. Days may be entries
    or their summaries.
    """
    return weekly_plant_counts((day.day, day_plant_keys(day)) for day in map(summarised, entries))


def day_plant_keys(day: DaySummary) -> tuple[str, ...] | None:
    """The day's plants as counted (see :func:`plant_key`); None when no food was logged."""
    if not day.food_logged:
        return None
    return tuple(k for k in (plant_key(p) for p in day.plants) if k)


def weekly_plant_counts(
    days: Iterable[tuple[date, Iterable[str] | None]],
) -> list[tuple[int, int, int]]:
    """:func:`weekly_distinct_plants` from ``(day, plant keys or None)`` pairs."""
    weeks: dict[tuple[int, int], set[str]] = {}
    for day, keys in days:
        if keys is None:
            continue
        year, week, _ = day.isocalendar()
        weeks.setdefault((year, week), set()).update(keys)
    return [(year, week, len(names)) for (year, week), names in sorted(weeks.items())]


@dataclass(frozen=True, eq=False)
class LagPairs:
    """Factor values on ``days`` paired with the outcome ``lag`` days later."""

    days: DateArray
    factor: FloatArray
    outcome: FloatArray
    lag: int

    @property
    def n(self) -> int:
        return int(self.factor.shape[0])


def lag_pairs(frame: DailyFrame, factor: str, outcome: str, lag: int) -> LagPairs:
    """Pair ``factor`` on day d with ``outcome`` on day d + ``lag``.

    A day's sleep is the night that ended on it, so lag 0 pairs a day with
    the night just before it and lag 1 with the night after it (the next
    night's sleep after the day's diet). Pairs with a missing value on either
    side are dropped; ``days`` holds the factor's day of each pair.
    """
    x, y = shifted(frame[factor], frame[outcome], lag)
    keep = ~(np.isnan(x) | np.isnan(y))
    n = len(frame)
    start = max(0, -lag)
    stop = n - max(0, lag)
    days = frame.days[start:stop] if stop > start else frame.days[:0]
    return LagPairs(days=days[keep], factor=x[keep], outcome=y[keep], lag=lag)


def shifted(factor: FloatArray, outcome: FloatArray, lag: int) -> tuple[FloatArray, FloatArray]:
    """Aligned views: ``factor[d]`` against ``outcome[d + lag]``, NaN kept."""
    n = factor.shape[0]
    if abs(lag) >= n:
        return np.empty(0), np.empty(0)
    if lag >= 0:
        return factor[: n - lag], outcome[lag:]
    return factor[-lag:], outcome[: n + lag]


# -- the bootstrap -----------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """An estimate with its percentile bootstrap interval."""

    estimate: float
    low: float
    high: float
    level: float
    n_boot: int

    @property
    def excludes_zero(self) -> bool:
        """True when the whole interval lies on one side of zero."""
        return bool(self.low > 0 or self.high < 0)

    @property
    def width(self) -> float:
        return self.high - self.low


def resample_counts(n: int, n_boot: int, rng: np.random.Generator) -> FloatArray:
    """``(n_boot, n)``: how often each of ``n`` units is drawn in each resample.

    Drawn as an ``(n_boot, n)`` matrix of indices with replacement, then
    counted per row; each row sums to ``n``.
    """
    if n < 1:
        raise ValueError("cannot resample an empty sample")
    index = rng.integers(0, n, size=(n_boot, n), dtype=np.int64)
    index += (np.arange(n_boot, dtype=np.int64) * n)[:, None]
    counts = np.bincount(index.ravel(), minlength=n_boot * n)
    del index  # before the float copy: two blocks alive at a time, not three
    return counts.reshape(n_boot, n).astype(np.float64)


def _as_samples(samples: Sequence[npt.ArrayLike]) -> list[FloatArray]:
    """The samples as float arrays: float32 stays float32 (a caller's choice to halve
    a large table), anything else becomes float64."""
    arrays: list[FloatArray] = []
    for sample in samples:
        array = np.asarray(sample)
        if array.dtype not in (np.float32, np.float64):
            array = array.astype(np.float64)
        arrays.append(array)
    if not arrays:
        raise ValueError("the bootstrap needs at least one sample")
    for a in arrays:
        if a.ndim == 0 or a.shape[0] == 0:
            raise ValueError("every sample needs at least one value")
    return arrays


def bootstrap_replicates(
    stat_fn: WeightedStatistic,
    *samples: npt.ArrayLike,
    n_boot: int = 2000,
    seed: int | np.random.Generator = 0,
) -> FloatArray:
    """``stat_fn`` evaluated on ``n_boot`` resamples, one row per resample.

    Each sample is resampled independently (rows together); ``stat_fn`` is a
    :data:`WeightedStatistic`. Work proceeds in blocks of resamples so memory
    stays bounded; the result is the same for the same seed.
    """
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    arrays = _as_samples(samples)
    sizes = [int(a.shape[0]) for a in arrays]
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    block = max(1, min(n_boot, _BLOCK_ELEMENTS // sum(sizes)))
    parts: list[FloatArray] = []
    done = 0
    while done < n_boot:
        size = min(block, n_boot - done)
        weights = [resample_counts(n, size, rng) for n in sizes]
        parts.append(np.asarray(stat_fn(weights, arrays), dtype=np.float64))
        done += size
    return np.concatenate(parts, axis=0)


def observed(stat_fn: WeightedStatistic, *samples: npt.ArrayLike) -> FloatArray:
    """``stat_fn`` on the data itself (every unit once); shape as one replicate."""
    arrays = _as_samples(samples)
    ones = [np.ones((1, a.shape[0])) for a in arrays]
    values = np.asarray(stat_fn(ones, arrays), dtype=np.float64)
    return np.asarray(values[0], dtype=np.float64)


def percentile_interval(
    replicates: FloatArray, level: float = 0.95
) -> tuple[FloatArray, FloatArray]:
    """Lower and upper percentile bounds along the first axis, NaN ignored.

    Replicates can be NaN when a resample leaves a group empty; those are
    left out. A column with no finite replicate gives NaN bounds.
    """
    if not 0 < level < 1:
        raise ValueError("level must lie between 0 and 1")
    tail = (1.0 - level) / 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        bounds = np.nanquantile(replicates, [tail, 1.0 - tail], axis=0)
    return np.asarray(bounds[0], dtype=np.float64), np.asarray(bounds[1], dtype=np.float64)


def bootstrap_ci(
    stat_fn: WeightedStatistic,
    *samples: npt.ArrayLike,
    n_boot: int = 2000,
    seed: int | np.random.Generator = 0,
    level: float = 0.95,
) -> Interval:
    """Percentile bootstrap interval for a scalar weighted statistic."""
    estimate = float(observed(stat_fn, *samples))
    replicates = bootstrap_replicates(stat_fn, *samples, n_boot=n_boot, seed=seed)
    low, high = percentile_interval(replicates.reshape(n_boot), level)
    return Interval(estimate, float(low), float(high), level, n_boot)


# -- statistics --------------------------------------------------------------


def _finite(values: npt.ArrayLike) -> FloatArray:
    x = np.asarray(values, dtype=np.float64).ravel()
    return x[~np.isnan(x)]


def _weighted_diff(weights: Sequence[FloatArray], samples: Sequence[FloatArray]) -> FloatArray:
    w1, w0 = weights
    x1, x0 = samples
    with np.errstate(invalid="ignore", divide="ignore"):
        mean1 = (w1 @ x1) / w1.sum(axis=1)
        mean0 = (w0 @ x0) / w0.sum(axis=1)
    return np.asarray(mean1 - mean0, dtype=np.float64)


def diff_in_means(with_values: npt.ArrayLike, without_values: npt.ArrayLike) -> float:
    """Mean of ``with_values`` minus mean of ``without_values``, NaN dropped."""
    x1, x0 = _finite(with_values), _finite(without_values)
    if not x1.size or not x0.size:
        return float("nan")
    return float(x1.mean() - x0.mean())


def diff_in_means_ci(
    with_values: npt.ArrayLike,
    without_values: npt.ArrayLike,
    seed: int | np.random.Generator = 0,
    *,
    n_boot: int = 2000,
    level: float = 0.95,
) -> Interval:
    """Difference of means (with − without) and its bootstrap interval.

    NaN values are dropped first. The two groups are resampled separately,
    each keeping its own size (right when the group sizes are fixed by
    design, as in an experiment's phases).
    """
    x1, x0 = _finite(with_values), _finite(without_values)
    if not x1.size or not x0.size:
        raise ValueError("both groups need at least one value")
    return bootstrap_ci(_weighted_diff, x1, x0, n_boot=n_boot, seed=seed, level=level)


def weighted_midranks(weights: FloatArray, values: FloatArray) -> FloatArray:
    """Mid-ranks of every unit within each weighted resample, ``(m, n)``.

    A unit drawn ``w`` times stands for ``w`` tied copies; ties share the
    average of the ranks they span, as in Spearman's coefficient. With
    all-ones weights this is the ordinary mid-rank.
    """
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    level_of_sorted = np.cumsum(np.r_[True, sorted_values[1:] != sorted_values[:-1]]) - 1
    level_sums = np.add.reduceat(weights[:, order], starts, axis=1)
    below = np.cumsum(level_sums, axis=1) - level_sums
    level_ranks = below + (level_sums + 1.0) / 2.0
    level_of_unit = np.empty_like(level_of_sorted)
    level_of_unit[order] = level_of_sorted
    return np.asarray(level_ranks[:, level_of_unit], dtype=np.float64)


def _weighted_spearman(weights: Sequence[FloatArray], samples: Sequence[FloatArray]) -> FloatArray:
    (w,) = weights
    (pairs,) = samples
    rx = weighted_midranks(w, pairs[:, 0])
    ry = weighted_midranks(w, pairs[:, 1])
    total = w.sum(axis=1, keepdims=True)
    dx = rx - (w * rx).sum(axis=1, keepdims=True) / total
    dy = ry - (w * ry).sum(axis=1, keepdims=True) / total
    with np.errstate(invalid="ignore", divide="ignore"):
        rho = (w * dx * dy).sum(axis=1) / np.sqrt(
            (w * dx * dx).sum(axis=1) * (w * dy * dy).sum(axis=1)
        )
    return np.asarray(rho, dtype=np.float64)


def _pairs(x: npt.ArrayLike, y: npt.ArrayLike) -> FloatArray:
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.shape != b.shape:
        raise ValueError("x and y need the same length")
    keep = ~(np.isnan(a) | np.isnan(b))
    return np.column_stack([a[keep], b[keep]])


def spearman(x: npt.ArrayLike, y: npt.ArrayLike) -> float:
    """Spearman's rank correlation (ties averaged); pairs with NaN dropped.

    NaN when fewer than two pairs remain or either side is constant.
    """
    pairs = _pairs(x, y)
    if pairs.shape[0] < 2:
        return float("nan")
    return float(observed(_weighted_spearman, pairs))


def spearman_ci(
    x: npt.ArrayLike,
    y: npt.ArrayLike,
    seed: int | np.random.Generator = 0,
    *,
    n_boot: int = 2000,
    level: float = 0.95,
) -> Interval:
    """Spearman's coefficient and its percentile bootstrap interval.

    Pairs are resampled together and re-ranked within every resample.
    Resamples where one side is constant give no value and are left out.
    """
    pairs = _pairs(x, y)
    if pairs.shape[0] < 2:
        raise ValueError("Spearman's coefficient needs at least two pairs")
    return bootstrap_ci(_weighted_spearman, pairs, n_boot=n_boot, seed=seed, level=level)
