"""What the journal accepts, and the sentence a person sees when it refuses.

Validation never raises: it returns the problems, each tied to the field it
concerns (``section.field`` keys), so the UI can mark that field and keep the
last valid value stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from gutsleep.domain.fields import DAY_FIELDS, PARTS, SECTION_FIELDS, Kind, Range
from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep import (
    DAY_MINUTES,
    REPEATED,
    SKIPPED,
    clock_change,
    compute_metrics,
    minutes_between,
    unknown_zone,
    zone_info,
)
from gutsleep.domain.text import N_, Message

MAX_TEXT = 100_000
MAX_NAME = 200
NO_BRISTOL = N_("Choose the Bristol type (1 to 7) of each bowel movement.")
#: The first day the journal keeps; the last is a year from today (see :func:`last_day`).
FIRST_DAY = date(1900, 1, 1)


@dataclass(frozen=True)
class Problem:
    """One refused value: which field, and why, in words."""

    field: str
    message: Message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


#: The whole numbers each numeric field accepts: the declared fields' ranges,
#: and the two numbers that live in a day's lists.
RANGES: dict[str, Range] = {
    **{f.key: f.range for f in DAY_FIELDS if f.range is not None},
    "gut.bristol": Range(1, 7),
    "stress.practice_minutes": Range(0, DAY_MINUTES),
}

_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$", re.I)


def parse_clock(text: str) -> time | None:
    """Parse '23:10', '2310', '7.05', '11:10 pm' or '06:40:00'; None if blank.

    Raises ValueError with a readable sentence when the text is not a time.
    """
    if not text.strip():
        return None
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(N_("Type a time like 23:10 or 06:40."))
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    second = int(match.group(3) or 0)
    suffix = (match.group(4) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise ValueError(N_("With am/pm the hour goes from 1 to 12."))
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(N_("That is not a time of day: hours go to 23, minutes to 59."))
    return time(hour, minute, second)


def last_day(today: date | None = None) -> date:
    """The last day the journal keeps: a year from today (a typo like 2206 is refused)."""
    today = today or date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today + timedelta(days=365)


def day_out_of_range(day: date, today: date | None = None) -> Message | None:
    """Why ``day`` can't be a journal day, or None when it can.

    Bounding the dates keeps every calculation on them (a night's evening
    before, a zone's offset, the span of "All" in Trends) inside what the
    calendar arithmetic can do.
    """
    if today is None and FIRST_DAY <= day <= _SURELY_KEPT:
        return None  # today only moves on: no need to ask the clock (a day's check is hot)
    last = last_day(today)
    if FIRST_DAY <= day <= last:
        return None
    return Message(
        N_("{day} is outside the dates the journal keeps ({first} to {last})."),
        {"day": day.isoformat(), "first": FIRST_DAY.isoformat(), "last": last.isoformat()},
    )


_SURELY_KEPT = last_day()


def check_range(key: str, value: int | None) -> Problem | None:
    """A value outside the field's range, or not a whole number."""
    if value is None:
        return None
    bounds = RANGES[key]
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem(key, Message(N_("Use a whole number.")))
    if not bounds.low <= value <= bounds.high:
        return Problem(
            key,
            Message(
                N_("Use a number from {low} to {high}."),
                {"low": bounds.low, "high": bounds.high},
            ),
        )
    return None


def check_sleep_order(diary: SleepDiary) -> list[Problem]:
    """The orderings a real night must respect (domain reference, section 1)."""
    problems: list[Problem] = []
    zone = diary.zone

    def span(a: object, b: object) -> float | None:
        if a is None or b is None:
            return None
        return minutes_between(a, b, zone)  # type: ignore[arg-type]

    bed_to_lights = span(diary.into_bed, diary.lights_out)
    if bed_to_lights is not None and bed_to_lights < 0:
        problems.append(
            Problem(
                "sleep.lights_out",
                Message(N_("Lights out can't come before getting into bed.")),
            )
        )
    window = span(diary.lights_out, diary.final_wake)
    if window is not None and window < 0:
        problems.append(
            Problem(
                "sleep.final_wake",
                Message(N_("The final awakening can't come before lights out.")),
            )
        )
    after_wake = span(diary.final_wake, diary.out_of_bed)
    if after_wake is not None and after_wake < 0:
        problems.append(
            Problem(
                "sleep.out_of_bed",
                Message(N_("Getting out of bed can't come before the final awakening.")),
            )
        )
    in_bed = span(diary.into_bed, diary.out_of_bed)
    if in_bed is not None and in_bed > DAY_MINUTES:
        problems.append(
            Problem(
                "sleep.out_of_bed",
                Message(N_("Time in bed comes out longer than 24 hours.")),
            )
        )
    elif in_bed is not None and in_bed < 0 and not problems:
        problems.append(
            Problem(
                "sleep.out_of_bed",
                Message(N_("Getting out of bed can't come before getting into bed.")),
            )
        )
    if window is not None and window >= 0:
        awake = (diary.sleep_onset_min or 0) + (diary.waso_min or 0)
        if awake > window:
            problems.append(
                Problem(
                    "sleep.waso_min",
                    Message(
                        N_(
                            "Falling asleep and time awake add up to {awake} min, "
                            "longer than the {window} min from lights out to the final awakening."
                        ),
                        {"awake": awake, "window": round(window)},
                    ),
                )
            )
    return problems


def check_text(key: str, text: str, limit: int = MAX_TEXT) -> Problem | None:
    if len(text) > limit:
        return Problem(
            key, Message(N_("This text is too long (over {limit} characters)."), {"limit": limit})
        )
    if _CONTROL.search(text):
        return Problem(key, Message(N_("This text holds control characters.")))
    if _SURROGATE.search(text):
        return Problem(key, Message(N_("This text holds a broken character (a lone surrogate).")))
    return None


#: Control characters other than line breaks and tabs (one regular expression: the check is hot).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Half of a UTF-16 pair on its own: JSON can spell one ("\\ud800"), UTF-8 can't store it.
_SURROGATE = re.compile("[\ud800-\udfff]")


_SLEEP_TIMES = ("into_bed", "lights_out", "final_wake", "out_of_bed")


def check_sleep_dates(day: date, diary: SleepDiary) -> list[Problem]:
    """Sleep times far from the wake day: a typo in the year, never a real night."""
    first = datetime.combine(day - timedelta(days=2), time())
    last = datetime.combine(day + timedelta(days=2), time())
    return [
        Problem(
            f"sleep.{key}",
            Message(N_("This time is not in the night before {day}."), {"day": day.isoformat()}),
        )
        for key in _SLEEP_TIMES
        if (moment := getattr(diary, key)) is not None and not first <= moment < last
    ]


def shifted_forward(moment: datetime, zone: str) -> str:
    """A skipped wall-clock time as the clock showed that moment (01:30 -> 02:30), "HH:MM"."""
    tz = zone_info(zone)
    return moment.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz).strftime("%H:%M")


