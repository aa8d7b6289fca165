"""Rolling means with gaps, weekly plants, lag pairing, and the one bootstrap."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.analysis.series import DailyFrame
from gutsleep.analysis.stats import (
    bootstrap_ci,
    bootstrap_replicates,
    diff_in_means,
    diff_in_means_ci,
    lag_pairs,
    resample_counts,
    rolling_mean,
    spearman,
    spearman_ci,
    weekly_distinct_plants,
    weighted_midranks,
)
from gutsleep.domain.journal import DayEntry, Food, StressMood

NAN = math.nan
D0 = date(2026, 3, 2)

# -- rolling mean -----------------------------------------------------------------


def test_rolling_mean_leaves_sparse_windows_missing() -> None:
    values = [1, NAN, NAN, NAN, NAN, NAN, NAN, 5, 5, 5, 5]
    result = rolling_mean(values, window=7, min_periods=4)
    assert np.isnan(result[:10]).all()  # no earlier window holds four values
    assert result[10] == 5  # days 4..10: three gaps and four 5s; the mean is 5, not 20/7
    result = rolling_mean(values, window=7, min_periods=3)
    assert result[9] == 5
    assert rolling_mean(values, window=7, min_periods=1)[6] == 1  # one value is enough here


def test_rolling_mean_never_counts_a_gap_as_zero() -> None:
    values = np.array([10.0, 10.0, NAN, 10.0, 10.0, NAN, 10.0])
    result = rolling_mean(values, window=7, min_periods=4)
    assert np.isnan(result[:4]).all()
    assert result[4] == 10 and result[6] == 10


def test_rolling_mean_rejects_bad_windows() -> None:
    assert rolling_mean([]).shape == (0,)
    with pytest.raises(ValueError):
        rolling_mean([1.0], window=0)
    with pytest.raises(ValueError):
        rolling_mean([1.0], window=3, min_periods=4)


@given(
    st.lists(st.one_of(st.none(), st.floats(-1e4, 1e4, allow_nan=False)), min_size=0, max_size=60),
    st.integers(1, 10),
    st.data(),
)
def test_rolling_mean_matches_the_naive_mean(
    raw: list[float | None], window: int, data: st.DataObject
) -> None:
    min_periods = data.draw(st.integers(1, window))
    values = [NAN if v is None else v for v in raw]
    result = rolling_mean(values, window=window, min_periods=min_periods)
    for i in range(len(values)):
        present = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        if len(present) >= min_periods:
            assert result[i] == pytest.approx(sum(present) / len(present), abs=1e-9)
        else:
            assert math.isnan(result[i])


# -- weekly plants ----------------------------------------------------------------


def test_weekly_plants_follow_iso_weeks_across_the_new_year() -> None:
    def day(d: date, *plants: str) -> DayEntry:
        return DayEntry(d, food=Food(plants=plants))

    entries = [
        day(date(2020, 12, 28), "Apple", "oats"),  # Monday of 2020-W53
        day(date(2020, 12, 31), " apple", "KALE", "Oats "),
        day(date(2021, 1, 3), "kale", "red  pepper"),  # Sunday: still 2020-W53
        day(date(2021, 1, 4), "apple"),  # Monday: 2021-W01
        day(date(2021, 1, 5), "Apple", "rye"),
        DayEntry(date(2021, 1, 12), food=Food(fermented_servings=2)),  # food, no plants
        DayEntry(date(2021, 1, 20), stress=StressMood(stress=4)),  # no food at all
    ]
    assert weekly_distinct_plants(entries) == [(2020, 53, 4), (2021, 1, 2), (2021, 2, 0)]


def test_weekly_plants_of_nothing() -> None:
    assert weekly_distinct_plants([]) == []


# -- lag pairs ------------------------------------------------------------------


def test_lag_pairs_pair_a_day_with_the_next_night() -> None:
    frame = DailyFrame.from_columns(
        D0,
        {
            "fermented": [1, 2, NAN, 4, 5],
            "tst": [10, 20, 30, NAN, 50],
        },
    )
    next_night = lag_pairs(frame, "fermented", "tst", 1)
    assert next_night.factor.tolist() == [1, 2, 4]
    assert next_night.outcome.tolist() == [20, 30, 50]
    assert [str(d) for d in next_night.days] == ["2026-03-02", "2026-03-03", "2026-03-05"]
    assert next_night.n == 3
    same_day = lag_pairs(frame, "fermented", "tst", 0)
    assert same_day.factor.tolist() == [1, 2, 5]
    assert same_day.outcome.tolist() == [10, 20, 50]
    assert lag_pairs(frame, "fermented", "tst", 9).n == 0
    assert lag_pairs(DailyFrame.from_columns(D0, {}), "fermented", "tst", 1).n == 0


# -- the bootstrap --------------------------------------------------------------


def test_resample_counts_rows_add_up() -> None:
    counts = resample_counts(25, 40, np.random.default_rng(1))
    assert counts.shape == (40, 25)
    assert (counts.sum(axis=1) == 25).all()
    assert (counts >= 0).all() and (counts == np.round(counts)).all()


def test_bootstrap_is_repeatable_for_a_seed() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.normal(1, 1, 20), rng.normal(0, 1, 25)
    assert diff_in_means_ci(a, b, seed=4) == diff_in_means_ci(a, b, seed=4)
    assert diff_in_means_ci(a, b, seed=4) != diff_in_means_ci(a, b, seed=5)


def test_weighted_mean_equals_the_mean_of_the_resample() -> None:
    """The count form is exactly "draw these units and average them"."""
    x = np.array([3.0, 8.0, 1.0, 4.0])

    def mean(weights: list[np.ndarray], samples: list[np.ndarray]) -> np.ndarray:
        return np.asarray((weights[0] @ samples[0]) / weights[0].sum(axis=1))

    reps = bootstrap_replicates(mean, x, n_boot=50, seed=7)  # type: ignore[arg-type]
    counts = resample_counts(4, 50, np.random.default_rng(7))
    expected = [np.repeat(x, c.astype(int)).mean() for c in counts]
    assert reps == pytest.approx(expected)
    ci = bootstrap_ci(mean, x, n_boot=50, seed=7)  # type: ignore[arg-type]
    assert ci.estimate == pytest.approx(4.0)
    assert x.min() <= ci.low <= ci.high <= x.max()


def test_diff_in_means_drops_missing_and_refuses_empty_groups() -> None:
    assert diff_in_means([1, 3, NAN], [0, NAN]) == 2
    assert math.isnan(diff_in_means([NAN], [1]))
    ci = diff_in_means_ci([1, 3, NAN], [0, 0, 0], n_boot=200)
    assert ci.estimate == 2 and ci.low >= 1 and ci.high <= 3
    with pytest.raises(ValueError):
        diff_in_means_ci([NAN], [1.0])


def test_interval_covers_the_true_difference_at_about_the_stated_rate() -> None:
    rng = np.random.default_rng(2026)
    true_diff = 20.0
    covered = 0
    runs = 200
    for i in range(runs):
        with_values = rng.normal(420 + true_diff, 45, 50)
        without_values = rng.normal(420, 45, 60)
        ci = diff_in_means_ci(with_values, without_values, n_boot=500, seed=i)
        covered += ci.low <= true_diff <= ci.high
    assert 0.88 <= covered / runs <= 0.99


# -- Spearman -------------------------------------------------------------------


def _midranks(x: np.ndarray) -> np.ndarray:
    return np.array([(x < v).sum() + ((x == v).sum() + 1) / 2 for v in x])


def test_spearman_matches_the_rank_definition_with_ties() -> None:
    x = np.array([1, 2, 2, 3, 5, 5, 5, 8], dtype=float)
    y = np.array([2, 1, 4, 4, 6, 5, 9, 7], dtype=float)
    expected = np.corrcoef(_midranks(x), _midranks(y))[0, 1]
    assert spearman(x, y) == pytest.approx(expected)
    assert spearman([1, 2, 3, NAN], [1, 4, 9, 2]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))
    assert math.isnan(spearman([1], [1]))


def test_weighted_midranks_equal_ranks_of_the_expanded_resample() -> None:
    x = np.array([5.0, 1.0, 5.0, 3.0, 2.0])
    counts = resample_counts(5, 30, np.random.default_rng(3))
    ranks = weighted_midranks(counts, x)
    for row, c in zip(ranks, counts, strict=True):
        expanded = np.repeat(x, c.astype(int))
        for unit in np.flatnonzero(c):
            assert row[unit] == pytest.approx(_midranks(expanded)[list(expanded).index(x[unit])])


def test_spearman_interval_brackets_a_clear_association() -> None:
    rng = np.random.default_rng(5)
    x = rng.normal(size=80)
    y = x + rng.normal(scale=0.7, size=80)
    ci = spearman_ci(x, y, n_boot=500, seed=1)
    assert ci.estimate == pytest.approx(spearman(x, y))
    assert 0 < ci.low < ci.estimate < ci.high <= 1
    assert ci.excludes_zero
    with pytest.raises(ValueError):
        spearman_ci([1.0], [2.0])


def test_lag_pairs_feed_the_statistics() -> None:
    days = 60
    fermented = np.tile([0.0, 3.0], days // 2)
    tst = np.full(days, 400.0)
    tst[1:] += 30 * (fermented[:-1] >= 2)
    frame = DailyFrame.from_columns(D0 - timedelta(days=days), {"fermented": fermented, "tst": tst})
    pairs = lag_pairs(frame, "fermented", "tst", 1)
    with_ = pairs.outcome[pairs.factor >= 2]
    without = pairs.outcome[pairs.factor < 2]
    assert diff_in_means(with_, without) == 30
    assert spearman(pairs.factor, pairs.outcome) == pytest.approx(1.0)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 5)), st.one_of(st.none(), st.integers(300, 500))
        ),
        max_size=30,
    ),
    st.integers(-2, 3),
)
def test_lag_pairs_match_a_naive_loop(rows: list[tuple[int | None, int | None]], lag: int) -> None:
    factor = [NAN if f is None else f for f, _ in rows]
    tst = [NAN if t is None else t for _, t in rows]
    frame = DailyFrame.from_columns(D0, {"alcohol": factor, "tst": tst})
    pairs = lag_pairs(frame, "alcohol", "tst", lag)
    expected = [
        (d, factor[d], tst[d + lag])
        for d in range(len(rows))
        if 0 <= d + lag < len(rows) and not math.isnan(factor[d]) and not math.isnan(tst[d + lag])
    ]
    assert pairs.factor.tolist() == [f for _, f, _ in expected]
    assert pairs.outcome.tolist() == [t for _, _, t in expected]
    assert [str(d) for d in pairs.days] == [str(D0 + timedelta(days=d)) for d, _, _ in expected]
