"""Nights from other apps: what an import would add, adding it, and reading them back.

Importing is planned first (:func:`plan`: nothing written) and then applied in one
transaction (:meth:`DeviceNightRepository.apply`): the nights not yet stored and,
if the person chose it, diary nights filled from them where the diary has none.
A night is known by its source and the source's record id, so importing the same
file twice, or a newer export of the same app, adds only what is new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, tuple_
from sqlalchemy.orm import Session

from gutsleep.domain.device_nights import DeviceNight, diary_from_device, fill_empty, main_nights
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.writes import load_entries, save_days
from gutsleep.storage.models import DeviceNightRow

_FIELDS = (
    "source",
    "record_id",
    "start_utc",
    "end_utc",
    "zone",
    "asleep_min",
    "awake_min",
    "sol_min",
    "awakenings",
    "deep_min",
    "light_min",
    "rem_min",
    "rating",
    "main_sleep",
    "device",
)
_CHUNK = 400


@dataclass(frozen=True)
class ImportPlan:
    """What applying a foreign file would change; nothing is written to make it."""

    new: tuple[DeviceNight, ...]
    known: int
    """Records already in the journal (the same file or an older export of it)."""
    fillable: tuple[date, ...]
    """Wake days among the new nights whose diary has no night: the diary can be filled there."""
    day_values: tuple[tuple[date, Mapping[str, object]], ...] = ()
    """The file's values for diary days (symptoms, bleeding) that would fill an empty field."""
    day_fields: Mapping[str, int] = field(default_factory=dict)
    """How many days each column would be filled on (for the preview)."""
    kept_days: int = 0
    """Days where the file has a value the diary already holds one of its own for: the
    person's is kept and the file's is not imported (the preview says so)."""

    @property
    def first(self) -> date | None:
        return min((n.night for n in self.new), default=None)

    @property
    def last(self) -> date | None:
        return max((n.night for n in self.new), default=None)

    @property
    def naps(self) -> int:
        return sum(1 for n in self.new if not n.main_sleep)


@dataclass(frozen=True)
class Applied:
    """What an import wrote."""

    nights: int
    diary_nights: int
    """Empty diary nights filled from the device's estimate."""
    days: int
    """Diary days given values (symptoms, bleeding) in fields that were empty."""


def _night(row: DeviceNightRow) -> DeviceNight:
    return DeviceNight(**{name: getattr(row, name) for name in _FIELDS})


