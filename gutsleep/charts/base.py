"""What every figure shares: the handle, the date axis, gaps, empty ranges, the cycle overlay.

A builder returns a :class:`Chart`, a small handle around a matplotlib
:class:`~matplotlib.figure.Figure` (never pyplot: pyplot keeps every figure
alive in a global registry). The handle keeps the data it drew, so

- :meth:`Chart.set_range` only moves the x limits and rescales y to what is
  visible (no new artists): a range change costs one redraw;
- :meth:`Chart.set_theme` and :meth:`Chart.set_cycle_overlay` redraw the
  same Figure (the canvas showing it stays);
- :meth:`TimeChart.set_markers` draws regimen changes (hormone therapy,
  medicines) as labelled dashed lines on every axes of a time chart, replacing
  only the marker artists;
- :meth:`Chart.clone` draws the same data on a new Figure, e.g. in the light
  theme for an export;
- :meth:`Chart.freeze_layout` keeps the axes where the last draw's
  constrained layout put them, so later draws (a range change) skip the
  layout, which measures every tick label; :meth:`Chart.build` and
  :meth:`Chart.thaw_layout` (a new size) lay the figure out again.

Days are drawn at matplotlib date numbers (midnight), a day spanning half a
day either side; a missing day is NaN, so a line breaks there instead of
dropping to zero. A range without data shows "No data in this range yet"
rather than an empty grid or an exception.

Text drawn into figures is translated through the ``translate`` callable
the caller passes (the UI passes Qt's translator; tests and exports may pass
nothing). Summaries and hover read-outs are returned as
:class:`~gutsleep.domain.text.Message` so the caller translates them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, date2num
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import Formatter, FuncFormatter, Locator, MaxNLocator

from gutsleep.analysis.series import (
    MEASURES,
    Binned,
    DailyFrame,
    FloatArray,
    Measure,
    Period,
    binned,
    period_for,
)
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.dates import DAY_MONTH, MONTH_YEAR, MONTHS
from gutsleep.domain.regimens import RegimenEvent
from gutsleep.domain.text import N_, Message

__all__ = [
    "NO_DATA",
    "Chart",
    "Limits",
    "TimeChart",
    "Translate",
    "bleeding_runs",
    "date_numbers",
    "fixed_limits",
    "format_value",
    "is_yes_no",
    "number_of",
    "shade_bleeding",
    "show_message",
]

Translate = Callable[[str], str]

NO_DATA = N_("No data in this range yet")
_BLEEDING = N_("Bleeding days")
_VALUE = N_("{value} {unit}")
_ON_SCALE = N_("{value} on the {unit} scale")
_HOURS = N_("{hours} h {minutes} min")
_MINUTES = N_("{minutes} min")
_PERIOD_MEAN = {"week": N_("Weekly mean"), "month": N_("Monthly mean")}
_BAND = N_("Middle half of the days (interquartile range)")
_PARTIAL = N_("Fewer than 4 of every 7 days logged: mean of those days")
#: The shortest span zooming in shows.
MIN_ZOOM_DAYS = 7

#: Measures drawn on a fixed scale whatever the range: (low, high).
FIXED_LIMITS: dict[str, tuple[float, float]] = {
    m.key: m.scale for m in MEASURES.values() if m.axis == "scale" and m.scale is not None
}
#: Measures whose axis starts at zero (counts and minutes awake).
ZERO_BASED = frozenset(m.key for m in MEASURES.values() if m.axis == "zero")
#: Yes/no measures: drawn as marks, not lines.
YES_NO = frozenset(m.key for m in MEASURES.values() if m.unit == "yes/no")


def is_yes_no(measure: Measure) -> bool:
    """A yes/no measure (built-in or a tracker's): drawn as marks, shown as yes or no."""
    return measure.unit == "yes/no"


def fixed_limits(measure: Measure) -> tuple[float, float] | None:
    """The fixed ends of a measure's axis (a rating's whole scale), or None."""
    return measure.scale if measure.axis == "scale" else None


def _same(source: str) -> str:
    return source


def date_numbers(days: Any) -> FloatArray:
    """matplotlib date numbers for ``datetime64[D]`` days (or ``date`` objects)."""
    values = np.asarray(days, dtype="datetime64[D]")
    numbers = date2num(values)  # type: ignore[no-untyped-call]  # matplotlib.dates: no types
    return np.asarray(numbers, dtype=np.float64)


def number_of(day: date) -> float:
    return float(date2num(np.datetime64(day, "D")))  # type: ignore[no-untyped-call]


def day_of(number: float) -> date:
    """The calendar day whose span (midnight ± half a day) holds ``number``."""
    base = number_of(date(1970, 1, 1))
    return date(1970, 1, 1) + timedelta(days=round(number - base))


def duration(minutes: float) -> Message:
    """Minutes as "6 h 50 min" (or "25 min"), translatable."""
    total = round(minutes)
    hours, mins = divmod(abs(total), 60)
    sign = "-" if total < 0 else ""
    if hours:
        return Message(_HOURS, {"hours": f"{sign}{hours}", "minutes": f"{mins:02d}"})
    return Message(_MINUTES, {"minutes": f"{sign}{mins}"})


def format_value(key: str, value: float, measure: Measure | None = None) -> Message:
    """``value`` of measure ``key`` at the precision worth showing, with its unit.

    ``measure`` is given for a measure that is not built in (a tracker's).
    """
    measure = measure or MEASURES[key]
    if measure.unit == "min" and (key in ("tst", "tib") or abs(value) >= 60):
        return duration(value)
    if fixed_limits(measure) is not None and not is_yes_no(measure):
        return Message(_ON_SCALE, {"value": measure.rounded(value), "unit": Message(measure.unit)})
    return Message(_VALUE, {"value": measure.rounded(value), "unit": Message(measure.unit)})


def bleeding_runs(frame: DailyFrame) -> list[tuple[date, date]]:
    """First and last day of each run of consecutive bleeding days."""
    if not len(frame) or "bleeding" not in frame:
        return []
    with np.errstate(invalid="ignore"):
        flags = np.asarray(frame["bleeding"] >= 1, dtype=np.int8)
    edges = np.diff(np.concatenate([[0], flags, [0]]))
    starts = np.flatnonzero(edges == 1)
    stops = np.flatnonzero(edges == -1) - 1
    start = frame.start
    assert start is not None
    return [
        (start + timedelta(days=int(a)), start + timedelta(days=int(b)))
        for a, b in zip(starts, stops, strict=True)
    ]


def shade_bleeding(ax: Axes, frame: DailyFrame, theme: ChartTheme | None = None) -> list[Any]:
    """Shade every bleeding day of ``frame`` on the date axis ``ax``; returns the spans.

    Works on any axis whose x is in matplotlib date numbers. Days without an
    answer are not shaded (missing is not "no bleeding", but there is nothing
    to show either).
    """
    theme = theme or ChartTheme.light()
    spans = []
    for first, last in bleeding_runs(frame):
        spans.append(
            ax.axvspan(
                number_of(first) - 0.5,
                number_of(last) + 0.5,
                color=theme.shade,
                alpha=theme.shade_alpha,
                linewidth=0,
                zorder=0,
            )
        )
    return spans


def show_message(target: Figure | Axes, text: str, theme: ChartTheme) -> Any:
    """A centred, muted sentence in an empty figure or axis."""
    if isinstance(target, Figure):
        return target.text(
            0.5, 0.5, text, ha="center", va="center", color=theme.muted, fontsize=12, wrap=True
        )
    return target.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        color=theme.muted,
        fontsize=9,
        transform=target.transAxes,
        zorder=5,
    )


