"""Days in and out of the database as domain objects; the only place for journal SQL.

Reads go through the driver's cursor (storage.day_rows), so showing a day
needs no SQLAlchemy: at start-up the Journal page is on screen before it is
imported. Writes go through SQLAlchemy (storage.journal_sql), imported on the
first write if the app has not loaded it in the background by then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.summary import DaySummary
from gutsleep.storage import day_rows
from gutsleep.storage.day_rows import PLANT as PLANT
from gutsleep.storage.day_rows import SUGGESTION_KINDS as SUGGESTION_KINDS
from gutsleep.storage.day_rows import TRIGGER as TRIGGER
from gutsleep.storage.file.database import Database


class JournalRepository:
    """Reads and writes whole days; each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    def get(self, day: date) -> DayEntry | None:
        with self._db.reading() as connection:
            found = day_rows.read_days(connection, day, day)
        return found[0] if found else None

    def save(self, entry: DayEntry) -> None:
        """Store ``entry`` as the whole of its day; an empty entry removes the day."""
        from gutsleep.storage import journal_sql

        with self._db.session() as session:
            journal_sql.save_day(session, entry)

    def file_replaced(self) -> bool:
        """Whether the journal file was removed or replaced since it was opened."""
        from gutsleep.storage.file.save_failures import JournalFileGone

        try:
            self._db.check_same_file()
        except JournalFileGone:
            return True
        return False

    def save_many(self, entries: Sequence[DayEntry], *, replace: bool = True) -> int:
        """Store many days in one transaction (imports, the demo journal)."""
        from gutsleep.storage import journal_sql

        with self._db.session() as session:
            return journal_sql.save_days(session, entries, replace=replace)

    def delete(self, day: date) -> None:
        from gutsleep.storage import journal_sql

        with self._db.session() as session:
            journal_sql.delete_day(session, day)

    def between(self, first: date | None = None, last: date | None = None) -> list[DayEntry]:
        """Every stored day in [first, last], oldest first."""
        with self._db.reading() as connection:
            return day_rows.read_days(connection, first, last)

    def summaries(self, first: date | None = None, last: date | None = None) -> list[DaySummary]:
        """What the daily series need of every stored day in [first, last], oldest first."""
        with self._db.reading() as connection:
            return day_rows.read_summaries(connection, first, last)

    def logged_days(self, first: date, last: date) -> set[date]:
        with self._db.reading() as connection:
            return day_rows.read_logged_days(connection, first, last)

    def intake_days(self, first: date, last: date, kind: str) -> list[tuple[date, str, str]]:
        """``(day, name, dose)`` of each intake of ``kind`` ("medicine", ...) in [first, last]."""
        with self._db.reading() as connection:
            return day_rows.read_intake_days(connection, first, last, kind)

    def count(self) -> int:
        with self._db.reading() as connection:
            return day_rows.read_count(connection)

    def span(self) -> tuple[date, date] | None:
        with self._db.reading() as connection:
            return day_rows.read_span(connection)

    def latest_before(self, day: date, *, with_intakes: bool = False) -> DayEntry | None:
        """The closest logged day before ``day`` (for "copy yesterday's")."""
        with self._db.reading() as connection:
            return day_rows.read_latest_before(connection, day, with_intakes=with_intakes)

    def suggestions(self, kind: str, limit: int = 500) -> list[str]:
        """Names used before, most used first, for autocompletion."""
        with self._db.reading() as connection:
            return day_rows.read_suggestions(connection, kind, limit)

    def distinct_plants(self, first: date, last: date) -> int:
        """Different plants in [first, last]; the same plant twice counts once."""
        with self._db.reading() as connection:
            return day_rows.read_distinct_plants(connection, first, last)
