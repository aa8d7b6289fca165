"""Diary and device: nights side by side, the weekly difference over paired nights only."""

from __future__ import annotations

from datetime import date

from gutsleep.charts.device import DeviceChart, weekly_differences


def test_weekly_differences_pair_only_nights_with_both() -> None:
    pairs = [
        (date(2026, 3, 2), 400.0, 430.0),  # Monday: +30
        (date(2026, 3, 3), 380.0, 440.0),  # +60
        (date(2026, 3, 4), None, 500.0),  # device only: not paired
        (date(2026, 3, 8), 420.0, None),  # diary only (Sunday)
        (date(2026, 3, 10), 450.0, 420.0),  # next week: -30
    ]
    assert weekly_differences(pairs) == [
        (date(2026, 3, 2), 45.0, 2),
        (date(2026, 3, 9), -30.0, 1),
    ]


def test_the_summary_says_n_and_the_direction_in_words() -> None:
    chart = DeviceChart([(date(2026, 3, 2), 400.0, 430.0), (date(2026, 3, 3), 380.0, 440.0)])
    (sentence,) = chart.summary()
    assert sentence.render() == (
        "On the 2 nights with both, the device counted 45 minutes more sleep than your "
        "diary on average."
    )
    assert chart.has_data
    readout = chart.readout(
        None, float(date(2026, 3, 3).toordinal() - date(1970, 1, 1).toordinal()), None
    )
    assert (
        readout is not None and readout.render() == "Night to 2026-03-03: diary 6:20, device 7:20"
    )


def test_without_device_nights_the_chart_says_there_is_nothing() -> None:
    chart = DeviceChart([])
    assert not chart.has_data
    only_device = DeviceChart([(date(2026, 3, 2), None, 430.0)])
    assert only_device.summary()[0].render() == (
        "1 device nights, none with a diary night to compare."
    )


def test_the_summary_follows_the_range_shown() -> None:
    chart = DeviceChart([(date(2026, 3, 2), 400.0, 430.0), (date(2026, 3, 20), 380.0, 300.0)])
    chart.set_range(date(2026, 3, 15), date(2026, 3, 31))
    assert chart.summary()[0].render() == (
        "On the 1 nights with both, the device counted 80 minutes less sleep than your "
        "diary on average."
    )
