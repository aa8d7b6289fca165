"""Journal hints: what the person's own journal says that bears on a checklist question.

They inform an answer; they never give one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.text import N_, Message

__all__ = ["Hint", "journal_hints"]


SYMPTOM_LEVEL: Final = 4  # bloating or discomfort at or above this counts
LOW_MOOD: Final = 3  # mood at or below this counts
IRREGULAR_BRISTOL: Final = frozenset({1, 2, 6, 7})


@dataclass(frozen=True)
class Hint:
    """What the journal shows that bears on one sign. It never answers it.

    ``days`` is how many days matched, out of ``logged_days``: the days in the
    window on which the data the hint rests on was recorded (gut entries for
    digestive symptoms, trigger foods for food sensitivities, mood for mood).
    ``details`` break a combined count down by what was seen.
    """

    sign: str
    days: int
    logged_days: int
    window_days: int
    message: Message
    dates: tuple[date, ...] = ()
    details: tuple[Message, ...] = field(default_factory=tuple)


def _high(value: int | None) -> bool:
    return value is not None and value >= SYMPTOM_LEVEL


def _gut_logged(entry: DayEntry) -> bool:
    gut = entry.gut
    return gut.bloating is not None or gut.discomfort is not None or bool(gut.bowel_movements)


def _symptomatic(entry: DayEntry | None) -> bool:
    return entry is not None and (_high(entry.gut.bloating) or _high(entry.gut.discomfort))


def _digestive_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = [d for d, e in days.items() if _gut_logged(e)]
    bloating = [d for d in logged if _high(days[d].gut.bloating)]
    discomfort = [d for d in logged if _high(days[d].gut.discomfort)]
    stool = [
        d
        for d in logged
        if any(bm.bristol in IRREGULAR_BRISTOL for bm in days[d].gut.bowel_movements)
    ]
    matched = sorted(set(bloating) | set(discomfort) | set(stool))
    if not matched:
        return None
    args = {"window": window, "logged": len(logged)}
    parts = [
        (
            bloating,
            N_(
                "In the last {window} days your journal shows bloating of 4 or more on "
                "{days} of {logged} logged days."
            ),
            N_("Bloating of 4 or more on {days} of {logged} logged days."),
        ),
        (
            discomfort,
            N_(
                "In the last {window} days your journal shows discomfort of 4 or more on "
                "{days} of {logged} logged days."
            ),
            N_("Discomfort of 4 or more on {days} of {logged} logged days."),
        ),
        (
            stool,
            N_(
                "In the last {window} days your journal shows hard or loose stools "
                "(Bristol type 1-2 or 6-7) on {days} of {logged} logged days."
            ),
            N_("Hard or loose stools (Bristol type 1-2 or 6-7) on {days} of {logged} logged days."),
        ),
    ]
    seen = [(found, whole, detail) for found, whole, detail in parts if found]
    details = tuple(Message(detail, {**args, "days": len(found)}) for found, _, detail in seen)
    if len(seen) == 1:
        template = seen[0][1]
    else:
        template = N_(
            "In the last {window} days your journal shows digestive symptoms on {days} of "
            "{logged} logged days."
        )
    return Hint(
        sign="digestive-symptoms",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(template, {**args, "days": len(matched)}),
        dates=tuple(matched),
        details=details,
    )


def _food_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = sorted(d for d, e in days.items() if e.food.trigger_foods)
    matched = [
        d for d in logged if _symptomatic(days[d]) or _symptomatic(days.get(d + timedelta(days=1)))
    ]
    if not matched:
        return None
    return Hint(
        sign="food-sensitivities",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(
            N_(
                "In the last {window} days, on {days} of the {logged} days you logged a "
                "trigger food, bloating or discomfort reached 4 or more that day or the next."
            ),
            {"window": window, "days": len(matched), "logged": len(logged)},
        ),
        dates=tuple(matched),
    )


def _mood_hint(days: Mapping[date, DayEntry], window: int) -> Hint | None:
    logged = sorted(d for d, e in days.items() if e.stress.mood is not None)
    matched = [d for d in logged if (days[d].stress.mood or 0) <= LOW_MOOD]
    if not matched:
        return None
    return Hint(
        sign="mood-symptoms",
        days=len(matched),
        logged_days=len(logged),
        window_days=window,
        message=Message(
            N_(
                "In the last {window} days your journal shows a mood of 3 or lower on "
                "{days} of {logged} logged days."
            ),
            {"window": window, "days": len(matched), "logged": len(logged)},
        ),
        dates=tuple(matched),
    )


def journal_hints(
    entries: Sequence[DayEntry], today: date, window_days: int = 30
) -> dict[str, Hint]:
    """What the journal shows for the signs it can speak to, keyed by sign.

    Only days from ``today - window_days + 1`` to ``today`` count, so future
    entries and older ones are ignored (a trigger food logged today is judged
    on today's symptoms only). A sign with nothing logged, or with no
    matching day, gets no hint. If two entries share a day, the later one in
    ``entries`` wins.

    - ``digestive-symptoms``: days with bloating or discomfort of 4 or more,
      or any bowel movement of Bristol type 1-2 or 6-7;
    - ``food-sensitivities``: days with a trigger food logged and bloating or
      discomfort of 4 or more that day or the next;
    - ``mood-symptoms``: days with mood of 3 or lower.
    """
    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    start = today - timedelta(days=window_days - 1)
    days = {entry.day: entry for entry in entries if start <= entry.day <= today}
    hints: dict[str, Hint] = {}
    for build in (_digestive_hint, _food_hint, _mood_hint):
        hint = build(days, window_days)
        if hint is not None:
            hints[hint.sign] = hint
    return hints
