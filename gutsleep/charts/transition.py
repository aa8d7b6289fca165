"""The transition on one time axis: the hot-flush score and the cycle lengths.

The top panel is the daily hot-flush score (stems from zero; a day without a diary
shows nothing) with its weekly means (a step across each ISO week with at least 4
days kept; :func:`gutsleep.analysis.stats.weekly_means`). The bottom panel is each
finished cycle's length at its first day (:mod:`gutsleep.domain.cycles`); a cycle
with days of the diary missing is drawn hollow (uncertain). The STRAW+10 figures are
not drawn as lines on the chart: the page says what they are, with their source.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from gutsleep.analysis.series import MEASURES, DailyFrame
from gutsleep.charts.base import (
    Limits,
    TimeChart,
    Translate,
    date_numbers,
    day_of,
    format_value,
    number_of,
    shade_bleeding,
)
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.cycles import CycleReport
from gutsleep.domain.text import N_, Message

__all__ = ["CYCLE_KEY", "FLUSH_KEY", "TransitionChart", "transition_figure"]

FLUSH_KEY = "hot_flush_score"
CYCLE_KEY = "cycle_length"
_WEEKLY = N_("Weekly mean")
_CYCLE_TITLE = N_("Cycle length (days), at each cycle's first day")


class TransitionChart(TimeChart):
    """The hot-flush score with weekly means over the cycle lengths."""

    def __init__(
        self,
        frame: DailyFrame,
        cycles: CycleReport,
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.frame = frame
        self.cycles = cycles
        self.cycle_overlay = cycle_overlay
        self.build()

    def _draw(self) -> None:
        from gutsleep.analysis.stats import weekly_means

        if not len(self.frame):
            self._empty_figure()
            return
        flush_ax, cycle_ax = self.figure.subplots(2, 1, sharex=True, squeeze=False)[:, 0]
        colour, cycle_colour = self.theme.colour(0), self.theme.colour(1)
        x = date_numbers(self.frame.days)
        y = np.asarray(self.frame[FLUSH_KEY], dtype=np.float64)
        flush_ax.vlines(x, 0, y, colors=colour, linewidth=1.2, alpha=0.6)
        flush_ax.plot(x, y, linestyle="none", marker="o", markersize=3, color=colour, alpha=0.7)
        weeks = weekly_means(self.frame, FLUSH_KEY)
        self.weeks = weeks
        starts = date_numbers(weeks.mondays) - 0.5
        # One flat segment across each week (NaN between weeks: no line joins them).
        step_x = np.column_stack([starts, starts + 7, np.full(len(starts), np.nan)]).ravel()
        step_y = np.column_stack([weeks.means, weeks.means, np.full(len(starts), np.nan)]).ravel()
        flush_ax.plot(step_x, step_y, linewidth=2.2, color=colour)
        self._track(flush_ax, FLUSH_KEY, x, [y], Limits(zero_based=True))
        flush_ax.set_title(
            self._t(MEASURES[FLUSH_KEY].label), loc="left", fontsize=9, color=self.theme.foreground
        )
        flush_ax.set_ylabel(self._t(MEASURES[FLUSH_KEY].unit))
        flush_ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        self._style(flush_ax)

        finished = [c for c in self.cycles.cycles if c.length is not None]
        cx = np.asarray([number_of(c.start) for c in finished], dtype=np.float64)
        cy = np.asarray([c.length for c in finished], dtype=np.float64)
        sure = np.asarray([not c.uncertain for c in finished], dtype=bool)
        cycle_ax.plot(cx, cy, linewidth=0.8, color=cycle_colour, alpha=0.6)
        cycle_ax.plot(
            cx[sure], cy[sure], linestyle="none", marker="o", markersize=5, color=cycle_colour
        )
        cycle_ax.plot(
            cx[~sure],
            cy[~sure],
            linestyle="none",
            marker="o",
            markersize=5,
            markerfacecolor="none",
            color=cycle_colour,
        )
        self._track(cycle_ax, CYCLE_KEY, cx, [cy], Limits(zero_based=True, minimum_top=35))
        cycle_ax.set_title(
            self._t(_CYCLE_TITLE), loc="left", fontsize=9, color=self.theme.foreground
        )
        cycle_ax.set_ylabel(self._t(N_("days")))
        cycle_ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        self._style(cycle_ax)
        if self.cycle_overlay:
            for ax in (flush_ax, cycle_ax):
                shade_bleeding(ax, self.frame, self.theme)
        self._date_axis(cycle_ax)
        muted = self.theme.muted
        handles = [
            Line2D([], [], linestyle="none", marker="o", markersize=3, color=muted),
            Line2D([], [], linewidth=2.2, color=muted),
            Line2D([], [], linestyle="none", marker="o", markerfacecolor="none", color=muted),
        ]
        labels = [
            self._t(N_("Daily value")),
            self._t(_WEEKLY),
            self._t(N_("Uncertain: days missing in the diary")),
        ]
        if self.cycle_overlay:
            handle, label = self._bleeding_handle()
            handles.append(handle)
            labels.append(label)
        self._legend(handles, labels)

    def update(self, frame: DailyFrame, cycles: CycleReport) -> None:
        self.frame = frame
        self.cycles = cycles
        self.build()

    def summary(self) -> list[Message]:
        """The weekly means and the cycles in the range shown, each with its n."""
        bounds = self.visible_bounds()
        if bounds is None:
            return [Message(N_("No data in this range yet."))]
        first, last = bounds
        sentences = []
        scores = self.visible_frame()[FLUSH_KEY]
        kept = int(np.count_nonzero(~np.isnan(scores)))
        if kept:
            sentences.append(
                Message(
                    N_("Hot-flush score averaged {value} on the {n} days of {days} with a diary."),
                    {
                        "value": format_value(FLUSH_KEY, float(np.nanmean(scores))),
                        "n": kept,
                        "days": len(scores),
                    },
                )
            )
        else:
            sentences.append(Message(N_("No hot-flush diary in these days.")))
        shown = [c for c in self.cycles.cycles if c.length is not None and first <= c.start <= last]
        if shown:
            lengths = [c.length for c in shown if c.length is not None]
            sentences.append(
                Message(
                    N_(
                        "Cycles that began in these days: {n}, {low} to {high} days long "
                        "({uncertain} uncertain: days missing in the diary)."
                    ),
                    {
                        "n": len(shown),
                        "low": min(lengths),
                        "high": max(lengths),
                        "uncertain": sum(c.uncertain for c in shown),
                    },
                )
            )
        else:
            sentences.append(Message(N_("No finished cycle began in these days.")))
        return sentences

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if ax is None or x is None or ax not in self._tracks:
            return None
        day = day_of(x)
        if self._tracks[ax].key == CYCLE_KEY:
            for cycle in self.cycles.cycles:
                if cycle.length is not None and abs((cycle.start - day).days) <= 2:
                    return Message(
                        N_("Cycle from {day}: {length} days")
                        if not cycle.uncertain
                        else N_("Cycle from {day}: {length} days (uncertain: days missing)"),
                        {"day": cycle.start, "length": cycle.length},
                    )
            return None
        i = self.frame.index(day)
        if i is None:
            return None
        value = float(self.frame[FLUSH_KEY][i])
        monday = day - timedelta(days=day.weekday())
        mean = self._week_mean(monday)
        label = Message(MEASURES[FLUSH_KEY].label)
        if math.isnan(value):
            return Message(N_("{day}: {measure} not recorded"), {"day": day, "measure": label})
        if mean is None:
            return Message(
                N_("{day}: {measure} {value}"),
                {"day": day, "measure": label, "value": format_value(FLUSH_KEY, value)},
            )
        return Message(
            N_("{day}: {measure} {value}; weekly mean {mean}"),
            {
                "day": day,
                "measure": label,
                "value": format_value(FLUSH_KEY, value),
                "mean": format_value(FLUSH_KEY, mean),
            },
        )

    def _week_mean(self, monday: date) -> float | None:
        weeks = getattr(self, "weeks", None)
        if weeks is None:
            return None
        hits = np.flatnonzero(weeks.mondays == np.datetime64(monday, "D"))
        if not hits.size or math.isnan(weeks.means[hits[0]]):
            return None
        return float(weeks.means[hits[0]])


def transition_figure(
    frame: DailyFrame,
    cycles: CycleReport,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    cycle_overlay: bool = False,
) -> TransitionChart:
    """The hot-flush score with weekly means over the cycle lengths; ``.figure``."""
    return TransitionChart(frame, cycles, theme, translate, cycle_overlay=cycle_overlay)
