"""Daily sleep measures and daily factors over time.

:func:`sleep_figure` draws one axis per sleep measure: the day's value as a
thin line with points (broken wherever a day is missing) and the trailing
7-day mean (:func:`gutsleep.analysis.stats.rolling_mean`, which also skips
missing days) as a thick line. :func:`factors_figure` puts the chosen daily
factors under a small total-sleep panel on one shared time axis, so a rough
week can be lined up with what came before it: ratings (0-10) as lines,
counts and yes/no days as stems from zero, where a stem of zero height still
shows a point (a recorded "none") and a missing day shows nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from matplotlib.axes import Axes

from gutsleep.analysis.series import MEASURES, DailyFrame
from gutsleep.charts.base import (
    TimeChart,
    Translate,
    date_numbers,
    fixed_limits,
    format_value,
    is_yes_no,
)
from gutsleep.charts.choices import DEFAULT_FACTORS, FACTOR_CHOICES, SLEEP_MEASURES
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.text import N_, Message

__all__ = [
    "FACTOR_CHOICES",
    "SLEEP_MEASURES",
    "FactorsChart",
    "SleepChart",
    "factors_figure",
    "sleep_figure",
]


NO_DATA_SENTENCE = N_("No data in this range yet.")
_TST = N_("Total sleep averaged {value} over {n} days with data out of {days}.")
_AVERAGE = N_("{measure} averaged {value} on {n} of {days} days.")
_YES_DAYS = N_("{measure}: yes on {yes} of the {n} days recorded (out of {days}).")
_NOTHING = N_("{measure}: nothing recorded in these {days} days.")


def measure_sentences(frame: DailyFrame, keys: Sequence[str]) -> list[Message]:
    """One sentence per measure about ``frame``: its average and how many days had it."""
    days = len(frame)
    if not days or not any(frame.recorded(k) for k in keys):
        return [Message(NO_DATA_SENTENCE)]
    sentences = []
    for key in keys:
        measure = frame.measure(key)
        label = Message(measure.label)
        n = frame.recorded(key)
        if not n:
            sentences.append(Message(_NOTHING, {"measure": label, "days": days}))
            continue
        values = frame[key]
        if is_yes_no(measure):
            yes = int(np.count_nonzero(values >= 1))
            sentences.append(
                Message(_YES_DAYS, {"measure": label, "yes": yes, "n": n, "days": days})
            )
            continue
        mean = format_value(key, float(np.nanmean(values)), measure)
        if key == "tst":
            sentences.append(Message(_TST, {"value": mean, "n": n, "days": days}))
        else:
            sentences.append(
                Message(_AVERAGE, {"measure": label, "value": mean, "n": n, "days": days})
            )
    return sentences


class SleepChart(TimeChart):
    """Sleep measures, one axis each, on a shared time axis."""

    def __init__(
        self,
        frame: DailyFrame,
        measures: Sequence[str] = SLEEP_MEASURES,
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.frame = frame
        self.measures = tuple(m for m in measures if m in MEASURES)
        self.cycle_overlay = cycle_overlay
        self._artists: dict[str, dict[str, Any]] = {}
        self.build()

    @property
    def axes(self) -> list[Axes]:
        return list(self._tracks)

    def _draw(self) -> None:
        self._artists = {}
        if not len(self.frame) or not self.measures:
            self._empty_figure()
            return
        axes = self.figure.subplots(len(self.measures), 1, sharex=True, squeeze=False)[:, 0]
        x = date_numbers(self.frame.days)
        for i, (ax, key) in enumerate(zip(axes, self.measures, strict=True)):
            self._artists[key] = self._daily(ax, key, x, self.theme.colour(i))
        self._date_axis(axes[-1])
        self._daily_legend()

    def update(self, frame: DailyFrame) -> None:
        """New data: the lines take the new values; a change to or from empty redraws."""
        old = self.frame
        self.frame = frame
        if not (len(old) and len(frame) and self._artists) or self.cycle_overlay:
            self.build()
            return
        from gutsleep.analysis.stats import rolling_mean

        x = date_numbers(frame.days)
        for track in self._tracks.values():
            y = np.asarray(frame[track.key], dtype=np.float64)
            rolled = rolling_mean(y)
            artists = self._artists[track.key]
            artists["daily"].set_data(x, y)
            artists["mean"].set_data(x, rolled)
            track.x, track.values = x, [y, rolled]
            track.levels["day"].x, track.levels["day"].values = x, track.values
            self._rebin(track)
        self._apply_range()

    def summary(self) -> list[Message]:
        return measure_sentences(self.visible_frame(), self.measures)

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        return self._daily_readout(ax, x)


class FactorsChart(TimeChart):
    """A small sleep panel on top, then the chosen factors, all on one time axis."""

    def __init__(
        self,
        frame: DailyFrame,
        factors: Sequence[str],
        theme: ChartTheme | None = None,
        translate: Translate | None = None,
        *,
        sleep_key: str = "tst",
        cycle_overlay: bool = False,
    ) -> None:
        super().__init__(theme, translate)
        self.frame = frame
        self.factors = tuple(dict.fromkeys(f for f in factors if f in frame))
        self.sleep_key = sleep_key
        self.cycle_overlay = cycle_overlay
        self.build()

    @property
    def axes(self) -> list[Axes]:
        return list(self._tracks)

    def _draw(self) -> None:
        if not len(self.frame):
            self._empty_figure()
            return
        ratios = [1.4] + [1.0] * len(self.factors)
        axes = self.figure.subplots(
            len(ratios), 1, sharex=True, squeeze=False, height_ratios=ratios
        )[:, 0]
        x = date_numbers(self.frame.days)
        self._daily(axes[0], self.sleep_key, x, self.theme.colour(0))
        for i, (ax, key) in enumerate(zip(axes[1:], self.factors, strict=True)):
            measure = self.frame.measure(key)
            # a 0-10 rating: a line
            scale = fixed_limits(measure) is not None and not is_yes_no(measure)
            colour = self.theme.colour(i + 1)
            self._daily(ax, key, x, colour, style="line" if scale else "stem", mean=scale)
        self._date_axis(axes[-1])
        self._daily_legend()

    def set_factors(self, factors: Sequence[str]) -> None:
        """Show these factors instead (a new set of axes on the same Figure)."""
        chosen = tuple(dict.fromkeys(f for f in factors if f in self.frame))
        if chosen != self.factors:
            self.factors = chosen
            self.build()

    def update(self, frame: DailyFrame) -> None:
        """New data: the panels are drawn again on the same Figure."""
        self.frame = frame
        self.build()

    def summary(self) -> list[Message]:
        return measure_sentences(self.visible_frame(), (self.sleep_key, *self.factors))

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        return self._daily_readout(ax, x)


def sleep_figure(
    frame: DailyFrame,
    measures: Sequence[str] = SLEEP_MEASURES,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    cycle_overlay: bool = False,
) -> SleepChart:
    """Daily sleep measures with their 7-day means; ``.figure`` is the Figure."""
    return SleepChart(frame, measures, theme, translate, cycle_overlay=cycle_overlay)


def factors_figure(
    frame: DailyFrame,
    factors: Sequence[str] = DEFAULT_FACTORS,
    theme: ChartTheme | None = None,
    translate: Translate | None = None,
    *,
    cycle_overlay: bool = False,
) -> FactorsChart:
    """The chosen factors under a small total-sleep panel, sharing the time axis."""
    return FactorsChart(frame, factors, theme, translate, cycle_overlay=cycle_overlay)
