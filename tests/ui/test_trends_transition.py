"""The Trends page's hot flushes and cycles on a seeded journal: the right numbers."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel
from trends_helpers import open_trends

from gutsleep.domain.journal import Bleeding, DayEntry, HotFlushes
from gutsleep.storage.settings import TRENDS_RANGE
from gutsleep.ui.trends.page import TABS

pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def seed(services, today: date) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Cycles of 28, 35 (a gap of 3 unanswered days inside), 26 and 45 days, then one
    running; spotting mid-cycle; a hot-flush diary on weekdays only in the last weeks."""
    first = today - timedelta(days=160)
    lengths = [28, 35, 26, 45]
    starts = [first + timedelta(days=3)]
    for length in lengths:
        starts.append(starts[-1] + timedelta(days=length))
    bleeding_days = {s + timedelta(days=k) for s in starts for k in range(4)}
    gap = {starts[1] + timedelta(days=10 + k) for k in range(3)}
    spotting = {starts[2] + timedelta(days=14)}
    day = first
    while day <= today:
        if day not in gap:
            if day in bleeding_days:
                bleeding = Bleeding.HEAVY
            elif day in spotting:
                bleeding = Bleeding.SPOTTING
            else:
                bleeding = Bleeding.NONE
            flushes = HotFlushes()
            if (today - day).days < 28 and day.weekday() < 5:
                flushes = HotFlushes(day_mild=2, night_severe=1)  # score 2 + 3 = 5
            services.journal.save(DayEntry(day, bleeding=bleeding, flushes=flushes))
        day += timedelta(days=1)
    return {"starts": starts, "lengths": lengths}


def test_the_cycle_view_shows_lengths_differences_and_the_straw_note(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    seeded = seed(services, today)
    services.settings.set(TRENDS_RANGE, "1y")
    _window, page = open_trends(qtbot, services)
    page.tabs.setCurrentIndex([key for key, _ in TABS].index("transition"))
    qtbot.waitUntil(lambda: "transition" in page.charts and not page.busy, timeout=20_000)

    header, rows = page.chart_table("transition")
    assert header == ["cycle_start", "length_days", "days_not_answered"]
    starts = seeded["starts"]
    assert [row[0] for row in rows] == starts
    assert [row[1] for row in rows] == [28, 35, 26, 45, None]
    assert [row[2] for row in rows] == [0, 3, 0, 0, 0]  # the gap, not the spotting

    facts = page.findChild(QLabel, "trends_cycle_facts").text()
    assert "Finished cycles in the journal: 4 (1 uncertain)" in facts
    # Only certain consecutive cycles are compared: 26 then 45.
    assert "consecutive certain cycles differed in length by +19 days" in facts
    assert "(1 pairs compared; 1 by 7 days or more)" in facts
    assert "Longest time without bleeding: 41 days" in facts
    note = page.findChild(QLabel, "trends_cycle_note").text()
    assert "STRAW+10" in note and "Harlow et al. 2012" in note and "not a diagnosis" in note
    assert "hormone therapy" in note

    chart = page.charts["transition"]
    weeks = chart.weeks
    kept = [m for m, n in zip(weeks.means, weeks.days, strict=True) if n >= 4]
    assert kept and all(m == 5 for m in kept)  # weekdays only: 5 days a week, all scored 5
    assert all(math.isnan(m) for m, n in zip(weeks.means, weeks.days, strict=True) if n < 4)
    summary = page.views["transition"].summary.text()
    assert "Hot-flush score averaged 5.0 points on the 20 days of 365 with a diary." in summary
