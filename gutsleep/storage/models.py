"""The journal's tables as typed SQLAlchemy 2 ORM classes.

A day is one ``day_entry`` row; its lists (foods, plants and trigger foods,
bowel movements, practices, supplements and medicines) are child rows that
go when the day goes. Every change to these classes needs a migration in
``storage/migrations/versions`` (a test compares the two).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DayRow(Base):
    __tablename__ = "day_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    zone: Mapped[str] = mapped_column(String(64), default="UTC")
    into_bed: Mapped[datetime | None] = mapped_column(DateTime)
    lights_out: Mapped[datetime | None] = mapped_column(DateTime)
    sleep_onset_min: Mapped[int | None]
    awakenings: Mapped[int | None]
    waso_min: Mapped[int | None]
    final_wake: Mapped[datetime | None] = mapped_column(DateTime)
    out_of_bed: Mapped[datetime | None] = mapped_column(DateTime)
    quality: Mapped[int | None]
    sleep_comments: Mapped[str] = mapped_column(Text, default="")
    woke_early_min: Mapped[int | None]
    naps: Mapped[int | None]
    nap_min: Mapped[int | None]
    sleep_aids: Mapped[str] = mapped_column(Text, default="")
    night_sweats: Mapped[int | None]
    sweats_disturbance: Mapped[int | None]
    fermented_servings: Mapped[int | None]
    fibre_servings: Mapped[int | None]
    sugar_upf_servings: Mapped[int | None]
    mediterranean: Mapped[bool | None]
    alcohol_drinks: Mapped[int | None]
    last_alcohol: Mapped[time | None] = mapped_column(Time)
    caffeine_drinks: Mapped[int | None]
    last_caffeine: Mapped[time | None] = mapped_column(Time)
    last_meal: Mapped[time | None] = mapped_column(Time)
    bloating: Mapped[int | None]
    discomfort: Mapped[int | None]
    gut_notes: Mapped[str] = mapped_column(Text, default="")
    stress: Mapped[int | None]
    mood: Mapped[int | None]
    bleeding: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    foods: Mapped[list[FoodRow]] = relationship(
        cascade="all, delete-orphan", order_by="FoodRow.position", passive_deletes=True
    )
    names: Mapped[list[NameRow]] = relationship(
        cascade="all, delete-orphan", order_by="NameRow.position", passive_deletes=True
    )
    movements: Mapped[list[MovementRow]] = relationship(
        cascade="all, delete-orphan", order_by="MovementRow.position", passive_deletes=True
    )
    practices: Mapped[list[PracticeRow]] = relationship(
        cascade="all, delete-orphan", order_by="PracticeRow.position", passive_deletes=True
    )
    intakes: Mapped[list[IntakeRow]] = relationship(
        cascade="all, delete-orphan", order_by="IntakeRow.position", passive_deletes=True
    )


class _DayChild:
    """Columns every per-day list row shares."""

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("day_entry.id", ondelete="CASCADE"))
    position: Mapped[int]


class FoodRow(_DayChild, Base):
    __tablename__ = "food_item"
    __table_args__ = (Index("ix_food_item_day_id", "day_id"),)

    name: Mapped[str] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class NameRow(_DayChild, Base):
    """A plant eaten or a personal trigger food, told apart by ``kind``."""

    __tablename__ = "day_name"
    __table_args__ = (
        Index("ix_day_name_day_id", "day_id"),
        Index("ix_day_name_kind_name", "kind", "name"),
    )

    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))


class MovementRow(_DayChild, Base):
    __tablename__ = "bowel_movement"
    __table_args__ = (Index("ix_bowel_movement_day_id", "day_id"),)

    bristol: Mapped[int]
    at: Mapped[time | None] = mapped_column(Time)


class PracticeRow(_DayChild, Base):
    __tablename__ = "practice"
    __table_args__ = (Index("ix_practice_day_id", "day_id"),)

    name: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int | None]


class IntakeRow(_DayChild, Base):
    __tablename__ = "intake"
    __table_args__ = (Index("ix_intake_day_id", "day_id"),)

    name: Mapped[str] = mapped_column(String(200))
    dose: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16))
    strain: Mapped[str] = mapped_column(String(200), default="")
    cfu: Mapped[str] = mapped_column(String(200), default="")
