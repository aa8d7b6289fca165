"""Trackers of your own and their daily values; the feature's only SQL.

A day without a value has no row: clearing a value deletes it, it never stores 0.
The export section (storage.transfer.features) reads and writes through the
record functions at the end, keyed by the tracker's ``uid``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from gutsleep.domain.trackers import Tracker, TrackerKind
from gutsleep.storage.file.database import Database
from gutsleep.storage.models import TrackerRow, TrackerValue


class UnknownTracker(LookupError):
    """The tracker is no longer in the journal (deleted elsewhere, or by an import)."""


def _tracker(row: TrackerRow) -> Tracker:
    return Tracker(
        uid=row.uid,
        name=row.name,
        kind=TrackerKind(row.kind),
        unit=row.unit,
        reminder=row.reminder,
        position=row.position,
        archived=bool(row.archived),
        created_at=row.created_at,
    )


def _row(session: Session, uid: str) -> TrackerRow:
    row = session.scalars(select(TrackerRow).where(TrackerRow.uid == uid)).first()
    if row is None:
        raise UnknownTracker(uid)
    return row


class TrackersRepository:
    """Saves and reads trackers and their values; one transaction per call."""

    def __init__(self, database: Database):
        self._db = database

    def trackers(self, *, archived: bool = False) -> list[Tracker]:
        """The trackers in their order (the archived ones too only when asked)."""
        query = select(TrackerRow).order_by(TrackerRow.position, TrackerRow.id)
        if not archived:
            query = query.where(TrackerRow.archived.is_(False))
        with self._db.session() as session:
            return [_tracker(r) for r in session.scalars(query)]

    def add(self, tracker: Tracker) -> Tracker:
        """Store a new tracker after the others; returns it with its position."""
        with self._db.session() as session:
            last = session.scalar(select(func.max(TrackerRow.position)))
            position = 0 if last is None else last + 1
            session.add(
                TrackerRow(
                    uid=tracker.uid,
                    name=tracker.name,
                    kind=tracker.kind.value,
                    unit=tracker.unit,
                    reminder=tracker.reminder,
                    created_at=tracker.created_at,
                    position=position,
                    archived=tracker.archived,
                )
            )
        return replace(tracker, position=position)

    def update(self, uid: str, *, name: str, unit: str, reminder: time | None) -> None:
        """Rename a tracker, change its unit or reminder; its values stay as they are."""
        with self._db.session() as session:
            row = _row(session, uid)
            row.name = name
            row.unit = unit
            row.reminder = reminder

    def delete(self, uid: str) -> int:
        """Remove a tracker and every value of it; returns how many values went."""
        with self._db.session() as session:
            row = _row(session, uid)
            count = session.scalar(
                select(func.count())
                .select_from(TrackerValue)
                .where(TrackerValue.tracker_id == row.id)
            )
            session.execute(delete(TrackerValue).where(TrackerValue.tracker_id == row.id))
            session.execute(delete(TrackerRow).where(TrackerRow.id == row.id))
            return int(count or 0)

    def set_value(self, uid: str, day: date, value: float | None) -> None:
        """The day's value of a tracker; None clears it (no row, never 0)."""
        with self._db.session() as session:
            row = _row(session, uid)
            session.execute(
                delete(TrackerValue).where(
                    TrackerValue.tracker_id == row.id, TrackerValue.day == day
                )
            )
            if value is not None:
                session.add(TrackerValue(tracker_id=row.id, day=day, value=float(value)))

    def set_day(self, day: date, values: Mapping[str, float | None]) -> None:
        """Several trackers' values of one day in one transaction (None clears)."""
        with self._db.session() as session:
            for uid, value in values.items():
                row = _row(session, uid)
                session.execute(
                    delete(TrackerValue).where(
                        TrackerValue.tracker_id == row.id, TrackerValue.day == day
                    )
                )
                if value is not None:
                    session.add(TrackerValue(tracker_id=row.id, day=day, value=float(value)))

    def day_values(self, day: date) -> dict[str, float]:
        """Every tracker's value on ``day``, by uid; a tracker without one is absent."""
        return {uid: values[day] for uid, values in self.values(day, day).items() if values}

    def values(
        self, first: date | None = None, last: date | None = None
    ) -> dict[str, dict[date, float]]:
        """Each tracker's values from ``first`` to ``last`` (both included), by uid and day."""
        query = select(TrackerRow.uid, TrackerValue.day, TrackerValue.value).join(
            TrackerValue, TrackerValue.tracker_id == TrackerRow.id
        )
        if first is not None:
            query = query.where(TrackerValue.day >= first)
        if last is not None:
            query = query.where(TrackerValue.day <= last)
        out: dict[str, dict[date, float]] = {}
        with self._db.session() as session:
            for uid, day, value in session.execute(query.order_by(TrackerValue.day)):
                out.setdefault(uid, {})[day] = float(value)
        return out


# export records --------------------------------------------------------------------

_RECORD_FIELDS = ("uid", "name", "kind", "unit", "reminder", "created_at", "position", "archived")


def tracker_records(session: Session) -> list[dict[str, Any]]:
    """Every tracker with its values, in their order."""
    query = (
        select(TrackerRow)
        .options(selectinload(TrackerRow.values))
        .order_by(TrackerRow.position, TrackerRow.id)
    )
    return [
        {
            **{name: getattr(row, name) for name in _RECORD_FIELDS},
            "archived": bool(row.archived),
            "values": [{"day": v.day, "value": float(v.value)} for v in row.values],
        }
        for row in session.scalars(query)
    ]


def insert_tracker_record(session: Session, record: dict[str, Any]) -> None:
    row = TrackerRow(**{name: record[name] for name in _RECORD_FIELDS})
    row.values = [TrackerValue(day=v["day"], value=v["value"]) for v in record["values"]]
    session.add(row)


def delete_tracker_record(session: Session, uid: str) -> None:
    """Remove the tracker with this uid and its values."""
    ids = select(TrackerRow.id).where(TrackerRow.uid == uid).scalar_subquery()
    session.execute(
        delete(TrackerValue).where(TrackerValue.tracker_id == ids),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        delete(TrackerRow).where(TrackerRow.uid == uid),
        execution_options={"synchronize_session": False},
    )
