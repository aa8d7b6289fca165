"""The sleep-window planner: what its page, the Journal, Trends and the report share.

The arithmetic and the safety screen are the domain's
(:mod:`gutsleep.domain.sleep_window`); this reads the diary and keeps the
screen's answers and the accepted windows.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta

from gutsleep.domain.sleep import compute_metrics
from gutsleep.domain.sleep_window import (
    STEP_MIN,
    WEEK_NIGHTS,
    Proposal,
    Question,
    ScreenResult,
    Window,
    WindowRecord,
    evaluate_screen,
    kept_window,
    propose,
    week_figures,
    window_on,
)
from gutsleep.storage.features.sleep_window_repo import SleepWindowRepository
from gutsleep.storage.journal.repository import JournalRepository

DEFAULT_RISING = time(7, 0)


class ScreenNotPassedError(RuntimeError):
    """A window was asked for although the safety screen does not allow one."""


@dataclass(frozen=True)
class WeekPoint:
    """One week for Trends: mean SE of its nights and the window kept that week."""

    week_start: date
    nights: int
    mean_se_pct: float | None
    time_in_bed_min: int | None


class SleepWindowService:
    def __init__(self, repository: SleepWindowRepository, journal: JournalRepository):
        self.repository = repository
        self.journal = journal

    # the safety screen ---------------------------------------------------
    def screen(self) -> tuple[dict[Question, bool], date | None, ScreenResult]:
        answers, day = self.repository.screen()
        return answers, day, evaluate_screen(answers)

    def save_screen(self, answers: Mapping[Question, bool], day: date) -> ScreenResult:
        self.repository.save_screen(answers, day)
        return evaluate_screen(answers)

    # the weekly loop -----------------------------------------------------
    def window_history(self) -> list[WindowRecord]:
        """Every accepted window with its week's start date and numbers, oldest first.

        This is the history the clinician report shows.
        """
        return self.repository.windows()

    def usual_rising(self, day: date) -> time:
        """The previous window's rising time, else last week's median out-of-bed time."""
        previous = window_on(self.window_history(), day)
        if previous is not None:
            return previous.window.rising
        first = day - timedelta(days=WEEK_NIGHTS - 1)
        minutes = [
            e.sleep.out_of_bed.hour * 60 + e.sleep.out_of_bed.minute
            for e in self.journal.between(first, day)
            if e.sleep.out_of_bed is not None
        ]
        if not minutes:
            return DEFAULT_RISING
        rounded = STEP_MIN * round(statistics.median(minutes) / STEP_MIN) % (24 * 60)
        return time(rounded // 60, rounded % 60)

    def proposal(self, week_start: date, rising: time | None = None) -> Proposal:
        """This week's proposal from the 7 nights up to the morning of ``week_start``."""
        entries = self.journal.between(week_start - timedelta(days=WEEK_NIGHTS - 1), week_start)
        previous = window_on(self.window_history(), week_start - timedelta(days=1))
        return propose(
            week_figures(entries, week_start),
            rising or self.usual_rising(week_start),
            previous.window if previous else None,
        )

    def accept(
        self, proposal: Proposal, week_start: date, chosen: Window | None = None
    ) -> WindowRecord:
        """Keep the proposed window, or ``chosen`` when the person adjusted it."""
        if not self.screen()[2].offer:
            raise ScreenNotPassedError("the safety screen does not allow sleep restriction")
        window = chosen or proposal.window
        if window is None:
            raise ValueError("no window to accept")
        proposed = proposal.window.time_in_bed_min if proposal.window else None
        record = WindowRecord(
            week_start=week_start,
            window=window,
            proposed_min=proposed,
            nights=proposal.figures.nights,
            mean_tst_min=proposal.figures.mean_tst_min,
            mean_se_pct=proposal.figures.mean_se_pct,
            adjusted=proposal.window is None or window != proposal.window,
        )
        self.repository.save_window(record)
        return record

    def tonight(self, day: date) -> WindowRecord | None:
        """The window in force on the evening of ``day``."""
        return window_on(self.window_history(), day)

    def kept(self, wake_day: date) -> bool | None:
        """Whether the night that ended on ``wake_day`` kept its window (None: unknown)."""
        record = window_on(self.window_history(), wake_day - timedelta(days=1))
        entry = self.journal.get(wake_day)
        if record is None or entry is None:
            return None
        return kept_window(entry.sleep, wake_day, record.window)

    def weekly(self, today: date) -> list[WeekPoint]:
        """Week by week since the first window: mean SE and the window's length.

        A week starting on S holds the nights that ended S+1..S+7 (the evenings
        S..S+6 under that week's window); the diary is read in one query.
        """
        history = self.window_history()
        if not history:
            return []
        first = history[0].week_start
        efficiency: dict[date, float] = {}
        for summary in self.journal.summaries(first + timedelta(days=1), today + timedelta(days=1)):
            se = compute_metrics(summary.sleep).sleep_efficiency_pct
            if se is not None:
                efficiency[summary.day] = se
        points: list[WeekPoint] = []
        start = first
        while start <= today:
            nights = [start + timedelta(days=i) for i in range(1, WEEK_NIGHTS + 1)]
            week = [efficiency[n] for n in nights if n in efficiency]
            record = window_on(history, start)
            points.append(
                WeekPoint(
                    week_start=start,
                    nights=len(week),
                    mean_se_pct=sum(week) / len(week) if week else None,
                    time_in_bed_min=record.window.time_in_bed_min if record else None,
                )
            )
            start += timedelta(days=WEEK_NIGHTS)
        return points
