"""Days in and out of the database as domain objects; the only place for journal SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, delete, func, insert, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

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
from gutsleep.storage.database import Database
from gutsleep.storage.models import DayRow, FoodRow, IntakeRow, MovementRow, NameRow, PracticeRow

PLANT = "plant"
TRIGGER = "trigger"

_SLEEP_FIELDS = (
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
_FOOD_FIELDS = (
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

#: What the suggestion lists (autocomplete) can be asked for.
SUGGESTION_KINDS = ("food", "food_tag", PLANT, TRIGGER, "practice", "intake")


def _with_children() -> Sequence[ExecutableOption]:
    return (
        selectinload(DayRow.foods),
        selectinload(DayRow.names),
        selectinload(DayRow.movements),
        selectinload(DayRow.practices),
        selectinload(DayRow.intakes),
    )


def row_to_entry(row: DayRow) -> DayEntry:
    return _entry(row, row.foods, row.names, row.movements, row.practices, row.intakes)


def _entry(
    row: Any,
    foods: Iterable[Any],
    names: Iterable[Any],
    movements: Iterable[Any],
    practices: Iterable[Any],
    intakes: Iterable[Any],
) -> DayEntry:
    """A DayEntry from a day's columns and its child rows, in position order.

    ``row`` and the children may be ORM objects or Core rows: only their
    attributes (the column names) are read.
    """
    names = list(names)
    sleep = SleepDiary(
        zone=row.zone,
        comments=row.sleep_comments,
        **{name: getattr(row, name) for name in _SLEEP_FIELDS},
    )
    food = Food(
        foods=tuple(FoodItem(f.name, tuple(f.tags or ())) for f in foods),
        plants=tuple(n.name for n in names if n.kind == PLANT),
        trigger_foods=tuple(n.name for n in names if n.kind == TRIGGER),
        **{name: getattr(row, name) for name in _FOOD_FIELDS},
    )
    gut = Gut(
        bloating=row.bloating,
        discomfort=row.discomfort,
        bowel_movements=tuple(BowelMovement(m.bristol, m.at) for m in movements),
        notes=row.gut_notes,
    )
    stress = StressMood(
        stress=row.stress,
        mood=row.mood,
        practices=tuple(Practice(p.name, p.minutes) for p in practices),
    )
    return DayEntry(
        day=row.day,
        sleep=sleep,
        food=food,
        gut=gut,
        stress=stress,
        intakes=tuple(Intake(i.name, i.dose, IntakeKind(i.kind), i.strain, i.cfu) for i in intakes),
        bleeding=Bleeding(row.bleeding) if row.bleeding else None,
        notes=row.notes,
    )


def _day_values(entry: DayEntry, now: datetime) -> dict[str, Any]:
    """The day_entry columns of ``entry`` (everything but the id and the lists)."""
    sleep, food = entry.sleep, entry.food
    values: dict[str, Any] = {
        "day": entry.day,
        "zone": sleep.zone,
        "sleep_comments": sleep.comments,
    }
    for name in _SLEEP_FIELDS:
        values[name] = getattr(sleep, name)
    for name in _FOOD_FIELDS:
        values[name] = getattr(food, name)
    values.update(
        bloating=entry.gut.bloating,
        discomfort=entry.gut.discomfort,
        gut_notes=entry.gut.notes,
        stress=entry.stress.stress,
        mood=entry.stress.mood,
        bleeding=entry.bleeding.value if entry.bleeding else None,
        notes=entry.notes,
        updated_at=now,
    )
    return values


def _child_values(entry: DayEntry) -> dict[type, list[dict[str, Any]]]:
    """The rows of each list of ``entry``, by model class, positions counted from 0."""
    names = [(PLANT, n) for n in entry.food.plants] + [
        (TRIGGER, n) for n in entry.food.trigger_foods
    ]
    return {
        FoodRow: [
            {"position": i, "name": f.name, "tags": list(f.tags)}
            for i, f in enumerate(entry.food.foods)
        ],
        NameRow: [{"position": i, "kind": k, "name": n} for i, (k, n) in enumerate(names)],
        MovementRow: [
            {"position": i, "bristol": m.bristol, "at": m.at}
            for i, m in enumerate(entry.gut.bowel_movements)
        ],
        PracticeRow: [
            {"position": i, "name": p.name, "minutes": p.minutes}
            for i, p in enumerate(entry.stress.practices)
        ],
        IntakeRow: [
            {
                "position": i,
                "name": x.name,
                "dose": x.dose,
                "kind": x.kind.value,
                "strain": x.strain,
                "cfu": x.cfu,
            }
            for i, x in enumerate(entry.intakes)
        ],
    }


def fill_row(row: DayRow, entry: DayEntry) -> None:
    """Copy every value of ``entry`` onto ``row``, replacing its lists."""
    for name, value in _day_values(entry, datetime.now()).items():
        setattr(row, name, value)
    children = _child_values(entry)
    row.foods = [FoodRow(**values) for values in children[FoodRow]]
    row.names = [NameRow(**values) for values in children[NameRow]]
    row.movements = [MovementRow(**values) for values in children[MovementRow]]
    row.practices = [PracticeRow(**values) for values in children[PracticeRow]]
    row.intakes = [IntakeRow(**values) for values in children[IntakeRow]]


_CHILDREN: tuple[tuple[type, tuple[str, ...]], ...] = (
    (FoodRow, ("name", "tags")),
    (NameRow, ("kind", "name")),
    (MovementRow, ("bristol", "at")),
    (PracticeRow, ("name", "minutes")),
    (IntakeRow, ("name", "dose", "kind", "strain", "cfu")),
)
_IN_CHUNK = 500


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def load_entries(
    session: Session, first: date | None = None, last: date | None = None
) -> list[DayEntry]:
    """Every stored day in [first, last], oldest first, read in six plain queries.

    Whole-history reads (Trends, insights, export) go through here: Core rows
    straight into domain objects, without building an ORM object per row,
    which made ten years take seconds.
    """
    day_table = _table(DayRow)
    where: list[ColumnElement[bool]] = []
    if first is not None and first == last:
        where.append(day_table.c.day == first)  # one day: its index entry
    else:
        if first is not None:
            where.append(day_table.c.day >= first)
        if last is not None:
            where.append(day_table.c.day <= last)
    days = session.execute(select(day_table).where(*where).order_by(day_table.c.day)).all()
    if not days:
        return []
    in_range = select(day_table.c.id).where(*where).scalar_subquery() if where else None
    children: list[dict[int, list[Any]]] = []
    for model, columns in _CHILDREN:
        table = _table(model)
        query = select(table.c.day_id, table.c.position, *(table.c[name] for name in columns))
        if in_range is not None:
            query = query.where(table.c.day_id.in_(in_range))
        by_day: dict[int, list[Any]] = defaultdict(list)
        for child in session.execute(query):
            by_day[child.day_id].append(child)
        for rows in by_day.values():
            rows.sort(key=lambda child: child.position)
        children.append(by_day)
    foods, names, movements, practices, intakes = children
    return [
        _entry(
            row,
            foods.get(row.id, ()),
            names.get(row.id, ()),
            movements.get(row.id, ()),
            practices.get(row.id, ()),
            intakes.get(row.id, ()),
        )
        for row in days
    ]


_SUMMARY_SLEEP = (
    "into_bed",
    "lights_out",
    "sleep_onset_min",
    "waso_min",
    "final_wake",
    "out_of_bed",
)
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


def load_summaries(
    session: Session, first: date | None = None, last: date | None = None
) -> list[DaySummary]:
    """What the daily series need of every stored day in [first, last], oldest first.

    The same values as ``DaySummary.of`` of :func:`load_entries`' entries, but
    read as the few columns and per-day lists they come from (no notes, foods,
    tags or supplements), straight from the driver (dates parsed here, as
    SQLAlchemy stores them: ISO text), which takes a fraction of the time on
    years of days.
    """
    day_table = _table(DayRow)
    conditions, params = [], []
    if first is not None:
        conditions.append("day >= ?")
        params.append(first.isoformat())
    if last is not None:
        conditions.append("day <= ?")
        params.append(last.isoformat())
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    columns = (
        "id",
        "day",
        "zone",
        "gut_notes != ''",  # whether there are gut notes: not the notes themselves
        "bleeding",
        *_SUMMARY_SLEEP,
        *_SUMMARY_NUMBERS,
        *_FOOD_FIELDS,
    )
    connection = session.connection().connection  # the driver's own cursors: plain tuples

    def rows(sql: str) -> Iterator[Any]:
        # Row by row, never a list of every row: ten years of days and their lists
        # fetched at once took more memory than everything the Trends page keeps.
        cursor = connection.cursor()
        try:
            cursor.execute(sql, tuple(params))
            while batch := cursor.fetchmany(500):
                yield from batch
        finally:
            cursor.close()

    table = day_table.name
    in_range = f" WHERE day_id IN (SELECT id FROM {table}{where})" if conditions else ""

    def per_day(model: type, *names: str) -> dict[int, list[Any]]:
        child = _table(model).name
        found: dict[int, list[Any]] = defaultdict(list)
        sql = f"SELECT day_id, {', '.join(names)} FROM {child}{in_range} ORDER BY day_id, position"
        for row in rows(sql):
            found[row[0]].append(row[1] if len(names) == 1 else row[1:])
        return found

    with_foods = {
        row[0] for row in rows(f"SELECT DISTINCT day_id FROM {_table(FoodRow).name}{in_range}")
    }
    names = per_day(NameRow, "kind", "name")
    movements = per_day(MovementRow, "bristol")
    practices = per_day(PracticeRow, "minutes")
    n_sleep, n_numbers = len(_SUMMARY_SLEEP), len(_SUMMARY_NUMBERS)
    parse_day, parse_time = date.fromisoformat, datetime.fromisoformat
    summaries = []
    for row in rows(f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY day"):
        day_id, day, zone, has_gut_notes, bleeding = row[:5]
        sleep_values: list[Any] = [
            value if value is None or name.endswith("_min") else parse_time(value)
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
                day=parse_day(day),
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


def insert_entries(
    session: Session, entries: Iterable[DayEntry], *, keep_empty: bool = False
) -> int:
    """Insert days not stored yet, with their lists, in a few executemany statements.

    Empty entries are skipped unless ``keep_empty``; a day that is already
    stored violates the unique day constraint (delete it first). Returns the
    days inserted. Imports and the demo journal use this instead of one ORM
    object per row, which made a ten-year import take most of a minute.
    """
    now = datetime.now()
    kept = [entry for entry in entries if keep_empty or not entry.is_empty()]
    if not kept:
        return 0
    day_table = _table(DayRow)
    session.execute(insert(day_table), [_day_values(entry, now) for entry in kept])
    ids: dict[date, int] = {}
    day_list = [entry.day for entry in kept]
    for start in range(0, len(day_list), _IN_CHUNK):
        chunk = day_list[start : start + _IN_CHUNK]
        query = select(day_table.c.day, day_table.c.id).where(day_table.c.day.in_(chunk))
        ids.update((day, day_id) for day, day_id in session.execute(query))
    rows: dict[type, list[dict[str, Any]]] = {model: [] for model, _ in _CHILDREN}
    for entry in kept:
        day_id = ids[entry.day]
        for model, values in _child_values(entry).items():
            rows[model].extend({"day_id": day_id, **item} for item in values)
    for model, values in rows.items():
        if values:
            session.execute(insert(_table(model)), values)
    return len(kept)


class JournalRepository:
    """Reads and writes whole days; each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    def get(self, day: date) -> DayEntry | None:
        # Plain queries, as for a range: no ORM objects (nor the ORM's set-up on first use)
        with self._db.session() as session:
            found = load_entries(session, day, day)
        return found[0] if found else None

    def save(self, entry: DayEntry) -> None:
        """Store ``entry`` as the whole of its day; an empty entry removes the day."""
        with self._db.session() as session:
            row = session.scalars(
                select(DayRow).where(DayRow.day == entry.day).options(*_with_children())
            ).one_or_none()
            if entry.is_empty():
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = DayRow()
                session.add(row)
            fill_row(row, entry)

    def save_many(self, entries: Sequence[DayEntry], *, replace: bool = True) -> int:
        """Store many days in one transaction (imports, the demo journal)."""
        with self._db.session() as session:
            days = [e.day for e in entries]
            if replace:
                for start in range(0, len(days), _IN_CHUNK):
                    chunk = days[start : start + _IN_CHUNK]
                    session.execute(delete(DayRow).where(DayRow.day.in_(chunk)))
            insert_entries(session, entries)
        return len(entries)

    def delete(self, day: date) -> None:
        with self._db.session() as session:
            session.execute(delete(DayRow).where(DayRow.day == day))

    def between(self, first: date | None = None, last: date | None = None) -> list[DayEntry]:
        """Every stored day in [first, last], oldest first."""
        with self._db.session() as session:
            return load_entries(session, first, last)

    def summaries(self, first: date | None = None, last: date | None = None) -> list[DaySummary]:
        """What the daily series need of every stored day in [first, last], oldest first."""
        with self._db.session() as session:
            return load_summaries(session, first, last)

    def logged_days(self, first: date, last: date) -> set[date]:
        day = _table(DayRow).c.day  # the table, not the mapped class: no ORM set-up at start-up
        with self._db.session() as session:
            return set(session.scalars(select(day).where(day >= first, day <= last)))

    def count(self) -> int:
        day_id = _table(DayRow).c.id  # the table, not the mapped class: no ORM set-up
        with self._db.session() as session:
            return int(session.scalar(select(func.count(day_id))) or 0)

    def span(self) -> tuple[date, date] | None:
        day = _table(DayRow).c.day
        with self._db.session() as session:
            first, last = session.execute(select(func.min(day), func.max(day))).one()
        return (first, last) if first else None

    def latest_before(self, day: date, *, with_intakes: bool = False) -> DayEntry | None:
        """The closest logged day before ``day`` (for "copy yesterday's")."""
        query = select(DayRow).where(DayRow.day < day)
        if with_intakes:
            query = query.where(DayRow.intakes.any())
        with self._db.session() as session:
            row = session.scalars(
                query.order_by(DayRow.day.desc()).limit(1).options(*_with_children())
            ).one_or_none()
            return row_to_entry(row) if row else None

    def suggestions(self, kind: str, limit: int = 500) -> list[str]:
        """Names used before, most used first, for autocompletion."""
        if kind not in SUGGESTION_KINDS:
            raise ValueError(f"unknown suggestion kind {kind!r}")
        with self._db.session() as session:
            if kind == "food_tag":
                # Counted inside SQLite (json_each), not by decoding every row's list here.
                counted = session.execute(
                    text(
                        "SELECT tag.value, count(*) FROM food_item, json_each(food_item.tags) "
                        "AS tag WHERE tag.type = 'text' GROUP BY tag.value"
                    )
                )
                tags = {str(tag): int(n) for tag, n in counted}
                return sorted(tags, key=lambda t: (-tags[t], t.casefold()))[:limit]
            column, where = {
                "food": (FoodRow.name, None),
                PLANT: (NameRow.name, NameRow.kind == PLANT),
                TRIGGER: (NameRow.name, NameRow.kind == TRIGGER),
                "practice": (PracticeRow.name, None),
                "intake": (IntakeRow.name, None),
            }[kind]
            query = select(column, func.count()).group_by(column)
            if where is not None:
                query = query.where(where)
            query = query.order_by(func.count().desc(), column).limit(limit)
            return [name for name, _ in session.execute(query)]

    def distinct_plants(self, first: date, last: date) -> int:
        """Different plants in [first, last]; the same plant twice counts once."""
        # The days first, then their names by day_id: filtering on kind in SQL lets
        # SQLite walk every plant ever logged through the (kind, name) index instead.
        days = select(DayRow.id).where(DayRow.day >= first, DayRow.day <= last)
        with self._db.session() as session:
            rows = session.execute(
                select(NameRow.kind, NameRow.name).where(NameRow.day_id.in_(days.scalar_subquery()))
            )
            return len({" ".join(n.split()).casefold() for kind, n in rows if kind == PLANT})
