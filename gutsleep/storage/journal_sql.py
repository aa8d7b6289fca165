"""Writing days with SQLAlchemy, and the ORM rows' side of reading them.

Saves go through the ORM (one day, its lists replaced); imports and the demo
journal insert in bulk with Core statements. Reads are in storage.day_rows
(the driver's cursor, no SQLAlchemy needed); :func:`load_entries` and
:func:`row_to_entry` give the same entries inside a session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
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
from gutsleep.storage.day_rows import FOOD_FIELDS as _FOOD_FIELDS
from gutsleep.storage.day_rows import PLANT, TRIGGER, read_days
from gutsleep.storage.day_rows import SLEEP_FIELDS as _SLEEP_FIELDS
from gutsleep.storage.models import DayRow, FoodRow, IntakeRow, MovementRow, NameRow, PracticeRow


def _with_children() -> Sequence[ExecutableOption]:
    return (
        selectinload(DayRow.foods),
        selectinload(DayRow.names),
        selectinload(DayRow.movements),
        selectinload(DayRow.practices),
        selectinload(DayRow.intakes),
    )


def row_to_entry(row: DayRow) -> DayEntry:
    """A DayEntry from an ORM row with its lists loaded (storage.backups' check reads
    rows this way, one by one where one can't be read, to name it)."""
    names = list(row.names)
    sleep = SleepDiary(
        zone=row.zone,
        comments=row.sleep_comments,
        **{name: getattr(row, name) for name in _SLEEP_FIELDS},
    )
    food = Food(
        foods=tuple(FoodItem(f.name, tuple(f.tags or ())) for f in row.foods),
        plants=tuple(n.name for n in names if n.kind == PLANT),
        trigger_foods=tuple(n.name for n in names if n.kind == TRIGGER),
        **{name: getattr(row, name) for name in _FOOD_FIELDS},
    )
    gut = Gut(
        bloating=row.bloating,
        discomfort=row.discomfort,
        bowel_movements=tuple(BowelMovement(m.bristol, m.at) for m in row.movements),
        notes=row.gut_notes,
    )
    stress = StressMood(
        stress=row.stress,
        mood=row.mood,
        practices=tuple(Practice(p.name, p.minutes) for p in row.practices),
    )
    return DayEntry(
        day=row.day,
        sleep=sleep,
        food=food,
        gut=gut,
        stress=stress,
        intakes=tuple(
            Intake(i.name, i.dose, IntakeKind(i.kind), i.strain, i.cfu) for i in row.intakes
        ),
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


_IN_CHUNK = 500


def _table(model: type) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


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
    rows: dict[type, list[dict[str, Any]]] = defaultdict(list)
    for entry in kept:
        day_id = ids[entry.day]
        for model, values in _child_values(entry).items():
            rows[model].extend({"day_id": day_id, **item} for item in values)
    for model, values in rows.items():
        if values:
            session.execute(insert(_table(model)), values)
    return len(kept)


def save_day(session: Session, entry: DayEntry) -> None:
    """Store ``entry`` as the whole of its day; an empty entry removes the day."""
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


def save_days(session: Session, entries: Sequence[DayEntry], *, replace: bool = True) -> int:
    """Store many days (imports, the demo journal), replacing stored ones when ``replace``."""
    if replace:
        days = [e.day for e in entries]
        for start in range(0, len(days), _IN_CHUNK):
            chunk = days[start : start + _IN_CHUNK]
            session.execute(delete(DayRow).where(DayRow.day.in_(chunk)))
    insert_entries(session, entries)
    return len(entries)


def delete_day(session: Session, day: date) -> None:
    session.execute(delete(DayRow).where(DayRow.day == day))
