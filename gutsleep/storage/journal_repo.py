"""Days in and out of the database as domain objects; the only place for journal SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload
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
    sleep = SleepDiary(
        zone=row.zone,
        comments=row.sleep_comments,
        **{name: getattr(row, name) for name in _SLEEP_FIELDS},
    )
    food = Food(
        foods=tuple(FoodItem(f.name, tuple(f.tags or ())) for f in row.foods),
        plants=tuple(n.name for n in row.names if n.kind == PLANT),
        trigger_foods=tuple(n.name for n in row.names if n.kind == TRIGGER),
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
    intakes = tuple(
        Intake(i.name, i.dose, IntakeKind(i.kind), i.strain, i.cfu) for i in row.intakes
    )
    return DayEntry(
        day=row.day,
        sleep=sleep,
        food=food,
        gut=gut,
        stress=stress,
        intakes=intakes,
        bleeding=Bleeding(row.bleeding) if row.bleeding else None,
        notes=row.notes,
    )


def fill_row(row: DayRow, entry: DayEntry) -> None:
    """Copy every value of ``entry`` onto ``row``, replacing its lists."""
    sleep, food = entry.sleep, entry.food
    row.day = entry.day
    row.zone = sleep.zone
    row.sleep_comments = sleep.comments
    for name in _SLEEP_FIELDS:
        setattr(row, name, getattr(sleep, name))
    for name in _FOOD_FIELDS:
        setattr(row, name, getattr(food, name))
    row.bloating = entry.gut.bloating
    row.discomfort = entry.gut.discomfort
    row.gut_notes = entry.gut.notes
    row.stress = entry.stress.stress
    row.mood = entry.stress.mood
    row.bleeding = entry.bleeding.value if entry.bleeding else None
    row.notes = entry.notes
    row.updated_at = datetime.now()
    row.foods = [
        FoodRow(position=i, name=f.name, tags=list(f.tags)) for i, f in enumerate(food.foods)
    ]
    names = [(PLANT, n) for n in food.plants] + [(TRIGGER, n) for n in food.trigger_foods]
    row.names = [NameRow(position=i, kind=k, name=n) for i, (k, n) in enumerate(names)]
    row.movements = [
        MovementRow(position=i, bristol=m.bristol, at=m.at)
        for i, m in enumerate(entry.gut.bowel_movements)
    ]
    row.practices = [
        PracticeRow(position=i, name=p.name, minutes=p.minutes)
        for i, p in enumerate(entry.stress.practices)
    ]
    row.intakes = [
        IntakeRow(
            position=i, name=x.name, dose=x.dose, kind=x.kind.value, strain=x.strain, cfu=x.cfu
        )
        for i, x in enumerate(entry.intakes)
    ]


class JournalRepository:
    """Reads and writes whole days; each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    def get(self, day: date) -> DayEntry | None:
        with self._db.session() as session:
            row = session.scalars(
                select(DayRow).where(DayRow.day == day).options(*_with_children())
            ).one_or_none()
            return row_to_entry(row) if row else None

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
            if replace and days:
                session.execute(delete(DayRow).where(DayRow.day.in_(days)))
            for entry in entries:
                if entry.is_empty():
                    continue
                row = DayRow()
                fill_row(row, entry)
                session.add(row)
        return len(entries)

    def delete(self, day: date) -> None:
        with self._db.session() as session:
            session.execute(delete(DayRow).where(DayRow.day == day))

    def between(self, first: date | None = None, last: date | None = None) -> list[DayEntry]:
        """Every stored day in [first, last], oldest first."""
        query = select(DayRow).options(*_with_children()).order_by(DayRow.day)
        if first is not None:
            query = query.where(DayRow.day >= first)
        if last is not None:
            query = query.where(DayRow.day <= last)
        with self._db.session() as session:
            return [row_to_entry(row) for row in session.scalars(query)]

    def logged_days(self, first: date, last: date) -> set[date]:
        with self._db.session() as session:
            return set(
                session.scalars(select(DayRow.day).where(DayRow.day >= first, DayRow.day <= last))
            )

    def count(self) -> int:
        with self._db.session() as session:
            return int(session.scalar(select(func.count(DayRow.id))) or 0)

    def span(self) -> tuple[date, date] | None:
        with self._db.session() as session:
            first, last = session.execute(select(func.min(DayRow.day), func.max(DayRow.day))).one()
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
                tags: dict[str, int] = {}
                for tag_list in session.scalars(select(FoodRow.tags)):
                    for tag in tag_list or ():
                        tags[tag] = tags.get(tag, 0) + 1
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
        with self._db.session() as session:
            names = session.scalars(
                select(NameRow.name)
                .distinct()
                .join(DayRow, NameRow.day_id == DayRow.id)
                .where(NameRow.kind == PLANT, DayRow.day >= first, DayRow.day <= last)
            )
            return len({" ".join(n.split()).casefold() for n in names})
