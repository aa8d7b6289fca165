"""The one mapper between stored rows and journal days.

Every read (the driver's cursor), every write (SQLAlchemy Core) and "Check
database" go through these functions, and all of them derive from the field
declaration (domain.fields): the ``day_entry`` columns are the declared
fields' columns, decoded and encoded by their kind. Stored values are what
SQLAlchemy's SQLite types write: dates and times as ISO text, booleans as 0/1,
JSON as text. Pure Python: reads run before SQLAlchemy is imported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from gutsleep.domain.fields import (
    DAY_FIELDS,
    SECTION_FIELDS,
    SERIES_FIELDS,
    Field,
    Kind,
    build_entry,
)
from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    FoodItem,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
)
from gutsleep.domain.summary import DaySummary, field_value

PLANT = "plant"
TRIGGER = "trigger"
DAY_TABLE = "day_entry"
#: The columns of ``day_entry`` that hold a day's values, in declaration order.
FIELD_COLUMNS: tuple[str, ...] = tuple(f.column for f in DAY_FIELDS)
#: Each list of a day: its table and the columns read (after day_id), by position.
CHILD_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("food_item", ("name", "tags")),
    ("day_name", ("kind", "name")),
    ("bowel_movement", ("bristol", "at")),
    ("practice", ("name", "minutes")),
    ("intake", ("name", "dose", "kind", "strain", "cfu")),
)


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _time(value: str | None) -> time | None:
    return None if value is None else time.fromisoformat(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _bleeding(value: str | None) -> Bleeding | None:
    return Bleeding(value) if value else None


def _text(value: str | None) -> str:
    return value or ""


_DECODE: dict[Kind, Callable[[Any], Any] | None] = {
    Kind.INT: None,
    Kind.ZONE: None,
    Kind.TEXT: _text,
    Kind.DATETIME: _datetime,
    Kind.TIME: _time,
    Kind.BOOL: _bool,
    Kind.BLEEDING: _bleeding,
}


def decoder(field: Field) -> Callable[[Any], Any] | None:
    """How a stored value of ``field`` becomes its domain value (None: as stored)."""
    return _DECODE[field.kind]


def _encode(field: Field, value: Any) -> Any:
    """A domain value as the Core table takes it (SQLAlchemy formats dates itself)."""
    if field.kind is Kind.BLEEDING:
        return value.value if value is not None else None
    return value


def day_values(entry: DayEntry) -> dict[str, Any]:
    """The ``day_entry`` columns of ``entry`` (all but the id and ``updated_at``)."""
    values: dict[str, Any] = {"day": entry.day}
    for field in DAY_FIELDS:
        values[field.column] = _encode(field, field_value(entry, field))
    return values


def child_values(entry: DayEntry) -> dict[str, list[dict[str, Any]]]:
    """The rows of each list of ``entry``, by table, positions counted from 0."""
    names = [(PLANT, n) for n in entry.food.plants] + [
        (TRIGGER, n) for n in entry.food.trigger_foods
    ]
    return {
        "food_item": [
            {"position": i, "name": f.name, "tags": list(f.tags)}
            for i, f in enumerate(entry.food.foods)
        ],
        "day_name": [{"position": i, "kind": k, "name": n} for i, (k, n) in enumerate(names)],
        "bowel_movement": [
            {"position": i, "bristol": m.bristol, "at": m.at}
            for i, m in enumerate(entry.gut.bowel_movements)
        ],
        "practice": [
            {"position": i, "name": p.name, "minutes": p.minutes}
            for i, p in enumerate(entry.stress.practices)
        ],
        "intake": [
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


_DECODERS: tuple[tuple[Field, Callable[[Any], Any] | None], ...] = tuple(
    (f, decoder(f)) for f in DAY_FIELDS
)


def entry_from_row(
    day: str, fields: Sequence[Any], children: Mapping[str, Sequence[Sequence[Any]]]
) -> DayEntry:
    """A day from its stored ``day`` text, its :data:`FIELD_COLUMNS` values in order,
    and its lists' rows (each table's columns of :data:`CHILD_TABLES`, in position order)."""
    parts: dict[str, dict[str, Any]] = {section: {} for section in SECTION_FIELDS}
    for (field, decode), value in zip(_DECODERS, fields, strict=True):
        parts[field.section][field.attr] = value if decode is None else decode(value)
    listed = children.get("day_name", ())
    parts["food"]["foods"] = tuple(
        FoodItem(name, tuple(json.loads(tags) or ()) if tags else ())
        for name, tags in children.get("food_item", ())
    )
    parts["food"]["plants"] = tuple(name for kind, name in listed if kind == PLANT)
    parts["food"]["trigger_foods"] = tuple(name for kind, name in listed if kind == TRIGGER)
    parts["gut"]["bowel_movements"] = tuple(
        BowelMovement(bristol, _time(at)) for bristol, at in children.get("bowel_movement", ())
    )
    parts["stress"]["practices"] = tuple(
        Practice(name, minutes) for name, minutes in children.get("practice", ())
    )
    parts[""]["intakes"] = tuple(
        Intake(name, dose, IntakeKind(kind), strain, cfu)
        for name, dose, kind, strain, cfu in children.get("intake", ())
    )
    return build_entry(date.fromisoformat(day), parts)


#: The night's fields the sleep figures are computed from (domain.summary.summary_sleep).
_SLEEP_FOR_FIGURES = (
    "zone",
    "into_bed",
    "lights_out",
    "sleep_onset_min",
    "awakenings",  # a blank WASO is 0 only after a night without awakenings
    "waso_min",
    "final_wake",
    "out_of_bed",
)
#: Sections whose "anything logged?" a summary needs (empty lists count as "none" there).
_LOGGED_SECTIONS = ("food", "gut", "stress")
#: What a summary reads of ``day_entry``: the night's figures, the measured fields and
#: every value of the food, gut and stress sections; text only as "is there any".
SUMMARY_FIELDS: tuple[Field, ...] = tuple(
    dict.fromkeys(
        [
            *(f for f in SECTION_FIELDS["sleep"] if f.attr in _SLEEP_FOR_FIGURES),
            *SERIES_FIELDS,
            *(
                f
                for section in _LOGGED_SECTIONS
                for f in SECTION_FIELDS[section]
                if f.kind is not Kind.TEXT
            ),
        ]
    )
)
SUMMARY_TEXTS: tuple[Field, ...] = tuple(
    f for section in _LOGGED_SECTIONS for f in SECTION_FIELDS[section] if f.kind is Kind.TEXT
)
_SUMMARY_DECODERS = tuple((f, decoder(f)) for f in SUMMARY_FIELDS)


def summary_from_row(
    day: str,
    fields: Sequence[Any],
    texts: Sequence[Any],
    bleeding: str | None,
    names: Sequence[tuple[str, str]],
    has_foods: bool,
    bristol: tuple[int, ...],
    practice_minutes: tuple[int | None, ...],
) -> DaySummary:
    """What the daily series need of a day; the same as ``DaySummary.of`` of the whole day.

    ``fields``: its :data:`SUMMARY_FIELDS` values in order; ``texts``: for each of
    :data:`SUMMARY_TEXTS`, whether it holds any text; then its bleeding, its plant and
    trigger names, whether it lists foods, its Bristol types and practice minutes.
    """
    values = {
        field.column: value if decode is None else decode(value)
        for (field, decode), value in zip(_SUMMARY_DECODERS, fields, strict=True)
    }
    written = {f.column for f, has_text in zip(SUMMARY_TEXTS, texts, strict=True) if has_text}

    def logged(section: str) -> bool:
        return any(
            f.column in written if f.kind is Kind.TEXT else values[f.column] is not None
            for f in SECTION_FIELDS[section]
        )

    return DaySummary(
        day=date.fromisoformat(day),
        sleep=SleepDiary(**{f: values[f] for f in _SLEEP_FOR_FIGURES}),
        numbers={f.column: values[f.column] for f in SERIES_FIELDS},
        plants=tuple(name for kind, name in names if kind == PLANT),
        trigger_foods=sum(1 for kind, _name in names if kind == TRIGGER),
        food_logged=bool(names or has_foods or logged("food")),
        bristol=bristol,
        gut_logged=bool(bristol) or logged("gut"),
        practice_minutes=practice_minutes,
        stress_logged=bool(practice_minutes) or logged("stress"),
        bleeding=_bleeding(bleeding),
    )
