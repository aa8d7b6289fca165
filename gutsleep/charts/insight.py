"""The data behind one insight: nights (or days) with the factor beside the others.

Every day in the insight's model is a point (spread sideways a little so equal
values stay visible), with a box for the middle half and a bar for the mean.
The groups are the ones :func:`gutsleep.analysis.insights.find_insights`
counted, so the plot shows exactly the days the sentence counts; the
difference of the raw means shown here can differ from the insight's effect,
which takes the other factors into account.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from gutsleep.analysis.insights import GUT_OUTCOMES, SPLITS, Insight
from gutsleep.analysis.series import DailyFrame, FloatArray
from gutsleep.charts.base import Chart, Translate, clock_minutes, format_value
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.text import N_, Message

__all__ = ["InsightChart", "insight_figure"]

#: Group names by (gut outcome, lag).
_WITH = {
    (True, 0): N_("Days with {condition}"),
    (False, 0): N_("Nights with {condition}"),
    (False, 1): N_("Nights after a day with {condition}"),
}
_WITHOUT = {
    (True, 0): N_("Other days"),
    (False, 0): N_("Other nights"),
    (False, 1): N_("Other nights"),
}


class InsightChart(Chart):
    """A strip and box plot of one insight's two groups."""

    def __init__(
        self,
        insight: Insight,
        frame: DailyFrame,
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
    ) -> None:
        super().__init__(theme, translate)
        self.insight = insight
        self.frame = frame
        split = next(s for s in SPLITS if s.factor == insight.factor)
        self.condition = split.condition
        self.kind = (insight.outcome in GUT_OUTCOMES, insight.lag)
        self.groups: tuple[FloatArray, FloatArray] = (
            insight.values_without,
            insight.values_with,
        )
        self.figure.set_size_inches(6.0, 4.0)
        self.build()

    def _labels(self) -> tuple[str, str]:
        without = self._t(_WITHOUT[self.kind])
        with_ = self._t(_WITH[self.kind]).format(condition=self._t(self.condition))
        n0, n1 = (len(g) for g in self.groups)
        return (
            f"{textwrap.fill(without, 28)}\n(n = {n0})",
            f"{textwrap.fill(with_, 28)}\n(n = {n1})",
        )

    def _draw(self) -> None:
        if not all(len(g) for g in self.groups):
            self._empty_figure()
            return
        theme = self.theme
        ax = self.figure.subplots()
        rng = np.random.default_rng(0)  # the same spread every time
        colours = (theme.colour(6), theme.colour(0))
        self.points = []
        for position, (values, colour) in enumerate(zip(self.groups, colours, strict=True)):
            jitter = rng.uniform(-0.16, 0.16, len(values))
            self.points.append(
                ax.scatter(
                    position + jitter,
                    values,
                    s=12,
                    color=colour,
                    alpha=0.55,
                    linewidths=0,
                    zorder=2,
                )
            )
            mean = float(np.mean(values))
            ax.hlines(mean, position - 0.3, position + 0.3, color=colour, linewidth=2.5, zorder=4)
        for position, values in enumerate(self.groups):
            self._box(ax, position, values)
        ax.set_xticks([0, 1], self._labels())
        ax.set_xlim(-0.6, 1.6)
        measure = self.insight.measure_of(self.insight.outcome)
        ax.set_title(self._t(measure.label), loc="left", fontsize=9, color=self.theme.foreground)
        if measure.key in ("tst", "tib"):
            ax.yaxis.set_major_formatter(FuncFormatter(clock_minutes))
            ax.set_ylabel(self._t(N_("h:min")))
        else:
            ax.set_ylabel(self._t(measure.unit))
            ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
        self._style(ax)
        ax.grid(False, axis="x")
        ax.tick_params(axis="x", labelsize=8, colors=theme.foreground)
        self.axes = ax
        muted = theme.muted
        self._legend(
            [
                Line2D([], [], color=muted, linewidth=2.5),
                Rectangle((0, 0), 1, 1, fill=False, edgecolor=theme.foreground),
            ],
            [self._t(N_("Average")), self._t(N_("Median and middle half"))],
        )

    def _box(self, ax: Axes, position: int, values: FloatArray) -> None:
        """Median, middle half and whiskers (1.5 × the middle half's spread).

        Drawn by hand: ``Axes.boxplot`` reads every rcParam, which makes
        matplotlib import pyplot to settle the backend.
        """
        q1, median, q3 = (float(v) for v in np.percentile(values, [25, 50, 75]))
        reach = 1.5 * (q3 - q1)
        low = float(values[values >= q1 - reach].min())
        high = float(values[values <= q3 + reach].max())
        colour = self.theme.foreground
        half = 0.22
        ax.add_patch(
            Rectangle(
                (position - half, q1),
                2 * half,
                q3 - q1,
                fill=False,
                edgecolor=colour,
                linewidth=1.0,
                zorder=3,
            )
        )
        ax.hlines(median, position - half, position + half, color=colour, linewidth=1.0, zorder=3)
        ax.vlines(
            [position, position], [low, q3], [q1, high], color=colour, linewidth=1.0, zorder=3
        )
        ax.hlines([low, high], position - half / 2, position + half / 2, color=colour, zorder=3)

    def summary(self) -> list[Message]:
        return [self.insight.sentence]

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if ax is None or x is None or not all(len(g) for g in self.groups):
            return None
        position = round(x)
        if position not in (0, 1) or math.isnan(x):
            return None
        values = self.groups[position]
        group = (
            Message(_WITHOUT[self.kind])
            if position == 0
            else Message(_WITH[self.kind], {"condition": Message(self.condition)})
        )
        return Message(
            N_("{group}: {n}, average {mean}"),
            {
                "group": group,
                "n": len(values),
                "mean": format_value(self.insight.outcome, float(np.mean(values))),
            },
        )


def insight_figure(
    insight: Insight,
    frame: DailyFrame,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
) -> InsightChart:
    """The two groups an insight compares, as points with boxes and means."""
    return InsightChart(insight, frame, theme, translate)
