"""The report for a clinician: two summary pages of PDF about any period, made offline.

:func:`make_report` writes an A4 PDF with matplotlib alone (``PdfPages``,
TrueType fonts embedded so the text can be searched and copied; matplotlib
cannot write tagged structure for screen readers, and the report says so):

1. the summary: the period and nights logged, the Consensus Sleep Diary
   measures (SOL, WASO, TST, TIB, SE, quality) as one row per week with the
   night sweats or hot flushes and bleeding days, the whole period's means
   with their spread, the bleeding pattern, the medicines with their first
   and last days, and a small chart of weekly TST and SE;
2. the rest: gut symptoms and Bristol types by week, the latest checklist,
   the sleep-window history when a provider of it is given, at most five
   notable insights from the Trends page's service, and the results of
   self-experiments completed in the period;
3. on request (``appendix=True``) the daily diary, one row per calendar day.

A period of more than :data:`WEEKLY_LIMIT` weeks is summarised by month,
and one of more than :data:`MONTHLY_LIMIT` months shows its last twelve
months plus one line per year, so the summary stays on two pages whatever
the range. Averages are over the nights where the value exists, with n
beside them: missing is never zero.

The summary reads the period's day summaries once (a slice of the Trends
service's cached history when the Trends page has read it) for its tables,
gut figures and insights, and only the medicine rows besides; only the
appendix loads whole days. Safe on a worker thread: plain Figures, no
widget. ``progress(done, total)`` is called between steps, and a set
``cancel`` flag raises :class:`~gutsleep.storage.transfer.problems.Cancelled` with
nothing written. numpy and matplotlib are imported only when a report is made.

Words, decimals and dates follow the reader's language (``translate`` and
``number``; dates as "7 Dec 2026", see :mod:`gutsleep.domain.dates`), clock
times the Settings page's 24- or 12-hour clock. The self-experiments, the
checklist and the planner's weeks are read only when the journal holds some
(:func:`~gutsleep.storage.features.presence.kept_features`): their reads go
through the ORM, and a cold report without them never imports SQLAlchemy.

This module reads what the report says (:class:`ReportContent`); the pages
are laid out by :mod:`gutsleep.charts.report_layout`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep import __version__
from gutsleep.charts.report_layout import (
    LIMITS,
    TITLE,
    CompletedExperiment,
    FormatNumber,
    MedicineSpan,
    ReportContent,
    ReportLayout,
    Translate,
    WindowRow,
    plain_number,
)
from gutsleep.domain.journal import IntakeKind
from gutsleep.domain.regimens import Regimen
from gutsleep.domain.text import N_
from gutsleep.services.context import Services
from gutsleep.storage.features.presence import kept_features
from gutsleep.storage.file.private_files import private_path
from gutsleep.storage.settings import CLOCK
from gutsleep.storage.transfer.problems import CancelFlag, Cancelled

if TYPE_CHECKING:
    from gutsleep.analysis.insights import InsightReport
    from gutsleep.analysis.series import DailyFrame


__all__ = [
    "DEFAULT_DAYS",
    "ReportResult",
    "WindowHistory",
    "default_period",
    "make_report",
]

log = logging.getLogger(__name__)


#: The default period: the last four weeks, today included.
DEFAULT_DAYS = 28


Progress = Callable[[int, int], None]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ReportResult:
    """What :func:`make_report` wrote: the file, its period, pages and days with entries."""

    path: Path
    first: date
    last: date
    pages: int
    days: int


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last :data:`DEFAULT_DAYS` days, ``today`` included."""
    last = today or date.today()
    return last - timedelta(days=DEFAULT_DAYS - 1), last


