"""Figure builders: the artists and labels they draw, gaps kept as gaps, empty data, rendering."""

from __future__ import annotations

import io
import math
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from gutsleep.analysis.insights import find_insights
from gutsleep.analysis.series import DailyFrame, daily_frame
from gutsleep.charts.base import (
    NO_DATA,
    Chart,
    bleeding_runs,
    number_of,
    shade_bleeding,
    slice_frame,
)
from gutsleep.charts.insight import insight_figure
from gutsleep.charts.theme import ChartTheme
from gutsleep.charts.timeseries import SLEEP_MEASURES, factors_figure, sleep_figure
from gutsleep.charts.weekly import PLANT_TARGET, gut_figure, plants_figure

ROOT = Path(__file__).resolve().parents[3]
D0 = date(2026, 3, 2)  # a Monday
NAN = math.nan
MISSING = 3  # the day without any sleep data


def known_frame(days: int = 21) -> DailyFrame:
    """Three weeks with day 3 missing entirely and a bleeding run on days 5-8."""
    rng = np.random.default_rng(4)
    tst = 400 + rng.normal(0, 20, days)
    se = np.clip(85 + rng.normal(0, 4, days), 0, 100)
    sol = rng.integers(5, 40, days).astype(float)
    waso = rng.integers(0, 50, days).astype(float)
    quality = rng.integers(1, 6, days).astype(float)
    stress = rng.integers(0, 11, days).astype(float)
    alcohol = rng.integers(0, 3, days).astype(float)
    trigger = rng.integers(0, 2, days).astype(float)
    bleeding = np.zeros(days)
    bleeding[5:9] = 1
    bm = rng.integers(0, 3, days).astype(float)
    columns = {
        "tst": tst,
        "se": se,
        "sol": sol,
        "waso": waso,
        "quality": quality,
        "stress": stress,
        "alcohol": alcohol,
        "trigger_day": trigger,
        "bleeding": bleeding,
        "bm_count": bm,
    }
    for values in columns.values():
        values[MISSING] = NAN
    return DailyFrame.from_columns(D0, columns)


def texts(chart: Chart) -> list[str]:
    """Every visible text of the figure (figure texts and axis texts)."""
    found = [t.get_text() for t in chart.figure.texts if t.get_visible()]
    for ax in chart.figure.axes:
        if ax.get_visible():
            found += [t.get_text() for t in ax.texts if t.get_visible()]
    return found


def titles(chart: Chart) -> list[str]:
    return [ax.get_title(loc="left") for ax in chart.figure.axes]


def render_all(figure: Figure) -> None:
    for fmt, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt)
        assert buffer.getvalue().startswith(magic), fmt


# -- sleep ---------------------------------------------------------------------------


def test_sleep_figure_has_one_labelled_axis_per_measure() -> None:
    chart = sleep_figure(known_frame())
    assert len(chart.figure.axes) == len(SLEEP_MEASURES)
    assert titles(chart) == [
        "Total sleep time",
        "Sleep efficiency",
        "Time to fall asleep",
        "Time awake during the night",
        "Sleep quality",
    ]
    assert [ax.get_ylabel() for ax in chart.figure.axes] == ["h:min", "%", "min", "min", "1-5"]
    legend = chart.figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Daily value", "7-day mean"]
    first, *others = chart.figure.axes
    assert all(first.get_shared_x_axes().joined(first, ax) for ax in others)
    render_all(chart.figure)


def test_a_missing_day_is_a_gap_never_zero() -> None:
    frame = known_frame()
    chart = sleep_figure(frame)
    for ax, key in zip(chart.figure.axes, SLEEP_MEASURES, strict=True):
        daily, mean = ax.get_lines()
        y = np.asarray(daily.get_ydata(), dtype=float)
        x = np.asarray(daily.get_xdata(), dtype=float)
        assert math.isnan(y[MISSING]), key
        assert x[MISSING] == number_of(D0 + timedelta(days=MISSING))
        assert not np.any(y[~np.isnan(y)] == 0) or key in ("sol", "waso")
        np.testing.assert_array_equal(y, frame[key])
        # the 7-day mean skips the missing day instead of counting it as zero
        expected = np.nanmean(frame[key][MISSING - 3 : MISSING + 4])
        assert np.asarray(mean.get_ydata())[MISSING + 3] == pytest.approx(expected)


