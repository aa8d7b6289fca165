"""Sleep diaries for tests that need nights of a known length."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from gutsleep.domain.journal import SleepDiary


def night(day: date, asleep_min: int, zone: str = "Europe/London") -> SleepDiary:
    """The night that ended on ``day``: lights out 23:00 the evening before, no time awake,
    asleep at once, so total sleep is exactly ``asleep_min``."""
    lights_out = datetime.combine(day - timedelta(days=1), time(23, 0))
    wake = lights_out + timedelta(minutes=asleep_min)
    return SleepDiary(
        into_bed=lights_out,
        lights_out=lights_out,
        sleep_onset_min=0,
        waso_min=0,
        final_wake=wake,
        out_of_bed=wake,
        zone=zone,
    )