def clock_change_notes(diary: SleepDiary) -> list[Problem]:
    """Non-blocking notes on sleep times a clock change skipped or repeated.

    Never a reason to refuse: the time is kept and read by the stated rule
    (see :func:`~gutsleep.domain.sleep.minutes_between`); the note says how.
    """
    notes = []
    for key in _SLEEP_TIMES:
        moment = getattr(diary, key)
        if moment is None:
            continue
        change = clock_change(moment, diary.zone)
        clock = moment.strftime("%H:%M")
        if change == SKIPPED:
            notes.append(
                Problem(
                    f"sleep.{key}",
                    Message(
                        N_(
                            "The clocks skipped {time} that night; it is counted as "
                            "{shifted}, the same moment by the new time."
                        ),
                        {"time": clock, "shifted": shifted_forward(moment, diary.zone)},
                    ),
                )
            )
        elif change == REPEATED:
            notes.append(
                Problem(
                    f"sleep.{key}",
                    Message(
                        N_(
                            "{time} happened twice that night; it is counted as the first "
                            "time, before the clocks went back."
                        ),
                        {"time": clock},
                    ),
                )
            )
    return notes


def validate_sleep(diary: SleepDiary, day: date | None = None) -> list[Problem]:
    """The diary's problems; with ``day``, its times must also lie around that wake day."""
    problems = [
        p
        for field in SECTION_FIELDS["sleep"]
        if field.range is not None
        and (p := check_range(field.key, getattr(diary, field.attr))) is not None
    ]
    for field in SECTION_FIELDS["sleep"]:
        if field.kind is Kind.TEXT and (p := check_text(field.key, getattr(diary, field.attr))):
            problems.append(p)
    if (zone := unknown_zone(diary.zone)) is not None:
        problems.append(Problem("sleep.zone", zone))
    if day is not None:
        problems.extend(check_sleep_dates(day, diary))
    if not problems:
        problems.extend(check_sleep_order(diary))
    return problems