class _OncePerViewDateLocator(AutoDateLocator):
    """AutoDateLocator that works its ticks out once per view.

    Axes sharing x share this locator, and a draw asks it again for every
    axis, title and spine (about forty times for five axes); the answer only
    depends on the view limits.
    """

    _memo: tuple[tuple[float, ...], Any] | None = None

    def __call__(self) -> Any:
        if self.axis is None:
            return super().__call__()  # type: ignore[no-untyped-call]
        key = tuple(self.axis.get_view_interval())
        memo = self._memo
        if memo is None or memo[0] != key:
            memo = self._memo = (key, super().__call__())  # type: ignore[no-untyped-call]
        return np.array(memo[1])


class DateTicks(Formatter):
    """Date tick labels in the person's language: days, months or years.

    matplotlib's date formatters name months in English whatever the language,
    so month names come from :data:`MONTHS` through the chart's translator.
    The month (and the year) is written on the first tick and wherever it
    changes; ticks on the first of every month name the month, ticks on the
    first of January only the year.
    """

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def __call__(self, x: float, pos: int | None = None) -> str:
        day = day_of(x)
        return self._day_month(day) + f"\n{day.year}"

    def _month(self, day: date) -> str:
        return self.translate(MONTHS[day.month - 1])

    def _day_month(self, day: date) -> str:
        return self.translate(DAY_MONTH).format(day=day.day, month=self._month(day))

    def format_ticks(self, values: Any) -> list[str]:
        days = [day_of(float(v)) for v in values]
        if all(d.month == 1 and d.day == 1 for d in days):
            return [str(d.year) for d in days]
        labels = []
        for i, d in enumerate(days):
            before = days[i - 1] if i else None
            if all(d.day == 1 for d in days):
                text = self._month(d)
            elif before is None or before.month != d.month:
                text = self._day_month(d)
            else:
                text = str(d.day)
            if before is None or before.year != d.year:
                text += f"\n{d.year}"
            labels.append(text)
        return labels