def test_range_changes_move_the_axes_without_new_artists() -> None:
    chart = sleep_figure(known_frame())
    ax = chart.figure.axes[0]
    lines = list(ax.get_lines())
    chart.set_range(D0 + timedelta(days=7), D0 + timedelta(days=13))
    assert ax.get_lines() == lines
    low, high = ax.get_xlim()
    assert low == number_of(D0 + timedelta(days=7)) - 0.5
    assert high == number_of(D0 + timedelta(days=13)) + 0.5
    assert chart.summary()[0].render().endswith("over 7 days with data out of 7.")
    # quality keeps its fixed 1-5 scale
    assert chart.figure.axes[4].get_ylim() == (0.6, 5.4)


def test_update_takes_new_values_into_the_same_lines() -> None:
    frame = known_frame()
    chart = sleep_figure(frame)
    line = chart.figure.axes[0].get_lines()[0]
    changed = DailyFrame.from_columns(
        D0, {k: np.asarray(frame[k]) + (10 if k == "tst" else 0) for k in SLEEP_MEASURES}
    )
    chart.update(changed)
    assert chart.figure.axes[0].get_lines()[0] is line
    assert np.asarray(line.get_ydata())[0] == pytest.approx(frame["tst"][0] + 10)


def test_summary_and_readout_speak_plainly() -> None:
    chart = sleep_figure(known_frame())
    sentences = [m.render() for m in chart.summary()]
    assert sentences[0].startswith("Total sleep averaged ")
    assert " h " in sentences[0] and "over 20 days with data out of 21." in sentences[0]
    assert sentences[4].startswith("Sleep quality averaged ")
    ax = chart.figure.axes[0]
    gap = chart.readout(ax, number_of(D0 + timedelta(days=MISSING)), 400)
    assert gap is not None and gap.render() == "2026-03-05: Total sleep time not recorded"
    day = chart.readout(ax, number_of(D0 + timedelta(days=10)) + 0.3, 400)
    assert day is not None and day.render().startswith("2026-03-12: Total sleep time ")
    assert chart.readout(None, None, None) is None
    assert chart.readout(ax, number_of(D0 - timedelta(days=5)), 400) is None


# -- factors ------------------------------------------------------------------------


def test_factors_share_the_time_axis_under_a_sleep_panel() -> None:
    chart = factors_figure(known_frame(), ["stress", "alcohol", "trigger_day"])
    axes = chart.figure.axes
    assert titles(chart) == [
        "Total sleep time",
        "Stress",
        "Alcoholic drinks",
        "Personal trigger food eaten",
    ]
    assert all(axes[0].get_shared_x_axes().joined(axes[0], ax) for ax in axes[1:])
    # counts are stems from zero: a recorded zero is a point, a missing day nothing
    stems = [c for c in axes[2].collections if isinstance(c, LineCollection)]
    assert len(stems) == 1
    points = axes[2].get_lines()[0]
    assert math.isnan(np.asarray(points.get_ydata())[MISSING])
    assert [t.get_text() for t in axes[3].get_yticklabels()] == ["no", "yes"]
    chart.set_factors(["mood"])
    assert titles(chart) == ["Total sleep time", "Mood"]
    render_all(chart.figure)


def test_no_factors_chosen_leaves_the_sleep_panel() -> None:
    chart = factors_figure(known_frame(), [])
    assert titles(chart) == ["Total sleep time"]


# -- cycle overlay ----------------------------------------------------------------------


def test_bleeding_days_are_shaded_on_a_time_axis() -> None:
    frame = known_frame()
    assert bleeding_runs(frame) == [(D0 + timedelta(days=5), D0 + timedelta(days=8))]
    figure = Figure()
    ax = figure.subplots()
    spans = shade_bleeding(ax, frame)
    assert len(spans) == 1
    span = spans[0]
    assert span.get_x() == number_of(D0 + timedelta(days=5)) - 0.5
    assert span.get_x() + span.get_width() == number_of(D0 + timedelta(days=8)) + 0.5
    chart = sleep_figure(frame, cycle_overlay=True)
    assert all(len(ax.patches) == 1 for ax in chart.figure.axes)
    assert "Bleeding days" in [t.get_text() for t in chart.figure.legends[0].get_texts()]
    chart.set_cycle_overlay(False)
    assert all(not ax.patches for ax in chart.figure.axes)


# -- weekly ----------------------------------------------------------------------------


def test_plants_per_week_against_thirty() -> None:
    weekly = [(2026, 10, 12), (2026, 11, 31), (2026, 13, 0)]  # week 12 had no food data
    chart = plants_figure(weekly)
    (ax,) = chart.figure.axes
    bars = ax.patches
    assert [b.get_height() for b in bars] == [12, 31, 0]
    monday = date.fromisocalendar(2026, 11, 1)
    assert bars[1].get_x() + bars[1].get_width() / 2 == number_of(monday) + 3
    assert any(
        isinstance(line, Line2D) and list(line.get_ydata()) == [PLANT_TARGET, PLANT_TARGET]
        for line in ax.get_lines()
    )
    assert "30 a week" in texts(chart)
    assert ax.get_ylim()[1] > PLANT_TARGET
    summary = chart.summary()[0].render()
    assert "over 3 weeks" in summary and "1 of them reached 30" in summary
    readout = chart.readout(ax, number_of(monday) + 1, 10)
    assert readout is not None and readout.render() == "Week of 2026-03-09: 31 different plants"
    render_all(chart.figure)


