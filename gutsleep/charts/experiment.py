"""Self-experiment figures: the daily outcome by phase, and the one-page PDF summary.

:func:`experiment_figure` draws what the Experiments page shows while an
experiment runs and after it: every recorded day as a point coloured by its
phase (baseline or change), each run of a phase shaded with its mean as a
horizontal segment, the boundaries between runs, and "today". Days still to
come are shaded but hold no points, so the chart doubles as a progress bar.
Washout days are hatched grey: lived as the coming phase, compared with
nothing.

:func:`draw_timeline` draws the n-of-1 diagram (CENT 2015): the planned
periods above the actual ones as a horizontal timeline of baseline, change
and washout blocks; pauses show as gaps in the actual row.

:func:`report_figure` lays out an A4 page of plain sentences around the same
plot, for :mod:`gutsleep.services.experiments` to save as a PDF. It is always
drawn in dark-on-white colours, so a printout is legible whatever the screen's
scheme.

No Qt here: figures are plain :class:`matplotlib.figure.Figure` objects (never
pyplot), drawn by whichever canvas the caller attaches. Strings reach the
figure already translated, or through ``translate``; this module only marks
its own sources with ``N_``.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from matplotlib.figure import Figure

from gutsleep.analysis.series import MEASURES
from gutsleep.charts.theme import ChartTheme
from gutsleep.domain.text import N_

__all__ = [
    "Report",
    "ReportTable",
    "Timeline",
    "draw_experiment",
    "draw_timeline",
    "experiment_figure",
    "outcome_axis_label",
    "report_figure",
]

BASELINE = "A"
CHANGE = "B"
WASHOUT = "W"

_BASELINE = N_("Baseline")
_CHANGE = N_("Change")
_WASHOUT = N_("Washout")
_PLANNED = N_("Planned")
_ACTUAL = N_("Actual")
_DAYS_AXIS = N_("Days from the start")
_TODAY = N_("Today")
_NO_DAYS = N_("No experiment days yet.")
_NO_VALUES = N_("No {outcome} recorded on the experiment's days so far.")
_AXIS_LABEL = N_("{outcome} ({unit})")


def _same(text: str) -> str:
    return text


def _phase_colours(theme: ChartTheme) -> dict[str, str]:
    """Baseline and change: the theme's first two series colours (blue and
    orange), told apart by colour-blind eyes too, and drawn with different
    markers as well."""
    return {BASELINE: theme.colour(0), CHANGE: theme.colour(1)}


def outcome_axis_label(outcome: str, translate: Callable[[str], str] = _same) -> str:
    """ "Total sleep time (min)": the outcome's name with its unit."""
    measure = MEASURES[outcome]
    return translate(_AXIS_LABEL).format(
        outcome=translate(measure.label), unit=translate(measure.unit)
    )


def _segments(schedule: Sequence[tuple[date, str]]) -> list[tuple[str, list[date]]]:
    runs: list[tuple[str, list[date]]] = []
    for day, phase in sorted(schedule):
        if runs and runs[-1][0] == phase:
            runs[-1][1].append(day)
        else:
            runs.append((phase, [day]))
    return runs


def _contiguous(days: Sequence[date]) -> list[tuple[date, date]]:
    """Runs of consecutive days as (first, last) pairs."""
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _edge(day: date, shift: float) -> datetime:
    """Half a day before (or after) ``day``: where its slot on the axis begins (or ends)."""
    return datetime.combine(day, time()) + timedelta(days=shift)


def _value(values: Mapping[date, float | None], day: date) -> float | None:
    value = values.get(day)
    if value is None or math.isnan(value):
        return None
    return float(value)


