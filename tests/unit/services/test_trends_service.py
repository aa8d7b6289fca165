"""The Trends service on the demo journal: built-in effects found, null factors not; exports."""

from __future__ import annotations

import csv
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from gutsleep.analysis.insights import INSIGHT_OUTCOMES, InsightReport
from gutsleep.domain.demo import BUILT_IN_EFFECTS, NO_EFFECTS
from gutsleep.domain.journal import BowelMovement, DayEntry, Food, Gut, StressMood
from gutsleep.services.demo import create_demo
from gutsleep.services.trends import csv_cell, range_bounds

END = date(2026, 6, 30)
SEED = 2  # a fixed demo journal; the assertions hold for this seed
#: The demo's ``section.field`` names -> the analysis layer's measure keys.
ANALYSIS_KEY = {
    "stress.stress": "stress",
    "food.fermented_servings": "fermented",
    "food.trigger_foods": "trigger_day",
    "food.alcohol_drinks": "alcohol",
    "food.fibre_servings": "fibre",
    "food.caffeine_drinks": "caffeine",
}


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> InsightReport:
    from gutsleep.services.context import open_services

    services = open_services(tmp_path_factory.mktemp("demo") / "data", zone="Europe/London")
    try:
        create_demo(services, days=365, seed=SEED, end=END)
        return services.trends.insights()
    finally:
        services.close()


def _find(report: InsightReport, factor: str, outcome: str, lag: int):  # type: ignore[no-untyped-def]
    matches = [i for i in report.tested if (i.factor, i.outcome, i.lag) == (factor, outcome, lag)]
    assert len(matches) <= 1
    return matches[0] if matches else None


@pytest.mark.parametrize(
    "effect",
    [e for e in BUILT_IN_EFFECTS if e.outcome in INSIGHT_OUTCOMES],
    ids=lambda e: f"{e.factor}->{e.outcome}",
)
def test_the_demo_built_in_effects_are_found_with_their_sign_and_size(
    demo_report: InsightReport, effect
) -> None:
    """stress -> tst -35 min and sol +15 min, fermented -> tst +20 min, alcohol -> waso
    +20 min (the night after), trigger food -> bloating +3 (the same day)."""
    insight = _find(demo_report, ANALYSIS_KEY[effect.factor], effect.outcome, effect.lag)
    assert insight is not None
    assert insight.finding and insight.excludes_zero
    assert np.sign(insight.effect) == effect.direction
    assert effect.size / 2 <= abs(insight.effect) <= effect.size * 1.5


@pytest.mark.parametrize("effect", NO_EFFECTS, ids=lambda e: e.factor)
def test_factors_without_an_effect_are_not_findings(demo_report: InsightReport, effect) -> None:  # type: ignore[no-untyped-def]
    factor = ANALYSIS_KEY[effect.factor]
    insight = _find(demo_report, factor, effect.outcome, effect.lag)
    assert insight is not None and not insight.finding
    assert not [i for i in demo_report.insights if i.factor == factor]


def test_the_confounded_sugar_effect_is_not_a_finding(demo_report: InsightReport) -> None:
    """Finding 4: fewer sugar servings come with fermented days in the demo; with both in
    the model, added sugar is not reported as its own effect on anything."""
    assert not [i for i in demo_report.insights if i.factor == "sugar_upf"]
    sugar = _find(demo_report, "sugar_upf", "tst", 1)
    assert sugar is not None and "fermented" in sugar.adjusted_for


def test_the_report_is_honest_about_many_comparisons(demo_report: InsightReport) -> None:
    assert demo_report.n_comparisons == len(demo_report.tested) > 100
    assert demo_report.summary is not None
    text = demo_report.summary.render()
    assert f"{demo_report.n_comparisons} comparisons tested" in text
    assert all(i.q_value <= demo_report.fdr for i in demo_report.insights)
    same_night = [i for i in demo_report.tested if i.outcome in ("tst", "sol") and i.lag == 0]
    assert {i.factor for i in same_night} == {"night_sweats"}  # recorded with the night


def test_insights_follow_the_range(services) -> None:  # type: ignore[no-untyped-def]
    """Finding 6: "Last year" of a longer journal counts the year's nights only."""
    create_demo(services, days=500, seed=SEED, end=END)
    whole = services.trends.insights()
    year = services.trends.insights(END - timedelta(days=364), END)
    assert (year.first, year.last) == (END - timedelta(days=364), END)
    assert max(i.n for i in year.tested) <= 365 < max(i.n for i in whole.tested)
    data = services.trends.insights_json(year)
    assert data["comparisons"] == year.n_comparisons
    assert data["first"] == (END - timedelta(days=364)).isoformat()


# -- ranges and the cached frame ------------------------------------------------------------


def test_range_bounds() -> None:
    today = date(2026, 6, 30)
    span = (date(2025, 1, 1), date(2026, 6, 1))
    assert range_bounds("14d", today, span) == (date(2026, 6, 17), today)
    assert range_bounds("30d", today, span) == (date(2026, 6, 1), today)
    assert range_bounds("1y", today, span) == (date(2025, 7, 1), today)
    assert range_bounds("all", today, span) == span
    assert range_bounds("all", today, None) is None
    custom = range_bounds("custom", today, span, date(2026, 3, 9), date(2026, 3, 1))
    assert custom == (date(2026, 3, 1), date(2026, 3, 9))
    assert range_bounds("custom", today, span, None, None) == span


