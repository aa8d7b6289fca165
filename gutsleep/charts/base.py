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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from gutsleep.analysis.series import MEASURES, DailyFrame, FloatArray, Measure
from gutsleep.charts.theme import ChartTheme
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
class _Track:
    """Data an axis shows, for rescaling and read-outs."""

    key: str
    x: FloatArray
    values: list[FloatArray]
    limits: Limits
    empty_text: Any


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

    # -- drawing -------------------------------------------------------------

    def build(self) -> None:
        """Draw everything afresh on the same Figure."""
        self.figure.clear()
        self.thaw_layout()  # new axes: lay them out at the next draw
        self.figure.set_facecolor(self.theme.background)
        self._tracks = {}
        self._message = None
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

    def _legend(self, handles: Sequence[Any], labels: Sequence[str]) -> None:
        if not handles:
            return
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

    def _data_bounds(self) -> tuple[date, date] | None:
        if not len(self.frame):
            return None
        assert self.frame.start is not None and self.frame.end is not None
        return self.frame.start, self.frame.end

    def visible_bounds(self) -> tuple[date, date] | None:
        """The days shown: the range set, or the data's bounds."""
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

    def _date_axis(self, ax: Axes) -> None:
        ax.xaxis_date()
        locator = _OncePerViewDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        formatter = ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(formatter)
        ax.xaxis.get_offset_text().set_color(self.theme.muted)
        ax.xaxis.get_offset_text().set_fontsize(8)

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
        self._measure_axis(ax, key)
        self._style(ax)
        if self.cycle_overlay:
            shade_bleeding(ax, self.frame, self.theme)
        return artists

    def _daily_legend(self, stems: bool = False) -> None:
        muted = self.theme.muted
        handles: list[Any] = [
            Line2D([], [], linestyle="-", linewidth=0.8, marker="o", markersize=3, color=muted),
            Line2D([], [], linewidth=2.0, color=muted),
        ]
        labels = [self._t(N_("Daily value")), self._t(N_("7-day mean"))]
        if self.cycle_overlay:
            handle, label = self._bleeding_handle()
            handles.append(handle)
            labels.append(label)
        self._legend(handles, labels)

    def _daily_readout(self, ax: Axes | None, x: float | None) -> Message | None:
        if ax is None or x is None or ax not in self._tracks:
            return None
        track = self._tracks[ax]
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
