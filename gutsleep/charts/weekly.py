"""Week-by-week views: plant variety and the gut.

Weeks are ISO weeks (Monday to Sunday), drawn as bars spanning their seven
days on the same calendar axis as the daily charts, so a range selection and
the cycle overlay mean the same thing everywhere. A week without any data of
its kind is left out (a gap), never drawn as a zero bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from gutsleep.analysis.series import DailyFrame, FloatArray, daily_frame
from gutsleep.charts.base import (
    Limits,
    TimeChart,
    Translate,
    date_numbers,
    number_of,
    shade_bleeding,
)
from gutsleep.charts.theme import ChartTheme
from gutsleep.charts.timeseries import NO_DATA_SENTENCE
from gutsleep.domain.text import N_, Message

__all__ = [
    "BRISTOL_LABELS",
    "PLANT_TARGET",
    "GutChart",
    "PlantsChart",
    "gut_figure",
    "plants_figure",
]

PLANT_TARGET = 30
BRISTOL_LABELS: tuple[str, ...] = (
    N_("Type 1: hard lumps"),
    N_("Type 2: lumpy sausage"),
    N_("Type 3: cracked sausage"),
    N_("Type 4: smooth and soft"),
    N_("Type 5: soft blobs"),
    N_("Type 6: mushy"),
    N_("Type 7: watery"),
)
_WEEK_WIDTH = 6.0  # of 7 days, leaving a small gap between weeks


def _centre(monday: date) -> float:
    return number_of(monday) + 3.0


def _week_of(weeks: Sequence[date], x: float) -> int | None:
    for i, monday in enumerate(weeks):
        if abs(x - _centre(monday)) <= 3.5:
            return i
    return None


class _WeeklyChart(TimeChart):
    mondays: list[date]

    def _data_bounds(self) -> tuple[date, date] | None:
        bounds = []
        if self.mondays:
            bounds += [self.mondays[0], self.mondays[-1] + timedelta(days=6)]
        if len(self.frame):
            assert self.frame.start is not None and self.frame.end is not None
            bounds += [self.frame.start, self.frame.end]
        return (min(bounds), max(bounds)) if bounds else None

    def _visible_weeks(self) -> list[int]:
        bounds = self.visible_bounds()
        if bounds is None:
            return []
        first, last = bounds
        return [
            i
            for i, monday in enumerate(self.mondays)
            if monday <= last and monday + timedelta(days=6) >= first
        ]

    def _weekly_axis(self, ax: Axes) -> None:
        self._style(ax)
        ax.grid(False, axis="x")
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        if self.cycle_overlay:
            shade_bleeding(ax, self.frame, self.theme)


class PlantsChart(_WeeklyChart):
    """Different plants per week, against the 30-a-week mark."""

    def __init__(
        self,
        weekly: Sequence[tuple[int, int, int]],
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        frame: DailyFrame | None = None,
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.cycle_overlay = cycle_overlay
        self.update(weekly, frame)

    def update(
        self, weekly: Sequence[tuple[int, int, int]], frame: DailyFrame | None = None
    ) -> None:
        """New weeks (and days for the cycle overlay): drawn again on the same Figure."""
        self.weekly = [(int(y), int(w), int(n)) for y, w, n in weekly]
        self.mondays = [date.fromisocalendar(y, w, 1) for y, w, _ in self.weekly]
        self.counts = np.asarray([n for _, _, n in self.weekly], dtype=np.float64)
        self.frame = frame if frame is not None else daily_frame([])
        self.build()

    def _draw(self) -> None:
        if not self.weekly:
            self._empty_figure()
            return
        ax = self.figure.subplots()
        x = np.asarray([_centre(m) for m in self.mondays], dtype=np.float64)
        self.bars = ax.bar(
            x, self.counts, width=_WEEK_WIDTH, color=self.theme.colour(2), alpha=0.85, zorder=2
        )
        self.target_line = ax.axhline(
            PLANT_TARGET, color=self.theme.reference, linestyle="--", linewidth=1.2, zorder=3
        )
        self.target_label = ax.annotate(
            self._t(N_("30 a week")),
            xy=(1.0, PLANT_TARGET),
            xycoords=("axes fraction", "data"),
            xytext=(-4, 3),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=8,
            color=self.theme.reference,
            zorder=4,
        )
        self._track(
            ax, "plants", x, [self.counts], Limits(zero_based=True, minimum_top=PLANT_TARGET + 4)
        )
        self._weekly_axis(ax)
        ax.set_title(
            self._t(N_("Different plants per week")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        ax.set_ylabel(self._t(N_("plants")))
        self._date_axis(ax)
        if self.cycle_overlay:
            handle, label = self._bleeding_handle()
            self._legend([handle], [label])

    def summary(self) -> list[Message]:
        shown = self._visible_weeks()
        if not shown:
            return [Message(NO_DATA_SENTENCE)]
        counts = self.counts[shown]
        return [
            Message(
                N_(
                    "Different plants per week averaged {mean} over {weeks} weeks with food "
                    "logged; {reached} of them reached 30."
                ),
                {
                    "mean": round(float(counts.mean())),
                    "weeks": len(shown),
                    "reached": int(np.count_nonzero(counts >= PLANT_TARGET)),
                },
            )
        ]

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if ax is None or x is None:
            return None
        i = _week_of(self.mondays, x)
        if i is None:
            return None
        return Message(
            N_("Week of {monday}: {n} different plants"),
            {"monday": self.mondays[i], "n": int(self.counts[i])},
        )


class GutChart(_WeeklyChart):
    """Bristol types per week (stacked), and bowel movements per day."""

    def __init__(
        self,
        weeks: Sequence[tuple[date, Sequence[int]]],
        frame: DailyFrame,
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.cycle_overlay = cycle_overlay
        self.update(weeks, frame)

    def update(self, weeks: Sequence[tuple[date, Sequence[int]]], frame: DailyFrame) -> None:
        """New weeks and days: drawn again on the same Figure."""
        self.mondays = [monday for monday, _ in weeks]
        counts = [(list(c) + [0] * 7)[:7] for _, c in weeks]
        self.types = np.asarray(counts, dtype=np.float64).reshape(len(self.mondays), 7)
        self.frame = frame
        self.build()

    def _draw(self) -> None:
        if not self.mondays and not self.frame.recorded("bm_count"):
            self._empty_figure()
            return
        top, bottom = self.figure.subplots(2, 1, sharex=True, height_ratios=[1.3, 1.0])
        x = np.asarray([_centre(m) for m in self.mondays], dtype=np.float64)
        below = np.zeros(len(self.mondays))
        self.stacks = []
        for t in range(7):
            heights = self.types[:, t]
            self.stacks.append(
                top.bar(
                    x,
                    heights,
                    bottom=below,
                    width=_WEEK_WIDTH,
                    color=self.theme.bristol[t],
                    label=self._t(BRISTOL_LABELS[t]),
                    zorder=2,
                )
            )
            below = below + heights
        totals: FloatArray = below
        self._track(top, "bristol", x, [totals], Limits(zero_based=True, minimum_top=3))
        self._weekly_axis(top)
        top.set_title(
            self._t(N_("Bristol stool types per week")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        top.set_ylabel(self._t(N_("count")))
        legend = top.legend(
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=7,
            frameon=False,
            reverse=True,
        )
        for text in legend.get_texts():
            text.set_color(self.theme.foreground)
        self._daily(
            bottom,
            "bm_count",
            date_numbers(self.frame.days),
            self.theme.colour(0),
            style="stem",
        )
        bottom.set_title(
            self._t(N_("Bowel movements per day")),
            loc="left",
            fontsize=9,
            color=self.theme.foreground,
        )
        self._date_axis(bottom)
        self._daily_legend()

    def summary(self) -> list[Message]:
        frame = self.visible_frame()
        n = frame.recorded("bm_count") if len(frame) else 0
        shown = self._visible_weeks()
        if not n and not shown:
            return [Message(NO_DATA_SENTENCE)]
        sentences = [
            Message(
                N_(
                    "{count} bowel movements were logged on the {n} days with gut data, "
                    "out of {days}."
                ),
                {"count": int(np.nansum(frame["bm_count"])), "n": n, "days": len(frame)},
            )
        ]
        by_type = self.types[shown].sum(axis=0) if shown else np.zeros(7)
        if by_type.sum() > 0:
            common = int(np.argmax(by_type))
            sentences.append(
                Message(
                    N_("Bristol type {type} was the most common ({share}% of those typed)."),
                    {
                        "type": common + 1,
                        "share": round(100 * float(by_type[common] / by_type.sum())),
                    },
                )
            )
        return sentences

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if ax is None or x is None or ax not in self._tracks:
            return None
        if self._tracks[ax].key != "bristol":
            return self._daily_readout(ax, x)
        i = _week_of(self.mondays, x)
        if i is None:
            return None
        parts = [
            Message(N_("type {type}: {count}"), {"type": t + 1, "count": int(c)})
            for t, c in enumerate(self.types[i])
            if c
        ]
        if not parts:
            return Message(N_("Week of {monday}: no bowel movements"), {"monday": self.mondays[i]})
        return Message(
            N_("Week of {monday}: {counts}"),
            {"monday": self.mondays[i], "counts": _joined(parts)},
        )


def _joined(parts: list[Message]) -> Message:
    """Messages joined by commas, each translated on its own."""
    template = ", ".join("{p%d}" % i for i in range(len(parts)))  # noqa: UP031
    return Message(template, {f"p{i}": part for i, part in enumerate(parts)})


def plants_figure(
    weekly: Sequence[tuple[int, int, int]],
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    frame: DailyFrame | None = None,
    cycle_overlay: bool = False,
) -> PlantsChart:
    """Distinct plants per ISO week, from ``stats.weekly_distinct_plants``."""
    return PlantsChart(weekly, theme, translate, frame=frame, cycle_overlay=cycle_overlay)


def gut_figure(
    weeks: Sequence[tuple[date, Sequence[int]]],
    frame: DailyFrame,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    cycle_overlay: bool = False,
) -> GutChart:
    """Bristol types per week (``(monday, counts of types 1-7)``) and daily bowel movements."""
    return GutChart(weeks, frame, theme, translate, cycle_overlay=cycle_overlay)