def _period(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    if first is None and last is None:
        return default_period(today)
    if last is None:
        assert first is not None
        last = max(first, today) if first <= today else first + timedelta(days=DEFAULT_DAYS - 1)
    if first is None:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise ValueError("The first day of the period comes after the last.")
    return first, last


def _tidy(text: str) -> str:
    """``text`` with its spacing collapsed."""
    return " ".join(text.split())


#: A provider of the sleep-window history: the weeks starting in ``first``..``last``.
WindowHistory = Callable[[date, date], Sequence[WindowRow]]


def make_report(
    services: Services,
    first: date | None,
    last: date | None,
    path: Path | str,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    *,
    today: date | None = None,
    translate: Translate | None = None,
    number: FormatNumber = plain_number,
    appendix: bool = False,
    window_history: WindowHistory | None = None,
) -> ReportResult:
    """Write the clinician report for ``first``..``last`` to ``path`` (a PDF).

    Without dates the period is the last four weeks up to ``today``; with only
    ``first`` it runs four weeks from it (or to today), with only ``last`` the
    four weeks before it. ``translate`` gives the words and ``number`` the
    decimals in the reader's language (plain English without them).
    ``appendix`` adds the daily diary after the two summary pages;
    ``window_history`` (the sleep-window planner's weeks) adds
    its table to page 2. Raises ValueError for a period given backwards,
    Cancelled when ``cancel`` is set (nothing is written), OSError when the
    file can't be written (nothing is left half-written).
    """
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from gutsleep.charts.report import lean_font_subsets

    made = today or date.today()
    first, last = _period(first, last, made)
    target = Path(path)
    steps = 8

    def step(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(done, steps)

    step(0)
    kept = kept_features(services.database)
    twelve_hour = services.settings.get(CLOCK) == "12h"  # times as the Journal shows them
    if window_history is None:
        window_history = _planner_weeks(services) if "sleep_window" in kept else _no_weeks
    with matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42}):
        content = _content(services, first, last, made, window_history, kept, appendix=appendix)
        for limits in LIMITS:
            writer = ReportLayout(content, translate or _same, limits, number, twelve_hour)
            if writer.summary(step) <= 2:
                break
        if appendix and writer.logged:
            writer.appendix()
        step(5)
        header, footer = writer.footer()
        figures = writer.pages.finish(header, footer, writer.page_label)
        step(6)
        with private_path(target) as partial, lean_font_subsets():
            with PdfPages(partial, metadata=_metadata(writer, header)) as pdf:
                for figure in figures:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    pdf.savefig(figure, facecolor=figure.get_facecolor())
            step(7)
    step(8)
    return ReportResult(target, first, last, len(figures), writer.logged)


def _content(
    services: Services,
    first: date,
    last: date,
    today: date,
    window_history: WindowHistory,
    kept: frozenset[str],
    *,
    appendix: bool,
) -> ReportContent:
    """What the report says about ``first``..``last``; only the day count when none is logged.

    The period's days are read once, as day summaries, for the tables, the
    gut figures and the insights alike. The experiments and the checklist are
    read only when the journal ``kept`` some (their reads load SQLAlchemy).
    """
    logged = len(services.journal.repository.logged_days(first, last))
    if not logged:
        return ReportContent(first, last, today, logged)
    frame, bristol = services.trends.period(first, last)
    completed, experiments = (
        _completed_experiments(services, first, last, today) if "experiments" in kept else (0, [])
    )
    checklist = (
        next((r for r in services.checklist.history() if r.taken_on <= last), None)
        if "checklist" in kept
        else None
    )
    regimens = services.regimens.regimens() if "regimens" in kept else []
    return ReportContent(
        first,
        last,
        today,
        logged,
        frame=frame,
        medicines=_with_regimens(
            services, _medicine_spans(services, first, last), regimens, first, last
        ),
        bristol=bristol,
        checklist=checklist,
        window=tuple(window_history(first, last)),
        insights=_insights(frame),
        experiments=experiments,
        experiments_completed=completed,
        diary=services.journal.repository.between(first, last) if appendix else (),
        regimens=regimens,
    )


