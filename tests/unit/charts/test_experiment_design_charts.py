"""Washout days on the daily chart and the n-of-1 diagram of planned and actual periods."""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.figure import Figure

from gutsleep.charts.experiment import Timeline, draw_timeline, experiment_figure

START = date(2026, 3, 2)


def test_washout_days_are_hatched_without_points() -> None:
    letters = "A" * 7 + "W" * 2 + "B" * 7
    schedule = [(START + timedelta(days=i), p) for i, p in enumerate(letters)]
    values: dict[date, float | None] = {d: 400.0 for d, _ in schedule}
    fig = experiment_figure(schedule, values, "tst")
    ax = fig.axes[0]
    hatched = [p for p in ax.patches if p.get_hatch() == "///"]
    assert len(hatched) == 1
    points = sum(len(line.get_xdata()) for line in ax.get_lines() if line.get_marker() in "os")
    assert points == 14  # washout values are not drawn as phase points
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Baseline", "Washout", "Change"]


def test_the_timeline_draws_planned_above_actual() -> None:
    planned = [("A", 0, 7), ("W", 7, 2), ("B", 9, 7)]
    actual = [("A", 0, 7), ("W", 9, 2), ("B", 11, 5)]  # a two-day pause, ended early
    fig = Figure()
    ax = fig.add_subplot()
    draw_timeline(ax, Timeline(planned, actual))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Planned", "Actual"]
    bars = ax.patches
    assert len(bars) == 6
    assert sum(1 for b in bars if b.get_hatch() == "///") == 2
    assert ax.get_xlim() == (0, 16)
