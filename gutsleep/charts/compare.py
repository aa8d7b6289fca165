"""Two measures side by side: over time on two panels, and against each other.

The left column draws each measure over the range shown as the other time
charts do (days, or weekly and monthly means on long ranges); the right
panel is a scatter of the days that have both, with Spearman's ρ, its n and
an interval that allows for similar neighbouring days
(:func:`gutsleep.analysis.correlation.spearman_correlation`). The summary
says that an association is not a cause.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes

from gutsleep.analysis.correlation import Correlation, spearman_correlation
from gutsleep.analysis.series import MEASURES, DailyFrame
from gutsleep.charts.base import (
    FIXED_LIMITS,
    YES_NO,
    TimeChart,
    Translate,
    date_numbers,
    format_value,
    show_message,
)
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.text import N_, Message

__all__ = ["CompareChart", "compare_figure", "correlation_sentences"]

_RHO = N_("ρ = {rho} (95% interval {low} to {high})\nn = {n} days with both")
_RHO_NO_INTERVAL = N_("ρ = {rho}, too few days for an interval\nn = {n} days with both")
_TOO_FEW = N_("Fewer than 5 days have both: no correlation given")
_SENTENCE = N_(
    "{a} and {b} on the same days: Spearman's ρ = {rho} (95% interval {low} to {high}) "
    "over n = {n} days with both."
)
_SENTENCE_NO_INTERVAL = N_(
    "{a} and {b} on the same days: Spearman's ρ = {rho} over n = {n} days with both, "
    "too few independent days for an interval."
)
_RUNS = N_(
    "Neighbouring days resemble each other, so the interval counts them as about "
    "{n_eff} independent days."
)
_NOT_A_CAUSE = N_(
    "An association is not a cause: both can follow something else, such as the season, "
    "the cycle or a stressful month."
)
_NONE = N_("{a} and {b}: fewer than 5 days in this range have both, too few to compare.")
_SCATTER_READOUT = N_("{a} {x}, {b} {y}")


def _coefficient(value: float) -> str:
    return f"{value:+.2f}".replace("+", "") if value >= 0 else f"−{abs(value):.2f}"


def correlation_sentences(a: str, b: str, found: Correlation | None) -> list[Message]:
    """What the scatter shows, in words: ρ with its interval and n, and not a cause."""
    names = {"a": Message(MEASURES[a].label), "b": Message(MEASURES[b].label)}
    if found is None:
        return [Message(_NONE, names), Message(_NOT_A_CAUSE)]
    rho = _coefficient(found.rho)
    if math.isnan(found.low):
        first = Message(_SENTENCE_NO_INTERVAL, {**names, "rho": rho, "n": found.n})
    else:
        first = Message(
            _SENTENCE,
            {
                **names,
                "rho": rho,
                "low": _coefficient(found.low),
                "high": _coefficient(found.high),
                "n": found.n,
            },
        )
    sentences = [first]
    if found.n_effective < found.n - 0.5:
        sentences.append(Message(_RUNS, {"n_eff": round(found.n_effective)}))
    sentences.append(Message(_NOT_A_CAUSE))
    return sentences


class CompareChart(TimeChart):
    """Measure ``a`` and measure ``b`` over time (two panels) and against each other."""

    def __init__(
        self,
        frame: DailyFrame,
        a: str,
        b: str,
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.frame = frame
        self.a, self.b = a, b
        self.cycle_overlay = cycle_overlay
        self.scatter_ax: Axes | None = None
        self._scatter: Any = None
        self._scatter_title: Any = None
        self.correlation: Correlation | None = None
        self.build()

    @property
    def axes(self) -> list[Axes]:
        return list(self._tracks)

    def _draw(self) -> None:
        self.scatter_ax = None
        if not len(self.frame):
            self._empty_figure()
            return
        grid = self.figure.add_gridspec(2, 2, width_ratios=[2.0, 1.0])
        top = self.figure.add_subplot(grid[0, 0])
        bottom = self.figure.add_subplot(grid[1, 0], sharex=top)
        x = date_numbers(self.frame.days)
        for i, (ax, key) in enumerate(((top, self.a), (bottom, self.b))):
            rating = key not in YES_NO and (key in FIXED_LIMITS or MEASURES[key].kind == "outcome")
            style = "line" if rating or MEASURES[key].axis != "zero" else "stem"
            self._daily(ax, key, x, self.theme.colour(i), style=style)  # type: ignore[arg-type]
        top.tick_params(labelbottom=False)
        self._date_axis(bottom)
        scatter = self.figure.add_subplot(grid[:, 1])
        self.scatter_ax = scatter
        self._style(scatter)
        self._scatter = scatter.scatter(
            [], [], s=9, color=self.theme.colour(2), alpha=0.55, linewidths=0
        )
        scatter.set_xlabel(self._t(MEASURES[self.a].label), fontsize=8)
        scatter.set_ylabel(self._t(MEASURES[self.b].label), fontsize=8)
        self._scatter_title = scatter.set_title(
            "", loc="left", fontsize=8, color=self.theme.foreground
        )
        self._scatter_empty = show_message(scatter, self._t(_TOO_FEW), self.theme)
        self._daily_legend()

    def _paired(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        frame = self.visible_frame()
        return np.asarray(frame[self.a]), np.asarray(frame[self.b])

    def _apply_range(self) -> None:
        super()._apply_range()
        if self.scatter_ax is None:
            return
        xs, ys = self._paired()
        both = ~(np.isnan(xs) | np.isnan(ys))
        self._scatter.set_offsets(np.column_stack([xs[both], ys[both]]))
        self.correlation = spearman_correlation(xs, ys)
        found = self.correlation
        if found is None:
            title = ""
        elif math.isnan(found.low):
            title = self._t(_RHO_NO_INTERVAL).format(rho=_coefficient(found.rho), n=found.n)
        else:
            title = self._t(_RHO).format(
                rho=_coefficient(found.rho),
                low=_coefficient(found.low),
                high=_coefficient(found.high),
                n=found.n,
            )
        self._scatter_title.set_text(title)
        self._scatter_empty.set_visible(found is None)
        self.scatter_ax.set_visible(bool(self.has_data))
        if both.any():
            for values, setter in (
                (xs[both], self.scatter_ax.set_xlim),
                (ys[both], self.scatter_ax.set_ylim),
            ):
                low, high = float(values.min()), float(values.max())
                pad = (high - low) * 0.06 or 1.0
                setter(low - pad, high + pad)

    def update(self, frame: DailyFrame) -> None:
        """New data: drawn again on the same Figure."""
        self.frame = frame
        self.build()

    def set_measures(self, a: str, b: str) -> None:
        """Compare these two instead (new panels on the same Figure)."""
        if (a, b) != (self.a, self.b):
            self.a, self.b = a, b
            self.build()

    def summary(self) -> list[Message]:
        if not len(self.frame):
            return [Message(N_("No data in this range yet."))]
        return correlation_sentences(self.a, self.b, self.correlation)

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        if ax is not None and ax is self.scatter_ax and x is not None and y is not None:
            return Message(
                _SCATTER_READOUT,
                {
                    "a": Message(MEASURES[self.a].label),
                    "x": format_value(self.a, x),
                    "b": Message(MEASURES[self.b].label),
                    "y": format_value(self.b, y),
                },
            )
        return self._daily_readout(ax, x)


def compare_figure(
    frame: DailyFrame,
    a: str,
    b: str,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    cycle_overlay: bool = False,
) -> CompareChart:
    """Measure ``a`` against measure ``b`` over time and as a scatter with ρ."""
    return CompareChart(frame, a, b, theme, translate, cycle_overlay=cycle_overlay)


#: The measures the compare view offers, outcomes first.
COMPARE_CHOICES: Sequence[str] = tuple(MEASURES)
