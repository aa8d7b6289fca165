"""Days read from the journal with the driver's own cursor, straight into domain objects.

Every read of days goes through here: one day for the Journal page (on the
way to the first screen, before SQLAlchemy is imported: see
storage.database), ranges for Trends and insights, the whole journal for
exports. Plain SQL over the tables that storage.models declares (a test holds
the names here to the models), rows as tuples, values converted as
SQLAlchemy's SQLite types store them (dates and times as ISO text, booleans
as 0/1, JSON as text). Building no ORM object per row is also what makes
years of days quick to read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import Any

from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
    StressMood,
)
from gutsleep.domain.summary import DaySummary

PLANT = "plant"
TRIGGER = "trigger"

DAY_TABLE = "day_entry"
SLEEP_FIELDS = (
    "into_bed",
    "lights_out",
    "sleep_onset_min",
    "awakenings",
    "waso_min",
    "final_wake",
    "out_of_bed",
    "quality",
    "woke_early_min",
    "naps",
    "nap_min",
    "sleep_aids",
    "night_sweats",
    "sweats_disturbance",
)
FOOD_FIELDS = (
    "fermented_servings",
    "fibre_servings",
    "sugar_upf_servings",
    "mediterranean",
    "alcohol_drinks",
    "last_alcohol",
    "caffeine_drinks",
    "last_caffeine",
    "last_meal",
)
#: The day's own columns as read here, in this order.
DAY_COLUMNS = (
    "id",
    "day",
    "zone",
    "sleep_comments",
    *SLEEP_FIELDS,
    *FOOD_FIELDS,
    "bloating",
    "discomfort",
    "gut_notes",
    "stress",
    "mood",
    "bleeding",
    "notes",
)
#: Each list of a day: its table and the columns read (after day_id), by position.
CHILD_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("food_item", ("name", "tags")),
    ("day_name", ("kind", "name")),
    ("bowel_movement", ("bristol", "at")),
    ("practice", ("name", "minutes")),
    ("intake", ("name", "dose", "kind", "strain", "cfu")),
)
_DATETIMES = frozenset({"into_bed", "lights_out", "final_wake", "out_of_bed"})
_TIMES = frozenset({"last_alcohol", "last_caffeine", "last_meal"})
_BOOLEANS = frozenset({"mediterranean"})
_FETCH = 500  # rows per fetch: years of days are never all in one list of tuples


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _time(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _converter(name: str) -> Any:
    if name in _DATETIMES:
        return _datetime
    if name in _TIMES:
        return _time
    if name in _BOOLEANS:
        return lambda value: None if value is None else bool(value)
    return None


_SLEEP_CONVERT = tuple((name, _converter(name)) for name in SLEEP_FIELDS)
_FOOD_CONVERT = tuple((name, _converter(name)) for name in FOOD_FIELDS)


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

    ``connection``: a DB-API connection to the journal (storage.database's
    ``reading()``, or a session's ``connection().connection``).
    """
    where, params = _where(first, last)
    days = list(
        _rows(
            connection,
            f"SELECT {', '.join(DAY_COLUMNS)} FROM {DAY_TABLE}{where} ORDER BY day",
            params,
        )
    )
    if not days:
        return []
    foods, names, movements, practices, intakes = (
        _children(connection, table, columns, where, params) for table, columns in CHILD_TABLES
    )
    n_sleep, n_food = len(SLEEP_FIELDS), len(FOOD_FIELDS)
    entries = []
    for row in days:
        day_id, day, zone, comments = row[:4]
        sleep_values = row[4 : 4 + n_sleep]
        food_values = row[4 + n_sleep : 4 + n_sleep + n_food]
        bloating, discomfort, gut_notes, stress, mood, bleeding, notes = row[4 + n_sleep + n_food :]
        listed = names.get(day_id, ())
        entries.append(
            DayEntry(
                day=date.fromisoformat(day),
                sleep=SleepDiary(
                    zone=zone,
                    comments=comments,
                    **{
                        name: value if convert is None else convert(value)
                        for (name, convert), value in zip(_SLEEP_CONVERT, sleep_values, strict=True)
                    },
                ),
                food=Food(
                    foods=tuple(
                        FoodItem(name, tuple(json.loads(tags) or ()) if tags else ())
                        for _id, name, tags in foods.get(day_id, ())
                    ),
                    plants=tuple(name for _id, kind, name in listed if kind == PLANT),
                    trigger_foods=tuple(name for _id, kind, name in listed if kind == TRIGGER),
                    **{
                        name: value if convert is None else convert(value)
                        for (name, convert), value in zip(_FOOD_CONVERT, food_values, strict=True)
                    },
                ),
                gut=Gut(
                    bloating=bloating,
                    discomfort=discomfort,
                    bowel_movements=tuple(
                        BowelMovement(bristol, _time(at))
                        for _id, bristol, at in movements.get(day_id, ())
                    ),
                    notes=gut_notes,
                ),
                stress=StressMood(
                    stress=stress,
                    mood=mood,
                    practices=tuple(
                        Practice(name, minutes) for _id, name, minutes in practices.get(day_id, ())
                    ),
                ),
                intakes=tuple(
                    Intake(name, dose, IntakeKind(kind), strain, cfu)
                    for _id, name, dose, kind, strain, cfu in intakes.get(day_id, ())
                ),
                bleeding=Bleeding(bleeding) if bleeding else None,
                notes=notes,
            )
        )
    return entries


