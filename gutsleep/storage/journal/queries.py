"""Days read from the journal with the driver's own cursor, straight into domain objects.

Every read of days goes through here: one day for the Journal page (on the
way to the first screen, before SQLAlchemy is imported: see
storage.file.database), ranges for Trends and insights, the whole journal for
exports and "Check database". Plain SQL over the tables of
storage.journal.tables, rows as tuples, turned into days by the one mapper in
storage.journal.rows. Building no ORM object per row is also what makes years
of days quick to read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.summary import DaySummary
from gutsleep.storage.journal.rows import (
    CHILD_TABLES,
    DAY_TABLE,
    FIELD_COLUMNS,
    PLANT,
    SUMMARY_FIELDS,
    SUMMARY_TEXTS,
    TRIGGER,
    entry_from_row,
    summary_from_row,
)

_FETCH = 500  # rows per fetch: years of days are never all in one list of tuples


def _where(first: date | None, last: date | None) -> tuple[str, tuple[str, ...]]:
    """The WHERE clause (or "") over day_entry for [first, last], and its parameters."""
    if first is not None and first == last:
        return " WHERE day = ?", (first.isoformat(),)  # one day: its index entry
    conditions, params = [], []
    if first is not None:
        conditions.append("day >= ?")
        params.append(first.isoformat())
    if last is not None:
        conditions.append("day <= ?")
        params.append(last.isoformat())
    return (f" WHERE {' AND '.join(conditions)}" if conditions else ""), tuple(params)


def _rows(connection: Any, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
    """The rows of ``sql``, fetched a batch at a time."""
    cursor = connection.cursor()
    try:
        cursor.execute(sql, tuple(params))
        while batch := cursor.fetchmany(_FETCH):
            yield from batch
    finally:
        cursor.close()


def _children(
    connection: Any, table: str, columns: Sequence[str], where: str, params: Sequence[Any]
) -> dict[int, list[Any]]:
    """``table``'s rows for the days chosen by ``where``, by day id, in position order."""
    in_range = f" WHERE day_id IN (SELECT id FROM {DAY_TABLE}{where})" if where else ""
    sql = f"SELECT day_id, {', '.join(columns)} FROM {table}{in_range} ORDER BY day_id, position"
    found: dict[int, list[Any]] = defaultdict(list)
    for row in _rows(connection, sql, params):
        found[row[0]].append(row)
    return found


def read_days(
    connection: Any, first: date | None = None, last: date | None = None
) -> list[DayEntry]:
    """Every stored day in [first, last] (None: no bound), oldest first.

    ``connection``: a DB-API connection to the journal (storage.file.database's
    ``reading()``, or a session's ``connection().connection``).
    """
    where, params = _where(first, last)
    sql = f"SELECT id, day, {', '.join(FIELD_COLUMNS)} FROM {DAY_TABLE}{where} ORDER BY day"
    return _entries(connection, list(_rows(connection, sql, params)), where, params)


def _entries(connection: Any, days: list[Any], where: str, params: Sequence[Any]) -> list[DayEntry]:
    if not days:
        return []
    children = {
        table: _children(connection, table, columns, where, params)
        for table, columns in CHILD_TABLES
    }
    return [
        entry_from_row(
            row[1],
            row[2:],
            {
                table: [child[1:] for child in rows.get(row[0], ())]
                for table, rows in children.items()
            },
        )
        for row in days
    ]


def read_days_with_ids(connection: Any) -> list[tuple[int, DayEntry]]:
    """Every stored day with its row id, oldest first ("Check database" names rows by id)."""
    sql = f"SELECT id, day, {', '.join(FIELD_COLUMNS)} FROM {DAY_TABLE} ORDER BY day"
    days = list(_rows(connection, sql))
    return list(zip((row[0] for row in days), _entries(connection, days, "", ()), strict=True))


def read_day_ids(connection: Any) -> list[int]:
    """The ids of every stored day ("Check database" reads them one by one when it must)."""
    return [row[0] for row in _rows(connection, f"SELECT id FROM {DAY_TABLE} ORDER BY id")]


def read_day_by_id(connection: Any, day_id: int) -> DayEntry | None:
    """The day stored under ``day_id``, read exactly as every other read does."""
    where, params = " WHERE id = ?", (day_id,)
    sql = f"SELECT id, day, {', '.join(FIELD_COLUMNS)} FROM {DAY_TABLE}{where}"
    found = _entries(connection, list(_rows(connection, sql, params)), where, params)
    return found[0] if found else None


def read_summaries(
    connection: Any, first: date | None = None, last: date | None = None
) -> list[DaySummary]:
    """What the daily series need of every stored day in [first, last], oldest first.

    The same values as ``DaySummary.of`` of :func:`read_days`' entries, but
    read as the few columns and per-day lists they come from (no notes, foods,
    tags or supplements), which takes a fraction of the time on years of days.
    """
    where, params = _where(first, last)
    in_range = f" WHERE day_id IN (SELECT id FROM {DAY_TABLE}{where})" if where else ""
    columns = (
        "id",
        "day",
        "bleeding",
        *(f.column for f in SUMMARY_FIELDS),
        *(f"{f.column} != ''" for f in SUMMARY_TEXTS),  # whether there is text: not the text
    )

    def per_day(table: str, *names: str) -> dict[int, list[Any]]:
        found: dict[int, list[Any]] = defaultdict(list)
        sql = f"SELECT day_id, {', '.join(names)} FROM {table}{in_range} ORDER BY day_id, position"
        for row in _rows(connection, sql, params):
            found[row[0]].append(row[1] if len(names) == 1 else row[1:])
        return found

    with_foods = {
        row[0]
        for row in _rows(connection, f"SELECT DISTINCT day_id FROM food_item{in_range}", params)
    }
    names = per_day("day_name", "kind", "name")
    movements = per_day("bowel_movement", "bristol")
    practices = per_day("practice", "minutes")
    n_fields = len(SUMMARY_FIELDS)
    sql = f"SELECT {', '.join(columns)} FROM {DAY_TABLE}{where} ORDER BY day"
    return [
        summary_from_row(
            row[1],
            row[3 : 3 + n_fields],
            row[3 + n_fields :],
            row[2],
            names.get(row[0], ()),
            row[0] in with_foods,
            tuple(movements.get(row[0], ())),
            tuple(practices.get(row[0], ())),
        )
        for row in _rows(connection, sql, params)
    ]


