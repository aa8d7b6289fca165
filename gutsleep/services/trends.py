"""The data behind the Trends page, its ranges, and exports of figures and their data.

The whole journal is read once into a full-history
:class:`~gutsleep.analysis.series.DailyFrame`; a range is a slice of it, so
switching between "30 days" and "a year" costs no database work. It is read
as day summaries (what the series use of a day, straight from a few columns),
not as whole entries; what is kept is the frame plus each day's plant keys and
Bristol types for the weekly views. The cache
is checked against the journal's day count and span on every use and can be
dropped with :meth:`TrendsService.invalidate` (the UI does so when a day is
saved). Methods may be called from a worker thread; one lock guards the
cache.

numpy, the analysis layer and matplotlib are imported inside the methods
that need them: this module is imported at start-up with the Services
container.

Exports never write a missing value as 0: a CSV cell for a day without a
value is empty, and saved figures use the light theme, whatever the window
shows, so they stay legible on white.
"""

from __future__ import annotations

import csv
import math
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep.storage.file.private_files import open_private
from gutsleep.storage.journal.repository import JournalRepository

if TYPE_CHECKING:
    from gutsleep.analysis.insights import InsightReport
    from gutsleep.analysis.series import DailyFrame
    from gutsleep.charts.base import Chart
    from gutsleep.domain.cycles import CycleReport
    from gutsleep.domain.journal import Bleeding
    from gutsleep.domain.summary import DaySummary
    from gutsleep.services.trackers import TrackersService

__all__ = [
    "FIGURE_FORMATS",
    "PNG_DPI",
    "RANGES",
    "RANGE_DAYS",
    "TrendsService",
    "csv_cell",
    "range_bounds",
]

#: The range choices, as stored in the ``trends.range`` setting.
RANGES: tuple[str, ...] = ("14d", "30d", "90d", "1y", "all", "custom")
RANGE_DAYS: dict[str, int] = {"14d": 14, "30d": 30, "90d": 90, "1y": 365}
FIGURE_FORMATS: dict[str, str] = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 150

Week = tuple[date, tuple[int, ...]]


def range_bounds(
    choice: str,
    today: date,
    span: tuple[date, date] | None,
    custom_from: date | None = None,
    custom_to: date | None = None,
) -> tuple[date, date] | None:
    """First and last day of a range choice; None when "all" meets an empty journal.

    "Last N days" end today, including it. A custom range given backwards is
    turned round; one with a bound missing falls back to all the data.
    """
    if choice in RANGE_DAYS:
        return today - timedelta(days=RANGE_DAYS[choice] - 1), today
    if choice == "custom" and custom_from is not None and custom_to is not None:
        return (custom_from, custom_to) if custom_from <= custom_to else (custom_to, custom_from)
    return span


def csv_cell(value: float | int | str | date | None) -> str:
    """A value as a CSV cell: empty for missing (None or NaN), never 0."""
    if value is None:
        return ""
    if isinstance(value, str | date):
        return str(value)
    number = float(value)
    if math.isnan(number):
        return ""
    if number.is_integer():
        return str(int(number))
    text = f"{number:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class _History:
    """The whole journal as the Trends page uses it, kept compact (it stays in memory).

    Per logged day, oldest first: the plant keys (None: no food logged) and the
    Bristol types (None: no gut data), for the weekly views of any range; each
    day's bleeding answer (kept apart from spotting, for the cycles); the daily
    frame holds the rest. The day summaries they came from are not kept.
    """

    fingerprint: tuple[int, tuple[date, date] | None]
    days: list[date]
    plants: list[tuple[str, ...] | None]
    bristol: list[tuple[int, ...] | None]
    frame: DailyFrame
    bleeding: dict[date, Bleeding]

    @classmethod
    def of(
        cls, fingerprint: tuple[int, tuple[date, date] | None], summaries: list[DaySummary]
    ) -> _History:
        from gutsleep.analysis.series import daily_frame
        from gutsleep.analysis.stats import day_plant_keys

        return cls(
            fingerprint,
            [s.day for s in summaries],
            [day_plant_keys(s) for s in summaries],
            [s.bristol if s.gut_logged else None for s in summaries],
            daily_frame(summaries),
            {s.day: s.bleeding for s in summaries if s.bleeding is not None},
        )

    def index(self, first: date | None, last: date | None) -> slice:
        """The positions of the days in ``first``..``last`` (inclusive)."""
        lo = 0 if first is None else bisect_left(self.days, first)
        hi = len(self.days) if last is None else bisect_right(self.days, last)
        return slice(lo, hi)


