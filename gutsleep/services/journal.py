"""Saving and loading days: the operation the Journal page and the CLI share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.validation import Problem, keep_stored_where_invalid, validate_day
from gutsleep.storage.journal_repo import JournalRepository


@dataclass(frozen=True)
class SaveOutcome:
    """What a save did: the problems found and the entry now stored."""

    stored: DayEntry
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class JournalService:
    def __init__(self, repository: JournalRepository, zone: str):
        self.repository = repository
        self.zone = zone

    def blank(self, day: date) -> DayEntry:
        return DayEntry(day=day, sleep=SleepDiary(zone=self.zone))

    def load(self, day: date) -> DayEntry:
        """The stored entry, or a blank one in this machine's zone."""
        return self.repository.get(day) or self.blank(day)

    def save(self, entry: DayEntry, refused: Sequence[Problem] = ()) -> SaveOutcome:
        """Store the valid part of ``entry``; refused values keep their stored value.

        ``refused`` names fields the front end could not even read (a time that
        does not parse): they are treated like invalid values.
        """
        if entry.sleep.is_empty() and entry.sleep.zone != self.zone:
            entry = replace(entry, sleep=SleepDiary(zone=self.zone))
        problems = [*refused, *validate_day(entry)]
        if problems:
            stored = self.load(entry.day)
            entry = keep_stored_where_invalid(entry, stored, problems)
            if validate_day(entry):
                return SaveOutcome(stored, problems)
        self.repository.save(entry)
        return SaveOutcome(entry, problems)

    def logged_days(self, first: date, last: date) -> set[date]:
        return self.repository.logged_days(first, last)

    def suggestions(self, kind: str) -> list[str]:
        return self.repository.suggestions(kind)

    def previous_intakes(self, day: date) -> DayEntry | None:
        """The latest earlier day that lists supplements or medicines."""
        return self.repository.latest_before(day, with_intakes=True)

    def plants_this_week(self, day: date) -> int:
        """Distinct plants logged in the ISO week (Monday to Sunday) of ``day``."""
        monday = day - timedelta(days=day.weekday())
        return self.repository.distinct_plants(monday, monday + timedelta(days=6))
