"""Compare two measures: Spearman's rho, n, and an interval that allows for runs of days."""

from __future__ import annotations

import math
import statistics
from datetime import date

import numpy as np
import pytest

from gutsleep.analysis.correlation import lag1_autocorrelation, spearman_correlation
from gutsleep.analysis.series import DailyFrame
from gutsleep.charts.compare import compare_figure

NAN = math.nan
Z95 = 1.959963984540054


def test_rho_n_and_interval_match_the_hand_computed_values() -> None:
    x = [7, 2, 10, 5, 12, 1, 8, 4, 11, 3, 9, 6]
    y = [8, 1, 10, 6, 11, 2, 7, 4, 12, 3, 9, 5]
    found = spearman_correlation([*x, NAN, 4], [*y, 5, NAN])
    assert found is not None
    assert found.n == 12  # the last two days miss one side each
    # Both are orderings of 1..12 (their own ranks); the squared rank differences sum to 8.
    rho = 1 - 6 * 8 / (12 * (12**2 - 1))
    assert found.rho == pytest.approx(rho)
    # Consecutive paired days, each series on its own: an alternating, zig-zag diary.
    r1x = statistics.correlation(x[:-1], x[1:])
    r1y = statistics.correlation(y[:-1], y[1:])
    assert (found.lag1_x, found.lag1_y) == (pytest.approx(r1x), pytest.approx(r1y))
    n_eff = 12 * (1 - r1x * r1y) / (1 + r1x * r1y)
    assert found.n_effective == pytest.approx(n_eff) and 3 < n_eff < 12
    half = Z95 * math.sqrt(1.06 / (n_eff - 3))
    assert found.low == pytest.approx(math.tanh(math.atanh(rho) - half))
    assert found.high == pytest.approx(math.tanh(math.atanh(rho) + half))


def test_runs_of_similar_days_widen_the_interval() -> None:
    rng = np.random.default_rng(4)
    n = 400
    smooth_x, smooth_y = np.empty(n), np.empty(n)
    ex, ey = rng.normal(size=n), rng.normal(size=n)
    smooth_x[0], smooth_y[0] = ex[0], ey[0]
    for t in range(1, n):  # AR(1) with 0.8: a week resembles itself
        smooth_x[t] = 0.8 * smooth_x[t - 1] + ex[t]
        smooth_y[t] = 0.8 * smooth_y[t - 1] + ey[t]
    runs = spearman_correlation(smooth_x, smooth_y)
    shuffled = rng.permutation(n)
    independent = spearman_correlation(smooth_x[shuffled], smooth_y[shuffled])
    assert runs is not None and independent is not None
    assert runs.n_effective < 0.5 * n
    assert independent.n_effective == pytest.approx(n, rel=0.15)
    assert runs.high - runs.low > 1.5 * (independent.high - independent.low)


def test_too_few_pairs_give_nothing_and_missing_is_not_zero() -> None:
    assert spearman_correlation([1, 2, 3, 4, NAN], [1, 2, 3, 4, 0]) is None
    assert math.isnan(lag1_autocorrelation([1.0, NAN, 2.0, NAN]))


def test_the_compare_chart_shows_the_same_numbers_and_says_not_a_cause() -> None:
    stress = [7, 2, 10, 5, 12, 1, 8, 4, 11, 3, 9, 6, NAN, 4]
    se = [78, 71, 80, 76, 81, 72, 77, 74, 82, 73, 79, 75, 75, NAN]
    frame = DailyFrame.from_columns(date(2026, 3, 2), {"stress": stress, "se": se})
    chart = compare_figure(frame, "stress", "se")
    found = spearman_correlation(stress, se)
    assert found is not None and chart.correlation == found
    title = chart._scatter_title.get_text()
    assert found.rho == pytest.approx(1 - 48 / 1716)  # the hand-computed 0.97
    assert title == (
        f"ρ = 0.97 (95% interval {found.low:.2f} to {found.high:.2f})\nn = 12 days with both"
    ).replace("-", "−")  # a true minus sign
    text = " ".join(str(m) for m in chart.summary())
    assert "Spearman's ρ = 0.97" in text and "n = 12 days" in text
    assert f"about {round(found.n_effective)} independent days" in text
    assert "An association is not a cause" in text
    assert len(chart._scatter.get_offsets()) == 12  # the days with both, no zeros for gaps