class TrendsService:
    """Ranges, cached daily data, insights and exports for the Trends page."""

    def __init__(
        self,
        repository: JournalRepository,
        trackers: Callable[[], TrackersService | None] | None = None,
    ):
        self.repository = repository
        #: Trackers of the person's own, asked for when a frame is read: their series join
        #: every frame; None when there are none (then their ORM is never loaded).
        self.trackers = trackers
        self._lock = threading.RLock()
        self._history: _History | None = None

    # -- the cached history ----------------------------------------------------

    def invalidate(self) -> None:
        """Forget the cached journal; the next call reads it again."""
        with self._lock:
            self._history = None

    def fingerprint(self) -> tuple[int, tuple[date, date] | None]:
        """The journal's day count and span: two quick queries that spot most changes."""
        return self.repository.count(), self.repository.span()

    def _load(self) -> _History:
        with self._lock:
            fingerprint = self.fingerprint()
            if self._history is None or self._history.fingerprint != fingerprint:
                self._history = None  # the old one goes before the new one is read
                self._history = _History.of(fingerprint, self.repository.summaries())
            return self._history

    def span(self) -> tuple[date, date] | None:
        """First and last logged day, None for an empty journal."""
        return self._load().fingerprint[1]

    def bounds(
        self,
        choice: str,
        today: date,
        custom_from: date | None = None,
        custom_to: date | None = None,
    ) -> tuple[date, date] | None:
        """:func:`range_bounds` against this journal's span."""
        return range_bounds(choice, today, self.span(), custom_from, custom_to)

    def full_frame(self) -> DailyFrame:
        """Every day from the first to the last entry (NaN where nothing was logged),
        with a series per tracker of one's own."""
        return self._with_trackers(self._load().frame)

    def cycles(self, today: date) -> CycleReport:
        """The cycles of the whole journal (domain.cycles): a day without a bleeding
        answer is unknown, not "no bleeding"."""
        from gutsleep.domain.cycles import find_cycles

        return find_cycles(self._load().bleeding, today)

    def frame(self, first: date | None = None, last: date | None = None) -> DailyFrame:
        """The daily frame for ``first``..``last``: a slice of the cached full history.

        Days outside the journal's span are NaN, so a range always has one row
        per calendar day. Without bounds it is the full history.
        """
        full = self._load().frame
        if first is None and last is None:
            return self._with_trackers(full)
        first = first if first is not None else (full.start or last)
        last = last if last is not None else (full.end or first)
        assert first is not None and last is not None
        return self._with_trackers(_slice(full, first, last))

    def _with_trackers(self, frame: DailyFrame) -> DailyFrame:
        """``frame`` with a series per tracker of one's own (read now: values change
        without the journal's days changing)."""
        service = self.trackers() if self.trackers is not None else None
        if service is None:
            return frame
        trackers = service.trackers()
        if not trackers:
            return frame
        values = service.values(frame.start, frame.end)
        return frame.with_series(
            [t.measure() for t in trackers], {t.key: values.get(t.uid, {}) for t in trackers}
        )

    def period(self, first: date, last: date) -> tuple[DailyFrame, dict[date, tuple[int, ...]]]:
        """The daily frame and Bristol counts of ``first``..``last`` for a one-off reader.

        From the cached history when it is read and current (the Trends page has
        been shown) or when the period covers the whole journal (the history is
        then read and kept); else only the period's days are read and nothing is
        cached, so the report of four weeks from a cold start does not read ten years.
        """
        with self._lock:
            fingerprint = self.fingerprint()
            history = self._history
            current = history is not None and history.fingerprint == fingerprint
            span = fingerprint[1]
            whole = span is not None and first <= span[0] and span[1] <= last
        if current or whole:
            return self.frame(first, last), self.bristol_days(first, last)
        from gutsleep.analysis.series import daily_frame

        summaries = self.repository.summaries(first, last)
        return self._with_trackers(daily_frame(summaries, first, last)), _bristol_counts(
            (s.day, s.bristol if s.gut_logged else None) for s in summaries
        )

    # -- weekly views -------------------------------------------------------------

    def weekly_plants(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[int, int, int]]:
        """``(iso_year, iso_week, distinct plants)`` for weeks overlapping the range.

        Weeks are counted whole (Monday to Sunday) even where the range cuts
        them, so a week's count does not depend on where the range begins.
        """
        from gutsleep.analysis.stats import weekly_plant_counts

        history = self._load()
        whole_weeks = history.index(
            _monday(first) if first else None,
            _monday(last) + timedelta(days=6) if last else None,
        )
        return weekly_plant_counts(
            zip(history.days[whole_weeks], history.plants[whole_weeks], strict=True)
        )

    def bristol_days(
        self, first: date | None = None, last: date | None = None
    ) -> dict[date, tuple[int, ...]]:
        """Per day with gut data: how many bowel movements of each Bristol type (1-7)."""
        history = self._load()
        days = history.index(first, last)
        return _bristol_counts(zip(history.days[days], history.bristol[days], strict=True))

    def bristol_weeks(self, first: date | None = None, last: date | None = None) -> list[Week]:
        """``(monday, counts of types 1-7)`` per ISO week with any gut data, oldest first.

        A week with gut data but no bowel movement counts zeros; a week
        without gut data is left out.
        """
        bounds = (
            _monday(first) if first else None,
            _monday(last) + timedelta(days=6) if last else None,
        )
        return _bristol_weeks(self.bristol_days(*bounds))

    def window(
        self, first: date, last: date
    ) -> tuple[DailyFrame, list[tuple[int, int, int]], list[Week]]:
        """The daily frame and weekly views of ``first``..``last`` only, read now.

        For the figures of a short range before the whole journal is read: a
        few weeks take milliseconds. Nothing is cached. The weeks at the start
        of the window may be cut short (their counts are partial), so a caller
        reads from at least a week before the first day it shows.
        """
        from gutsleep.analysis.series import daily_frame
        from gutsleep.analysis.stats import weekly_distinct_plants

        summaries = self.repository.summaries(first, last)
        return (
            self._with_trackers(daily_frame(summaries, first, last)),
            weekly_distinct_plants(summaries),
            _bristol_weeks(
                _bristol_counts((s.day, s.bristol if s.gut_logged else None) for s in summaries)
            ),
        )

    # -- insights -------------------------------------------------------------------

    def insights(self, first: date | None = None, last: date | None = None) -> InsightReport:
        """Every honest factor × outcome comparison over ``first``..``last`` (default: all).

        The range is the one the Trends page shows, so "on the 250 nights" counts
        nights of that range only.
        """
        from gutsleep.analysis.insights import INSIGHT_OUTCOMES, find_insights

        frame = self.frame(first, last)
        return find_insights(frame, outcomes=INSIGHT_OUTCOMES + tuple(frame.extra))

    # -- tables and exports -----------------------------------------------------------

    @staticmethod
    def daily_table(frame: DailyFrame, keys: Sequence[str]) -> tuple[list[str], list[list[object]]]:
        """``date`` and one column per measure key; NaN stays NaN (an empty cell)."""
        columns = [frame[key] for key in keys]
        rows: list[list[object]] = []
        for i, day in enumerate(frame.dates()):
            rows.append([day, *(float(column[i]) for column in columns)])
        return ["date", *keys], rows

    def plants_table(
        self, first: date | None = None, last: date | None = None
    ) -> tuple[list[str], list[list[object]]]:
        rows: list[list[object]] = [
            [f"{year}-W{week:02d}", date.fromisocalendar(year, week, 1), count]
            for year, week, count in self.weekly_plants(first, last)
        ]
        return ["iso_week", "week_start", "distinct_plants"], rows

    def gut_table(self, first: date, last: date) -> tuple[list[str], list[list[object]]]:
        """Per calendar day: bowel movements and how many of each Bristol type.

        A day without gut data has empty cells, not zeros.
        """
        frame = self.frame(first, last)
        by_day = self.bristol_days(first, last)
        rows: list[list[object]] = []
        for i, day in enumerate(frame.dates()):
            counts: Iterable[object] = by_day.get(day, (None,) * 7)
            rows.append([day, float(frame["bm_count"][i]), *counts])
        return ["date", "bm_count", *(f"bristol_{t}" for t in range(1, 8))], rows

    @staticmethod
    def insights_table(report: InsightReport) -> tuple[list[str], list[list[object]]]:
        """Every comparison tested (findings first), with its p- and q-value."""
        header = [
            "rank",
            "factor",
            "outcome",
            "lag",
            "n",
            "n_with",
            "n_without",
            "mean_with",
            "mean_without",
            "effect",
            "ci_low",
            "ci_high",
            "p_value",
            "q_value",
            "finding",
            "adjusted_for",
            "sentence",
        ]
        rows: list[list[object]] = [
            [
                rank,
                i.factor,
                i.outcome,
                i.lag,
                i.n,
                i.n_with,
                i.n_without,
                i.mean_with,
                i.mean_without,
                i.effect,
                i.ci_low,
                i.ci_high,
                i.p_value,
                i.q_value,
                "yes" if i.finding else "no",
                " ".join(i.adjusted_for),
                i.sentence.render(),
            ]
            for rank, i in enumerate(report.tested, start=1)
        ]
        return header, rows

    @staticmethod
    def insights_json(report: InsightReport) -> dict[str, object]:
        """The report as plain data (``gutsleep insights --json``): counts and findings.

        ``findings`` are the comparisons that survive the false discovery rate;
        ``not_tested`` names the factors left out of each outcome's model.
        """

        def number(value: float) -> float | None:
            return None if math.isnan(value) else round(value, 6)

        return {
            "first": report.first.isoformat() if report.first else None,
            "last": report.last.isoformat() if report.last else None,
            "comparisons": report.n_comparisons,
            "false_discovery_rate": report.fdr,
            "level": report.level,
            "findings": [
                {
                    "factor": i.factor,
                    "outcome": i.outcome,
                    "lag_days": i.lag,
                    "n": i.n,
                    "n_with": i.n_with,
                    "n_without": i.n_without,
                    "effect": number(i.effect),
                    "low": number(i.ci_low),
                    "high": number(i.ci_high),
                    "unit": i.measure_of(i.outcome).difference_unit,
                    "p_value": i.p_value,
                    "q_value": i.q_value,
                    "adjusted_for": [*i.adjusted_for, "day_of_week", "linear_trend"],
                    "sentence": i.sentence.render(),
                }
                for i in report.insights
            ],
            "not_tested": [
                {"outcome": d.outcome, "factor": d.factor, "reason": d.reason}
                for d in report.dropped
            ],
            "status": report.status.render() if report.status else None,
        }

    @staticmethod
    def export_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """Write a CSV (UTF-8, private to the user); returns the number of data rows."""
        path = Path(path)
        count = 0
        with open_private(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([csv_cell(v) for v in row])  # type: ignore[arg-type]
                count += 1
        return count

    def export_csv(self, path: Path, frame: DailyFrame, keys: Sequence[str]) -> int:
        """The daily values of ``keys`` over ``frame``: a date column, empty cells for gaps."""
        header, rows = self.daily_table(frame, keys)
        return self.export_table(path, header, rows)

    @staticmethod
    def export_figure(path: Path, chart: Chart) -> Path:
        """Save ``chart`` as PNG (150 dpi), SVG or PDF by the file's suffix, in the light theme."""
        path = Path(path)
        fmt = FIGURE_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(f"{path.name}: save figures as .png, .svg or .pdf")
        from gutsleep.charts.theme import ChartTheme

        light = chart.clone(ChartTheme.light())
        with open_private(path) as handle:
            light.figure.savefig(
                handle,
                format=fmt,
                dpi=PNG_DPI if fmt == "png" else "figure",
                facecolor=light.theme.background,
            )
        return path


def _bristol_counts(
    days: Iterable[tuple[date, tuple[int, ...] | None]],
) -> dict[date, tuple[int, ...]]:
    """Per day with gut data (types not None): how many movements of each type 1-7."""
    counted: dict[date, tuple[int, ...]] = {}
    for day, types in days:
        if types is None:
            continue
        counts = [0] * 7
        for bristol in types:
            if 1 <= bristol <= 7:
                counts[bristol - 1] += 1
        counted[day] = tuple(counts)
    return counted


def _bristol_weeks(days: dict[date, tuple[int, ...]]) -> list[Week]:
    weeks: dict[date, list[int]] = {}
    for day, counts in days.items():
        total = weeks.setdefault(_monday(day), [0] * 7)
        for i, count in enumerate(counts):
            total[i] += count
    return [(monday, tuple(counts)) for monday, counts in sorted(weeks.items())]


def _slice(full: DailyFrame, first: date, last: date) -> DailyFrame:
    """``full`` over ``first``..``last``, NaN on days it does not cover."""
    import numpy as np

    from gutsleep.analysis.series import MEASURES, DailyFrame

    n_days = (last - first).days + 1
    if n_days < 1:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    offset = (first - full.start).days if full.start is not None else 0
    columns = {}
    for key in MEASURES:
        column = np.full(n_days, np.nan)
        lo, hi = max(0, -offset), min(n_days, len(full) - offset)
        if hi > lo:
            column[lo:hi] = full[key][offset + lo : offset + hi]
        columns[key] = column
    return DailyFrame.from_columns(first, columns)
