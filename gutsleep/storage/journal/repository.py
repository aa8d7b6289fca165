"""Days in and out of the database as domain objects; the only place for journal SQL.

Reads go through the driver's cursor (storage.journal.queries), so showing a day
needs no SQLAlchemy: at start-up the Journal page is on screen before it is
imported. Writes go through SQLAlchemy (storage.journal.writes), imported on the
first write if the app has not loaded it in the background by then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.summary import DaySummary
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal import queries
from gutsleep.storage.journal.queries import SUGGESTION_KINDS as SUGGESTION_KINDS
from gutsleep.storage.journal.rows import PLANT as PLANT
from gutsleep.storage.journal.rows import TRIGGER as TRIGGER
from gutsleep.storage.journal.search import SearchHit


class JournalRepository:
    """Reads and writes whole days; each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    def get(self, day: date) -> DayEntry | None:
        with self._db.reading() as connection:
            found = queries.read_days(connection, day, day)
        return found[0] if found else None

    def save(self, entry: DayEntry) -> None:
        """Store ``entry`` as the whole of its day; an empty entry removes the day."""
        from gutsleep.storage.journal import writes

        with self._db.session() as session:
            writes.save_day(session, entry)

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
        from gutsleep.storage.journal import writes

        with self._db.session() as session:
            return writes.save_days(session, entries, replace=replace)

    def delete(self, day: date) -> None:
        from gutsleep.storage.journal import writes

        with self._db.session() as session:
            writes.delete_days(session, [day])

    def between(self, first: date | None = None, last: date | None = None) -> list[DayEntry]:
        """Every stored day in [first, last], oldest first."""
        with self._db.reading() as connection:
            return queries.read_days(connection, first, last)

    def summaries(self, first: date | None = None, last: date | None = None) -> list[DaySummary]:
        """What the daily series need of every stored day in [first, last], oldest first."""
        with self._db.reading() as connection:
            return queries.read_summaries(connection, first, last)

    def logged_days(self, first: date, last: date) -> set[date]:
        with self._db.reading() as connection:
            return queries.read_logged_days(connection, first, last)

    def intake_days(self, first: date, last: date, kind: str) -> list[tuple[date, str, str]]:
        """``(day, name, dose)`` of each intake of ``kind`` ("medicine", ...) in [first, last]."""
        with self._db.reading() as connection:
            return queries.read_intake_days(connection, first, last, kind)

    def count(self) -> int:
        with self._db.reading() as connection:
            return queries.read_count(connection)

    def span(self) -> tuple[date, date] | None:
        with self._db.reading() as connection:
            return queries.read_span(connection)

    def latest_before(self, day: date, *, with_intakes: bool = False) -> DayEntry | None:
        """The closest logged day before ``day`` (for "copy yesterday's")."""
        with self._db.reading() as connection:
            return queries.read_latest_before(connection, day, with_intakes=with_intakes)

    def suggestions(self, kind: str, limit: int = 500) -> list[str]:
        """Names used before, most used first, for autocompletion."""
        with self._db.reading() as connection:
            return queries.read_suggestions(connection, kind, limit)

    def search(self, typed: str, limit: int = 200) -> list[SearchHit]:
        """Days whose words match ``typed`` (each word a prefix), newest first."""
        from gutsleep.storage.journal import search

        with self._db.reading() as connection:
            return search.search(connection, typed, limit)

    def distinct_plants(self, first: date, last: date) -> int:
        """Different plants in [first, last]; the same plant twice counts once."""
        with self._db.reading() as connection:
            return queries.read_distinct_plants(connection, first, last)