def draw_experiment(
    ax: Any,
    schedule: Sequence[tuple[date, str]],
    values: Mapping[date, float | None],
    outcome: str,
    *,
    today: date | None = None,
    theme: ChartTheme | None = None,
    translate: Callable[[str], str] = _same,
    font_size: float = 9.0,
) -> None:
    """Draw the daily outcome by phase into the axes ``ax``.

    ``schedule`` is every experiment day with its phase ("A" or "B");
    ``values`` the outcome by day (missing, None or NaN: no point). Only days
    on or before ``today`` (when given) get points; later days are the part
    still to come.
    """
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    theme = theme or ChartTheme.light()
    measure = MEASURES[outcome]
    outcome_name = translate(measure.label)
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.foreground, labelsize=font_size * 0.9)
    runs = _segments(schedule)
    if not runs:
        _message(ax, translate(_NO_DAYS), theme, font_size)
        return
    phase_colour = _phase_colours(theme)
    phase_name = {BASELINE: translate(_BASELINE), CHANGE: translate(_CHANGE)}
    marker = {BASELINE: "o", CHANGE: "s"}
    labelled: set[str] = set()
    any_value = False
    for i, (phase, days) in enumerate(runs):
        left, right = _edge(days[0], -0.5), _edge(days[-1], 0.5)
        if phase == WASHOUT:
            for first, last in _contiguous(days):
                ax.axvspan(
                    _edge(first, -0.5),
                    _edge(last, 0.5),
                    facecolor=theme.grid,
                    edgecolor=theme.muted,
                    hatch="///",
                    alpha=0.5,
                    lw=0,
                    label=translate(_WASHOUT) if WASHOUT not in labelled else None,
                )
                labelled.add(WASHOUT)
            continue
        for first, last in _contiguous(days):  # paused days stay unshaded
            ax.axvspan(
                _edge(first, -0.5), _edge(last, 0.5), color=phase_colour[phase], alpha=0.1, lw=0
            )
        if i:
            ax.axvline(left, color=theme.muted, linewidth=0.8, linestyle="--")
        shown = [d for d in days if today is None or d <= today]
        points = [(d, v) for d in shown if (v := _value(values, d)) is not None]
        if points:
            any_value = True
            xs, ys = zip(*points, strict=True)
            ax.plot(
                xs,
                ys,
                linestyle="none",
                marker=marker[phase],
                markersize=4.5,
                color=phase_colour[phase],
                label=phase_name[phase] if phase not in labelled else None,
            )
            labelled.add(phase)
            mean = math.fsum(ys) / len(ys)
            ax.hlines(mean, left, right, colors=phase_colour[phase], linewidth=2.2)
    if today is not None and runs[0][1][0] <= today <= runs[-1][1][-1]:
        ax.axvline(today, color=theme.foreground, linewidth=1.0, alpha=0.7)
        ax.annotate(
            translate(_TODAY),
            (today, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -3),
            textcoords="offset points",
            va="top",
            fontsize=font_size * 0.85,
            color=theme.foreground,
        )
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    formatter = ConciseDateFormatter(  # type: ignore[no-untyped-call]
        locator, offset_formats=["", "%Y", "%Y", "%Y", "%Y", "%Y"]
    )
    ax.xaxis.set_major_formatter(formatter)
    ax.set_xlim(runs[0][1][0] - timedelta(days=1), runs[-1][1][-1] + timedelta(days=1))
    ax.grid(True, axis="y", color=theme.grid, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_ylabel(
        outcome_axis_label(outcome, translate), color=theme.foreground, fontsize=font_size
    )
    if not any_value:
        ax.set_yticks([])
        _message(ax, translate(_NO_VALUES).format(outcome=outcome_name.lower()), theme, font_size)
        return
    legend = ax.legend(
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        borderaxespad=0.2,
        fontsize=font_size * 0.85,
        frameon=True,
        facecolor=theme.background,
        edgecolor=theme.grid,
        labelcolor=theme.foreground,
        ncols=3,
    )
    legend.get_frame().set_alpha(0.85)
    if measure.unit == "1-5":
        ax.set_ylim(0.5, 5.5)
    elif measure.unit == "0-10":
        ax.set_ylim(-0.5, 10.5)


def _message(ax: Any, text: str, theme: ChartTheme, font_size: float) -> None:
    ax.text(
        0.5,
        0.5,
        "\n".join(textwrap.wrap(text, 60)),
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=font_size,
        color=theme.muted,
    )
    ax.set_yticks([])


def experiment_figure(
    schedule: Sequence[tuple[date, str]],
    values: Mapping[date, float | None],
    outcome: str,
    *,
    today: date | None = None,
    theme: ChartTheme | None = None,
    translate: Callable[[str], str] = _same,
    figure: Figure | None = None,
    size: tuple[float, float] = (7.0, 2.8),
) -> Figure:
    """The daily outcome by phase as a Figure (drawn into ``figure`` when given).

    An empty schedule, or no values on its days, gives a figure with a
    sentence instead of points.
    """
    fig = figure if figure is not None else Figure(figsize=size, layout="constrained")
    theme = theme or ChartTheme.light()
    fig.clear()
    fig.set_facecolor(theme.background)
    ax = fig.add_subplot()
    draw_experiment(ax, schedule, values, outcome, today=today, theme=theme, translate=translate)
    return fig


@dataclass(frozen=True)
class Timeline:
    """The n-of-1 diagram's rows: (letter, first day from the start, days) blocks."""

    planned: Sequence[tuple[str, int, int]]
    actual: Sequence[tuple[str, int, int]]


def draw_timeline(
    ax: Any,
    timeline: Timeline,
    *,
    theme: ChartTheme | None = None,
    translate: Callable[[str], str] = _same,
    font_size: float = 9.0,
) -> None:
    """Planned periods above actual ones: A, B and washout blocks on a day axis."""
    theme = theme or ChartTheme.light()
    colour = _phase_colours(theme)
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_visible(False)
    rows = ((1.0, timeline.planned), (0.0, timeline.actual))
    end = 1
    for y, blocks in rows:
        for letter, first, length in blocks:
            end = max(end, first + length)
            washout = letter == WASHOUT
            ax.barh(
                y,
                length,
                left=first,
                height=0.6,
                color=theme.grid if washout else colour.get(letter, theme.muted),
                edgecolor=theme.muted if washout else theme.background,
                hatch="///" if washout else None,
                linewidth=0.8,
            )
            if length >= 3 and not washout:
                ax.text(
                    first + length / 2,
                    y,
                    letter,
                    ha="center",
                    va="center",
                    fontsize=font_size * 0.85,
                    color="white",
                    weight="bold",
                )
    ax.set_yticks([1.0, 0.0], [translate(_PLANNED), translate(_ACTUAL)])
    ax.set_xlim(0, end)
    ax.set_ylim(-0.6, 1.6)
    ax.tick_params(colors=theme.foreground, labelsize=font_size * 0.85, length=0)
    ax.set_xlabel(translate(_DAYS_AXIS), color=theme.foreground, fontsize=font_size * 0.85)


# -- the one-page summary --------------------------------------------------------


@dataclass(frozen=True)
class ReportTable:
    """A small table of plain strings; the first row is the header."""

    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # share of the text width per column, adding up to 1


@dataclass(frozen=True)
class Report:
    """Everything on the one-page summary, as plain (translated) strings.

    ``blocks`` are drawn top to bottom: ``("heading", str)``, ``("text", str)``,
    ``("small", str)``, ``("bullet", str)``, ``("table", ReportTable)``,
    ``("timeline", Timeline)`` for the n-of-1 diagram or ``("chart", None)``
    for the daily outcome plot.
    """

    title: str
    subtitle: str
    blocks: Sequence[tuple[str, object]]
    footer: str
    schedule: Sequence[tuple[date, str]] = ()
    values: Mapping[date, float | None] = field(default_factory=dict)
    outcome: str = "tst"
    chart_translate: Callable[[str], str] = _same


PAGE = (8.27, 11.69)  # A4 portrait, inches
MARGIN = 0.6
CHART_HEIGHT = 2.5
TIMELINE_HEIGHT = 0.95
_CHAR_WIDTH = 0.56  # average glyph width of DejaVu Sans, in ems


def _wrap(text: str, size: float, indent: float = 0.0) -> list[str]:
    width = PAGE[0] - 2 * MARGIN - indent
    chars = max(20, int(width * 72 / (size * _CHAR_WIDTH)))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, chars) or [""])
    return lines


