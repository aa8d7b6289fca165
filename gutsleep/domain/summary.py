"""What the daily series use of one day, without the rest of the entry.

Charts and insights over years of days need a few numbers per day, not every
note, food tag and supplement. A :class:`DaySummary` holds exactly those: the
sleep diary's times (for the sleep figures), the day's ratings and counts, the
plant names (counted distinct per day and per week), the Bristol types, the
practice minutes, and whether each section of the day holds anything (an
empty list means "none" only in a section that was filled in).

:meth:`DaySummary.of` makes one from a :class:`~gutsleep.domain.journal.DayEntry`;
the journal repository builds them straight from the database, which is much
quicker than building every entry. Both must agree, and a test holds them to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from gutsleep.domain.fields import SERIES_FIELDS, Field
from gutsleep.domain.journal import Bleeding, DayEntry, Food, Gut, SleepDiary, StressMood

__all__ = ["DaySummary", "field_value", "summary_sleep"]


def summary_sleep(sleep: SleepDiary) -> SleepDiary:
    """The parts of a night the sleep figures are computed from (times, onset, WASO, zone).

    Awakenings too: a blank WASO counts as 0 only after a night with none.
    """
    return SleepDiary(
        into_bed=sleep.into_bed,
        lights_out=sleep.lights_out,
        sleep_onset_min=sleep.sleep_onset_min,
        awakenings=sleep.awakenings,
        waso_min=sleep.waso_min,
        final_wake=sleep.final_wake,
        out_of_bed=sleep.out_of_bed,
        zone=sleep.zone,
    )


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One day as the daily series see it.

    ``sleep`` keeps only what :func:`~gutsleep.domain.sleep.compute_metrics`
    reads (see :func:`summary_sleep`); ``numbers`` the value of every field
    declared as a daily series or read by one (:data:`~gutsleep.domain.fields.SERIES_FIELDS`),
    by column, None where not recorded; ``plants`` the plant names as logged
    (in order); ``trigger_foods`` how many trigger foods; ``bristol`` the type
    of each bowel movement; ``practice_minutes`` each practice's minutes (None
    where not given). ``*_logged`` say whether the food, gut and stress
    sections hold anything at all.
    """

    day: date
    sleep: SleepDiary
    numbers: Mapping[str, int | None]
    plants: tuple[str, ...]
    trigger_foods: int
    food_logged: bool
    bristol: tuple[int, ...]
    gut_logged: bool
    practice_minutes: tuple[int | None, ...]
    stress_logged: bool
    bleeding: Bleeding | None

    @classmethod
    def of(cls, entry: DayEntry) -> DaySummary:
        food, gut, stress = entry.food, entry.gut, entry.stress
        return cls(
            day=entry.day,
            sleep=summary_sleep(entry.sleep),
            numbers={f.column: field_value(entry, f) for f in SERIES_FIELDS},
            plants=food.plants,
            trigger_foods=len(food.trigger_foods),
            food_logged=food != Food(),
            bristol=tuple(m.bristol for m in gut.bowel_movements),
            gut_logged=gut != Gut(),
            practice_minutes=tuple(p.minutes for p in stress.practices),
            stress_logged=stress != StressMood(),
            bleeding=entry.bleeding,
        )


def field_value(entry: DayEntry, field: Field) -> Any:
    """The value of a declared field in ``entry``."""
    return getattr(getattr(entry, field.section) if field.section else entry, field.attr)
