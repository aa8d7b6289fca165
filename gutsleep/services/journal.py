"""Saving and loading days: the operation the Journal page and the CLI share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.text import N_
from gutsleep.domain.validation import Problem, keep_stored_where_invalid, validate_day
from gutsleep.storage.file import save_failures
from gutsleep.storage.journal.repository import SUGGESTION_KINDS, JournalRepository
from gutsleep.storage.journal.search import SearchHit

#: Why a save failed, in words (after "Not saved: "), by storage.file.save_failures' kinds.
_FAILURE_REASONS = {
    save_failures.DISK_FULL: N_("the disk is full"),
    save_failures.READ_ONLY: N_("the journal file is read-only"),
    save_failures.BUSY: N_("the journal is busy in another program"),
    save_failures.GONE: N_("the journal file was removed or replaced"),
    save_failures.OTHER: N_("something unexpected went wrong (the details are in the log)"),
}


@dataclass(frozen=True)
class SaveFailure:
    """Why a save raised: ``reason`` (translatable words) and whether the file is gone."""

    reason: str
    file_gone: bool


def save_failure(exc: BaseException) -> SaveFailure:
    """What to tell the person about ``exc``, raised by :meth:`JournalService.save`."""
    kind = save_failures.failure_kind(exc)
    return SaveFailure(_FAILURE_REASONS[kind], kind == save_failures.GONE)


@dataclass(frozen=True)
class SaveOutcome:
    """What a save did: the problems found and the entry now stored."""

    stored: DayEntry
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


#: Suggestion lists kept per day shown; past this many the record starts afresh.
_NAMES_KEPT = 1000


def _names(entry: DayEntry) -> dict[str, tuple[str, ...]]:
    """The names ``entry`` adds to each suggestion list (a multiset, as sorted tuples)."""
    food = entry.food
    return {
        "food": tuple(sorted(f.name for f in food.foods)),
        "food_tag": tuple(sorted(t for f in food.foods for t in f.tags)),
        "plant": tuple(sorted(food.plants)),
        "trigger": tuple(sorted(food.trigger_foods)),
        "practice": tuple(sorted(p.name for p in entry.stress.practices)),
        "intake": tuple(sorted(i.name for i in entry.intakes)),
    }


def export_unsaved(entries: Sequence[DayEntry], path: Path) -> None:
    """Write days that could not be saved to ``path`` (0600) in the journal's JSON export
    format, so File → Import brings them back once the journal can be written again."""
    from gutsleep.storage.transfer.json_format import dump_document
    from gutsleep.storage.transfer.operations import write_atomic

    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    write_atomic(path, dump_document(entries, {}, exported_at=stamp).encode("utf-8"))


class JournalService:
    """Days in and out of the journal, and the names used before (autocompletion).

    The suggestion lists count over every day ever logged, so they are kept
    here once counted. A save drops only the lists whose names on that day
    changed; :meth:`forget_suggestions` drops them all (after an import or a
    restore wrote days behind this service's back).
    """

    def __init__(self, repository: JournalRepository, zone: str):
        self.repository = repository
        self.zone = zone
        self._suggestions: dict[str, list[str]] = {}
        self._day_names: dict[date, dict[str, tuple[str, ...]]] = {}
        self._generation = 0  # counts changes to the lists, so a count made meanwhile is dropped

    def blank(self, day: date) -> DayEntry:
        return DayEntry(day=day, sleep=SleepDiary(zone=self.zone))

    def load(self, day: date) -> DayEntry:
        """The stored entry, or a blank one in this machine's zone."""
        entry = self.repository.get(day) or self.blank(day)
        self._remember_names(entry)
        return entry

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
        self._names_saved(entry)
        return SaveOutcome(entry, problems)

    def file_replaced(self) -> bool:
        """Whether the journal file was removed or replaced while open (saves would be lost)."""
        return self.repository.file_replaced()

    def search(self, typed: str, limit: int = 200) -> list[SearchHit]:
        """The days whose notes, comments or lists match ``typed``, newest first (any thread)."""
        return self.repository.search(typed, limit)

    def logged_days(self, first: date, last: date) -> set[date]:
        return self.repository.logged_days(first, last)

    def suggestions(self, kind: str) -> list[str]:
        """Names of ``kind`` used before, most used first (counted once, then kept).

        May be called from a worker thread (see :meth:`count_suggestions`): a list
        counted while a save changed it is returned but not kept.
        """
        cached = self._suggestions.get(kind)
        if cached is None:
            generation = self._generation
            cached = self.repository.suggestions(kind)
            if generation == self._generation:
                self._suggestions[kind] = cached
        return list(cached)

    def count_suggestions(self) -> None:
        """Count every suggestion list now (off the GUI thread at start-up)."""
        for kind in SUGGESTION_KINDS:
            self.suggestions(kind)

    def forget_suggestions(self) -> None:
        """Count the suggestion lists again on next use (days were written elsewhere)."""
        self._generation += 1
        self._suggestions.clear()
        self._day_names.clear()

    def _remember_names(self, entry: DayEntry) -> None:
        if len(self._day_names) >= _NAMES_KEPT:
            self._day_names.clear()
        self._day_names[entry.day] = _names(entry)

    def _names_saved(self, entry: DayEntry) -> None:
        """Drop the suggestion lists whose counts the save of ``entry`` changed."""
        before = self._day_names.get(entry.day)
        after = _names(entry)
        for kind, names in after.items():
            if before is None or before.get(kind) != names:
                self._generation += 1
                self._suggestions.pop(kind, None)
        self._remember_names(entry)

    def previous_intakes(self, day: date) -> DayEntry | None:
        """The latest earlier day that lists supplements or medicines."""
        return self.repository.latest_before(day, with_intakes=True)

    def plants_this_week(self, day: date) -> int:
        """Distinct plants logged in the ISO week (Monday to Sunday) of ``day``."""
        monday = day - timedelta(days=day.weekday())
        return self.repository.distinct_plants(monday, monday + timedelta(days=6))
