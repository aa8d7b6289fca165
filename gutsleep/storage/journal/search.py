"""Searching the journal's words: an SQLite FTS5 index derived from the stored days.

The index (``journal_search``) holds one row per day and source (the notes, each
comment field, foods, plants, trigger foods, practices, supplements and
medicines); its rowid is ``day ordinal * 16 + source``, so a day's rows are one
rowid range and "newest first" is the rowid order. It is derived data: every
row is made by SQL from the day's tables (:data:`SOURCES`), so a save, a
delete, an import and a rebuild all write the same text. It is never exported;
"Check database" rebuilds it when it is out of step.

Tokenizer: ``unicode61 remove_diacritics 2``, so "kase" finds "Käse" and
"creme" finds "crème" (people type quickly, often without accents); every
word typed is a prefix, so results follow typing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from gutsleep.domain.fields import DAY_FIELDS, Kind
from gutsleep.domain.text import N_
from gutsleep.storage.journal.rows import DAY_TABLE, PLANT, TRIGGER

if TYPE_CHECKING:  # writes come with SQLAlchemy; reads and the first screen do not
    from sqlalchemy import Connection

INDEX = "journal_search"
#: Every source's rows of one day fit in this many rowids.
SLOTS = 16
#: The FTS5 shadow tables SQLite keeps beside the index (derived, never exported).
SHADOW_TABLES = tuple(f"{INDEX}_{part}" for part in ("data", "idx", "content", "docsize", "config"))
#: Marks around a matched word in a snippet (control characters no one types).
MARK_START, MARK_END = "\x02", "\x03"
ELLIPSIS = "…"

CREATE_INDEX = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX} USING fts5("
    "text, tokenize = 'unicode61 remove_diacritics 2')"
)

# The day ordinal (date.toordinal()) of day_entry.day, in SQL.
_ORDINAL = "CAST(julianday(d.day) - 1721424.5 AS INTEGER)"


@dataclass(frozen=True)
class Source:
    """Where a searched text comes from: its label and the SQL giving (rowid, text) per day.

    ``template``'s ``{days}`` takes a condition on ``d.day`` (" AND d.day IN (?, ?)"),
    or "" for every day.
    """

    key: str
    label: str
    template: str

    def select(self, days: str = "") -> str:
        return self.template.replace("{days}", days)


def _text_field(slot: int, column: str, label: str) -> Source:
    return Source(
        column,
        label,
        f"SELECT {_ORDINAL} * {SLOTS} + {slot}, d.{column} FROM {DAY_TABLE} AS d "
        f"WHERE d.{column} != ''{{days}}",
    )


def _listed(slot: int, key: str, label: str, table: str, value: str, where: str) -> Source:
    """A per-day list as one text, one item a line, in the list's order."""
    return Source(
        key,
        label,
        f"SELECT {_ORDINAL} * {SLOTS} + {slot}, group_concat(t.item, char(10)) FROM "
        f"(SELECT day_id, {value} AS item FROM {table} WHERE {where} AND day_id IN "
        f"(SELECT id FROM {DAY_TABLE} AS d WHERE 1 = 1{{days}}) ORDER BY day_id, position) "
        f"AS t JOIN {DAY_TABLE} AS d ON d.id = t.day_id GROUP BY d.id",
    )


def _sources() -> tuple[Source, ...]:
    texts = [f for f in DAY_FIELDS if f.kind is Kind.TEXT]
    found = [_text_field(slot, f.column, f.label) for slot, f in enumerate(texts)]
    first = len(found)
    tags = "(SELECT group_concat(value, ', ') FROM json_each(food_item.tags))"
    lists = [
        ("foods", N_("Foods"), "food_item", f"name || coalesce(' (' || {tags} || ')', '')", "1"),
        ("plants", N_("Plants"), "day_name", "name", f"kind = '{PLANT}'"),
        ("trigger_foods", N_("Trigger foods"), "day_name", "name", f"kind = '{TRIGGER}'"),
        ("practices", N_("Practices"), "practice", "name", "1"),
        (
            "intakes",
            N_("Supplements and medicines"),
            "intake",
            "name || CASE WHEN strain != '' THEN ' ' || strain ELSE '' END",
            "1",
        ),
    ]
    found += [_listed(first + n, *item) for n, item in enumerate(lists)]
    if len(found) > SLOTS:
        raise RuntimeError("more search sources than rowid slots per day")
    return tuple(found)