_SUMMARY_SLEEP = (
    "into_bed",
    "lights_out",
    "sleep_onset_min",
    "awakenings",  # a blank WASO is 0 only after a night without awakenings
    "waso_min",
    "final_wake",
    "out_of_bed",
)
_SUMMARY_TIMES = frozenset({"into_bed", "lights_out", "final_wake", "out_of_bed"})
_SUMMARY_NUMBERS = (
    "quality",
    "night_sweats",
    "stress",
    "mood",
    "bloating",
    "discomfort",
    "fermented_servings",
    "fibre_servings",
    "sugar_upf_servings",
    "alcohol_drinks",
    "caffeine_drinks",
)


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
        "zone",
        "gut_notes != ''",  # whether there are gut notes: not the notes themselves
        "bleeding",
        *_SUMMARY_SLEEP,
        *_SUMMARY_NUMBERS,
        *FOOD_FIELDS,
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
    n_sleep, n_numbers = len(_SUMMARY_SLEEP), len(_SUMMARY_NUMBERS)
    summaries = []
    sql = f"SELECT {', '.join(columns)} FROM {DAY_TABLE}{where} ORDER BY day"
    for row in _rows(connection, sql, params):
        day_id, day, zone, has_gut_notes, bleeding = row[:5]
        sleep_values: list[Any] = [
            datetime.fromisoformat(value) if value is not None and name in _SUMMARY_TIMES else value
            for name, value in zip(_SUMMARY_SLEEP, row[5 : 5 + n_sleep], strict=True)
        ]
        numbers = dict(
            zip(_SUMMARY_NUMBERS, row[5 + n_sleep : 5 + n_sleep + n_numbers], strict=True)
        )
        food_values = row[5 + n_sleep + n_numbers :]
        listed = names.get(day_id, ())
        plants = tuple(name for kind, name in listed if kind == PLANT)
        triggers = sum(1 for kind, _name in listed if kind == TRIGGER)
        bristol = tuple(movements.get(day_id, ()))
        minutes = tuple(practices.get(day_id, ()))
        summaries.append(
            DaySummary(
                day=date.fromisoformat(day),
                sleep=SleepDiary(zone=zone, **dict(zip(_SUMMARY_SLEEP, sleep_values, strict=True))),
                plants=plants,
                trigger_foods=triggers,
                food_logged=bool(
                    listed or day_id in with_foods or any(v is not None for v in food_values)
                ),
                bristol=bristol,
                gut_logged=(
                    numbers["bloating"] is not None
                    or numbers["discomfort"] is not None
                    or bool(bristol)
                    or bool(has_gut_notes)
                ),
                practice_minutes=minutes,
                stress_logged=(
                    numbers["stress"] is not None or numbers["mood"] is not None or bool(minutes)
                ),
                bleeding=Bleeding(bleeding) if bleeding else None,
                **numbers,
            )
        )
    return summaries


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
