"""The daily hot-flush score: severity-weighted counts, day and night, missing kept missing."""

from __future__ import annotations

import math
from datetime import date

import pytest

from gutsleep.analysis.series import daily_frame
from gutsleep.domain.journal import DayEntry, HotFlushes, hot_flush_score


@pytest.mark.parametrize(
    ("flushes", "score"),
    [
        (HotFlushes(), None),  # no count recorded: no score, not 0
        (HotFlushes(day_mild=0), 0),  # a kept diary with no flush
        (HotFlushes(day_mild=4, day_moderate=2, day_severe=1), 4 * 1 + 2 * 2 + 1 * 3),
        (HotFlushes(night_very_severe=1), 4),  # blanks beside a count are none
        (
            HotFlushes(
                day_mild=1,
                day_moderate=1,
                day_severe=1,
                day_very_severe=1,
                night_mild=2,
                night_moderate=2,
                night_severe=2,
                night_very_severe=2,
            ),
            (1 + 2 + 3 + 4) + 2 * (1 + 2 + 3 + 4),
        ),
    ],
)
def test_the_score_weighs_each_flush_by_its_severity(flushes: HotFlushes, score: int) -> None:
    assert flushes.score() == score


def test_the_score_reads_counts_by_name() -> None:
    assert hot_flush_score({"day_moderate": 3, "night_mild": 1}) == 7
    assert hot_flush_score({}) is None


def test_the_daily_series_keeps_a_day_without_a_diary_missing() -> None:
    days = [
        DayEntry(date(2026, 3, 1), flushes=HotFlushes(day_severe=2)),
        DayEntry(date(2026, 3, 2), notes="no hot-flush diary today"),
        DayEntry(date(2026, 3, 3), flushes=HotFlushes(night_mild=0)),
    ]
    values = daily_frame(days)["hot_flush_score"]
    assert values[0] == 6 and math.isnan(values[1]) and values[2] == 0