def validate_day(entry: DayEntry) -> list[Problem]:
    """Every problem in a day's entry; an empty list means it can be stored."""
    out_of_range = day_out_of_range(entry.day)
    if out_of_range is None:
        problems = validate_sleep(entry.sleep, entry.day)
    else:  # the sleep times can't be placed around a day that can't be kept
        problems = [Problem("day", out_of_range), *validate_sleep(entry.sleep)]
    food = entry.food
    for section in (s for s in PARTS if s != "sleep"):  # the night is checked as a whole
        part = getattr(entry, section)
        for field in SECTION_FIELDS[section]:
            value = getattr(part, field.attr)
            if field.range is not None:
                problem = check_range(field.key, value)
            elif field.kind is Kind.TEXT:
                problem = check_text(field.key, value)
            else:
                continue
            if problem is not None:
                problems.append(problem)
    names = [("food.foods", item.name) for item in food.foods]
    names += [("food.foods", tag) for item in food.foods for tag in item.tags]
    names += [("food.plants", n) for n in food.plants]
    names += [("food.trigger_foods", n) for n in food.trigger_foods]
    names += [("stress.practices", p.name) for p in entry.stress.practices]
    names += [("intakes", i.name) for i in entry.intakes]
    for key, name in names:
        if not name.strip():
            problems.append(Problem(key, Message(N_("A name can't be empty."))))
        elif (p := check_text(key, name, MAX_NAME)) is not None:
            problems.append(p)
    gut = entry.gut
    for movement in gut.bowel_movements:
        if movement.bristol is None:  # a movement is recorded by its type: never stored without
            problems.append(Problem("gut.bristol", Message(NO_BRISTOL)))
        elif (p := check_range("gut.bristol", movement.bristol)) is not None:
            problems.append(p)
    for practice in entry.stress.practices:
        if (p := check_range("stress.practice_minutes", practice.minutes)) is not None:
            problems.append(p)
    if (p := check_text("notes", entry.notes)) is not None:
        problems.append(p)
    for intake in entry.intakes:
        for text in (intake.dose, intake.strain, intake.cfu):
            if (p := check_text("intakes", text, MAX_NAME)) is not None:
                problems.append(p)
    return problems


_SECTION_FIELDS: dict[str, tuple[str, str]] = {
    "gut.bristol": ("gut", "bowel_movements"),
    "stress.practice_minutes": ("stress", "practices"),
}


def keep_stored_where_invalid(
    entry: DayEntry, stored: DayEntry, problems: list[Problem]
) -> DayEntry:
    """``entry`` with every refused value replaced by what is stored.

    The sleep diary is one unit (its times are checked against each other), so
    any problem in it keeps the whole stored diary; elsewhere only the refused
    field goes back to its stored value. This is how an invalid edit never
    overwrites the last valid entry while the rest of the day still saves.
    """
    result = entry
    for problem in problems:
        section, _, name = problem.field.partition(".")
        if section == "sleep":
            result = replace(result, sleep=stored.sleep)
            continue
        if problem.field in _SECTION_FIELDS:
            section, name = _SECTION_FIELDS[problem.field]
        if not name:
            result = replace(result, **{section: getattr(stored, section)})
        else:
            part = getattr(result, section)
            kept = getattr(getattr(stored, section), name)
            result = replace(result, **{section: replace(part, **{name: kept})})
    return result


#: Longer in bed than this, or sleeping less of it than this, is worth a second look.
PLAUSIBLE_IN_BED_MIN = 14 * 60
PLAUSIBLE_EFFICIENCY_PCT = 40.0


def plausibility_warnings(day: date, diary: SleepDiary, today: date) -> list[Message]:
    """What is possible but unlikely in a night: worth a look, never refused.

    A bedtime of 12:00 is read as noon (18 h in bed); the person may have meant
    midnight. A night recorded for a day after ``today`` is kept too (a trip
    across the date line, a day picked by mistake), but said.
    """
    warnings: list[Message] = []
    if day > today and not diary.is_empty():
        warnings.append(
            Message(
                N_(
                    "This night ends on {day}, {days} day(s) after today: check the day "
                    "shown. It is saved all the same."
                ),
                {"day": day.isoformat(), "days": (day - today).days},
            )
        )
    if check_sleep_order(diary):
        return warnings  # the times are refused: that message comes first
    metrics = compute_metrics(diary)
    in_bed = metrics.time_in_bed_min
    efficiency = metrics.sleep_efficiency_pct
    if in_bed is not None and in_bed > PLAUSIBLE_IN_BED_MIN:
        warnings.append(
            Message(
                N_(
                    "{hours} h in bed: is that right? 12:00 is noon; midnight is 00:00. "
                    "It is saved all the same."
                ),
                {"hours": round(in_bed / 60)},
            )
        )
    elif efficiency is not None and efficiency < PLAUSIBLE_EFFICIENCY_PCT:
        warnings.append(
            Message(
                N_(
                    "Asleep for only {percent} % of the time in bed: please check the times. "
                    "It is saved all the same."
                ),
                {"percent": round(efficiency)},
            )
        )
    return warnings