SOURCES = _sources()


@dataclass(frozen=True)
class SearchHit:
    """A day whose ``source`` matched, with ``snippet``: its text around the match.

    The matched words in ``snippet`` are between MARK_START and MARK_END.
    """

    day: date
    source: Source
    snippet: str


def match_expression(typed: str) -> str:
    """An FTS5 query for what a person typed: every word, each as a prefix ("" if none).

    Words are quoted, so FTS5's own syntax (AND, NEAR, quotes, ``-``) typed by
    chance is searched as words instead of raising an error.
    """
    words = re.findall(r"\w+", typed)
    return " ".join(f'"{word}"*' for word in words)


def search(connection: Any, typed: str, limit: int = 200) -> list[SearchHit]:
    """The days matching ``typed``, newest first, each source at most once.

    ``connection``: a DB-API connection to the journal. Nothing to search for
    (no word typed) finds nothing.
    """
    expression = match_expression(typed)
    if not expression:
        return []
    sql = (
        f"SELECT rowid, snippet({INDEX}, 0, ?, ?, ?, 12) FROM {INDEX} "
        f"WHERE {INDEX} MATCH ? ORDER BY rowid DESC LIMIT ?"
    )
    rows = _execute(connection, sql, (MARK_START, MARK_END, ELLIPSIS, expression, limit))
    return [
        SearchHit(date.fromordinal(rowid // SLOTS), SOURCES[rowid % SLOTS], str(snippet))
        for rowid, snippet in rows
        if rowid % SLOTS < len(SOURCES)
    ]


def _execute(connection: Any, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """``sql``'s rows, through a cursor (the DB-API connection of a session has no execute)."""
    cursor = connection.cursor()
    try:
        return list(cursor.execute(sql, tuple(params)).fetchall())
    finally:
        cursor.close()


def _write(connection: Connection, sql: str, params: Sequence[Any] = ()) -> None:
    """A write through SQLAlchemy, so its errors are what the session turns into words."""
    connection.exec_driver_sql(sql, tuple(params))


def _runs(days: Iterable[date]) -> list[tuple[int, int]]:
    """Consecutive days as (first ordinal, last ordinal) runs, so a year is one range."""
    runs: list[tuple[int, int]] = []
    for ordinal in sorted({d.toordinal() for d in days}):
        if runs and runs[-1][1] == ordinal - 1:
            runs[-1] = (runs[-1][0], ordinal)
        else:
            runs.append((ordinal, ordinal))
    return runs


def forget_days(connection: Connection, days: Sequence[date]) -> None:
    """Remove ``days`` from the index (before they are deleted or written again)."""
    for first, last in _runs(days):
        _write(
            connection,
            f"DELETE FROM {INDEX} WHERE rowid >= ? AND rowid < ?",
            (first * SLOTS, (last + 1) * SLOTS),
        )


def index_days(connection: Connection, days: Sequence[date], chunk: int = 500) -> None:
    """Add ``days`` as stored now to the index (after they are written)."""
    unique = sorted({d.isoformat() for d in days})
    for start in range(0, len(unique), chunk):
        part = unique[start : start + chunk]
        marks = ", ".join("?" * len(part))
        for source in SOURCES:
            select = source.select(f" AND d.day IN ({marks})")
            _write(connection, f"INSERT INTO {INDEX} (rowid, text) {select}", part)


def rebuild(connection: Connection) -> None:
    """Make the index again from every stored day (migration, "Check database")."""
    _write(connection, CREATE_INDEX)
    _write(connection, f"DELETE FROM {INDEX}")
    for source in SOURCES:
        _write(connection, f"INSERT INTO {INDEX} (rowid, text) {source.select()}")


def in_step(connection: Any) -> bool:
    """Whether the index holds exactly what the stored days would put in it."""
    expected: set[tuple[int, str]] = set()
    for source in SOURCES:
        expected.update((int(r), str(t)) for r, t in _execute(connection, source.select()))
    held = {(int(r), str(t)) for r, t in _execute(connection, f"SELECT rowid, text FROM {INDEX}")}
    return held == expected


def exists(connection: Any) -> bool:
    """Whether the journal has the index (a file from before it has not)."""
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return bool(_execute(connection, sql, (INDEX,)))


def is_index_table(name: str) -> bool:
    """Whether ``name`` is the index or one of its shadow tables (derived, not modelled)."""
    return name == INDEX or name in SHADOW_TABLES
