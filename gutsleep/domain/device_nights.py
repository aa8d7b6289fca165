"""Nights measured by a device or another app, kept apart from the person's own diary.

The Consensus Sleep Diary records what the person experienced; a watch, a ring or a
phone app estimates it. The two differ, and for people with insomnia the difference
is itself informative, so an imported night is stored as its own record with its
source, never written over the diary. The diary is filled from a device night only
where the diary has no night and only when the person asks for it
(:func:`diary_from_device`).

Times are kept as naive UTC instants plus the IANA zone they were recorded in (or
the journal's zone when the source does not say), so a night that crosses a
daylight-saving change has the right length.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from gutsleep.domain.journal import FLUSH_WEIGHTS, DayEntry, SleepDiary
from gutsleep.domain.sleep import zone_info
from gutsleep.domain.text import N_

NAP_LONGEST_MIN = 3 * 60
"""A record shorter than this that is not the longest of its wake day counts as a nap."""

SOURCE_LABELS: dict[str, str] = {
    "sleep_as_android": N_("Sleep as Android"),
    "plees_tracker": N_("Plees Tracker"),
    "fitbit": N_("Fitbit"),
    "apple_health": N_("Apple Health"),
    "daylio": N_("Daylio"),
    "garmin": N_("Garmin Connect"),
}
"""The apps whose files are read, by the key stored with each night."""


@dataclass(frozen=True, slots=True)
class DeviceNight:
    """One sleep record from another app: when it started and ended, and its estimates.

    ``record_id`` is the source's own identity of the record (or its start instant),
    so importing the same file twice adds nothing. Minutes a source does not give
    are None, never 0. ``rating`` is the source's rating scaled to 0-10.
    """

    source: str
    record_id: str
    start_utc: datetime
    end_utc: datetime
    zone: str
    asleep_min: int | None = None
    awake_min: int | None = None
    sol_min: int | None = None
    awakenings: int | None = None
    deep_min: int | None = None
    light_min: int | None = None
    rem_min: int | None = None
    rating: float | None = None
    main_sleep: bool = True
    device: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.record_id)

    @property
    def in_bed_min(self) -> int:
        return round((self.end_utc - self.start_utc).total_seconds() / 60)

    def local(self, moment: datetime) -> datetime:
        """A stored UTC instant as naive wall-clock time in the night's zone."""
        aware = moment.replace(tzinfo=UTC).astimezone(zone_info(self.zone))
        return aware.replace(tzinfo=None)

    @property
    def night(self) -> date:
        """The diary day this night belongs to: the local day the person woke up."""
        return self.local(self.end_utc).date()

    @property
    def efficiency_pct(self) -> float | None:
        """Asleep over recorded time, as the source estimated it; None when not given."""
        if self.asleep_min is None or self.in_bed_min <= 0:
            return None
        return 100.0 * self.asleep_min / self.in_bed_min


def utc(moment: datetime, zone: str) -> datetime:
    """A wall-clock time in ``zone`` (or an aware time) as a naive UTC instant.

    An ambiguous wall-clock time (the hour repeated when clocks go back) is read
    as its first occurrence, as :mod:`zoneinfo` does with ``fold=0``.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone_info(zone))
    return moment.astimezone(UTC).replace(tzinfo=None)


def mark_naps(nights: Iterable[DeviceNight]) -> list[DeviceNight]:
    """Nights with ``main_sleep`` decided where the source does not say.

    The longest record that ends on a wake day is that day's main sleep; other
    records of the same day shorter than :data:`NAP_LONGEST_MIN` are naps.
    """
    result = list(nights)
    longest: dict[date, int] = {}
    for night in result:
        longest[night.night] = max(longest.get(night.night, 0), night.in_bed_min)
    return [
        n
        if n.in_bed_min >= longest[n.night] or n.in_bed_min >= NAP_LONGEST_MIN
        else replace(n, main_sleep=False)
        for n in result
    ]


def main_nights(nights: Iterable[DeviceNight]) -> dict[date, DeviceNight]:
    """One night per wake day and source set: the longest main sleep ending that day.

    Records of one night from several sources or overlapping records of one
    source are never added together: the longest main record stands for the night.
    """
    chosen: dict[date, DeviceNight] = {}
    for night in nights:
        if not night.main_sleep:
            continue
        held = chosen.get(night.night)
        if held is None or night.in_bed_min > held.in_bed_min:
            chosen[night.night] = night
    return chosen


def diary_from_device(night: DeviceNight, label: str) -> SleepDiary:
    """A diary night filled from a device's estimate, saying so in its comments.

    Only what the source gives is filled: in bed and lights out at the record's
    start, final awakening and out of bed at its end, the minutes to fall asleep
    and the awakenings when the source has them, and the minutes awake in the night
    as what the record leaves after falling asleep and time asleep, so the diary's
    total sleep equals the device's. ``label`` names the source in the comment
    (already translated by the caller).
    """
    start = night.local(night.start_utc)
    end = night.local(night.end_utc)
    waso: int | None = None
    if night.asleep_min is not None and night.sol_min is not None:
        # Whatever the source counts as "awake", the diary's total sleep should be
        # the device's time asleep: WASO is what is left of the record.
        waso = max(0, night.in_bed_min - night.sol_min - night.asleep_min)
    return SleepDiary(
        into_bed=start.replace(second=0, microsecond=0),
        lights_out=start.replace(second=0, microsecond=0),
        sleep_onset_min=night.sol_min,
        awakenings=night.awakenings,
        waso_min=waso,
        final_wake=end.replace(second=0, microsecond=0),
        out_of_bed=end.replace(second=0, microsecond=0),
        comments=label,
        zone=night.zone,
    )


def fill_empty(entry: DayEntry, values: Mapping[str, object]) -> tuple[DayEntry, tuple[str, ...]]:
    """``entry`` with ``values`` (by the field declaration's column) where it has none.

    What another app recorded for a day (a symptom, bleeding) fills a field only
    where the diary has nothing (a text field: where it is blank), and never changes a
    value the person wrote. The
    hot-flush diary is taken as a whole: if the day has any count, none is added.
    Returns the new entry and the columns it filled.
    """
    from gutsleep.domain.fields import FIELDS_BY_COLUMN

    filled: list[str] = []
    sections: dict[str, dict[str, Any]] = {}
    flush_kept = any(getattr(entry.flushes, name) is not None for name in FLUSH_WEIGHTS)
    for column, value in values.items():
        declared = FIELDS_BY_COLUMN[column]
        if declared.section == "flushes" and flush_kept:
            continue
        holder = getattr(entry, declared.section) if declared.section else entry
        if getattr(holder, declared.attr) not in (None, ""):
            continue
        sections.setdefault(declared.section, {})[declared.attr] = value
        filled.append(column)
    for section, changes in sections.items():
        if section:
            entry = replace(entry, **{section: replace(getattr(entry, section), **changes)})
        else:
            entry = replace(entry, **changes)
    return entry, tuple(filled)