class WholeHours(Locator):
    """Ticks for durations in minutes at whole hours (1, 2, 3, 4, 6 … hours apart).

    A view under two hours that would hold fewer than two whole hours gets
    half hours instead.
    """

    def __call__(self) -> Any:
        assert self.axis is not None
        low, high = self.axis.get_view_interval()
        return self.tick_values(low, high)

    def tick_values(self, vmin: float, vmax: float) -> Any:
        low, high = sorted((float(vmin), float(vmax)))
        if not (math.isfinite(low) and math.isfinite(high)):
            return np.empty(0)
        for hours in (1, 2, 3, 4, 6, 12, 24, 48):
            if (high - low) / (60 * hours) <= 5:
                break
        step = 60.0 * hours
        ticks = np.arange(math.ceil(low / step) * step, high + 1e-9, step)
        if ticks.size < 2:
            ticks = np.arange(math.ceil(low / 30) * 30, high + 1e-9, 30.0)
        return ticks


@dataclass
class Limits:
    """How an axis fits its y range to the visible data."""

    fixed: tuple[float, float] | None = None
    zero_based: bool = False
    cap: float | None = None  # an upper bound the data cannot exceed (100 %)
    minimum_top: float = 1.0

    @classmethod
    def for_measure(cls, key: str, measure: Measure | None = None) -> Limits:
        measure = measure or MEASURES[key]
        fixed = fixed_limits(measure)
        if fixed is not None:
            return cls(fixed=fixed)
        return cls(zero_based=measure.axis == "zero", cap=100.0 if key == "se" else None)

    def fit(self, values: FloatArray) -> tuple[float, float]:
        if self.fixed is not None:
            return self.fixed
        if not values.size:
            return (0.0, self.minimum_top)
        low, high = float(values.min()), float(values.max())
        if self.zero_based:
            low = min(low, 0.0)
            high = max(high, self.minimum_top)
        span = high - low
        pad = span * 0.08 if span > 0 else max(abs(high) * 0.05, 1.0)
        top = high + pad
        if self.cap is not None:
            top = min(top, self.cap + pad / 2) if high <= self.cap else top
        bottom = low - pad if not (self.zero_based and low >= 0) else -pad / 3
        return (bottom, top)


@dataclass
class _Level:
    """What an axis draws at one period: positions, values to fit, artists, the bins."""

    x: FloatArray
    values: list[FloatArray]
    artists: list[Any]
    bins: Binned | None = None


@dataclass
class _Track:
    """Data an axis shows, for rescaling and read-outs.

    ``levels`` holds a daily measure's day, week and month views; the range
    shown picks one (:func:`~gutsleep.analysis.series.period_for`), and
    ``x`` and ``values`` are that one's.
    """

    key: str
    x: FloatArray
    values: list[FloatArray]
    limits: Limits
    empty_text: Any
    levels: dict[str, _Level] = field(default_factory=dict)
    colour: str = ""


