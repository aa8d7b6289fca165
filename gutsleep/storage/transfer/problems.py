"""What goes wrong in an import, said so a person can find and fix it; progress and cancel."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from gutsleep.domain.text import N_, Message


class ConflictPolicy(enum.Enum):
    """What an import does with days (or items) already in the journal.

    Here, beside the conflicts it settles, so that sections and items both use it
    without importing each other."""

    SKIP = "skip"
    OVERWRITE = "overwrite"
    FAIL = "fail"


Translate = Callable[[str], str]
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportProblem:
    """One reason a file can't be imported, with where it is.

    ``line`` is the 1-based line of the file (for a CSV record spanning
    several lines, its first line); ``column`` the CSV column or, for JSON,
    the field (``sleep.quality``); ``file`` the member of a zip or folder.
    """

    message: Message
    line: int | None = None
    column: str | None = None
    file: str | None = None
    day: date | None = None
    is_field: bool = False

    def render(self, translate: Translate | None = None) -> str:
        """One sentence: ``days.csv, line 5, column “stress”: Use a number from 0 to 10.``"""

        def t(source: str) -> str:
            return translate(source) if translate else source

        where: list[str] = []
        if self.file:
            where.append(self.file)
        if self.line is not None:
            where.append(t(N_("line {line}")).format(line=self.line))
        if self.day is not None and (self.line is None or self.is_field):
            where.append(t(N_("day {day}")).format(day=self.day.isoformat()))
        if self.column:
            label = N_("field “{name}”") if self.is_field else N_("column “{name}”")
            where.append(t(label).format(name=self.column))
        text = self.message.render(translate)
        if not where:
            return text
        prefix = ", ".join(where)
        return f"{prefix[0].upper()}{prefix[1:]}: {text}"

    def __str__(self) -> str:
        return self.render()


MAX_PROBLEMS = 200


class ImportRefused(Exception):
    """The file was not imported; nothing was written. ``problems`` says why."""

    def __init__(self, problems: Sequence[ImportProblem]):
        self.problems = tuple(problems)
        super().__init__(self.summary())

    def summary(self, translate: Translate | None = None) -> str:
        """The first problem, and how many more there are, in one line."""
        if not self.problems:
            return Message(N_("The file was refused.")).render(translate)
        first = self.problems[0].render(translate).replace("\n", " ")
        more = len(self.problems) - 1
        if more:
            tail = Message(N_("(and {count} more)"), {"count": more}).render(translate)
            return f"{first} {tail}"
        return first


class ImportConflict(ImportRefused):
    """The policy was "fail" and some of the file's days are already in the journal."""

    def __init__(self, days: Sequence[date]):
        self.days = tuple(sorted(days))
        shown = ", ".join(d.isoformat() for d in self.days[:5])
        if len(self.days) > 5:
            shown += ", …"
        super().__init__(
            [
                ImportProblem(
                    Message(
                        N_(
                            "{count} of the file's days are already in the journal ({days}); "
                            "nothing was imported."
                        ),
                        {"count": len(self.days), "days": shown},
                    )
                )
            ]
        )


class ImportDiffers(ImportRefused):
    """The policy was "fail" and items of the file's sections (experiments, bookmarks,
    settings...) are in the journal with other content; ``items`` says which."""

    def __init__(self, items: Sequence[str]):
        self.items = tuple(items)
        shown = "; ".join(self.items[:3])
        if len(self.items) > 3:
            shown += "; …"
        super().__init__(
            [
                ImportProblem(
                    Message(
                        N_(
                            "{count} of the file's items are in the journal with other "
                            "content ({items}); nothing was imported."
                        ),
                        {"count": len(self.items), "items": shown},
                    )
                )
            ]
        )


class Cancelled(Exception):
    """The person cancelled the work; nothing was written."""


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass
class Work:
    """Progress reporting and cancellation for long operations (threading.Event works)."""

    progress: ProgressFn | None = None
    cancel: CancelFlag | None = None

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            self.progress(done, total)

    def finish(self, total: int) -> None:
        """The last report, once the work is written: too late to cancel, so no check."""
        if self.progress is not None:
            self.progress(total, total)


def as_work(progress: ProgressFn | None = None, cancel: Any = None) -> Work:
    return Work(progress, cancel)