def read_logged_days(connection: Any, first: date, last: date) -> set[date]:
    """The days in [first, last] that have an entry."""
    sql = f"SELECT day FROM {DAY_TABLE} WHERE day >= ? AND day <= ?"
    return {
        date.fromisoformat(row[0])
        for row in _rows(connection, sql, (first.isoformat(), last.isoformat()))
    }


def _one_row(connection: Any, sql: str) -> Any:
    cursor = connection.cursor()
    try:
        return cursor.execute(sql).fetchone()
    finally:
        cursor.close()


def read_count(connection: Any) -> int:
    return int(_one_row(connection, f"SELECT count(id) FROM {DAY_TABLE}")[0])


def read_span(connection: Any) -> tuple[date, date] | None:
    first, last = _one_row(connection, f"SELECT min(day), max(day) FROM {DAY_TABLE}")
    return (date.fromisoformat(first), date.fromisoformat(last)) if first else None


def read_latest_before(
    connection: Any, day: date, *, with_intakes: bool = False
) -> DayEntry | None:
    """The closest logged day before ``day`` (with supplements or medicines, if asked)."""
    sql = f"SELECT day FROM {DAY_TABLE} WHERE day < ?"
    if with_intakes:
        sql += f" AND EXISTS (SELECT 1 FROM intake WHERE intake.day_id = {DAY_TABLE}.id)"
    found = list(_rows(connection, sql + " ORDER BY day DESC LIMIT 1", (day.isoformat(),)))
    if not found:
        return None
    latest = date.fromisoformat(found[0][0])
    days = read_days(connection, latest, latest)
    return days[0] if days else None


#: Each suggestion list: the table and column its names come from, and the kind (day_name).
_SUGGESTED = {
    "food": ("food_item", "name", None),
    PLANT: ("day_name", "name", PLANT),
    TRIGGER: ("day_name", "name", TRIGGER),
    "practice": ("practice", "name", None),
    "intake": ("intake", "name", None),
}
#: What the suggestion lists (autocomplete) can be asked for.
SUGGESTION_KINDS = ("food", "food_tag", PLANT, TRIGGER, "practice", "intake")


def read_suggestions(connection: Any, kind: str, limit: int = 500) -> list[str]:
    """Names of ``kind`` used before, most used first, for autocompletion."""
    if kind not in SUGGESTION_KINDS:
        raise ValueError(f"unknown suggestion kind {kind!r}")
    if kind == "food_tag":
        # Counted inside SQLite (json_each), not by decoding every row's list here.
        sql = (
            "SELECT tag.value, count(*) FROM food_item, json_each(food_item.tags) "
            "AS tag WHERE tag.type = 'text' GROUP BY tag.value"
        )
        tags = {str(tag): int(n) for tag, n in _rows(connection, sql)}
        return sorted(tags, key=lambda t: (-tags[t], t.casefold()))[:limit]
    table, column, name_kind = _SUGGESTED[kind]
    where = " WHERE kind = ?" if name_kind else ""
    params: tuple[Any, ...] = (name_kind,) if name_kind else ()
    sql = (
        f"SELECT {column}, count(*) AS uses FROM {table}{where} GROUP BY {column} "
        f"ORDER BY uses DESC, {column} LIMIT ?"
    )
    return [row[0] for row in _rows(connection, sql, (*params, limit))]


def read_distinct_plants(connection: Any, first: date, last: date) -> int:
    """Different plants in [first, last]; the same plant twice counts once."""
    # The days first, then their names by day_id: filtering on kind in SQL lets
    # SQLite walk every plant ever logged through the (kind, name) index instead.
    sql = (
        f"SELECT kind, name FROM day_name WHERE day_id IN "
        f"(SELECT id FROM {DAY_TABLE} WHERE day >= ? AND day <= ?)"
    )
    rows = _rows(connection, sql, (first.isoformat(), last.isoformat()))
    return len({" ".join(name.split()).casefold() for kind, name in rows if kind == PLANT})


def read_intake_days(
    connection: Any, first: date, last: date, kind: str
) -> list[tuple[date, str, str]]:
    """``(day, name, dose)`` of every intake of ``kind`` in [first, last], oldest first.

    The clinician report lists medicines with their first and last days; reading
    only these columns keeps a ten-year report from loading every whole day.
    """
    sql = (
        f"SELECT d.day, i.name, i.dose FROM intake AS i JOIN {DAY_TABLE} AS d "
        "ON d.id = i.day_id WHERE d.day >= ? AND d.day <= ? AND i.kind = ? ORDER BY d.day"
    )
    rows = _rows(connection, sql, (first.isoformat(), last.isoformat(), kind))
    return [(date.fromisoformat(day), name, dose or "") for day, name, dose in rows]
