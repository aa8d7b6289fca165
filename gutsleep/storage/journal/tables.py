"""The journal's tables as SQLAlchemy Core tables, built from the field declaration.

``day_entry`` has one column per declared field (domain.fields), typed by its
kind, plus its id, its day and when it was last written; a day's lists
(foods, plants and trigger foods, bowel movements, practices, supplements and
medicines) are child rows that go when the day goes (``ON DELETE CASCADE``).
They share the metadata of storage.models, so Alembic and the schema tests see
one schema. Every change here needs a migration in
``storage/migrations/versions`` (a test compares the two).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.types import TypeEngine

from gutsleep.domain.fields import DAY_FIELDS, Field, Kind
from gutsleep.storage.models import Base

_TYPES: dict[Kind, TypeEngine[Any]] = {
    Kind.INT: Integer(),
    Kind.TEXT: Text(),
    Kind.DATETIME: DateTime(),
    Kind.TIME: Time(),
    Kind.BOOL: Boolean(),
    Kind.BLEEDING: String(16),
    Kind.ZONE: String(64),
}


def _column(field: Field) -> Column[object]:
    """A field's column: text is never NULL (empty is ""), the zone defaults to UTC,
    every other value is NULL when not recorded."""
    if field.kind is Kind.TEXT:
        return Column(field.column, Text(), nullable=False, default="")
    if field.kind is Kind.ZONE:
        return Column(field.column, String(64), nullable=False, default="UTC")
    return Column(field.column, _TYPES[field.kind], nullable=True)


day_entry = Table(
    "day_entry",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, unique=True),
    *(_column(field) for field in DAY_FIELDS),
    Column("updated_at", DateTime, nullable=False),
)


def _child(name: str, *columns: Column[object]) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("day_id", Integer, ForeignKey("day_entry.id", ondelete="CASCADE"), nullable=False),
        Column("position", Integer, nullable=False),
        *columns,
        Index(f"ix_{name}_day_id", "day_id"),
    )


food_item = _child(
    "food_item",
    Column("name", String(200), nullable=False),
    Column("tags", JSON, nullable=False, default=list),
)
#: A plant eaten or a personal trigger food, told apart by ``kind``.
day_name = _child(
    "day_name",
    Column("kind", String(16), nullable=False),
    Column("name", String(200), nullable=False),
)
Index("ix_day_name_kind_name", day_name.c.kind, day_name.c.name)
bowel_movement = _child(
    "bowel_movement",
    Column("bristol", Integer, nullable=False),
    Column("at", Time, nullable=True),
)
practice = _child(
    "practice",
    Column("name", String(200), nullable=False),
    Column("minutes", Integer, nullable=True),
)
intake = _child(
    "intake",
    Column("name", String(200), nullable=False),
    Column("dose", String(200), nullable=False, default=""),
    Column("kind", String(16), nullable=False),
    Column("strain", String(200), nullable=False, default=""),
    Column("cfu", String(200), nullable=False, default=""),
)
#: The list tables by name (storage.journal.rows names them the same way).
CHILD_TABLES: dict[str, Table] = {
    t.name: t for t in (food_item, day_name, bowel_movement, practice, intake)
}
