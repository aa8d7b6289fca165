"""Regimen changes: a labelled dashed line on every axes of every time chart, in both themes."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date, timedelta

import numpy as np
import pytest

import gutsleep.charts
from gutsleep.analysis.series import DailyFrame
from gutsleep.charts.base import TimeChart, number_of
from gutsleep.charts.compare import compare_figure
from gutsleep.charts.device import device_figure
from gutsleep.charts.sleep_window import window_figure
from gutsleep.charts.theme import ChartTheme
from gutsleep.charts.timeseries import factors_figure, sleep_figure
from gutsleep.charts.transition import transition_figure
from gutsleep.charts.weekly import gut_figure, plants_figure
from gutsleep.domain.cycles import CycleReport, find_cycles
from gutsleep.domain.journal import Bleeding
from gutsleep.domain.regimens import ChangeKind, RegimenEvent, RegimenKind
from tests.unit.charts.test_charts import D0, known_frame, render_all

START = RegimenEvent(
    D0 + timedelta(days=7), "Estradiol gel", ChangeKind.START, "1 pump", RegimenKind.HORMONE_THERAPY
)
DOSE = RegimenEvent(
    D0 + timedelta(days=14),
    "Estradiol gel",
    ChangeKind.DOSE,
    "2 pumps",
    RegimenKind.HORMONE_THERAPY,
)


def _with_flushes() -> DailyFrame:
    frame = known_frame()
    score = np.asarray([float(i % 5) for i in range(len(frame))])
    return DailyFrame.from_columns(D0, {"tst": frame["tst"], "hot_flush_score": score})


def _cycles() -> CycleReport:
    bleeding = {D0 + timedelta(days=i): Bleeding.NONE for i in range(60)}
    for start in (0, 28, 57):
        for offset in range(3):
            bleeding[D0 + timedelta(days=start + offset)] = Bleeding.MEDIUM
    return find_cycles(bleeding, D0 + timedelta(days=60))


def every_time_chart() -> dict[str, TimeChart]:
    frame = known_frame()
    pairs = [(D0 + timedelta(days=i), 400.0 + i, 430.0 - i) for i in range(0, 21, 2)]
    return {
        "DeviceChart": device_figure(pairs),
        "TransitionChart": transition_figure(_with_flushes(), _cycles()),
        "CompareChart": compare_figure(frame, "stress", "se"),
        "SleepChart": sleep_figure(frame),
        "FactorsChart": factors_figure(frame, ["stress", "alcohol"]),
        "PlantsChart": plants_figure([(2026, 10, 12), (2026, 11, 31)], frame=frame),
        "GutChart": gut_figure([(D0, (0, 1, 2, 5, 1, 0, 0))], frame),
        "WindowChart": window_figure([(D0, 81.0, 390), (D0 + timedelta(days=7), 86.0, 405)]),
    }


def marker_lines(chart: TimeChart, ax: object) -> list[float]:
    return [
        line.get_xdata()[0]
        for line in ax.get_lines()  # type: ignore[attr-defined]
        if line.get_gid() == "regimen-marker"
    ]


def test_the_list_holds_every_time_chart_there_is() -> None:
    for module in pkgutil.iter_modules(gutsleep.charts.__path__):
        importlib.import_module(f"gutsleep.charts.{module.name}")

    def subclasses(cls: type) -> set[type]:
        found = set(cls.__subclasses__())
        for sub in list(found):
            found |= subclasses(sub)
        return found

    concrete = {c.__name__ for c in subclasses(TimeChart) if not c.__name__.startswith("_")}
    assert concrete == set(every_time_chart())


@pytest.mark.parametrize("theme", [ChartTheme.light(), ChartTheme.dark()], ids=["light", "dark"])
def test_every_time_chart_draws_every_change_on_every_axes(theme: ChartTheme) -> None:
    for name, chart in every_time_chart().items():
        chart.set_theme(theme)
        chart.set_markers([START, DOSE])
        # every axes on the calendar (a scatter, as in Compare, has no days to mark)
        axes = [ax for ax in chart.figure.axes if ax.get_visible() and ax in chart._tracks]
        assert axes, name
        for ax in axes:
            assert marker_lines(chart, ax) == [number_of(START.day), number_of(DOSE.day)], name
        labels = [t.get_text() for t in axes[0].texts if t.get_gid() == "regimen-marker-label"]
        assert labels == ["Estradiol gel started", "Estradiol gel: 2 pumps"], name
        colours = {line.get_color() for line in axes[0].get_lines() if line.get_gid()}
        assert colours == {theme.marker}, name


def test_markers_survive_a_redraw_and_a_clone_and_can_be_taken_away() -> None:
    chart = sleep_figure(known_frame())
    chart.set_markers([START])
    chart.set_cycle_overlay(True)  # a full redraw
    assert marker_lines(chart, chart.figure.axes[0]) == [number_of(START.day)]
    twin = chart.clone(ChartTheme.light())
    assert marker_lines(twin, twin.figure.axes[0]) == [number_of(START.day)]
    assert marker_lines(chart, chart.figure.axes[0]) == [number_of(START.day)], "clone kept it"
    render_all(twin.figure)
    chart.set_markers([])
    assert all(marker_lines(chart, ax) == [] for ax in chart.figure.axes)


def test_the_changes_in_range_are_said_in_words() -> None:
    chart = sleep_figure(known_frame())
    chart.set_markers([START, DOSE])
    chart.set_range(D0, D0 + timedelta(days=10))
    assert [m.render() for m in chart.marker_sentences()] == [
        f"{START.day.isoformat()}: Estradiol gel started (1 pump)."
    ]


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("theme", [ChartTheme.light(), ChartTheme.dark()], ids=["light", "dark"])
def test_the_marker_colour_has_at_least_3_to_1_contrast(theme: ChartTheme) -> None:
    assert contrast(theme.marker, theme.background) >= 3.0
    # the window's own backgrounds (Fusion's light and dark palettes) too
    for background in ("#efefef", "#f0f0f0") if not theme.is_dark else ("#353535", "#2d2d2d"):
        assert contrast(theme.marker, background) >= 3.0


def test_changes_on_one_day_share_a_line_and_a_label() -> None:
    progesterone = RegimenEvent(
        START.day, "Progesterone", ChangeKind.START, "100 mg", RegimenKind.HORMONE_THERAPY
    )
    chart = sleep_figure(known_frame())
    chart.set_markers([START, progesterone])
    top = chart.figure.axes[0]
    assert marker_lines(chart, top) == [number_of(START.day)]
    labels = [t.get_text() for t in top.texts if t.get_gid() == "regimen-marker-label"]
    assert labels == ["Estradiol gel started\nProgesterone started"]


def test_a_date_before_the_data_leaves_no_label_outside_the_axes() -> None:
    early = RegimenEvent(date(2020, 1, 1), "SSRI", ChangeKind.STOP)
    chart = sleep_figure(known_frame())
    chart.set_markers([early])
    label = next(t for t in chart.figure.axes[0].texts if t.get_gid() == "regimen-marker-label")
    assert label.get_clip_on()