def _stored_keys(session: Session, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        rows = session.execute(
            select(DeviceNightRow.source, DeviceNightRow.record_id).where(
                tuple_(DeviceNightRow.source, DeviceNightRow.record_id).in_(chunk)
            )
        )
        found.update((source, record) for source, record in rows)
    return found


def _entries(session: Session, days: Sequence[date]) -> dict[date, DayEntry]:
    if not days:
        return {}
    wanted = set(days)
    return {e.day: e for e in load_entries(session, min(days), max(days)) if e.day in wanted}


def _empty_diary_days(session: Session, days: Sequence[date]) -> list[date]:
    entries = _entries(session, days)
    return [d for d in days if d not in entries or entries[d].sleep.is_empty()]


def plan(
    database: Database,
    nights: Iterable[DeviceNight],
    days: Mapping[date, Mapping[str, object]] | None = None,
) -> ImportPlan:
    """Which of ``nights`` are new, on which of their days the diary is empty, and which
    of the file's ``days`` values (by column) would fill an empty diary field."""
    unique = {n.key: n for n in nights}
    with database.session() as session:
        stored = _stored_keys(session, list(unique))
        new = tuple(
            sorted((n for k, n in unique.items() if k not in stored), key=lambda n: n.start_utc)
        )
        mains = sorted(main_nights(new))
        fillable = tuple(_empty_diary_days(session, mains))
        wanted = sorted(days or {})
        held = _entries(session, wanted)
    values: list[tuple[date, Mapping[str, object]]] = []
    counts: Counter[str] = Counter()
    kept = 0
    for day in wanted:
        assert days is not None
        _entry, filled = fill_empty(held.get(day, DayEntry(day)), days[day])
        if len(filled) < len(days[day]):
            kept += 1
        if filled:
            values.append((day, {c: days[day][c] for c in filled}))
            counts.update(filled)
    return ImportPlan(
        new=new,
        known=len(unique) - len(new),
        fillable=fillable,
        day_values=tuple(values),
        day_fields=dict(counts),
        kept_days=kept,
    )


class DeviceNightRepository:
    """Stores and reads device nights; one transaction per call."""

    def __init__(self, database: Database):
        self._db = database

    def apply(
        self,
        import_plan: ImportPlan,
        *,
        fill_diary_with: str | None = None,
        check: Callable[[], None] | None = None,
    ) -> Applied:
        """Write the plan's new nights and day values, and fill empty diary nights when asked.

        ``fill_diary_with`` is the comment a filled diary night carries (naming the
        source). Day values fill only fields still empty now. Records someone else
        added between plan and apply are skipped, not doubled. ``check`` is called
        before committing and may raise to cancel: then nothing is written.
        """
        now = datetime.now().replace(microsecond=0)
        with self._db.session() as session:
            stored = _stored_keys(session, [n.key for n in import_plan.new])
            fresh = [n for n in import_plan.new if n.key not in stored]
            session.add_all(_row(n, now) for n in fresh)
            mains = main_nights(fresh) if fill_diary_with is not None else {}
            night_days = sorted(set(import_plan.fillable) & set(mains))
            value_days = {day: values for day, values in import_plan.day_values}
            held = _entries(session, sorted(set(night_days) | set(value_days)))
            changed: dict[date, DayEntry] = {}
            filled_nights = 0
            for day in night_days:
                entry = held.get(day, DayEntry(day))
                if entry.sleep.is_empty() and fill_diary_with is not None:
                    sleep = diary_from_device(mains[day], fill_diary_with)
                    changed[day] = replace(entry, sleep=sleep)
                    filled_nights += 1
            filled_days = 0
            for day, values in sorted(value_days.items()):
                entry = changed.get(day) or held.get(day, DayEntry(day))
                entry, filled = fill_empty(entry, values)
                if filled:
                    changed[day] = entry
                    filled_days += 1
            if changed:
                save_days(session, [changed[day] for day in sorted(changed)])
            if check is not None:
                check()
        return Applied(len(fresh), filled_nights, filled_days)

    def between(self, first: date | None = None, last: date | None = None) -> list[DeviceNight]:
        """Stored nights whose wake day is in [first, last], oldest first."""
        query = select(DeviceNightRow).order_by(DeviceNightRow.night, DeviceNightRow.start_utc)
        if first is not None:
            query = query.where(DeviceNightRow.night >= first)
        if last is not None:
            query = query.where(DeviceNightRow.night <= last)
        with self._db.session() as session:
            return [_night(r) for r in session.scalars(query)]

    def count(self) -> int:
        with self._db.session() as session:
            return len(session.scalars(select(DeviceNightRow.id)).all())

    def delete_source(self, source: str) -> int:
        """Forget every night of one source; the diary is not touched."""
        with self._db.session() as session:
            result = session.execute(delete(DeviceNightRow).where(DeviceNightRow.source == source))
            return int(getattr(result, "rowcount", 0) or 0)


def _row(night: DeviceNight, imported_at: datetime) -> DeviceNightRow:
    return DeviceNightRow(
        **{name: getattr(night, name) for name in _FIELDS},
        night=night.night,
        imported_at=imported_at,
    )


def records(session: Session) -> list[dict[str, Any]]:
    """Every stored night as an export record."""
    rows = session.scalars(
        select(DeviceNightRow).order_by(DeviceNightRow.source, DeviceNightRow.record_id)
    )
    return [
        {
            **{name: getattr(r, name) for name in _FIELDS},
            "rating": None if r.rating is None else float(r.rating),
            "main_sleep": bool(r.main_sleep),
            "imported_at": r.imported_at,
        }
        for r in rows
    ]


def insert_record(session: Session, record: dict[str, Any]) -> None:
    night = DeviceNight(**{name: record[name] for name in _FIELDS})
    session.add(_row(night, record["imported_at"]))


def delete_record(session: Session, source: str, record_id: str) -> None:
    session.execute(
        delete(DeviceNightRow).where(
            DeviceNightRow.source == source, DeviceNightRow.record_id == record_id
        )
    )
