"""A file read for import: its days, its sections, and its problems; building days."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from gutsleep.domain.fields import SECTIONS
from gutsleep.domain.fields import build_entry as fields_build_entry
from gutsleep.domain.journal import (
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    Intake,
    Practice,
    StressMood,
)
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import validate_day
from gutsleep.storage.transfer.fields import DAY_COLUMNS, Kind
from gutsleep.storage.transfer.problems import MAX_PROBLEMS, ImportProblem

FORMAT_NAME = "gutsleep-journal"
CSV_FORMAT_NAME = "gutsleep-journal-csv"
#: The export format version this gutsleep writes; it reads every version up to this.
#: Version 2 added the features' sections and, in the CSV zip, their tables and the
#: ``'`` before text cells a spreadsheet would run as a formula (see csv_format).
FORMAT_VERSION = 2


class FileKind(enum.Enum):
    JSON = "json"
    CSV = "csv"  # our own zip (or folder) of CSV tables
    DAILY_CSV = "daily-csv"  # one CSV: a date column plus any known columns


@dataclass(frozen=True)
class Located:
    """A day read from a file, and where it was."""

    entry: DayEntry
    line: int | None = None
    file: str | None = None


@dataclass
class ParsedFile:
    """Everything read from an import file; nothing is written until it has no problems."""

    path: Path
    kind: FileKind
    days: list[Located] = field(default_factory=list)
    sections: dict[str, Any] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    version: int | None = None
    #: CSV rows read so far, over all tables (bounded: see csv_format.MAX_ROWS).
    rows_read: int = 0

    @property
    def entries(self) -> list[DayEntry]:
        return [d.entry for d in self.days]

    def add(self, problem: ImportProblem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    @property
    def full(self) -> bool:
        """Whether as many problems are kept as are ever shown: reading on only costs memory."""
        return len(self.problems) >= MAX_PROBLEMS

    def check_duplicates(self) -> None:
        seen: dict[date, Located] = {}
        for located in self.days:
            first = seen.setdefault(located.entry.day, located)
            if first is not located:
                self.add(
                    ImportProblem(
                        Message(
                            N_("The day {day} appears twice (first at line {first})."),
                            {"day": located.entry.day.isoformat(), "first": first.line or "?"},
                        ),
                        line=located.line,
                        file=located.file,
                    )
                )


def build_entry(
    day: date,
    values: Mapping[str, Any],
    *,
    default_zone: str,
    foods: Sequence[FoodItem] = (),
    plants: Sequence[str] = (),
    trigger_foods: Sequence[str] = (),
    movements: Sequence[BowelMovement] = (),
    practices: Sequence[Practice] = (),
    intakes: Sequence[Intake] = (),
) -> DayEntry:
    """A DayEntry from column values (missing columns stay missing)."""
    parts: dict[str, dict[str, Any]] = {section.name: {} for section in SECTIONS}
    for column in DAY_COLUMNS:
        if column.name in values:
            value = values[column.name]
            if value is None and column.kind is Kind.TEXT:
                value = ""
            parts[column.section][column.attr] = value
    sleep = parts["sleep"]
    if sleep.get("zone") is None:
        sleep["zone"] = default_zone
    parts["food"].update(
        foods=tuple(foods), plants=tuple(plants), trigger_foods=tuple(trigger_foods)
    )
    parts["gut"]["bowel_movements"] = tuple(movements)
    parts["stress"]["practices"] = tuple(practices)
    parts[""]["intakes"] = tuple(intakes)
    return fields_build_entry(day, parts)


def item_problems(day: date, **lists: Any) -> list[Message]:
    """Problems of one list item, checked alone (``item_problems(d, intakes=(x,))``).

    Checking a child row in a day of its own ties its problem to its own line.
    """
    food = Food(
        foods=tuple(lists.get("foods", ())),
        plants=tuple(lists.get("plants", ())),
        trigger_foods=tuple(lists.get("trigger_foods", ())),
    )
    entry = DayEntry(
        day=day,
        food=food,
        gut=Gut(bowel_movements=tuple(lists.get("movements", ()))),
        stress=StressMood(practices=tuple(lists.get("practices", ()))),
        intakes=tuple(lists.get("intakes", ())),
    )
    return [p.message for p in validate_day(entry)]