class Chart:
    """A Figure and the data behind it. Subclasses implement :meth:`_draw`.

    The figure is drawn in the constructor; after that the handle only
    changes it in place.
    """

    def __init__(self, theme: ChartTheme | None, translate: Translate | None) -> None:
        self.theme = theme or ChartTheme.light()
        self.translate: Translate = translate or _same
        self.figure = Figure(figsize=(8.0, 5.0), layout="constrained")
        self.first: date | None = None
        self.last: date | None = None
        self.cycle_overlay = False
        self._tracks: dict[Axes, _Track] = {}
        self._message: Any = None
        self._figure_legend: Any = None
        self._legend_period: Period | None = None
        self._cursor_lines: list[Any] = []

    # -- drawing -------------------------------------------------------------

    def build(self) -> None:
        """Draw everything afresh on the same Figure."""
        self.figure.clear()
        self.thaw_layout()  # new axes: lay them out at the next draw
        self.figure.set_facecolor(self.theme.background)
        self._tracks = {}
        self._message = None
        self._figure_legend = None
        self._legend_period = None
        self._cursor_lines = []
        self._draw()
        self._apply_range()

    def _draw(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def layout_frozen(self) -> bool:
        return not isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine)

    def freeze_layout(self) -> None:
        """Keep the axes where the last draw put them (call after a draw).

        Constrained layout measures every tick label on each draw, most of a
        redraw's time; a range change moves limits and ticks only, so the
        positions found once can stay.
        """
        if not self.layout_frozen:
            self.figure.set_layout_engine("none")

    def thaw_layout(self) -> None:
        """Lay the figure out again at its next draw (a new size, new axes)."""
        if self.layout_frozen:
            self.figure.set_layout_engine("constrained")

    def _apply_range(self) -> None:
        """Fit the axes to the current range (time charts override)."""

    def _t(self, source: str) -> str:
        return self.translate(source)

    def _empty_figure(self) -> None:
        self._message = show_message(self.figure, self._t(NO_DATA), self.theme)

    def _style(self, ax: Axes) -> None:
        theme = self.theme
        ax.set_facecolor(theme.background)
        for spine in ax.spines.values():
            spine.set_color(theme.grid)
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        ax.tick_params(colors=theme.muted, labelsize=8, which="both")
        ax.yaxis.label.set_color(theme.foreground)
        ax.yaxis.label.set_fontsize(8)
        ax.xaxis.label.set_color(theme.foreground)
        ax.title.set_color(theme.foreground)
        ax.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
        ax.set_axisbelow(True)

    def _legend(self, handles: Sequence[Any], labels: Sequence[str]) -> Any:
        if not handles:
            return None
        legend = self.figure.legend(
            handles,
            labels,
            loc="outside upper right",
            ncols=len(handles),
            frameon=False,
            fontsize=8,
        )
        for text in legend.get_texts():
            text.set_color(self.theme.foreground)
        return legend

    def _bleeding_handle(self) -> tuple[Any, str]:
        patch = Patch(color=self.theme.shade, alpha=self.theme.shade_alpha * 2, linewidth=0)
        return patch, self._t(_BLEEDING)

    # -- the handle ------------------------------------------------------------

    @property
    def has_data(self) -> bool:
        """Whether anything is drawn in the current range."""
        return self._message is None or not self._message.get_visible()

    def set_range(self, first: date | None, last: date | None) -> None:
        """Show ``first``..``last`` (None: the data's own bounds) without new artists."""
        self.first, self.last = first, last
        self._apply_range()

    def set_theme(self, theme: ChartTheme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.build()

    def set_cycle_overlay(self, on: bool) -> None:
        if on != self.cycle_overlay:
            self.cycle_overlay = on
            self.build()

    def clone(self, theme: ChartTheme | None = None) -> Chart:
        """The same chart drawn on a new Figure (in ``theme``), e.g. for an export."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.theme = theme or self.theme
        twin.figure = Figure(figsize=tuple(self.figure.get_size_inches()), layout="constrained")
        twin.build()
        return twin

    def summary(self) -> list[Message]:
        """Sentences describing what is shown: the chart's text alternative."""
        return [Message(NO_DATA + ".")]

    def readout(self, ax: Axes | None, x: float | None, y: float | None) -> Message | None:
        """What lies under the pointer at data position (x, y) of ``ax``; None for nothing."""
        return None

    # -- zoom and the keyboard's read-out cursor ----------------------------------------

    #: Whether :meth:`zoom_to`, :meth:`zoom_by` and :meth:`reset_zoom` mean anything.
    zoomable = False

    @property
    def cursor_axes(self) -> list[Axes]:
        """The axes a keyboard read-out cursor can visit, top to bottom."""
        return [ax for ax in self._tracks if ax.get_visible()]

    def cursor_points(self, ax: Axes) -> FloatArray:
        """The x positions of ``ax``'s points in view (days, weeks or months), in order."""
        track = self._tracks.get(ax)
        if track is None:
            return np.empty(0)
        low, high = ax.get_xlim()
        x = track.x
        return np.asarray(x[(x >= low) & (x <= high)], dtype=np.float64)

    def show_cursor(self, x: float | None) -> None:
        """A vertical line at ``x`` on every axis (None hides it): the keyboard's pointer."""
        if not self._cursor_lines:
            if x is None:
                return
            self._cursor_lines = [
                ax.axvline(x, color=self.theme.foreground, linewidth=1.0, alpha=0.7, zorder=6)
                for ax in self._tracks
            ]
        for line in self._cursor_lines:
            line.set_visible(x is not None)
            if x is not None:
                line.set_xdata([x, x])


class TimeChart(Chart):
    """A chart on a calendar axis: range, y rescaling, per-axis empty notes, regimen markers."""

    frame: DailyFrame
    #: Regimen changes drawn as labelled vertical lines (set_markers).
    markers: tuple[RegimenEvent, ...] = ()
    _marker_artists: list[Any]

    def build(self) -> None:
        self._marker_artists = []  # the cleared figure took the old ones with it
        super().build()
        self._draw_markers()

    def set_markers(self, markers: Sequence[RegimenEvent]) -> None:
        """Draw these regimen changes on every axes (only the markers are redrawn)."""
        markers = tuple(markers)
        if markers == self.markers:
            return
        self.markers = markers
        self._draw_markers()

    @property
    def marker_artists(self) -> list[Any]:
        return list(getattr(self, "_marker_artists", []))

    def _draw_markers(self) -> None:
        """A dashed line per change day on each axes; on the top axes a label per day
        (that day's changes, one a line), at staggered heights so close days stay legible."""
        for artist in getattr(self, "_marker_artists", []):
            artist.remove()
        self._marker_artists = []
        colour = self.theme.marker
        days: dict[date, list[RegimenEvent]] = {}
        for event in self.markers:
            days.setdefault(event.day, []).append(event)
        for number, ax in enumerate(self._tracks):
            for row, (day, changes) in enumerate(sorted(days.items())):
                x = number_of(day)
                line = ax.axvline(x, color=colour, linewidth=1.1, linestyle=(0, (4, 2)), zorder=1.5)
                line.set_gid("regimen-marker")
                self._marker_artists.append(line)
                if number:
                    continue
                label = ax.text(
                    x,
                    0.97 - 0.3 * (row % 3),
                    "\n".join(e.short.render(self._t) for e in changes),
                    transform=ax.get_xaxis_transform(),
                    ha="left",
                    va="top",
                    fontsize=7,
                    color=colour,
                    clip_on=True,
                    zorder=4,
                    bbox={
                        "boxstyle": "square,pad=0.15",
                        "facecolor": self.theme.background,
                        "edgecolor": "none",
                        "alpha": 0.85,
                    },
                )
                label.set_gid("regimen-marker-label")
                self._marker_artists.append(label)

    def marker_sentences(self) -> list[Message]:
        """The changes in the visible range, in words (for the chart's text alternative)."""
        bounds = self.visible_bounds()
        shown = [e for e in self.markers if bounds is None or bounds[0] <= e.day <= bounds[1]]
        return [
            Message(N_("{day}: {change}."), {"day": e.day.isoformat(), "change": e.label})
            for e in shown
        ]

    zoomable = True
    _zoom: tuple[date, date] | None = None

    def _data_bounds(self) -> tuple[date, date] | None:
        if not len(self.frame):
            return None
        assert self.frame.start is not None and self.frame.end is not None
        return self.frame.start, self.frame.end

    def visible_bounds(self) -> tuple[date, date] | None:
        """The days shown: the zoomed days, else the range set, else the data's bounds."""
        return self._zoom or self.range_bounds()

    def range_bounds(self) -> tuple[date, date] | None:
        """The days of the range set (or the data's bounds), whatever the zoom."""
        bounds = self._data_bounds()
        if bounds is None and (self.first is None or self.last is None):
            return None
        first = self.first or (bounds[0] if bounds else None)
        last = self.last or (bounds[1] if bounds else None)
        assert first is not None and last is not None
        return (first, last) if first <= last else (last, first)

    def visible_frame(self) -> DailyFrame:
        """The frame cut (or NaN-padded) to the visible range."""
        bounds = self.visible_bounds()
        if bounds is None:
            return self.frame
        return slice_frame(self.frame, *bounds)

    def set_range(self, first: date | None, last: date | None) -> None:
        """Show ``first``..``last``; a new range ends any zoom."""
        self._zoom = None
        super().set_range(first, last)

    @property
    def zoomed(self) -> bool:
        return self._zoom is not None

    def zoom_to(self, first: date, last: date) -> None:
        """Show only ``first``..``last`` (at least :data:`MIN_ZOOM_DAYS`), inside the range."""
        outer = self.range_bounds()
        if outer is None:
            return
        first, last = min(first, last), max(first, last)
        short = MIN_ZOOM_DAYS - ((last - first).days + 1)
        if short > 0:
            first -= timedelta(days=short // 2)
            last += timedelta(days=short - short // 2)
        first, last = max(first, outer[0]), min(last, outer[1])
        whole = first <= outer[0] and last >= outer[1]
        self._zoom = None if whole else (first, last)
        self._apply_range()

    def zoom_by(self, factor: float, centre: date | None = None) -> None:
        """Show ``factor`` times as many days (0.5: zoom in), around ``centre``."""
        bounds = self.visible_bounds()
        if bounds is None:
            return
        first, last = bounds
        span = (last - first).days + 1
        middle = centre or first + timedelta(days=span // 2)
        wanted = max(MIN_ZOOM_DAYS, round(span * factor))
        start = middle - timedelta(days=wanted // 2)
        outer = self.range_bounds()
        assert outer is not None
        # Near an end of the range the days shown slide inward rather than shrink.
        start = min(start, outer[1] - timedelta(days=wanted - 1))
        start = max(start, outer[0])
        self.zoom_to(start, start + timedelta(days=wanted - 1))

    def reset_zoom(self) -> None:
        """Show the whole range again."""
        if self._zoom is not None:
            self._zoom = None
            self._apply_range()

    def period(self) -> Period:
        """Days, weeks or months: what the days shown are drawn as."""
        bounds = self.visible_bounds()
        if bounds is None:
            return "day"
        return period_for((bounds[1] - bounds[0]).days + 1)

    def _track(
        self,
        ax: Axes,
        key: str,
        x: FloatArray,
        values: list[FloatArray],
        limits: Limits | None = None,
    ) -> None:
        text = show_message(ax, self._t(NO_DATA), self.theme)
        text.set_visible(False)
        self._tracks[ax] = _Track(
            key, x, values, limits or Limits.for_measure(key, self._measure(key)), text
        )

    def _apply_range(self) -> None:
        if not self._tracks:
            return
        bounds = self.visible_bounds()
        if bounds is None:
            return
        low, high = number_of(bounds[0]) - 0.5, number_of(bounds[1]) + 0.5
        self._show_period(self.period())
        anything = False
        for ax, track in self._tracks.items():
            ax.set_xlim(low, high)
            visible = (track.x >= low) & (track.x <= high)
            parts = [v[visible] for v in track.values]
            shown: FloatArray = np.concatenate(parts) if parts else np.empty(0)
            shown = shown[np.isfinite(shown)]
            track.empty_text.set_visible(not shown.size)
            anything = anything or bool(shown.size)
            ax.set_ylim(*track.limits.fit(shown))
        if self._message is None:
            self._message = show_message(self.figure, self._t(NO_DATA), self.theme)
        self._message.set_visible(not anything)
        for ax, track in self._tracks.items():
            ax.set_visible(anything)
            track.empty_text.set_visible(anything and track.empty_text.get_visible())

    def _show_period(self, period: Period) -> None:
        """Show each daily measure's artists for ``period`` and hide the others'."""
        for ax, track in self._tracks.items():
            if not track.levels:
                continue
            if period != "day" and period not in track.levels:
                self._binned_level(ax, track, period)
            level = track.levels[period]
            if level.x is track.x:
                continue
            for name, other in track.levels.items():
                for artist in other.artists:
                    artist.set_visible(name == period)
            track.x, track.values = level.x, level.values
            if track.key in YES_NO:
                self._yes_no_ticks(ax, period)
        if self._legend_period is not None and self._legend_period != period:
            # Same place and height: the frozen layout still fits, no new layout pass.
            self._figure_legend.remove()
            self._daily_legend()

    def _yes_no_ticks(self, ax: Axes, period: Period) -> None:
        if period == "day":
            ax.set_yticks([0, 1], [self._t(N_("no")), self._t(N_("yes"))])
        else:
            ax.set_yticks([0, 0.5, 1], ["0 %", "50 %", "100 %"])

    def _date_axis(self, ax: Axes) -> None:
        ax.xaxis_date()
        locator = _OncePerViewDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(DateTicks(self._t))

    def _measure(self, key: str) -> Measure:
        """The measure of ``key``: a built-in one, or one the chart's frame carries."""
        frame = getattr(self, "frame", None)
        return frame.measure(key) if isinstance(frame, DailyFrame) else MEASURES[key]

    def _measure_axis(self, ax: Axes, key: str) -> None:
        """Title, unit label and tick format for a daily measure."""
        measure = self._measure(key)
        ax.set_title(self._t(measure.label), loc="left", fontsize=9, color=self.theme.foreground)
        if is_yes_no(measure):
            ax.set_yticks([0, 1], [self._t(N_("no")), self._t(N_("yes"))])
            ax.set_ylabel("")
        elif key in ("tst", "tib"):
            ax.yaxis.set_major_locator(WholeHours())
            ax.yaxis.set_major_formatter(FuncFormatter(clock_minutes))
            ax.set_ylabel(self._t(N_("h:min")))
        elif fixed_limits(measure) is not None:
            ax.set_ylabel(self._t(measure.unit))
            ticks = {"quality": [1, 3, 5]}.get(key)
            if ticks is None:  # a 0-10 rating, or a symptom's 0-3 severity
                ticks = [0, 1, 2, 3] if measure.unit == "0-3" else [0, 5, 10]
            ax.set_yticks(ticks)
        else:
            ax.set_ylabel(self._t(measure.unit))
            if measure.axis == "zero":
                ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
            else:
                ax.yaxis.set_major_locator(MaxNLocator(nbins=4))

    def _daily(
        self,
        ax: Axes,
        key: str,
        x: FloatArray,
        colour: str,
        *,
        style: Literal["line", "stem"] = "line",
        mean: bool = True,
    ) -> dict[str, Any]:
        """One measure's daily values (points, gaps kept) and its 7-day mean."""
        from gutsleep.analysis.stats import rolling_mean

        y = np.asarray(self.frame[key], dtype=np.float64)
        artists: dict[str, Any] = {}
        if style == "stem":
            artists["stems"] = ax.vlines(x, 0, y, colors=colour, linewidth=1.2, alpha=0.8)
            (artists["daily"],) = ax.plot(
                x, y, linestyle="none", marker="o", markersize=3, color=colour
            )
        else:
            (artists["daily"],) = ax.plot(
                x,
                y,
                linestyle="-",
                linewidth=0.8,
                marker="o",
                markersize=2.5,
                color=colour,
                alpha=0.55,
            )
        values = [y]
        if mean:
            rolled = rolling_mean(y) if len(y) else y
            (artists["mean"],) = ax.plot(x, rolled, linewidth=2.0, color=colour)
            values.append(rolled)
        self._track(ax, key, x, values)
        track = self._tracks[ax]
        track.levels["day"] = _Level(x, values, list(artists.values()))
        track.colour = colour
        self._measure_axis(ax, key)
        self._style(ax)
        if self.cycle_overlay:
            shade_bleeding(ax, self.frame, self.theme)
        return artists

    def _binned_level(self, ax: Axes, track: _Track, period: Literal["week", "month"]) -> None:
        """The weekly or monthly view of ``track``'s daily values, hidden for now.

        Drawn the first time a range needs it. A complete week or month is a
        point on a thick line with its interquartile band; one with too few
        logged days is a hollow point apart from the line.
        """
        colour = track.colour
        bins = binned(self.frame, track.key, period)
        x = date_numbers(bins.starts) + (bins.lengths - 1) / 2.0
        (line,) = ax.plot(x, bins.mean, linewidth=2.0, marker="o", markersize=3, color=colour)
        (partial,) = ax.plot(
            x,
            bins.partial,
            linestyle="none",
            marker="o",
            markersize=4,
            markerfacecolor="none",
            color=colour,
            alpha=0.8,
        )
        drawn: list[Any] = [line, partial]
        values = [bins.mean, bins.partial]
        if track.key not in YES_NO:
            band = ax.fill_between(x, bins.low, bins.high, color=colour, alpha=0.22, lw=0)
            drawn.append(band)
            values += [bins.low, bins.high]
        for artist in drawn:
            artist.set_visible(False)
        track.levels[period] = _Level(x, values, drawn, bins)

    def _rebin(self, track: _Track) -> None:
        """Forget the weekly and monthly views: new days (they are drawn when next shown)."""
        for period in ("week", "month"):
            level = track.levels.pop(period, None)
            for artist in level.artists if level is not None else ():
                artist.remove()

    def _daily_legend(self) -> None:
        muted = self.theme.muted
        period = self.period()
        handles: list[Any]
        if period == "day":
            handles = [
                Line2D([], [], linestyle="-", linewidth=0.8, marker="o", markersize=3, color=muted),
                Line2D([], [], linewidth=2.0, color=muted),
            ]
            labels = [self._t(N_("Daily value")), self._t(N_("7-day mean"))]
        else:
            handles = [
                Line2D([], [], linewidth=2.0, marker="o", markersize=3, color=muted),
                Patch(color=muted, alpha=0.3, linewidth=0),
                Line2D([], [], linestyle="none", marker="o", markerfacecolor="none", color=muted),
            ]
            labels = [self._t(_PERIOD_MEAN[period]), self._t(_BAND), self._t(_PARTIAL)]
        if self.cycle_overlay:
            handle, label = self._bleeding_handle()
            handles.append(handle)
            labels.append(label)
        self._figure_legend = self._legend(handles, labels)
        self._legend_period = period

    def _daily_readout(self, ax: Axes | None, x: float | None) -> Message | None:
        if ax is None or x is None or ax not in self._tracks:
            return None
        track = self._tracks[ax]
        level = track.levels.get(self.period()) if track.levels else None
        if level is not None and level.bins is not None:
            return self._binned_readout(track.key, level.bins, x)
        day = day_of(x)
        i = self.frame.index(day)
        if i is None:
            return None
        measure = self._measure(track.key)
        label = Message(measure.label)
        value = track.values[0][i]
        if math.isnan(value):
            return Message(N_("{day}: {measure} not recorded"), {"day": day, "measure": label})
        shown = yes_no(value) if is_yes_no(measure) else format_value(track.key, value, measure)
        if len(track.values) > 1 and not math.isnan(track.values[1][i]):
            return Message(
                N_("{day}: {measure} {value}; 7-day mean {mean}"),
                {
                    "day": day,
                    "measure": label,
                    "value": shown,
                    "mean": format_value(track.key, track.values[1][i], measure),
                },
            )
        return Message(
            N_("{day}: {measure} {value}"), {"day": day, "measure": label, "value": shown}
        )

    def _binned_readout(self, key: str, bins: Binned, x: float) -> Message | None:
        starts = date_numbers(bins.starts)
        i = int(np.searchsorted(starts, x + 0.5, side="right")) - 1
        if i < 0 or x > starts[i] + bins.lengths[i] - 0.5:
            return None
        return binned_readout(key, bins, i)


_WEEK_OF = N_("Week of {day}")
_BIN_MEAN = N_(
    "{when}: {measure} mean {value} (middle half of the days {low} to {high}); "
    "{n} of {days} days logged"
)
_BIN_SHARE = N_("{when}: {measure} yes on {share} % of the {n} of {days} days logged")
_BIN_PARTIAL = N_(
    "{when}: only {n} of {days} days logged, too few for a mean ({measure} {value} on those)"
)
_BIN_NONE = N_("{when}: {measure} not recorded")


def period_name(bins: Binned, i: int) -> Message:
    """The bin ``i`` in words: "Week of 2026-03-02" or "Mar 2026"."""
    start = date.fromisoformat(str(bins.starts[i]))
    if bins.period == "week":
        return Message(_WEEK_OF, {"day": start})
    return Message(MONTH_YEAR, {"month": Message(MONTHS[start.month - 1]), "year": start.year})


def binned_readout(key: str, bins: Binned, i: int) -> Message:
    """Bin ``i`` of measure ``key`` in words: its mean and spread, or why there is none."""
    when = period_name(bins, i)
    label = Message(MEASURES[key].label)
    n, days = int(bins.logged[i]), int(bins.lengths[i])
    counts = {"when": when, "measure": label, "n": n, "days": days}
    mean = float(bins.mean[i])
    if not n:
        return Message(_BIN_NONE, {"when": when, "measure": label})
    if math.isnan(mean):
        partial = float(bins.partial[i])
        value: Message | str = format_value(key, partial)
        if key in YES_NO:
            value = f"{round(100 * partial)} %"
        return Message(_BIN_PARTIAL, {**counts, "value": value})
    if key in YES_NO:
        return Message(_BIN_SHARE, {**counts, "share": round(100 * mean)})
    return Message(
        _BIN_MEAN,
        {
            **counts,
            "value": format_value(key, mean),
            "low": format_value(key, float(bins.low[i])),
            "high": format_value(key, float(bins.high[i])),
        },
    )


def yes_no(value: float) -> Message:
    return Message(N_("yes") if value >= 1 else N_("no"))


def clock_minutes(value: float, _position: object = None) -> str:
    if not math.isfinite(value):
        return ""
    total = round(value)
    return f"{total // 60}:{total % 60:02d}"


def slice_frame(frame: DailyFrame, first: date, last: date) -> DailyFrame:
    """``frame`` over ``first``..``last``, NaN where the frame has no such day."""
    n_days = (last - first).days + 1
    if n_days < 1:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    offset = (first - frame.start).days if frame.start is not None else 0
    columns: dict[str, FloatArray] = {}
    for key in MEASURES:
        out = np.full(n_days, np.nan)
        if len(frame):
            lo = max(0, -offset)
            hi = min(n_days, len(frame) - offset)
            if hi > lo:
                out[lo:hi] = frame[key][offset + lo : offset + hi]
        columns[key] = out
    sliced = DailyFrame.from_columns(first, columns)
    if not frame.extra:
        return sliced
    return sliced.with_series(
        list(frame.extra.values()),
        {key: _by_day(frame, key) for key in frame.extra},
    )


def _by_day(frame: DailyFrame, key: str) -> dict[date, float]:
    """A column's recorded values by day (for carrying a tracker's series over)."""
    start = frame.start
    if start is None:
        return {}
    values = frame[key]
    return {
        start + timedelta(days=int(i)): float(values[i]) for i in np.flatnonzero(~np.isnan(values))
    }