def test_frames_are_slices_of_one_cached_history(services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=60, seed=SEED, end=END)
    trends = services.trends
    reads = []
    summaries = services.journal.repository.summaries  # the journal as the series read it
    monkeypatch.setattr(
        services.journal.repository, "summaries", lambda *a: reads.append(a) or summaries(*a)
    )
    full = trends.full_frame()
    first, last = END - timedelta(days=29), END
    part = trends.frame(first, last)
    assert (part.start, part.end, len(part)) == (first, last, 30)
    np.testing.assert_array_equal(part["tst"], full["tst"][-30:])
    wide = trends.frame(END - timedelta(days=99), END + timedelta(days=5))
    assert (
        len(wide) == 105 and np.isnan(wide["tst"][:40]).all() and np.isnan(wide["tst"][-5:]).all()
    )
    assert len(reads) == 1  # one read of the journal for all of these
    services.journal.save(DayEntry(day=END + timedelta(days=1), stress=StressMood(stress=3)))
    assert trends.full_frame().end == END + timedelta(days=1)  # a new day is noticed
    assert len(reads) == 2
    trends.invalidate()
    trends.frame(first, last)
    assert len(reads) == 3


def test_a_window_reads_only_its_days_and_matches_the_whole_history(services) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=120, seed=SEED, end=END)
    trends = services.trends
    first, last = END - timedelta(days=43), END
    frame, plants, bristol = trends.window(first, last)
    full = trends.full_frame()
    assert (frame.start, frame.end, len(frame)) == (first, last, 44)
    for key in frame.values:  # every measure, NaN where the whole history has NaN
        np.testing.assert_array_equal(frame[key], full[key][-44:])
    assert len(plants) >= 6  # the first week may be cut short; the others are whole
    assert plants[1:] == trends.weekly_plants()[-(len(plants) - 1) :]
    assert bristol[1:] == trends.bristol_weeks()[-(len(bristol) - 1) :]


def test_weekly_views_count_whole_weeks(services) -> None:  # type: ignore[no-untyped-def]
    monday = date(2026, 3, 2)
    services.journal.repository.save_many(
        [
            DayEntry(day=monday, food=Food(plants=("oats", "Kale"))),
            DayEntry(day=monday + timedelta(days=6), food=Food(plants=("kale ", "apple"))),
            DayEntry(
                day=monday + timedelta(days=7),
                gut=Gut(bowel_movements=(BowelMovement(4), BowelMovement(4), BowelMovement(6))),
            ),
            DayEntry(day=monday + timedelta(days=8), gut=Gut(bloating=2)),
        ]
    )
    trends = services.trends
    # a range that starts mid-week still counts the whole week
    assert trends.weekly_plants(monday + timedelta(days=5), monday + timedelta(days=8)) == [
        (2026, 10, 3)
    ]
    assert trends.bristol_weeks() == [(monday + timedelta(days=7), (0, 0, 0, 2, 0, 1, 0))]
    days = trends.bristol_days()
    assert days[monday + timedelta(days=8)] == (0,) * 7  # gut logged, no movement: zeros


# -- exports ---------------------------------------------------------------------------------


def test_csv_cells_leave_missing_values_empty() -> None:
    assert csv_cell(None) == ""
    assert csv_cell(math.nan) == ""
    assert csv_cell(0.0) == "0"
    assert csv_cell(420.0) == "420"
    assert csv_cell(85.71428) == "85.714"
    assert csv_cell(date(2026, 1, 2)) == "2026-01-02"


def test_csv_export_has_empty_cells_for_missing_days(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = date(2026, 3, 1)
    services.journal.repository.save_many(
        [
            DayEntry(day=first, stress=StressMood(stress=0)),
            DayEntry(day=first + timedelta(days=2), stress=StressMood(stress=7)),
        ]
    )
    frame = services.trends.frame(first, first + timedelta(days=3))
    path = tmp_path / "stress.csv"
    assert services.trends.export_csv(path, frame, ["stress", "tst"]) == 4
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["date", "stress", "tst"],
        ["2026-03-01", "0", ""],
        ["2026-03-02", "", ""],
        ["2026-03-03", "7", ""],
        ["2026-03-04", "", ""],
    ]
    assert path.stat().st_mode & 0o077 == 0  # health data: private to the user


def test_gut_and_plant_tables(services) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 3, 3)
    services.journal.repository.save_many(
        [DayEntry(day=day, gut=Gut(bowel_movements=(BowelMovement(3),)), food=Food(plants=("a",)))]
    )
    header, rows = services.trends.gut_table(day - timedelta(days=1), day)
    assert header[:3] == ["date", "bm_count", "bristol_1"]
    assert rows[0][0] == day - timedelta(days=1) and math.isnan(rows[0][1])
    assert rows[0][2:] == [None] * 7
    assert rows[1][1:] == [1.0, 0, 0, 1, 0, 0, 0, 0]
    header, rows = services.trends.plants_table(day, day)
    assert header == ["iso_week", "week_start", "distinct_plants"]
    assert rows == [["2026-W10", date(2026, 3, 2), 1]]


def test_figure_export_is_light_and_checks_the_format(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.charts.theme import ChartTheme
    from gutsleep.charts.timeseries import sleep_figure

    create_demo(services, days=40, seed=SEED, end=END)
    chart = sleep_figure(services.trends.frame(), theme=ChartTheme.dark())
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        path = services.trends.export_figure(tmp_path / f"sleep{suffix}", chart)
        assert path.read_bytes().startswith(magic)
    assert chart.theme == ChartTheme.dark()  # the window's chart is left as it was
    from PIL import Image

    with Image.open(tmp_path / "sleep.png") as image:
        assert image.getpixel((2, 2))[:3] == (255, 255, 255)  # light theme on white
        assert image.size[0] == round(chart.figure.get_size_inches()[0] * 150)
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        services.trends.export_figure(tmp_path / "sleep.gif", chart)