def _with_regimens(
    services: Services,
    spans: list[MedicineSpan],
    regimens: Sequence[Regimen],
    first: date,
    last: date,
) -> list[MedicineSpan]:
    """The medicines with each regimen's doses as rows of their own: a row per dose taken in
    the period, from the day that dose began (before the period when it was taken as the
    period began) to the day before the next change, the stop, or the period's end; its
    days taken are the days of the diary that list it. Supplements stay out, as before."""
    from gutsleep.domain.regimens import RegimenKind

    listed: dict[str, set[date]] = {}
    for day, name, dose in services.journal.repository.intake_days(
        first, last, IntakeKind.MEDICINE.value
    ):
        listed.setdefault(f"{_tidy(name)}\x00{_tidy(dose)}".casefold(), set()).add(day)
    names = set()
    rows = []
    for regimen in regimens:
        if regimen.kind is RegimenKind.SUPPLEMENT:
            continue
        names.add(_tidy(regimen.name).casefold())
        changes = regimen.ordered()
        for number, change in enumerate(changes):
            if not change.dose:
                continue  # a stop
            ends = (
                changes[number + 1].day - timedelta(days=1) if number + 1 < len(changes) else last
            )
            if ends < first or change.day > last:
                continue
            key = f"{_tidy(regimen.name)}\x00{_tidy(change.dose)}".casefold()
            days = sum(1 for d in listed.get(key, ()) if change.day <= d <= ends)
            rows.append(MedicineSpan(regimen.name, change.dose, change.day, min(ends, last), days))
    others = [s for s in spans if s.name.casefold() not in names]
    return sorted([*others, *rows], key=lambda s: (s.first, s.name.casefold()))


def _medicine_spans(services: Services, first: date, last: date) -> list[MedicineSpan]:
    """Each medicine (name and dose, case and spacing ignored) with its first and last day."""
    rows = services.journal.repository.intake_days(first, last, IntakeKind.MEDICINE.value)
    spans: dict[str, MedicineSpan] = {}
    for day, name, dose in rows:
        key = f"{_tidy(name)}\x00{_tidy(dose)}".casefold()
        found = spans.get(key)
        if found is None:
            spans[key] = MedicineSpan(_tidy(name), _tidy(dose), day, day, 1)
        elif found.last != day:
            spans[key] = replace(found, last=day, days=found.days + 1)
    return sorted(spans.values(), key=lambda s: (s.first, s.name.casefold()))


def _completed_experiments(
    services: Services, first: date, last: date, today: date
) -> tuple[int, list[CompletedExperiment]]:
    """How many self-experiments ended in the period, and the first few with their results.

    Results are worked out for as many as the longest list of :data:`LIMITS` shows.
    """
    from gutsleep.domain.experiments import end_date
    from gutsleep.services.experiments import difference_message

    service = services.experiments
    as_of = min(last, today)
    completed = []
    for exp in service.history():
        ends = end_date(exp)
        if ends is not None and first <= ends <= as_of and exp.start <= last:
            completed.append((exp, ends))
    shown = []
    for exp, ends in completed[: max(limits.experiments for limits in LIMITS)]:
        result = service.result(exp, as_of)
        shown.append(
            CompletedExperiment(
                exp.title, exp.start, ends, result.verdict, difference_message(result)
            )
        )
    return len(completed), shown


def _no_weeks(first: date, last: date) -> Sequence[WindowRow]:
    """The window history of a journal that never used the planner."""
    return ()


def _planner_weeks(services: Services) -> WindowHistory:
    """The sleep-window planner's accepted weeks that start in the report's period."""

    def weeks(first: date, last: date) -> list[WindowRow]:
        return [
            WindowRow(
                record.week_start,
                record.window.bedtime,
                record.window.rising,
                record.nights,
                record.mean_se_pct,
            )
            for record in services.sleep_window.window_history()
            if first <= record.week_start <= last
        ]

    return weeks


def _insights(frame: DailyFrame) -> InsightReport | None:
    """The Trends page's insights over the report's period (its frame); None when they fail."""
    from gutsleep.analysis.insights import find_insights

    try:
        return find_insights(frame)
    except Exception:  # the report is still worth having without them
        log.exception("The insights could not be computed for the report")
        return None


def _metadata(writer: ReportLayout, subject: str) -> dict[str, str]:
    return {
        "Title": writer.t(TITLE),
        "Author": "gutsleep",
        "Subject": subject,
        "Creator": f"gutsleep {__version__}",
        "Keywords": writer.t(N_("self-reported; not medical advice")),
    }
