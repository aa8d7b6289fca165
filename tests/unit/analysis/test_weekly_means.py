"""Weekly means: ISO weeks, missing days left out, too few days give no mean."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.analysis.series import DailyFrame
from gutsleep.analysis.stats import weekly_means

NAN = math.nan


def test_a_week_is_monday_to_sunday_and_needs_four_days_kept() -> None:
    # Wednesday 4 March 2026 to Tuesday 17 March.
    values = [1, 2, 3, 4, 5, NAN, 7, 8, 9, NAN, NAN, NAN, NAN, 13]
    frame = DailyFrame.from_columns(date(2026, 3, 4), {"hot_flush_score": values})
    weeks = weekly_means(frame, "hot_flush_score")
    assert list(weeks.mondays.astype(date)) == [
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert list(weeks.days) == [5, 3, 1]
    assert weeks.means[0] == 3.0  # (1 + 2 + 3 + 4 + 5) / 5: the missing days are not zeros
    assert math.isnan(weeks.means[1]) and math.isnan(weeks.means[2])


@given(st.lists(st.one_of(st.none(), st.integers(0, 40)), max_size=60), st.integers(0, 6))
def test_each_weekly_mean_is_the_mean_of_the_days_kept_in_that_week(
    raw: list[int | None], weekday: int
) -> None:
    start = date(2026, 3, 2 + weekday)
    values = [NAN if v is None else float(v) for v in raw]
    frame = DailyFrame.from_columns(start, {"hot_flush_score": values})
    weeks = weekly_means(frame, "hot_flush_score")
    assert int(weeks.days.sum()) == sum(v is not None for v in raw)
    for monday, mean, n in zip(weeks.mondays.astype(date), weeks.means, weeks.days, strict=True):
        kept = [
            v for i, v in enumerate(raw) if v is not None and 0 <= (start - monday).days + i < 7
        ]
        assert n == len(kept)
        if n >= 4:
            assert np.isclose(mean, sum(kept) / n)
        else:
            assert math.isnan(mean)
