"""The features' tables as typed SQLAlchemy 2 ORM classes, and the schema's metadata.

The journal's days are not here: their tables are built from the field
declaration in storage.journal.tables, on the same ``Base.metadata``. Every
change to these classes needs a migration in ``storage/migrations/versions``
(a test compares the two).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ChecklistRun(Base):
    """One completed screening checklist (signs and the testing decision aid)."""

    __tablename__ = "checklist_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    answers: Mapped[list[ChecklistAnswer]] = relationship(
        cascade="all, delete-orphan", order_by="ChecklistAnswer.question", passive_deletes=True
    )


class ChecklistAnswer(Base):
    __tablename__ = "checklist_answer"
    __table_args__ = (UniqueConstraint("run_id", "question", name="uq_checklist_answer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("checklist_run.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(String(16))


class ChecklistDraft(Base):
    """The checklist form's answers not saved yet (one row at most).

    Kept in the journal, not in settings.json, because the answers are health
    data: they are encrypted with the journal when it is protected.
    """

    __tablename__ = "checklist_draft"
    __table_args__ = (CheckConstraint("id = 1", name="ck_checklist_draft_single"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answers: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ArticleState(Base):
    """Per-article reading state: read or not, and where the reader left off."""

    __tablename__ = "article_state"

    article_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    read: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    last_opened: Mapped[datetime | None] = mapped_column(DateTime)


class Bookmark(Base):
    """A bookmarked article section with the user's own note."""

    __tablename__ = "bookmark"
    __table_args__ = (Index("ix_bookmark_article_id", "article_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(String(120))
    anchor: Mapped[str] = mapped_column(String(200), default="")
    section_title: Mapped[str] = mapped_column(String(300), default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class UserArticle(Base):
    """An article the user imported (Markdown, text, or sanitised HTML)."""

    __tablename__ = "user_article"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_format: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class ExperimentRow(Base):
    """A self-experiment; its calendar is computed by the domain from these fields."""

    __tablename__ = "experiment"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    template: Mapped[str] = mapped_column(String(32))
    change: Mapped[str] = mapped_column(Text, default="")
    strain: Mapped[str] = mapped_column(String(200), default="")
    cfu: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(String(32))
    design: Mapped[str] = mapped_column(String(8))
    phase_days: Mapped[int]
    start: Mapped[date] = mapped_column(Date)
    blocks: Mapped[int] = mapped_column(default=1)
    ended_on: Mapped[date | None] = mapped_column(Date)
    ended_early: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # 0005: the design as planned before the start (CENT 2015).
    washout_days: Mapped[int] = mapped_column(default=0, server_default="0")
    phase_order: Mapped[str] = mapped_column(String(32), default="", server_default="")
    randomised: Mapped[bool] = mapped_column(default=False, server_default=false())
    seed: Mapped[int | None]
    smallest_change: Mapped[float | None] = mapped_column(Float)
    plan_changes: Mapped[str] = mapped_column(Text, default="", server_default="")
    pauses: Mapped[list[ExperimentPause]] = relationship(
        cascade="all, delete-orphan", order_by="ExperimentPause.start", passive_deletes=True
    )
    checkins: Mapped[list[ExperimentCheckin]] = relationship(
        cascade="all, delete-orphan", order_by="ExperimentCheckin.day", passive_deletes=True
    )


class ExperimentPause(Base):
    __tablename__ = "experiment_pause"
    __table_args__ = (Index("ix_experiment_pause_experiment_id", "experiment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class ExperimentCheckin(Base):
    """Did the user do the change on that day? One answer per experiment and day."""

    __tablename__ = "experiment_checkin"
    __table_args__ = (UniqueConstraint("experiment_id", "day", name="uq_experiment_checkin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    done: Mapped[bool]


class SleepWindowAnswer(Base):
    """The planner's current safety screen: one row per answered question."""

    __tablename__ = "sleep_window_answer"

    question: Mapped[str] = mapped_column(String(32), primary_key=True)
    answer: Mapped[bool]
    answered_on: Mapped[date] = mapped_column(Date)


class SleepWindowRow(Base):
    """One accepted week of the sleep-window planner, with the numbers it came from."""

    __tablename__ = "sleep_window"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[date] = mapped_column(Date, unique=True)
    bedtime: Mapped[time] = mapped_column(Time)
    rising: Mapped[time] = mapped_column(Time)
    time_in_bed_min: Mapped[int]
    proposed_min: Mapped[int | None]
    nights: Mapped[int]
    mean_tst_min: Mapped[float | None] = mapped_column(Float)
    mean_se_pct: Mapped[float | None] = mapped_column(Float)
    adjusted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class DeviceNightRow(Base):
    """A night recorded by another app or a device, kept apart from the diary."""

    __tablename__ = "device_night"
    __table_args__ = (UniqueConstraint("source", "record_id", name="uq_device_night_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(80))
    night: Mapped[date] = mapped_column(Date, index=True)
    start_utc: Mapped[datetime] = mapped_column(DateTime)
    end_utc: Mapped[datetime] = mapped_column(DateTime)
    zone: Mapped[str] = mapped_column(String(64))
    asleep_min: Mapped[int | None]
    awake_min: Mapped[int | None]
    sol_min: Mapped[int | None]
    awakenings: Mapped[int | None]
    deep_min: Mapped[int | None]
    light_min: Mapped[int | None]
    rem_min: Mapped[int | None]
    rating: Mapped[float | None] = mapped_column(Float)
    main_sleep: Mapped[bool]
    device: Mapped[str] = mapped_column(String(120), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class TrackerRow(Base):
    """A tracker of the person's own (domain.trackers); its values are in ``tracker_value``.

    ``uid`` is its lasting identity (measure keys, exports); ``id`` only ties the
    values to it inside this file.
    """

    __tablename__ = "tracker"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(20), default="")
    reminder: Mapped[time | None] = mapped_column(Time)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    position: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)
    values: Mapped[list[TrackerValue]] = relationship(
        cascade="all, delete-orphan", order_by="TrackerValue.day", passive_deletes=True
    )


class TrackerValue(Base):
    """One day's value of a tracker; a day without a value has no row (never 0)."""

    __tablename__ = "tracker_value"
    __table_args__ = (UniqueConstraint("tracker_id", "day", name="uq_tracker_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tracker_id: Mapped[int] = mapped_column(ForeignKey("tracker.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class RegimenRow(Base):
    """A medicine, supplement or hormone therapy taken over time; its changes say when."""

    __tablename__ = "regimen"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    route: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    changes: Mapped[list[RegimenChangeRow]] = relationship(
        cascade="all, delete-orphan", order_by="RegimenChangeRow.day", passive_deletes=True
    )


class RegimenChangeRow(Base):
    """A regimen's start, dose change or stop: one per regimen and day."""

    __tablename__ = "regimen_change"
    __table_args__ = (UniqueConstraint("regimen_id", "day", name="uq_regimen_change"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    regimen_id: Mapped[int] = mapped_column(ForeignKey("regimen.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    change: Mapped[str] = mapped_column(String(8))
    dose: Mapped[str] = mapped_column(String(200), default="")
