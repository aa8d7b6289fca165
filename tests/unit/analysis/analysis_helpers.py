"""Entries for the analysis tests: single nights and a long, plain journal.

Imported by the test modules next to it (pytest puts this folder on the path).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    Gut,
    Practice,
    SleepDiary,
    StressMood,
)

ZONE = "Europe/London"


def night(wake: date, bed: str = "23:00", up: str = "07:00", **kw: object) -> SleepDiary:
    """A plain night ending on ``wake``: to bed the evening before, lights out at once."""
    into_bed = datetime.combine(wake - timedelta(days=1), time.fromisoformat(bed))
    out = datetime.combine(wake, time.fromisoformat(up))
    return SleepDiary(
        into_bed=into_bed,
        lights_out=into_bed,
        final_wake=out,
        out_of_bed=out,
        zone=ZONE,
        **kw,  # type: ignore[arg-type]
    )


def journal(days: int, end: date, seed: int = 0) -> list[DayEntry]:
    """``days`` complete-ish entries ending on ``end``, about 5% left empty."""
    rng = random.Random(seed)
    first = end - timedelta(days=days - 1)
    entries = []
    for i in range(days):
        day = first + timedelta(days=i)
        if rng.random() < 0.05:
            entries.append(DayEntry(day=day))
            continue
        entries.append(
            DayEntry(
                day=day,
                sleep=night(
                    day,
                    bed=f"{rng.choice([22, 23])}:{rng.randrange(60):02d}",
                    up=f"0{rng.choice([6, 7])}:{rng.randrange(60):02d}",
                    sleep_onset_min=rng.randrange(5, 40),
                    waso_min=rng.randrange(0, 60),
                    quality=rng.randint(1, 5),
                    night_sweats=rng.randint(0, 3),
                ),
                food=Food(
                    plants=tuple(rng.sample(["oats", "apple", "kale", "leek", "rye"], 3)),
                    fermented_servings=rng.randint(0, 3),
                    fibre_servings=rng.randint(0, 8),
                    sugar_upf_servings=rng.randint(0, 3),
                    alcohol_drinks=rng.choice([0, 0, 0, 1, 2]),
                    caffeine_drinks=rng.randint(0, 4),
                    trigger_foods=("dairy",) if rng.random() < 0.2 else (),
                ),
                gut=Gut(
                    bloating=rng.randint(0, 10),
                    discomfort=rng.randint(0, 10),
                    bowel_movements=tuple(BowelMovement(4) for _ in range(rng.randint(0, 2))),
                ),
                stress=StressMood(
                    stress=rng.randint(0, 10),
                    mood=rng.randint(0, 10),
                    practices=(Practice("walk", rng.randrange(0, 60)),),
                ),
                bleeding=rng.choice([Bleeding.NONE, Bleeding.NONE, Bleeding.LIGHT, None]),
            )
        )
    return entries