def test_gut_types_stack_per_week_and_movements_per_day() -> None:
    frame = known_frame()
    weeks = [(D0, (0, 1, 2, 5, 1, 0, 0)), (D0 + timedelta(days=7), (0, 0, 1, 3, 0, 2, 1))]
    chart = gut_figure(weeks, frame)
    top, bottom = chart.figure.axes
    assert top.get_title(loc="left") == "Bristol stool types per week"
    assert bottom.get_title(loc="left") == "Bowel movements per day"
    assert len(top.containers) == 7
    week_two = [p for p in top.patches if p.get_x() > number_of(D0) + 5]
    assert max(p.get_y() + p.get_height() for p in week_two) == 7
    legend = [t.get_text() for t in top.get_legend().get_texts()]
    assert "Type 4: smooth and soft" in legend and len(legend) == 7
    points = bottom.get_lines()[0]
    assert math.isnan(np.asarray(points.get_ydata())[MISSING])
    sentences = [m.render() for m in chart.summary()]
    assert sentences[1] == "Bristol type 4 was the most common (50% of those typed)."
    readout = chart.readout(top, number_of(D0) + 2, 1)
    assert readout is not None
    assert readout.render() == "Week of 2026-03-02: type 2: 1, type 3: 2, type 4: 5, type 5: 1"
    render_all(chart.figure)


# -- insights ----------------------------------------------------------------------------


def test_insight_plot_shows_the_two_groups_it_compares() -> None:
    days = 120
    rng = np.random.default_rng(2)
    alcohol = (rng.random(days) < 0.3).astype(float)
    waso = 15 + rng.normal(0, 5, days)
    waso[1:] += 25 * alcohol[:-1]
    frame = DailyFrame.from_columns(D0, {"alcohol": alcohol, "waso": waso})
    report = find_insights(frame)
    insight = next(
        i for i in report.insights if (i.factor, i.outcome, i.lag) == ("alcohol", "waso", 1)
    )
    chart = insight_figure(insight, frame)
    without, with_ = chart.groups
    assert (len(with_), len(without)) == (insight.n_with, insight.n_without)
    # the raw groups; the effect in the sentence takes the other factors into account
    assert np.mean(with_) - np.mean(without) == pytest.approx(
        insight.mean_with - insight.mean_without
    )
    (ax,) = chart.figure.axes
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == f"Other nights\n(n = {insight.n_without})"
    assert (
        labels[1].startswith("Nights after a day with any") and f"n = {insight.n_with}" in labels[1]
    )
    assert ax.get_title(loc="left") == "Time awake during the night"
    assert chart.summary() == [insight.sentence]
    render_all(chart.figure)


# -- empty data ----------------------------------------------------------------------------


def test_every_builder_says_when_there_is_no_data() -> None:
    empty = daily_frame([])
    charts: list[Chart] = [
        sleep_figure(empty),
        factors_figure(empty, ["stress"]),
        plants_figure([]),
        gut_figure([], empty),
    ]
    for chart in charts:
        assert NO_DATA in texts(chart), type(chart).__name__
        assert not chart.has_data
        assert [m.render() for m in chart.summary()] == ["No data in this range yet."]
        chart.set_range(date(2026, 1, 1), date(2026, 1, 30))
        render_all(chart.figure)


def test_a_range_without_data_shows_the_message_instead_of_empty_axes() -> None:
    chart = sleep_figure(known_frame())
    assert chart.has_data and NO_DATA not in texts(chart)
    chart.set_range(date(2025, 1, 1), date(2025, 1, 30))
    assert not chart.has_data
    assert texts(chart) == [NO_DATA]
    chart.set_range(None, None)
    assert chart.has_data


def test_a_measure_without_data_in_range_says_so_on_its_own_axis() -> None:
    frame = known_frame()
    columns = {k: frame[k] for k in ("tst", "se", "sol", "waso")}
    chart = sleep_figure(DailyFrame.from_columns(D0, columns))  # no quality at all
    quality = chart.figure.axes[4]
    assert [t.get_text() for t in quality.texts if t.get_visible()] == [NO_DATA]
    assert [t.get_text() for t in chart.figure.axes[0].texts if t.get_visible()] == []