def _heights(report: Report, size: float) -> float:
    """Inches the blocks need at body font ``size``."""
    line = size * 1.38 / 72
    total = 0.0
    for kind, content in report.blocks:
        if kind == "heading":
            total += line * 1.15 + 0.08
        elif kind in ("text", "small", "bullet"):
            small = size * (0.88 if kind == "small" else 1.0)
            lines = _wrap(str(content), small, 0.18 if kind == "bullet" else 0.0)
            total += len(lines) * small * 1.38 / 72 + 0.05
        elif kind == "table":
            assert isinstance(content, ReportTable)
            total += len(content.rows) * line + 0.08
        elif kind == "chart":
            total += CHART_HEIGHT + 0.35
        elif kind == "timeline":
            total += TIMELINE_HEIGHT + 0.1
    return total


def report_figure(report: Report) -> Figure:
    """The A4 summary page as a Figure; text shrinks until everything fits."""
    fig = Figure(figsize=PAGE)
    fig.set_facecolor("white")
    theme = ChartTheme.light()
    top = PAGE[1] - MARGIN
    header = 0.75
    footer_room = 0.45
    room = top - header - MARGIN - footer_room
    size = 9.5
    while size > 5.5 and _heights(report, size) > room:
        size -= 0.25

    def fy(inches_from_bottom: float) -> float:
        return inches_from_bottom / PAGE[1]

    def fx(inches: float) -> float:
        return inches / PAGE[0]

    fig.text(
        fx(MARGIN),
        fy(top),
        report.title,
        fontsize=16,
        weight="bold",
        va="top",
        color=theme.foreground,
    )
    fig.text(
        fx(MARGIN),
        fy(top - 0.36),
        report.subtitle,
        fontsize=9,
        va="top",
        color=theme.muted,
    )
    y = top - header
    line = size * 1.38 / 72
    for kind, content in report.blocks:
        if kind == "heading":
            y -= 0.08
            fig.text(
                fx(MARGIN),
                fy(y),
                str(content),
                fontsize=size * 1.15,
                weight="bold",
                va="top",
                color=theme.foreground,
            )
            y -= line * 1.15
        elif kind in ("text", "small", "bullet"):
            small = size * (0.88 if kind == "small" else 1.0)
            indent = 0.18 if kind == "bullet" else 0.0
            lines = _wrap(str(content), small, indent)
            if kind == "bullet":
                fig.text(
                    fx(MARGIN + 0.04), fy(y), "•", fontsize=small, va="top", color=theme.foreground
                )
            fig.text(
                fx(MARGIN + indent),
                fy(y),
                "\n".join(lines),
                fontsize=small,
                va="top",
                linespacing=1.38 / 1.2,
                color=theme.foreground if kind != "small" else theme.muted,
            )
            y -= len(lines) * small * 1.38 / 72 + 0.05
        elif kind == "table":
            assert isinstance(content, ReportTable)
            width = PAGE[0] - 2 * MARGIN
            for r, row in enumerate(content.rows):
                x = MARGIN
                for cell, share in zip(row, content.widths, strict=True):
                    fig.text(
                        fx(x),
                        fy(y),
                        cell,
                        fontsize=size,
                        va="top",
                        color=theme.foreground,
                        weight="bold" if r == 0 else "normal",
                    )
                    x += share * width
                y -= line
            y -= 0.08
        elif kind == "chart":
            y -= 0.25  # room for the legend above the plot
            bottom = y - CHART_HEIGHT
            ax = fig.add_axes(
                (
                    fx(MARGIN + 0.55),
                    fy(bottom + 0.3),
                    fx(PAGE[0] - 2 * MARGIN - 0.6),
                    fy(CHART_HEIGHT - 0.4),
                )
            )
            draw_experiment(
                ax,
                report.schedule,
                report.values,
                report.outcome,
                theme=theme,
                translate=report.chart_translate,
                font_size=size,
            )
            y = bottom - 0.1
        elif kind == "timeline":
            assert isinstance(content, Timeline)
            bottom = y - TIMELINE_HEIGHT
            ax = fig.add_axes(
                (
                    fx(MARGIN + 0.75),
                    fy(bottom + 0.35),
                    fx(PAGE[0] - 2 * MARGIN - 0.8),
                    fy(TIMELINE_HEIGHT - 0.4),
                )
            )
            draw_timeline(
                ax, content, theme=theme, translate=report.chart_translate, font_size=size
            )
            y = bottom - 0.1
    fig.text(
        fx(MARGIN),
        fy(MARGIN),
        "\n".join(_wrap(report.footer, 8)),
        fontsize=8,
        va="bottom",
        color=theme.muted,
    )
    return fig
