"""Trackers of your own: adding, renaming, deleting (after a backup) and their values.

The rules are the domain's (domain.trackers); a refusal is a :class:`TrackerRefused`
whose message is for the person. Deleting takes a backup first, so a tracker
deleted by mistake can be brought back with its whole history.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, time
from pathlib import Path

from gutsleep.domain.text import N_, Message
from gutsleep.domain.trackers import (
    Template,
    Tracker,
    TrackerKind,
    check_name,
    check_value,
    new_uid,
)
from gutsleep.storage.backups import copies
from gutsleep.storage.features.trackers_repo import TrackersRepository
from gutsleep.storage.file.database import Database

log = logging.getLogger(__name__)

__all__ = ["TrackerRefused", "TrackersService"]


class TrackerRefused(ValueError):
    """A tracker or value the journal can't take; ``message`` says why, in words."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


class TrackersService:
    def __init__(self, repository: TrackersRepository, database: Database, data_dir: Path):
        self.repository = repository
        self._database = database
        self._data_dir = data_dir

    def trackers(self) -> list[Tracker]:
        """The trackers in the order they were added."""
        return self.repository.trackers()

    def tracker(self, uid: str) -> Tracker | None:
        return next((t for t in self.trackers() if t.uid == uid), None)

    def add(
        self, name: str, kind: TrackerKind, unit: str = "", reminder: time | None = None
    ) -> Tracker:
        """A new tracker after the others; refused when its name is empty, too long or taken."""
        name = self._checked_name(name)
        tracker = Tracker(new_uid(), name, kind, unit.strip() if kind is TrackerKind.AMOUNT else "")
        return self.repository.add(replace(tracker, reminder=reminder))

    def add_template(self, template: Template, name: str, unit: str) -> Tracker:
        """A template's tracker, under its (translated) name and unit."""
        return self.add(name, template.kind, unit)

    def update(self, uid: str, name: str, unit: str, reminder: time | None) -> None:
        """Rename a tracker or change its unit or reminder; its history stays."""
        current = self._existing(uid)
        name = self._checked_name(name, keep=uid)
        unit = unit.strip() if current.kind is TrackerKind.AMOUNT else ""
        self.repository.update(uid, name=name, unit=unit, reminder=reminder)

    def delete(self, uid: str) -> Path:
        """Delete a tracker and its values after a backup; returns the backup's path.

        Without a backup nothing is deleted (the backup's error reaches the caller).
        """
        self._existing(uid)
        backup = copies.back_up(
            self._database.path,
            self._data_dir,
            copies.BEFORE_DELETE,
            passphrase=self._database.passphrase,
        )
        removed = self.repository.delete(uid)
        log.info("deleted a tracker with %d values after a backup", removed)
        return backup

    def set_value(self, uid: str, day: date, value: float | None) -> None:
        """The day's value; None clears it. Refused outside what the kind accepts."""
        tracker = self._existing(uid)
        if value is not None:
            problem = check_value(tracker.kind, value)
            if problem is not None:
                raise TrackerRefused(problem)
        self.repository.set_value(uid, day, value)

    def set_day(self, day: date, values: dict[str, float | None]) -> None:
        """Several trackers' values of one day at once (all or none are written)."""
        kinds = {t.uid: t.kind for t in self.trackers()}
        for uid, value in values.items():
            if uid not in kinds:
                raise TrackerRefused(Message(N_("This tracker is no longer in the journal.")))
            if value is not None:
                problem = check_value(kinds[uid], value)
                if problem is not None:
                    raise TrackerRefused(problem)
        self.repository.set_day(day, values)

    def day_values(self, day: date) -> dict[str, float]:
        """Each tracker's value on ``day``, by uid; one without a value is absent."""
        return self.repository.day_values(day)

    def values(
        self, first: date | None = None, last: date | None = None
    ) -> dict[str, dict[date, float]]:
        """Each tracker's values in the range, by uid and day."""
        return self.repository.values(first, last)

    def _existing(self, uid: str) -> Tracker:
        tracker = next((t for t in self.repository.trackers(archived=True) if t.uid == uid), None)
        if tracker is None:
            raise TrackerRefused(Message(N_("This tracker is no longer in the journal.")))
        return tracker

    def _checked_name(self, name: str, keep: str | None = None) -> str:
        problem = check_name(name)
        if problem is not None:
            raise TrackerRefused(problem)
        name = " ".join(name.split())
        taken = {
            t.name.casefold() for t in self.repository.trackers(archived=True) if t.uid != keep
        }
        if name.casefold() in taken:
            raise TrackerRefused(
                Message(N_("A tracker called “{name}” is already there."), {"name": name})
            )
        return name
