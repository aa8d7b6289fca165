"""The planner's weekly chart: SE points per week and the window as a step line."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from gutsleep.charts.base import number_of
from gutsleep.charts.sleep_window import window_figure

START = date(2026, 3, 16)


def test_weekly_se_and_the_window_step() -> None:
    weeks = [
        (START, 81.25, 390),
        (START + timedelta(days=7), 92.0, 405),
        (START + timedelta(days=14), None, 405),
    ]
    chart = window_figure(weeks)
    _x, y = chart.se_line.get_data()
    assert list(np.asarray(y)[:2]) == [81.25, 92.0]
    assert np.isnan(np.asarray(y)[2])
    steps_x, steps_y = chart.step_line.get_data()
    assert list(steps_y) == [6.5, 6.75, 6.75]
    assert steps_x[0] == number_of(START)
    assert "the window is now 6.75 hours" in str(chart.summary()[0])
    readout = chart.readout(None, number_of(START) + 8, None)
    assert readout is not None and "92.0 %" in str(readout)


def test_no_planner_weeks_draws_the_empty_message() -> None:
    chart = window_figure([])
    assert not chart.has_data
