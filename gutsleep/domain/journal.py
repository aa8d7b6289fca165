"""The journal's data: one `DayEntry` per calendar day, pure values.

Every measurement is optional: ``None`` means "not recorded", never zero, so
that averages and charts can tell a missing day from a day with nothing.
A day's sleep is the night that ended on that day (the Consensus Sleep Diary
files a night under the date the person woke up).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time


class Bleeding(enum.Enum):
    """Menstrual bleeding on a day; cycle changes mark the transition."""

    NONE = "none"
    SPOTTING = "spotting"
    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"


class IntakeKind(enum.Enum):
    """What a supplement-or-medicine row is; probiotics carry strain and CFU."""

    SUPPLEMENT = "supplement"
    PROBIOTIC = "probiotic"
    MEDICINE = "medicine"


@dataclass(frozen=True, slots=True)
class SleepDiary:
    """The night that ended on the entry's day.

    Clock times are naive local wall-clock date-times; ``zone`` names the IANA
    time zone they were recorded in, so durations across a daylight-saving
    change come out right.
    """

    into_bed: datetime | None = None
    lights_out: datetime | None = None
    sleep_onset_min: int | None = None
    awakenings: int | None = None
    waso_min: int | None = None
    final_wake: datetime | None = None
    out_of_bed: datetime | None = None
    quality: int | None = None
    comments: str = ""
    woke_early_min: int | None = None
    naps: int | None = None
    nap_min: int | None = None
    sleep_aids: str = ""
    night_sweats: int | None = None
    sweats_disturbance: int | None = None
    zone: str = "UTC"

    def is_empty(self) -> bool:
        return self == SleepDiary(zone=self.zone)


@dataclass(frozen=True, slots=True)
class FoodItem:
    """A meal or food eaten, with free tags such as "fibre" or "dairy"."""

    name: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Food:
    foods: tuple[FoodItem, ...] = ()
    plants: tuple[str, ...] = ()
    fermented_servings: int | None = None
    fibre_servings: int | None = None
    sugar_upf_servings: int | None = None
    mediterranean: bool | None = None
    alcohol_drinks: int | None = None
    last_alcohol: time | None = None
    caffeine_drinks: int | None = None
    last_caffeine: time | None = None
    last_meal: time | None = None
    trigger_foods: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BowelMovement:
    """One bowel movement, typed on the Bristol Stool Form Scale (1-7)."""

    bristol: int
    at: time | None = None


@dataclass(frozen=True, slots=True)
class Gut:
    bloating: int | None = None
    discomfort: int | None = None
    bowel_movements: tuple[BowelMovement, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Practice:
    """Something done for stress (exercise, breathing, time outdoors...)."""

    name: str
    minutes: int | None = None


@dataclass(frozen=True, slots=True)
class StressMood:
    """Stress, mood and what the person did for them; exercise in minutes."""

    stress: int | None = None
    practices: tuple[Practice, ...] = ()
    mood: int | None = None
    exercise_min: int | None = None


@dataclass(frozen=True, slots=True)
class HotFlushes:
    """Hot flushes counted by severity, as in the hot-flush diaries of menopause trials.

    ``day_*`` are the flushes of the day itself; ``night_*`` those of the night that
    ended on the day (the night the diary's sleep belongs to), so night flushes stay
    with the night they disturbed. Severity: mild, moderate, severe, very severe.
    """

    day_mild: int | None = None
    day_moderate: int | None = None
    day_severe: int | None = None
    day_very_severe: int | None = None
    night_mild: int | None = None
    night_moderate: int | None = None
    night_severe: int | None = None
    night_very_severe: int | None = None

    def score(self) -> int | None:
        """The daily hot-flush score (see :func:`hot_flush_score`)."""
        return hot_flush_score({name: getattr(self, name) for name in FLUSH_WEIGHTS})


#: Each hot-flush count's weight in the daily score: its severity, 1 (mild) to 4.
FLUSH_WEIGHTS: dict[str, int] = {
    f"{when}_{severity}": weight
    for when in ("day", "night")
    for weight, severity in enumerate(("mild", "moderate", "severe", "very_severe"), start=1)
}


def hot_flush_score(counts: Mapping[str, int | None]) -> int | None:
    """The day's hot flushes weighted by severity (mild 1, moderate 2, severe 3, very
    severe 4), day and night together: the daily score of Sloan et al. 2001 (J Clin
    Oncol 19:4280) used in menopause trials.

    None when no count was recorded. Once any count is, the diary was kept that day,
    so a blank severity counts as none of that kind (as an empty list does in a
    section that was filled in).
    """
    if all(counts.get(name) is None for name in FLUSH_WEIGHTS):
        return None
    return sum((counts.get(name) or 0) * weight for name, weight in FLUSH_WEIGHTS.items())


@dataclass(frozen=True, slots=True)
class Symptoms:
    """Symptoms of the transition, each rated 0 none, 1 mild, 2 moderate, 3 severe.

    None is "not rated that day", never "none": a symptom the person did not rate
    is missing, not absent. Hot flushes have their own diary (:class:`HotFlushes`).
    """

    aches: int | None = None
    headache: int | None = None
    palpitations: int | None = None
    anxiety: int | None = None
    low_mood: int | None = None
    irritability: int | None = None
    brain_fog: int | None = None
    vaginal_dryness: int | None = None
    urinary_urgency: int | None = None
    breast_tenderness: int | None = None


@dataclass(frozen=True, slots=True)
class Intake:
    """A supplement or medicine taken; probiotics name strain and CFU."""

    name: str
    dose: str = ""
    kind: IntakeKind = IntakeKind.SUPPLEMENT
    strain: str = ""
    cfu: str = ""


@dataclass(frozen=True, slots=True)
class DayEntry:
    day: date
    sleep: SleepDiary = field(default_factory=SleepDiary)
    food: Food = field(default_factory=Food)
    gut: Gut = field(default_factory=Gut)
    stress: StressMood = field(default_factory=StressMood)
    intakes: tuple[Intake, ...] = ()
    bleeding: Bleeding | None = None
    notes: str = ""
    flushes: HotFlushes = field(default_factory=HotFlushes)
    symptoms: Symptoms = field(default_factory=Symptoms)

    def is_empty(self) -> bool:
        """True when nothing at all was recorded for the day."""
        return (
            self.sleep.is_empty()
            and self.food == Food()
            and self.gut == Gut()
            and self.stress == StressMood()
            and not self.intakes
            and self.bleeding is None
            and not self.notes
            and self.flushes == HotFlushes()
            and self.symptoms == Symptoms()
        )
