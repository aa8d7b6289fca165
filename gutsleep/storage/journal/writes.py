"""Writing days with SQLAlchemy Core, through the one row mapper (storage.journal.rows).

A save replaces the whole day: its row and its lists go (the lists by
``ON DELETE CASCADE``) and the entry is inserted again, in the caller's
transaction (storage.file.database begins writes with ``BEGIN IMMEDIATE``).
Imports and the demo journal insert many days in a few ``executemany``
statements instead of one statement per row. Every write keeps the search
index (storage.journal.search) in step, in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from gutsleep.domain.journal import DayEntry
from gutsleep.storage.journal import search
from gutsleep.storage.journal.queries import read_days
from gutsleep.storage.journal.rows import child_values, day_values
from gutsleep.storage.journal.tables import CHILD_TABLES, day_entry

_IN_CHUNK = 500


def load_entries(
    session: Session, first: date | None = None, last: date | None = None
) -> list[DayEntry]:
    """Every stored day in [first, last], oldest first, read through the session's connection."""
    return read_days(session.connection().connection, first, last)


def insert_entries(
    session: Session, entries: Iterable[DayEntry], *, keep_empty: bool = False
) -> int:
    """Insert days not stored yet, with their lists, in a few executemany statements.

    Empty entries are skipped unless ``keep_empty``; a day that is already
    stored violates the unique day constraint (delete it first). Returns the
    days inserted.
    """
    now = datetime.now()
    kept = [entry for entry in entries if keep_empty or not entry.is_empty()]
    if not kept:
        return 0
    session.execute(insert(day_entry), [{**day_values(e), "updated_at": now} for e in kept])
    ids: dict[date, int] = {}
    day_list = [entry.day for entry in kept]
    for start in range(0, len(day_list), _IN_CHUNK):
        chunk = day_list[start : start + _IN_CHUNK]
        query = select(day_entry.c.day, day_entry.c.id).where(day_entry.c.day.in_(chunk))
        ids.update((day, day_id) for day, day_id in session.execute(query))
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in kept:
        day_id = ids[entry.day]
        for table, values in child_values(entry).items():
            rows[table].extend({"day_id": day_id, **item} for item in values)
    for table, values in rows.items():
        if values:
            session.execute(insert(CHILD_TABLES[table]), values)
    search.index_days(session.connection(), day_list)
    return len(kept)


def save_day(session: Session, entry: DayEntry) -> None:
    """Store ``entry`` as the whole of its day; an empty entry removes the day."""
    delete_days(session, [entry.day])
    if not entry.is_empty():
        insert_entries(session, [entry])


def save_days(session: Session, entries: Sequence[DayEntry], *, replace: bool = True) -> int:
    """Store many days (imports, the demo journal), replacing stored ones when ``replace``."""
    if replace:
        delete_days(session, [e.day for e in entries])
    insert_entries(session, entries)
    return len(entries)


def stored_days(session: Session, days: Sequence[date]) -> set[date]:
    """Which of ``days`` are stored."""
    found: set[date] = set()
    for start in range(0, len(days), _IN_CHUNK):
        chunk = days[start : start + _IN_CHUNK]
        found.update(session.scalars(select(day_entry.c.day).where(day_entry.c.day.in_(chunk))))
    return found


def delete_days(session: Session, days: Sequence[date]) -> None:
    """Remove ``days`` with their lists (and their words from the search index)."""
    search.forget_days(session.connection(), days)
    for start in range(0, len(days), _IN_CHUNK):
        chunk = days[start : start + _IN_CHUNK]
        session.execute(delete(day_entry).where(day_entry.c.day.in_(chunk)))
