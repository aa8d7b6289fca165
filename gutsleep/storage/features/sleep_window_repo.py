"""The sleep-window planner's screen answers and weekly windows; its only SQL."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from sqlalchemy import delete, select

from gutsleep.domain.sleep_window import Question, Window, WindowRecord
from gutsleep.storage.file.database import Database
from gutsleep.storage.models import SleepWindowAnswer, SleepWindowRow


def _record(row: SleepWindowRow) -> WindowRecord:
    return WindowRecord(
        week_start=row.week_start,
        window=Window.between(row.bedtime, row.rising),
        proposed_min=row.proposed_min,
        nights=row.nights,
        mean_tst_min=row.mean_tst_min,
        mean_se_pct=row.mean_se_pct,
        adjusted=row.adjusted,
    )


class SleepWindowRepository:
    """Saves and reads the current screening and the window history; one transaction per call."""

    def __init__(self, database: Database):
        self._db = database

    def save_screen(self, answers: Mapping[Question, bool], answered_on: date) -> None:
        """Replace the current screening with ``answers``."""
        with self._db.session() as session:
            session.execute(delete(SleepWindowAnswer))
            session.add_all(
                SleepWindowAnswer(question=q.value, answer=bool(a), answered_on=answered_on)
                for q, a in answers.items()
            )

    def screen(self) -> tuple[dict[Question, bool], date | None]:
        """The current answers (unknown keys dropped) and the day they were given."""
        known = {q.value: q for q in Question}
        with self._db.session() as session:
            rows = session.scalars(select(SleepWindowAnswer)).all()
            answers = {known[r.question]: r.answer for r in rows if r.question in known}
            day = max((r.answered_on for r in rows), default=None)
        return answers, day

    def save_window(self, record: WindowRecord) -> None:
        """Store the week's window, replacing one already accepted for that week."""
        with self._db.session() as session:
            row = session.scalars(
                select(SleepWindowRow).where(SleepWindowRow.week_start == record.week_start)
            ).first()
            if row is None:
                row = SleepWindowRow(week_start=record.week_start)
                session.add(row)
            row.bedtime = record.window.bedtime
            row.rising = record.window.rising
            row.time_in_bed_min = record.window.time_in_bed_min
            row.proposed_min = record.proposed_min
            row.nights = record.nights
            row.mean_tst_min = record.mean_tst_min
            row.mean_se_pct = record.mean_se_pct
            row.adjusted = record.adjusted
            row.created_at = datetime.now()

    def windows(self) -> list[WindowRecord]:
        """Every accepted window, oldest first."""
        with self._db.session() as session:
            rows = session.scalars(select(SleepWindowRow).order_by(SleepWindowRow.week_start))
            return [_record(r) for r in rows]
