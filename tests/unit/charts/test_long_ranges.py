"""Charts at any range: weekly and monthly means, whole-hour ticks, dates in the language."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np

from gutsleep.analysis.series import DailyFrame
from gutsleep.charts.base import DateTicks, WholeHours, number_of
from gutsleep.charts.timeseries import sleep_figure

NAN = math.nan
GERMAN = {
    "Jan": "Jan.",
    "Mar": "März",
    "Dec": "Dez.",
    "Oct": "Okt.",
    "{day} {month}": "{day}. {month}",
}


def german(source: str) -> str:
    return GERMAN.get(source, source)


def long_frame(days: int = 3650) -> DailyFrame:
    rng = np.random.default_rng(5)
    tst = rng.normal(400, 40, days)
    tst[rng.random(days) < 0.25] = NAN
    return DailyFrame.from_columns(date(2017, 1, 2), {"tst": tst, "se": rng.normal(85, 5, days)})


def visible_lines(ax):  # type: ignore[no-untyped-def]
    return [line for line in ax.get_lines() if line.get_visible()]


def test_beyond_120_days_weekly_then_monthly_means_replace_the_daily_points() -> None:
    frame = long_frame()
    chart = sleep_figure(frame, ("tst",))
    ax = chart.axes[0]
    start = date(2017, 1, 2)
    chart.set_range(start, start + timedelta(days=119))
    assert chart.period() == "day"
    assert len(visible_lines(ax)[0].get_xdata()) == 3650  # the daily points
    chart.set_range(start, start + timedelta(days=364))
    assert chart.period() == "week"
    line, _partial = visible_lines(ax)
    assert len(line.get_xdata()) == 522  # ISO weeks touching ten years
    assert not any(line.get_visible() for line in chart.axes[0].get_lines()[:2])
    chart.set_range(None, None)
    assert chart.period() == "month"
    line, _partial = visible_lines(ax)
    assert len(line.get_xdata()) == 120
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert legend[0] == "Monthly mean"
    assert "interquartile range" in legend[1]


def test_an_incomplete_week_is_drawn_apart_and_read_out_as_such() -> None:
    # Monday 5 Jan 2026 on: 300 days, the week of 12 January with only 2 logged days.
    tst = np.full(300, 420.0)
    tst[7:14] = NAN
    tst[8], tst[10] = 300.0, 360.0
    frame = DailyFrame.from_columns(date(2026, 1, 5), {"tst": tst})
    chart = sleep_figure(frame, ("tst",))
    assert chart.period() == "week"
    ax = chart.axes[0]
    line, partial = visible_lines(ax)
    assert math.isnan(line.get_ydata()[1])  # no full mean from two days
    assert partial.get_ydata()[1] == 330.0  # the two days' mean, drawn apart (hollow)
    assert partial.get_markerfacecolor() == "none"
    x = number_of(date(2026, 1, 14))
    assert str(chart.readout(ax, x, None)) == (
        "Week of 2026-01-12: only 2 of 7 days logged, too few for a mean "
        "(Total sleep time 5 h 30 min on those)"
    )
    x = number_of(date(2026, 1, 7))
    assert str(chart.readout(ax, x, None)) == (
        "Week of 2026-01-05: Total sleep time mean 7 h 00 min (middle half of the days "
        "7 h 00 min to 7 h 00 min); 7 of 7 days logged"
    )


def test_monthly_read_out_names_the_month_in_the_language() -> None:
    chart = sleep_figure(long_frame(), ("se",))
    ax = chart.axes[0]
    message = chart.readout(ax, number_of(date(2020, 3, 15)), None)
    assert message is not None
    assert message.render(german).startswith("März 2020: Sleep efficiency mean")
    assert "31 of 31 days logged" in str(message)


def test_duration_ticks_fall_on_whole_hours() -> None:
    locator = WholeHours()
    assert list(locator.tick_values(290.0, 510.0)) == [300.0, 360.0, 420.0, 480.0]
    assert list(locator.tick_values(0.0, 1000.0)) == [0.0, 240.0, 480.0, 720.0, 960.0]
    assert list(locator.tick_values(370.0, 410.0)) == [390.0]  # no hour inside: half hours
    chart = sleep_figure(long_frame(), ("tst",))
    chart.figure.canvas.draw()
    ticks = chart.axes[0].get_yticks()
    assert len(ticks) >= 2 and all(t % 60 == 0 for t in ticks)


def test_month_ticks_are_translated_and_the_year_is_written_where_it_changes() -> None:
    ticks = DateTicks(german)
    months = [number_of(date(2025, m, 1)) for m in (10, 11, 12)] + [number_of(date(2026, 1, 1))]
    assert ticks.format_ticks(months) == ["Okt.\n2025", "Nov", "Dez.", "Jan.\n2026"]
    days = [number_of(date(2026, 3, d)) for d in (2, 9, 16)]
    assert ticks.format_ticks(days) == ["2. März\n2026", "9", "16"]
    years = [number_of(date(y, 1, 1)) for y in (2018, 2020)]
    assert ticks.format_ticks(years) == ["2018", "2020"]


def test_the_date_axis_of_a_chart_uses_the_charts_translator() -> None:
    chart = sleep_figure(long_frame(200), ("tst",), translate=german)
    chart.set_range(date(2017, 1, 2), date(2017, 6, 30))
    chart.figure.canvas.draw()
    labels = [t.get_text() for t in chart.axes[0].get_xticklabels()]
    assert any("März" in label for label in labels), labels
    assert not any("Mar" in label for label in labels)
