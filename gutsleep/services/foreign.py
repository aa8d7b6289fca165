"""Bringing history in from other apps: read, preview, then apply all or nothing.

``preview`` reads a file another app made and says what importing it would do
(nights new and already known, the date range, naps, what is skipped and why, the
diary nights that could be filled) without writing anything. ``apply`` writes it
in one transaction after a safety copy of the journal. The same file twice adds
nothing. Used by File → Import from another app… and ``gutsleep import``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep.domain.device_nights import SOURCE_LABELS, main_nights
from gutsleep.domain.text import N_, Message
from gutsleep.services.context import Services
from gutsleep.storage.backups import copies
from gutsleep.storage.features import device_nights_repo
from gutsleep.storage.features.device_nights_repo import (
    Applied,
    DeviceNightRepository,
    ImportPlan,
)
from gutsleep.storage.foreign import ForeignFile, ForeignRefused, detect, read_foreign

if TYPE_CHECKING:
    from gutsleep.analysis.series import DailyFrame

__all__ = [
    "Applied",
    "ForeignRefused",
    "Preview",
    "apply",
    "detect",
    "night_pairs",
    "preview",
    "remap",
    "source_names",
]

FILLED_COMMENT = N_("Filled from {app} (the device's estimate, not your diary)")


@dataclass(frozen=True)
class Preview:
    """What importing a foreign file would do; nothing is written to make it."""

    path: Path
    source: str
    plan: ImportPlan
    skipped: tuple[tuple[str, int], ...]
    """(reason, how many records), the reason an untranslated sentence (N_)."""
    read: ForeignFile | None = None
    """What was read, kept so a mood diary's words can be mapped again (:func:`remap`)."""

    @property
    def mood_values(self) -> dict[str, int | None]:
        """A mood diary's words and their values on the 0-10 scale (None: not imported)."""
        return dict(self.read.mood_values) if self.read is not None else {}

    @property
    def unmapped_moods(self) -> list[str]:
        return [word for word, value in self.mood_values.items() if value is None]

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self.source]

    @property
    def new_nights(self) -> int:
        return len(self.plan.new)

    @property
    def adds_anything(self) -> bool:
        return bool(self.plan.new or self.plan.day_values)

    @property
    def first(self) -> date | None:
        return self.plan.first

    @property
    def last(self) -> date | None:
        return self.plan.last


#: What each diary column a file can fill is called in the preview.
DAY_FIELD_NAMES: dict[str, str] = {
    "night_sweats": N_("night sweats"),
    "mood": N_("mood"),
    "symptoms": N_("symptoms"),
    "notes": N_("notes"),
    "bloating": N_("bloating"),
    "bleeding": N_("bleeding"),
    "flushes": N_("hot flushes"),
}


def day_field_counts(shown: Preview) -> list[tuple[str, int]]:
    """(what, on how many days) the file fills in the diary; hot-flush counts as one."""
    counts: dict[str, int] = {}
    flush_days = sum(
        1
        for _day, values in shown.plan.day_values
        if any(column.startswith("flushes_") for column in values)
    )
    symptom_days = sum(
        1
        for _day, values in shown.plan.day_values
        if any(column.startswith("symptom_") for column in values)
    )
    for column, count in shown.plan.day_fields.items():
        if not column.startswith(("flushes_", "symptom_")):
            counts[DAY_FIELD_NAMES.get(column, column)] = count
    if symptom_days:
        counts[DAY_FIELD_NAMES["symptoms"]] = symptom_days
    if flush_days:
        counts[DAY_FIELD_NAMES["flushes"]] = flush_days
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def night_pairs(
    services: Services, frame: DailyFrame
) -> list[tuple[date, float | None, float | None]]:
    """(wake day, the diary's total sleep, the device's time asleep) for every device night.

    One device night per wake day (the longest main sleep, whatever its source); the
    diary's figure is the day's total sleep in ``frame`` (None where it has none).
    """
    import math

    nights = main_nights(DeviceNightRepository(services.database).between())
    if not nights:
        return []
    tst = frame["tst"]
    start = frame.start
    pairs: list[tuple[date, float | None, float | None]] = []
    for day, night in sorted(nights.items()):
        diary: float | None = None
        if start is not None and 0 <= (day - start).days < len(frame):
            value = float(tst[(day - start).days])
            diary = value if math.isfinite(value) else None
        device = None if night.asleep_min is None else float(night.asleep_min)
        pairs.append((day, diary, device))
    return pairs


def source_names() -> dict[str, str]:
    """The apps whose files can be read, by key (for ``--from-app``), with their names."""
    return dict(SOURCE_LABELS)


def preview(
    services: Services,
    path: Path,
    *,
    force: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Preview | None:
    """What importing ``path`` would add; None when no known app made it.

    Raises ForeignRefused (one sentence) for a recognised file that can't be read,
    and OSError when it can't be opened. ``progress(done, total)`` follows a long read.
    """
    read: ForeignFile | None = read_foreign(
        Path(path), services.journal.zone, force, progress=progress
    )
    if read is None:
        return None
    plan = device_nights_repo.plan(services.database, read.nights, read.days)
    skipped = tuple(sorted(read.skipped.items(), key=lambda item: (-item[1], item[0])))
    return Preview(Path(path), read.source, plan, skipped, read)


def remap(services: Services, shown: Preview, mood_values: dict[str, int | None]) -> Preview:
    """``shown`` again with the mood words mapped as the person chose (values 0-10 or None)."""
    from gutsleep.storage.foreign import daylio

    read = shown.read
    if read is None or not read.entries:
        return shown
    for value in mood_values.values():
        if value is not None and not 0 <= value <= 10:
            raise ValueError(f"a mood value must be 0-10, not {value}")
    values = {word: mood_values.get(word, held) for word, held in read.mood_values.items()}
    # a new reading: the preview shown (and its words' defaults) stays as it was
    read = replace(read, mood_values=values, days=daylio.day_values(read, values))
    plan = device_nights_repo.plan(services.database, read.nights, read.days)
    return Preview(shown.path, shown.source, plan, shown.skipped, read)


def apply(
    services: Services,
    shown: Preview,
    *,
    fill_diary: bool = False,
    translate: Callable[[str], str] | None = None,
    check: Callable[[], None] | None = None,
) -> Applied:
    """Write what ``shown`` previewed, after a safety copy; what was written.

    ``fill_diary`` fills the diary's empty nights from the device's main sleep,
    with a comment naming the source (translated with ``translate``). ``check``
    may raise to cancel before the transaction commits: nothing is written then.
    """
    if not shown.plan.new and not shown.plan.day_values:
        return Applied(0, 0, 0)
    copies.back_up(
        services.database.path,
        services.data_dir,
        copies.BEFORE_IMPORT,
        passphrase=services.database.passphrase,
    )
    comment = (
        Message(FILLED_COMMENT, {"app": Message(shown.label)}).render(translate)
        if fill_diary
        else None
    )
    return DeviceNightRepository(services.database).apply(
        shown.plan, fill_diary_with=comment, check=check
    )
