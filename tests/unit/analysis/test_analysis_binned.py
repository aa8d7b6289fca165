"""Weekly and monthly means for long ranges: incomplete weeks are never full means."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest

from gutsleep.analysis.series import DailyFrame, binned, period_for

NAN = math.nan


def test_period_follows_the_span() -> None:
    assert period_for(28) == "day"
    assert period_for(120) == "day"
    assert period_for(121) == "week"
    assert period_for(730) == "week"
    assert period_for(731) == "month"


def test_weekly_means_bands_and_incomplete_weeks() -> None:
    # Monday 2 March 2026: a full week 1..7, then a week of 3 logged days, then 4.
    week1 = [1, 2, 3, 4, 5, 6, 7]
    week2 = [10, NAN, 20, NAN, NAN, 30, NAN]
    week3 = [NAN, 4, NAN, 6, 8, NAN, 10]
    frame = DailyFrame.from_columns(date(2026, 3, 2), {"stress": week1 + week2 + week3})
    weeks = binned(frame, "stress", "week")
    assert [str(s) for s in weeks.starts] == ["2026-03-02", "2026-03-09", "2026-03-16"]
    assert weeks.logged.tolist() == [7, 3, 4]
    assert weeks.needed.tolist() == [4, 4, 4]
    assert weeks.mean[0] == 4.0
    assert math.isnan(weeks.mean[1])  # 3 of 7 days: no mean as if complete
    assert weeks.partial[1] == 20.0  # ... but the days it has, drawn apart
    assert weeks.mean[2] == 7.0
    assert math.isnan(weeks.partial[0]) and math.isnan(weeks.partial[2])
    # Interquartile range, linear interpolation: 1..7 -> 2.5 and 5.5; 4,6,8,10 -> 5.5 and 8.5.
    assert (weeks.low[0], weeks.high[0]) == (2.5, 5.5)
    assert (weeks.low[2], weeks.high[2]) == (5.5, 8.5)
    assert math.isnan(weeks.low[1]) and math.isnan(weeks.high[1])


def test_a_week_cut_by_the_first_day_is_incomplete_and_missing_is_not_zero() -> None:
    # Thursday 5 March: the week of 2 March holds only 4 days of the frame, 3 logged.
    frame = DailyFrame.from_columns(date(2026, 3, 5), {"alcohol": [2, 2, 2, NAN]})
    weeks = binned(frame, "alcohol", "week")
    assert str(weeks.starts[0]) == "2026-03-02"
    assert weeks.logged.tolist() == [3]
    assert math.isnan(weeks.mean[0])
    assert weeks.partial[0] == 2.0  # the NaN day did not pull the mean towards zero


def test_monthly_means_need_four_of_every_seven_days() -> None:
    days = 31 + 28  # January and February 2026
    values = np.full(days, NAN)
    values[:18] = 3.0  # January: 18 of 31 logged, just enough
    values[31 : 31 + 15] = 5.0  # February: 15 of 28, one short of 16
    frame = DailyFrame.from_columns(date(2026, 1, 1), {"stress": values})
    months = binned(frame, "stress", "month")
    assert [str(s) for s in months.starts] == ["2026-01-01", "2026-02-01"]
    assert months.lengths.tolist() == [31, 28]
    assert months.needed.tolist() == [18, 16]
    assert months.mean[0] == 3.0 and months.low[0] == 3.0 and months.high[0] == 3.0
    assert math.isnan(months.mean[1]) and months.partial[1] == 5.0


def test_a_long_demo_range_bins_every_day_once() -> None:
    rng = np.random.default_rng(3)
    values = rng.normal(400, 30, 3650)
    values[rng.random(3650) < 0.2] = NAN
    frame = DailyFrame.from_columns(date(2016, 12, 1), {"tst": values})
    for period in ("week", "month"):
        bins = binned(frame, "tst", period)  # type: ignore[arg-type]
        assert int(bins.logged.sum()) == int(np.count_nonzero(~np.isnan(values)))
        complete = ~np.isnan(bins.mean)
        assert np.all(bins.low[complete] <= bins.mean[complete] + 30)
        assert np.all(bins.logged[complete] >= bins.needed[complete])


def test_an_empty_frame_has_no_bins() -> None:
    frame = DailyFrame.from_columns(date(2026, 1, 1), {})
    assert len(binned(frame, "tst", "week")) == 0


@pytest.mark.parametrize("period", ["week", "month"])
def test_all_missing_gives_no_means(period: str) -> None:
    frame = DailyFrame.from_columns(date(2026, 1, 1), {"tst": [NAN] * 40})
    bins = binned(frame, "tst", period)  # type: ignore[arg-type]
    assert np.all(np.isnan(bins.mean)) and np.all(np.isnan(bins.partial))


def test_the_band_is_numpys_interquartile_range_of_the_logged_days() -> None:
    rng = np.random.default_rng(8)
    values = rng.normal(50, 10, 800).round(1)
    values[rng.random(800) < 0.3] = NAN
    frame = DailyFrame.from_columns(date(2024, 2, 7), {"stress": values})
    for period in ("week", "month"):
        bins = binned(frame, "stress", period)  # type: ignore[arg-type]
        for i in np.flatnonzero(~np.isnan(bins.mean)):
            start = int((bins.starts[i] - frame.days[0]).astype(np.int64))
            days = values[max(start, 0) : start + int(bins.lengths[i])]
            low, high = np.nanpercentile(days, [25, 75])
            assert bins.low[i] == pytest.approx(low) and bins.high[i] == pytest.approx(high)
