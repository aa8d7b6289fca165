"""Diary and device side by side: the total sleep a person wrote and a device's estimate.

For people with insomnia the two often differ (devices tend to count quiet wakefulness
as sleep), and the difference is itself worth seeing, so both are drawn night by
night on the top axis and the weekly mean difference (device minus diary, over the
nights that have both) on the bottom one. Nights with only one of the two are drawn
but never paired; a week without a paired night has no bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MultipleLocator

from gutsleep.charts.base import Limits, TimeChart, Translate, clock_minutes, number_of
from gutsleep.charts.theme import ChartTheme
from gutsleep.charts.timeseries import NO_DATA_SENTENCE
from gutsleep.domain.text import N_, Message

__all__ = ["DeviceChart", "NightPair", "device_figure", "weekly_differences"]

#: (wake day, the diary's total sleep in minutes or None, the device's time asleep or None)
NightPair = tuple[date, float | None, float | None]


def weekly_differences(pairs: Sequence[NightPair]) -> list[tuple[date, float, int]]:
    """(Monday, mean of device minus diary in minutes, paired nights) for each week with one."""
    weeks: dict[date, list[float]] = {}
    for night, diary, device in pairs:
        if diary is None or device is None:
            continue
        monday = night - timedelta(days=night.weekday())
        weeks.setdefault(monday, []).append(device - diary)
    return [(monday, float(np.mean(v)), len(v)) for monday, v in sorted(weeks.items())]


class DeviceChart(TimeChart):
    """Total sleep per night from the diary and from a device, and their weekly difference."""

    def __init__(
        self,
        pairs: Sequence[NightPair],
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
    ) -> None:
        super().__init__(theme, translate)
        self.update(pairs)

    def update(self, pairs: Sequence[NightPair]) -> None:
        self.pairs = sorted(pairs)
        self.nights = [night for night, _, _ in self.pairs]
        self.diary = np.asarray(
            [np.nan if d is None else d for _, d, _ in self.pairs], dtype=np.float64
        )
        self.device = np.asarray(
            [np.nan if d is None else d for _, _, d in self.pairs], dtype=np.float64
        )
        self.weeks = weekly_differences(self.pairs)
        self.build()

    def _data_bounds(self) -> tuple[date, date] | None:
        if not self.nights:
            return None
        return self.nights[0], self.nights[-1]

    def _draw(self) -> None:
        if not any(d is not None for _, _, d in self.pairs):
            self._empty_figure()
            return
        top, bottom = self.figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        x = np.asarray([number_of(n) for n in self.nights], dtype=np.float64)
        # a line joins consecutive nights only: a night missing from the list breaks it
        gaps = np.flatnonzero(np.diff(x) > 1.0) + 1
        line_x = np.insert(x, gaps, np.nan)
        diary = top.plot(
            line_x,
            np.insert(self.diary, gaps, np.nan),
            marker="o",
            markersize=3,
            linewidth=1.0,
            color=self.theme.colour(0),
        )[0]
        device = top.plot(
            line_x,
            np.insert(self.device, gaps, np.nan),
            marker="s",
            markersize=3,
            linewidth=1.0,
            color=self.theme.colour(1),
        )[0]
        top.set_title(
            self._t(N_("Total sleep per night: your diary and the device")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        top.yaxis.set_major_locator(MultipleLocator(60.0))  # whole hours
        top.yaxis.set_major_formatter(FuncFormatter(clock_minutes))
        top.set_ylabel(self._t(N_("h:min")))
        self._track(top, "tst", x, [self.diary, self.device], Limits(minimum_top=8 * 60.0))
        starts = np.asarray([number_of(m) + 3.0 for m, _, _ in self.weeks], dtype=np.float64)
        means = np.asarray([mean for _, mean, _ in self.weeks], dtype=np.float64)
        bottom.bar(starts, means, width=5.0, color=self.theme.colour(1), alpha=0.8)
        bottom.axhline(0.0, color=self.theme.reference, linewidth=1.0)
        bottom.set_title(
            self._t(N_("Weekly mean difference, device minus diary (nights with both)")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        bottom.set_ylabel(self._t(N_("min")))
        self._track(
            bottom, "device_difference", starts, [means], Limits(zero_based=True, minimum_top=10.0)
        )
        for ax in (top, bottom):
            self._style(ax)
        self._date_axis(bottom)
        self._legend([diary, device], [self._t(N_("Your diary")), self._t(N_("Device"))])

    def _shown(self) -> list[NightPair]:
        bounds = self.visible_bounds()
        if bounds is None:
            return list(self.pairs)
        return [p for p in self.pairs if bounds[0] <= p[0] <= bounds[1]]

    def summary(self) -> list[Message]:
        """In words, over the range shown: how many nights, and the mean difference."""
        shown = self._shown()
        paired = [(d, v) for _, d, v in shown if d is not None and v is not None]
        devices = sum(1 for _, _, v in shown if v is not None)
        if not devices:
            return [Message(NO_DATA_SENTENCE)]
        if not paired:
            return [
                Message(
                    N_("{n} device nights, none with a diary night to compare."), {"n": devices}
                )
            ]
        difference = float(np.mean([v - d for d, v in paired]))
        return [
            Message(
                N_(
                    "On the {n} nights with both, the device counted {minutes} minutes "
                    "{direction} sleep than your diary on average."
                ),
                {
                    "n": len(paired),
                    "minutes": round(abs(difference)),
                    "direction": Message(N_("more") if difference >= 0 else N_("less")),
                },
            )
        ]

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if x is None:
            return None
        for night, diary, device in self.pairs:
            if abs(number_of(night) - x) < 0.5:
                return Message(
                    N_("Night to {night}: diary {diary}, device {device}"),
                    {
                        "night": night,
                        "diary": "—" if diary is None else clock_minutes(diary),
                        "device": "—" if device is None else clock_minutes(device),
                    },
                )
        return None


def device_figure(
    pairs: Sequence[NightPair],
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
) -> DeviceChart:
    """Diary and device nights, from ``TrendsService.diary_and_device``."""
    return DeviceChart(pairs, theme, translate)
