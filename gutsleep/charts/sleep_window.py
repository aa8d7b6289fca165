"""The sleep-window planner week by week: mean sleep efficiency and the window's length.

Each planner week starts on the day a window was accepted. The top axis shows
the week's mean sleep efficiency with the 80 % and 85 % marks the weekly rule
uses; the bottom axis the window's length as a step line, so a change of
window lines up with the efficiency that caused it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
from matplotlib.axes import Axes

from gutsleep.charts.base import Limits, TimeChart, Translate, number_of
from gutsleep.charts.theme import ChartTheme
from gutsleep.charts.timeseries import NO_DATA_SENTENCE
from gutsleep.domain.text import N_, Message

__all__ = ["WindowChart", "WindowWeek", "window_figure"]

#: (week start, mean SE in % or None, window length in minutes or None)
WindowWeek = tuple[date, float | None, int | None]

_RAISE_AT, _LOWER_BELOW = 85.0, 80.0


class WindowChart(TimeChart):
    """Weekly mean SE over the planner's weeks, with the window's length as a step line."""

    def __init__(
        self,
        weeks: Sequence[WindowWeek],
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
    ) -> None:
        super().__init__(theme, translate)
        self.update(weeks)

    def update(self, weeks: Sequence[WindowWeek]) -> None:
        """New weeks, drawn again on the same Figure."""
        self.weeks = list(weeks)
        self.starts = [start for start, _, _ in self.weeks]
        self.se = np.asarray(
            [np.nan if se is None else se for _, se, _ in self.weeks], dtype=np.float64
        )
        self.hours = np.asarray(
            [np.nan if tib is None else tib / 60.0 for _, _, tib in self.weeks], dtype=np.float64
        )
        self.build()

    def _data_bounds(self) -> tuple[date, date] | None:
        if not self.starts:
            return None
        return self.starts[0], self.starts[-1] + timedelta(days=6)

    def _draw(self) -> None:
        if not self.weeks:
            self._empty_figure()
            return
        top, bottom = self.figure.subplots(2, 1, sharex=True)
        x = np.asarray([number_of(s) + 3.0 for s in self.starts], dtype=np.float64)
        self.se_line = top.plot(x, self.se, marker="o", color=self.theme.colour(0), zorder=3)[0]
        for level in (_LOWER_BELOW, _RAISE_AT):
            top.axhline(level, color=self.theme.reference, linestyle="--", linewidth=1.0)
        top.set_title(
            self._t(N_("Mean sleep efficiency per week (80 % and 85 % marked)")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        top.set_ylabel("%")
        self._track(top, "se", x, [self.se], Limits(cap=100.0))
        edges = np.asarray([number_of(s) for s in self.starts], dtype=np.float64)
        self.step_line = bottom.step(
            edges, self.hours, where="post", color=self.theme.colour(1), linewidth=2.0
        )[0]
        bottom.set_title(
            self._t(N_("Sleep window (hours in bed)")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        bottom.set_ylabel(self._t(N_("hours")))
        self._track(bottom, "window", edges, [self.hours], Limits(minimum_top=9.0))
        for ax in (top, bottom):
            self._style(ax)
        self._date_axis(bottom)

    def summary(self) -> list[Message]:
        if not self.weeks:
            return [Message(NO_DATA_SENTENCE)]
        last_tib = self.weeks[-1][2]
        return [
            Message(
                N_("{weeks} planner weeks; the window is now {hours} hours."),
                {"weeks": len(self.weeks), "hours": f"{(last_tib or 0) / 60:.2f}"},
            )
        ]

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if x is None:
            return None
        for start, se, tib in self.weeks:
            if number_of(start) <= x < number_of(start) + 7:
                return Message(
                    N_("Week from {start}: sleep efficiency {se}, window {hours} hours"),
                    {
                        "start": start,
                        "se": "—" if se is None else f"{se:.1f} %",
                        "hours": "—" if tib is None else f"{tib / 60:.2f}",
                    },
                )
        return None


def window_figure(
    weeks: Sequence[WindowWeek],
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
) -> WindowChart:
    """The planner's weeks, from ``SleepWindowService.weekly``."""
    return WindowChart(weeks, theme, translate)