# -- themes and helpers -----------------------------------------------------------------------


def test_themes_and_clones() -> None:
    dark = ChartTheme.dark()
    chart = sleep_figure(known_frame(), theme=dark)
    assert chart.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))
    light = chart.clone(ChartTheme.light())
    assert light.figure is not chart.figure
    assert light.figure.get_facecolor()[:3] == (1.0, 1.0, 1.0)
    assert chart.figure.get_facecolor()[:3] != (1.0, 1.0, 1.0)
    assert titles(light) == titles(chart)
    on_window = dark.on("#2b2b2b", "#eeeeee")
    assert on_window.background == "#2b2b2b" and on_window.series == dark.series


def test_slice_frame_pads_with_gaps() -> None:
    frame = known_frame()
    part = slice_frame(frame, D0 - timedelta(days=2), D0 + timedelta(days=1))
    assert len(part) == 4
    assert np.isnan(part["tst"][:2]).all()
    assert part["tst"][2] == frame["tst"][0]


def test_translate_is_used_for_text_in_figures() -> None:
    chart = sleep_figure(known_frame(), translate=lambda s: s.upper())
    assert titles(chart)[0] == "TOTAL SLEEP TIME"


PROBE = """
import sys
from datetime import date
from gutsleep.analysis.series import daily_frame
from gutsleep.analysis.insights import find_insights
from gutsleep.analysis.stats import weekly_distinct_plants
from gutsleep.charts.insight import insight_figure
from gutsleep.charts.timeseries import factors_figure, sleep_figure
from gutsleep.charts.weekly import gut_figure, plants_figure
from gutsleep.domain.demo import generate_journal
entries = [e for e in generate_journal(90, 2, date(2026, 6, 30)) if not e.is_empty()]
frame = daily_frame(entries)
report = find_insights(frame)
charts = [
    sleep_figure(frame, cycle_overlay=True),
    factors_figure(frame, ["stress", "alcohol"]),
    plants_figure(weekly_distinct_plants(entries)),
    gut_figure([(date(2026, 6, 1), (0, 1, 2, 3, 0, 0, 0))], frame),
    insight_figure(report.insights[0], frame),
]
import io
for chart in charts:
    chart.set_range(date(2026, 5, 1), date(2026, 6, 30))
    for fmt in ("png", "svg", "pdf"):
        chart.figure.savefig(io.BytesIO(), format=fmt)
loaded = [m for m in ("matplotlib.pyplot", "PySide6") if m in sys.modules]
print(loaded or "clean")
"""


def test_the_builders_never_import_pyplot(tmp_path: Path) -> None:
    """pyplot keeps every figure alive; the builders use Figure alone (and no Qt).

    No MPLBACKEND here: with the backend left to matplotlib, reading every
    rcParam (as Axes.boxplot does) would import pyplot to settle it.
    """
    env = {"PATH": "", "HOME": str(tmp_path), "MPLCONFIGDIR": str(tmp_path / "mpl")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "clean"


def test_a_tracker_of_ones_own_is_charted_like_a_built_in_factor() -> None:
    from gutsleep.domain.trackers import Tracker, TrackerKind

    frame = known_frame()
    assert frame.start is not None
    outdoors = Tracker("a1a1a1a1a1a1", "Time outdoors", TrackerKind.MINUTES)
    late = Tracker("b2b2b2b2b2b2", "Caffeine after 2 pm", TrackerKind.YES_NO)
    values = {
        outdoors.key: {frame.start: 0.0, frame.start + timedelta(days=2): 45.0},
        late.key: {frame.start + timedelta(days=1): 1.0},
    }
    frame = frame.with_series([outdoors.measure(), late.measure()], values)
    chart = factors_figure(frame, ["stress", outdoors.key, late.key])
    assert titles(chart) == ["Total sleep time", "Stress", "Time outdoors", "Caffeine after 2 pm"]
    axes = chart.figure.axes
    points = np.asarray(axes[2].get_lines()[0].get_ydata())
    assert points[0] == 0.0 and math.isnan(points[1])  # a zero is a point, a gap is a gap
    assert [t.get_text() for t in axes[3].get_yticklabels()] == ["no", "yes"]
    said = " ".join(str(m) for m in chart.summary())
    assert "Time outdoors averaged" in said and "on 2 of" in said
    chart.set_range(frame.start, frame.start + timedelta(days=3))  # a slice keeps the series
    assert "Caffeine after 2 pm: yes on 1 of the 1 days" in " ".join(
        str(m) for m in chart.summary()
    )
    render_all(chart.figure)
