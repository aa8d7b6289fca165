"""Sleep-diary arithmetic (Consensus Sleep Diary, Carney et al. 2012).

A night is filed under the date the person woke up. Clock times the user types
are resolved to real local date-times: bedtimes at or after noon belong to the
evening before, earlier ones to the wake day. Durations are computed in UTC
from the zone the diary was kept in, so a daylight-saving night is an hour
shorter or longer, as it really was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from gutsleep.domain.journal import SleepDiary
from gutsleep.domain.text import N_, Message

NOON = time(12, 0)
DAY_MINUTES = 24 * 60


def evening_or_morning(wake_day: date, clock: time | None) -> datetime | None:
    """A bedtime: at or after noon means the evening before the wake day."""
    if clock is None:
        return None
    day = wake_day - timedelta(days=1) if clock >= NOON else wake_day
    return datetime.combine(day, clock)


def on_wake_day(wake_day: date, clock: time | None) -> datetime | None:
    """A waking time always lies on the wake day itself."""
    if clock is None:
        return None
    return datetime.combine(wake_day, clock)


def zone_info(zone: str) -> ZoneInfo:
    """The named zone, or UTC when the name is unknown on this machine.

    Validation refuses unknown names (:func:`unknown_zone`); this fallback only
    keeps figures of already stored days computable.
    """
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "America" is a folder
        return ZoneInfo("UTC")


def is_known_zone(zone: str) -> bool:
    """Whether ``zone`` names a time zone this machine knows (not a folder of them)."""
    if not zone or zone == "posixrules":
        return False
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


@lru_cache(maxsize=1)
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def unknown_zone(zone: str) -> Message | None:
    """Why ``zone`` can't be used, with the closest real name; None when it is known."""
    if is_known_zone(zone):
        return None
    if _ABBREVIATION.match(zone):
        return Message(
            N_(
                "“{zone}” is an abbreviation, not a time zone; use a place name "
                "like Europe/London (it knows when summer time applies)."
            ),
            {"zone": zone},
        )
    import difflib  # only for a name that is wrong: kept off the start-up path

    close = difflib.get_close_matches(zone, _zone_names(), n=1, cutoff=0.75)
    if close:
        return Message(
            N_("Unknown time zone “{zone}”; did you mean “{guess}”?"),
            {"zone": zone, "guess": close[0]},
        )
    return Message(
        N_("Unknown time zone “{zone}”; use a place name like Europe/London."), {"zone": zone}
    )


_ABBREVIATION = re.compile(r"^[A-Z]{2,5}$")


def minutes_between(start: datetime, end: datetime, zone: str) -> float:
    """Real elapsed minutes between two local wall-clock times in ``zone``.

    Clock changes follow PEP 495 with ``fold=0``: a time the clocks skipped
    (01:30 on a spring-forward night in London) is read as if the clocks had
    not yet changed, which is the same moment as the time shifted forward by
    the gap (02:30 summer time); a time that happened twice (01:20 on a
    fall-back night) is its first occurrence. :func:`clock_change` tells
    which of these a time is, so the Journal can say so.
    """
    tz = zone_info(zone)
    a = start.replace(tzinfo=tz).astimezone(UTC)
    b = end.replace(tzinfo=tz).astimezone(UTC)
    return (b - a).total_seconds() / 60.0


SKIPPED = "skipped"
REPEATED = "repeated"


def clock_change(moment: datetime, zone: str) -> str | None:
    """:data:`SKIPPED` for a local time that did not exist in ``zone``, :data:`REPEATED`
    for one that happened twice, None for an ordinary time (or an unknown zone)."""
    if not is_known_zone(zone):
        return None
    tz = ZoneInfo(zone)
    first = moment.replace(tzinfo=tz, fold=0)
    second = moment.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    back = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return SKIPPED if back != moment else REPEATED


@dataclass(frozen=True)
class SleepMetrics:
    """Derived figures; each is None when the diary lacks what it needs."""

    time_in_bed_min: float | None = None
    total_sleep_min: float | None = None
    sleep_efficiency_pct: float | None = None
    sleep_onset_min: float | None = None
    waso_min: float | None = None
    time_after_final_wake_min: float | None = None


def awake_in_the_night(diary: SleepDiary) -> int | None:
    """Minutes awake after falling asleep (WASO), or None when the diary doesn't say.

    A blank WASO is 0 only when the night had no awakenings (awakenings
    recorded as 0); otherwise it is unknown. Missing is never zero.
    """
    if diary.waso_min is not None:
        return diary.waso_min
    if diary.awakenings == 0:
        return 0
    return None


def missing_for_total_sleep(diary: SleepDiary) -> str | None:
    """The diary field total sleep waits for (``sleep_onset_min`` or ``waso_min``), or None."""
    if diary.sleep_onset_min is None:
        return "sleep_onset_min"
    if awake_in_the_night(diary) is None:
        return "waso_min"
    return None


def compute_metrics(diary: SleepDiary) -> SleepMetrics:
    """TIB, TST, SE and friends, from whatever the diary holds.

    Total sleep (and so efficiency) is computed only when minutes to fall
    asleep and minutes awake in the night are known (see
    :func:`awake_in_the_night`): counting a blank as 0 would report more sleep
    than the night had. The caller is expected to have validated the diary;
    on an impossible one the figures are still computed but may be negative
    or above 100%.
    """
    zone = diary.zone
    tib = (
        minutes_between(diary.into_bed, diary.out_of_bed, zone)
        if diary.into_bed and diary.out_of_bed
        else None
    )
    waso = awake_in_the_night(diary)
    tst = None
    if (
        diary.lights_out
        and diary.final_wake
        and diary.sleep_onset_min is not None
        and waso is not None
    ):
        window = minutes_between(diary.lights_out, diary.final_wake, zone)
        tst = window - diary.sleep_onset_min - waso
    se = None
    if tst is not None and tib:
        se = tst / tib * 100.0
    after_wake = (
        minutes_between(diary.final_wake, diary.out_of_bed, zone)
        if diary.final_wake and diary.out_of_bed
        else None
    )
    return SleepMetrics(
        time_in_bed_min=tib,
        total_sleep_min=tst,
        sleep_efficiency_pct=se,
        sleep_onset_min=None if diary.sleep_onset_min is None else float(diary.sleep_onset_min),
        waso_min=None if waso is None else float(waso),
        time_after_final_wake_min=after_wake,
    )


def format_duration(minutes: float | None) -> str:
    """'7 h 25 min' style, or an em dash when unknown."""
    if minutes is None:
        return "—"
    total = round(minutes)
    sign = "-" if total < 0 else ""
    hours, mins = divmod(abs(total), 60)
    if hours:
        return f"{sign}{hours} h {mins:02d} min"
    return f"{sign}{mins} min"
