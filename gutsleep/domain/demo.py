"""A synthetic but believable journal, for the demo, screenshots and tests.

``generate_journal(days, seed, end)`` returns one :class:`DayEntry` per
calendar day, the last one dated ``end``, and the same list every time for the
same arguments (everything comes from ``random.Random(seed)``). Every entry
passes :func:`gutsleep.domain.validation.validate_day`.

What the person looks like
--------------------------
Bedtimes around 22:30-00:30, 5-60 min to fall asleep, 0-5 awakenings and
0-90 min awake in the night, final waking around 06:00-07:30, quality 1-5
following the night's total sleep. Stress follows a slow day-to-day drift with
work-day peaks; mood follows stress and the last night's quality. Plants come
from a list of about sixty, with a handful of staples repeated within each
week. Bleeding follows a cycle that starts near 28 days and becomes longer,
more irregular and sparser (perimenopause); night sweats grow more common as
the transition goes on, and most common in the days around a period starting.

About 8% of days are missing (an empty entry: ``entry.is_empty()`` is true, so
the list still holds one entry per day and callers that store the journal skip
those) and about 15% are only partly filled, unless ``dense=True``: then every
day carries every field, with about five tagged foods, three supplements (one
a probiotic naming strain and CFU), practices, bowel movements with Bristol
types and notes.

Built-in effects (``BUILT_IN_EFFECTS``)
---------------------------------------
A day's ``sleep`` is the night that *ended* on that day, so "the next night
after day d" is the sleep stored on day d + 1 (lag 1).

1. A high-stress day (stress 7 or more): the next night's total sleep is about
   35 min shorter (about 15 min longer to fall asleep, and waking about 20 min
   early) and sleep onset about 15 min longer.
2. Two or more fermented servings on a day: the next night's total sleep is
   about 20 min longer (to bed about 10 min earlier, waking about 10 min later).
3. A day with a personal trigger food (``TRIGGER_FOODS``: dairy, gluten):
   bloating that same day about 3 points higher (0-10 scale).
4. Alcohol (1 drink or more): the next night's time awake after sleep onset is
   about 20 min longer (which also shortens that night's total sleep).

Hormone therapy (``demo_regimens``)
-----------------------------------
A journal of ``THERAPY_MIN_DAYS`` days or more starts hormone therapy
``THERAPY_BEFORE_END`` days before its end (half-way in a shorter one):
estradiol gel on the skin, 1 pump, raised to 2 pumps six weeks later, with
micronised progesterone by mouth, 100 mg at bedtime. The relief builds over
``THERAPY_ONSET_DAYS`` days to ``THERAPY_RELIEF``: that share of the day's
hot flushes and of the nights with sweats are left out (the nights without
sweats are also less broken). The therapy's intake rows are on every day from
its start that lists supplements. The demo builder stores the two regimens,
so Trends shows their markers at once. It is a pattern for the demo, not a
claim about any treatment's size of effect.

No effect (``NO_EFFECTS``): fibre servings and caffeine drinks are drawn
independently of everything else and change nothing about sleep, so an
analysis that "finds" them is finding chance. The factors are drawn
independently of one another, so raw means of "days with" against "days
without" recover the sizes above, give or take the noise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    HotFlushes,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
    StressMood,
)
from gutsleep.domain.regimens import ChangeKind, Regimen, RegimenChange, RegimenKind
from gutsleep.domain.text import N_

__all__ = [
    "BUILT_IN_EFFECTS",
    "FERMENTED_FOODS",
    "FOODS",
    "NO_EFFECTS",
    "PLANTS",
    "PRACTICES",
    "PROBIOTIC",
    "TRIGGER_FOODS",
    "BuiltInEffect",
    "demo_regimens",
    "generate_journal",
]


@dataclass(frozen=True)
class BuiltInEffect:
    """One relationship the generator puts into the data on purpose.

    ``factor`` names the day's value as ``section.field`` of a
    :class:`DayEntry` (``food.trigger_foods`` counts the trigger foods eaten);
    a day "with" the factor has a value of at least ``threshold``. ``outcome``
    is an experiment outcome key (``tst``, ``sol``, ``waso``, ``bloating``...),
    read ``lag`` days later. ``direction`` is +1 (higher), -1 (lower) or 0 (no
    effect); ``size`` is the built-in difference in the outcome's units
    (minutes, or points on the 0-10 scale).
    """

    factor: str
    threshold: float
    outcome: str
    lag: int
    direction: int
    size: float
    description: str


HIGH_STRESS = 7
STRESS_TST_MIN = 35
STRESS_SOL_MIN = 15
FERMENTED_SERVINGS = 2
FERMENTED_TST_MIN = 20
TRIGGER_BLOATING = 3
ALCOHOL_WASO_MIN = 20

BUILT_IN_EFFECTS: list[BuiltInEffect] = [
    BuiltInEffect(
        "stress.stress",
        HIGH_STRESS,
        "tst",
        1,
        -1,
        STRESS_TST_MIN,
        N_("After a high-stress day (7 or more) the next night's sleep is about 35 min shorter."),
    ),
    BuiltInEffect(
        "stress.stress",
        HIGH_STRESS,
        "sol",
        1,
        +1,
        STRESS_SOL_MIN,
        N_("After a high-stress day (7 or more) falling asleep takes about 15 min longer."),
    ),
    BuiltInEffect(
        "food.fermented_servings",
        FERMENTED_SERVINGS,
        "tst",
        1,
        +1,
        FERMENTED_TST_MIN,
        N_("After a day with 2 or more fermented servings the next night is about 20 min longer."),
    ),
    BuiltInEffect(
        "food.trigger_foods",
        1,
        "bloating",
        0,
        +1,
        TRIGGER_BLOATING,
        N_("On a day with a trigger food, bloating is about 3 points higher."),
    ),
    BuiltInEffect(
        "food.alcohol_drinks",
        1,
        "waso",
        1,
        +1,
        ALCOHOL_WASO_MIN,
        N_("After a day with alcohol, time awake in the night is about 20 min longer."),
    ),
]

NO_EFFECTS: list[BuiltInEffect] = [
    BuiltInEffect(
        "food.fibre_servings",
        5,
        "tst",
        1,
        0,
        0.0,
        N_("Fibre servings have no built-in effect on sleep: any pattern found is chance."),
    ),
    BuiltInEffect(
        "food.caffeine_drinks",
        3,
        "tst",
        1,
        0,
        0.0,
        N_("Caffeine drinks have no built-in effect on sleep in the demo journal."),
    ),
]

TRIGGER_FOODS: tuple[str, ...] = ("dairy", "gluten")
PRACTICES: tuple[tuple[str, int, int], ...] = (
    ("walk", 20, 60),
    ("breathing", 5, 15),
    ("yoga", 15, 45),
)

PLANTS: tuple[str, ...] = (
    "apple", "banana", "blueberries", "raspberries", "strawberries", "orange", "pear",
    "kiwi", "grapes", "plums", "lemon", "avocado", "tomato", "cucumber", "carrot",
    "broccoli", "cauliflower", "spinach", "kale", "cabbage", "red pepper", "courgette",
    "aubergine", "onion", "garlic", "leek", "mushrooms", "sweet potato", "potato",
    "beetroot", "peas", "green beans", "lettuce", "rocket", "celery", "asparagus",
    "oats", "brown rice", "quinoa", "buckwheat", "barley", "rye", "wholewheat",
    "lentils", "chickpeas", "black beans", "kidney beans", "edamame", "almonds",
    "walnuts", "hazelnuts", "cashews", "chia seeds", "flaxseed", "pumpkin seeds",
    "sunflower seeds", "olive", "parsley", "basil", "coriander", "ginger", "turmeric",
    "cinnamon", "cumin",
)  # fmt: skip

FOODS: tuple[FoodItem, ...] = (
    FoodItem("porridge with berries", ("whole grain", "fibre", "fruit")),
    FoodItem("wholemeal toast", ("whole grain", "gluten")),
    FoodItem("cheese sandwich", ("dairy", "gluten")),
    FoodItem("lentil soup", ("legume", "fibre")),
    FoodItem("salmon with greens", ("fish", "mediterranean")),
    FoodItem("chickpea salad", ("legume", "fibre", "mediterranean")),
    FoodItem("pasta with tomato sauce", ("gluten", "mediterranean")),
    FoodItem("vegetable stir-fry", ("vegetables",)),
    FoodItem("omelette", ("eggs",)),
    FoodItem("Greek salad", ("dairy", "vegetables", "mediterranean")),
    FoodItem("rice and beans", ("legume", "fibre")),
    FoodItem("roast chicken and vegetables", ("vegetables",)),
    FoodItem("pizza", ("gluten", "dairy", "ultra-processed")),
    FoodItem("crisps", ("ultra-processed",)),
    FoodItem("biscuits", ("sugar", "gluten", "ultra-processed")),
    FoodItem("apple and almonds", ("fruit", "nuts")),
    FoodItem("hummus and carrots", ("legume", "vegetables")),
    FoodItem("buckwheat pancakes", ("whole grain",)),
    FoodItem("milk chocolate", ("sugar", "dairy")),
    FoodItem("fruit salad", ("fruit",)),
    FoodItem("quinoa bowl", ("whole grain", "vegetables", "mediterranean")),
    FoodItem("fizzy drink", ("sugar", "ultra-processed")),
)

FERMENTED_FOODS: tuple[FoodItem, ...] = (
    FoodItem("kefir", ("fermented", "dairy")),
    FoodItem("natural yogurt", ("fermented", "dairy")),
    FoodItem("sauerkraut", ("fermented",)),
    FoodItem("kimchi", ("fermented",)),
    FoodItem("miso soup", ("fermented",)),
    FoodItem("kombucha", ("fermented",)),
    FoodItem("tempeh", ("fermented", "legume")),
)

MAGNESIUM = Intake("magnesium", "300 mg")
VITAMIN_D = Intake("vitamin D", "1000 IU")
PROBIOTIC = Intake(
    "probiotic",
    "1 capsule",
    IntakeKind.PROBIOTIC,
    strain="Lactobacillus rhamnosus GG",
    cfu="10 billion CFU",
)

_DAY_NOTES = (
    "Busy day at work.",
    "Quiet day at home.",
    "Long walk with a friend.",
    "Headache in the afternoon.",
    "Visited family.",
    "Hot flush in a meeting.",
    "Felt tired all day.",
    "Good energy today.",
    "Deadline at work.",
    "Gardening in the afternoon.",
)
_SLEEP_COMMENTS = (
    "Woke hot around 3.",
    "Slept well.",
    "Mind racing at bedtime.",
    "Neighbours were noisy.",
    "Restless night.",
    "Dreamed a lot.",
    "Needed the bathroom twice.",
)
_GUT_NOTES = (
    "Felt fine.",
    "Bloated after lunch.",
    "Some cramps in the evening.",
    "Settled stomach.",
    "Gassy in the afternoon.",
)
_SLEEP_AIDS = ("none", "earplugs", "eye mask", "fan")

_SAFE_FOODS = tuple(f for f in FOODS if not set(f.tags) & set(TRIGGER_FOODS))
_SAFE_FERMENTED = tuple(f for f in FERMENTED_FOODS if not set(f.tags) & set(TRIGGER_FOODS))
_TRIGGER_ITEMS = tuple(f for f in FOODS if set(f.tags) & set(TRIGGER_FOODS))
_UPF_TAGS = frozenset({"sugar", "ultra-processed"})

_BLEED_PATTERN = (
    Bleeding.MEDIUM,
    Bleeding.HEAVY,
    Bleeding.MEDIUM,
    Bleeding.LIGHT,
    Bleeding.LIGHT,
    Bleeding.SPOTTING,
)


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


def _round_to(value: float, step: int) -> int:
    return int(step * round(value / step))


@dataclass
class _Cycle:
    """Per-day bleeding and the chance of night sweats, indexed like the days."""

    bleeding: list[Bleeding]
    sweat_chance: list[float]


def _stage(i: int, days: int) -> float:
    """How far into the transition day ``i`` lies, 0 (regular) to 1 (sparse)."""
    return _clamp(i / max(days, 365), 0.0, 1.0)


def _cycle(rng: random.Random, days: int) -> _Cycle:
    bleeding = [Bleeding.NONE] * days
    near_change = [False] * days
    long_gap = [False] * days
    pos = -rng.randint(0, 27)
    while pos < days:
        stage = _stage(max(pos, 0), days)
        length = rng.randint(3, 6) if stage < 0.6 else rng.randint(2, 5)
        heavy = rng.random() < 0.2 + 0.3 * stage
        for k in range(length):
            level = _BLEED_PATTERN[min(k, len(_BLEED_PATTERN) - 1)]
            if k == length - 1 and length > 2:
                level = Bleeding.SPOTTING
            elif level is Bleeding.HEAVY and not heavy:
                level = Bleeding.MEDIUM
            idx = pos + k
            if 0 <= idx < days:
                bleeding[idx] = level
        for idx in range(pos - 5, pos + 3):
            if 0 <= idx < days:
                near_change[idx] = True
        gap = round(rng.gauss(27 + 14 * stage, 1.5 + 8 * stage))
        if rng.random() < 0.5 * stage:
            gap += rng.randint(25, 60)  # a skipped cycle
        gap = max(gap, 18)
        if gap > 40:
            for idx in range(pos + 20, pos + gap):
                if 0 <= idx < days:
                    long_gap[idx] = True
        pos += gap
    sweat_chance = []
    for i in range(days):
        stage = _stage(i, days)
        chance = 0.08 + 0.3 * stage
        if near_change[i]:
            chance += 0.3
        if long_gap[i]:
            chance += 0.15
        if bleeding[i] is Bleeding.NONE and stage > 0.5 and rng.random() < 0.02:
            bleeding[i] = Bleeding.SPOTTING  # occasional spotting between periods
        sweat_chance.append(min(chance, 0.9))
    return _Cycle(bleeding, sweat_chance)


@dataclass
class _Day:
    """The day's true values, before deciding what the person wrote down."""

    stress: int
    fermented: int
    trigger: bool
    alcohol: int
    fibre: int
    caffeine: int


def _factors(rng: random.Random, days: list[date]) -> list[_Day]:
    """Daily factors, each drawn independently of the others (see the docstring)."""
    result = []
    level = 4.4
    for d in days:
        workday = d.weekday() < 4
        level = 4.4 + 0.45 * (level - 4.4) + rng.gauss(0.0, 1.9) + (0.7 if workday else -0.7)
        stress = int(_clamp(round(level), 0, 10))
        fermented = rng.choices((0, 1, 2, 3, 4), (30, 33, 22, 11, 4))[0]
        trigger = rng.random() < 0.25
        weekend = d.weekday() >= 4
        alcohol = rng.choice((1, 1, 2, 2, 3)) if rng.random() < (0.35 if weekend else 0.15) else 0
        fibre = rng.randint(1, 8)
        caffeine = rng.choices((0, 1, 2, 3, 4), (10, 30, 35, 18, 7))[0]
        result.append(_Day(stress, fermented, trigger, alcohol, fibre, caffeine))
    return result


def _clock(base: date, minutes: float) -> datetime:
    """``base`` midnight plus ``minutes`` (may run past midnight), to 5 minutes."""
    return datetime.combine(base, time()) + timedelta(minutes=_round_to(minutes, 5))


def _sleep(
    rng: random.Random,
    wake_day: date,
    before: _Day | None,
    sweat_chance: float,
    zone: str,
    dense: bool,
    relieved: bool = False,
) -> SleepDiary:
    """The night that ended on ``wake_day``; ``before`` is the day before it.

    ``relieved``: the hormone therapy spared this night its sweats (drawn all the
    same, so every later value of the journal stays as it was without therapy).
    """
    stressed = before is not None and before.stress >= HIGH_STRESS
    fermented = before is not None and before.fermented >= FERMENTED_SERVINGS
    drinks = before.alcohol if before is not None else 0
    evening = wake_day - timedelta(days=1)

    bed = _clamp(rng.gauss(23 * 60 + 20, 20), 22 * 60 + 20, 24 * 60 + 30)
    if fermented:
        bed -= FERMENTED_TST_MIN / 2
    lights = bed + rng.choice((0, 0, 5, 10, 15, 20, 30))
    sol = rng.triangular(5, 35, 12) + (STRESS_SOL_MIN if stressed else 0)

    sweats = 0
    disturbance = 0
    if rng.random() < sweat_chance:
        sweats = rng.choices((1, 2, 3, 4), (45, 30, 17, 8))[0]
        disturbance = min(4, max(1, sweats - 1 + rng.randint(0, 2)))
    if relieved:
        sweats = disturbance = 0
    awakenings = min(5, rng.choices((0, 1, 2, 3), (20, 40, 28, 12))[0] + (sweats + 1) // 2)
    waso = rng.triangular(0, 45, 10) + 4 * sweats
    if drinks:
        waso += ALCOHOL_WASO_MIN
        awakenings = min(5, awakenings + 1)
    if awakenings == 0:
        waso = min(waso, 5.0)

    planned = 6 * 60 + 50
    wake = _clamp(rng.gauss(6 * 60 + 45, 15), 6 * 60, 7 * 60 + 30)
    if stressed:
        wake -= STRESS_TST_MIN - STRESS_SOL_MIN
    if fermented:
        wake += FERMENTED_TST_MIN / 2
    up = wake + rng.choice((0, 5, 10, 10, 15, 20, 30))

    lights_out = _clock(evening, lights)
    final_wake = _clock(wake_day, wake)
    sol_min = max(5, _round_to(sol, 5))
    waso_min = _round_to(waso, 5)
    window = (final_wake - lights_out).total_seconds() / 60
    tst = window - sol_min - waso_min
    score = 3 + (tst - 385) / 45 - 0.2 * disturbance + rng.gauss(0, 0.6)
    quality = int(_clamp(round(score), 1, 5))
    woke_early = max(0, _round_to(planned - wake, 5))
    naps = 1 if rng.random() < 0.12 else 0
    full = dense or rng.random() < 0.5
    return SleepDiary(
        into_bed=_clock(evening, bed),
        lights_out=lights_out,
        sleep_onset_min=sol_min,
        awakenings=awakenings,
        waso_min=waso_min,
        final_wake=final_wake,
        out_of_bed=_clock(wake_day, up),
        quality=quality,
        comments=rng.choice(_SLEEP_COMMENTS) if dense or rng.random() < 0.2 else "",
        woke_early_min=woke_early if full else None,
        naps=naps if full else None,
        nap_min=(rng.randint(3, 8) * 5 if naps else 0) if full else None,
        sleep_aids=rng.choice(_SLEEP_AIDS) if dense else "",
        night_sweats=sweats,
        sweats_disturbance=disturbance,
        zone=zone,
    )


def _minute_time(rng: random.Random, low: int, high: int) -> time:
    minutes = _round_to(rng.randint(low, high), 5)
    minutes = min(minutes, 23 * 60 + 55)
    return time(minutes // 60, minutes % 60)


def _food(rng: random.Random, truth: _Day, plants: tuple[str, ...], dense: bool) -> Food:
    count = rng.randint(4, 6) if dense else rng.randint(2, 4)
    fermented_pool = FERMENTED_FOODS if truth.trigger else _SAFE_FERMENTED
    items = list(rng.sample(fermented_pool, min(truth.fermented, len(fermented_pool))))
    if truth.trigger and not any(set(f.tags) & set(TRIGGER_FOODS) for f in items):
        items.append(rng.choice(_TRIGGER_ITEMS))
    pool = FOODS if truth.trigger else _SAFE_FOODS
    for item in rng.sample(pool, len(pool)):
        if len(items) >= count:
            break
        if item not in items:
            items.append(item)
    triggers = tuple(t for t in TRIGGER_FOODS if any(t in f.tags for f in items))
    upf = sum(1 for f in items if _UPF_TAGS & set(f.tags)) + rng.randint(0, 1)
    return Food(
        foods=tuple(items),
        plants=plants,
        fermented_servings=truth.fermented,
        fibre_servings=truth.fibre,
        sugar_upf_servings=upf,
        mediterranean=upf <= 1 and len(plants) >= 6,
        alcohol_drinks=truth.alcohol,
        last_alcohol=_minute_time(rng, 19 * 60, 22 * 60 + 30) if truth.alcohol else None,
        caffeine_drinks=truth.caffeine,
        last_caffeine=(
            _minute_time(rng, 8 * 60, 15 * 60 + 30) if truth.caffeine or dense else None
        ),
        last_meal=_minute_time(rng, 18 * 60, 21 * 60),
        trigger_foods=triggers,
    )


def _gut(rng: random.Random, truth: _Day, dense: bool) -> Gut:
    bloating = rng.triangular(0, 4, 1) + rng.gauss(0, 0.7)
    if truth.trigger:
        bloating += TRIGGER_BLOATING
    bloat = int(_clamp(round(bloating), 0, 10))
    discomfort = int(_clamp(round(0.6 * bloat + rng.gauss(0, 0.9)), 0, 10))
    n_movements = rng.choices((0, 1, 2, 3), (10, 55, 28, 7))[0]
    if dense:
        n_movements = max(n_movements, 1)
    types = (3, 4, 4, 4, 5, 5, 6) if truth.trigger else (2, 3, 3, 4, 4, 4, 4, 5)
    movements = tuple(
        BowelMovement(rng.choice(types), _minute_time(rng, 6 * 60 + 30, 21 * 60))
        for _ in range(n_movements)
    )
    movements = tuple(sorted(movements, key=lambda m: m.at or time()))
    notes = rng.choice(_GUT_NOTES) if dense or rng.random() < 0.15 else ""
    return Gut(bloat, discomfort, movements, notes)


def _stress(rng: random.Random, truth: _Day, quality: int | None, dense: bool) -> StressMood:
    practices = []
    for name, low, high in PRACTICES:
        if rng.random() < 0.35:
            practices.append(Practice(name, _round_to(rng.randint(low, high), 5)))
    if dense and not practices:
        name, low, high = rng.choice(PRACTICES)
        practices.append(Practice(name, _round_to(rng.randint(low, high), 5)))
    last_night = 0.0 if quality is None else (quality - 3) * 0.6
    mood = 6.5 - 0.35 * (truth.stress - 4) + last_night + rng.gauss(0, 1.2)
    return StressMood(truth.stress, tuple(practices), int(_clamp(round(mood), 0, 10)))


def _exercise_minutes(rng: random.Random, dense: bool) -> int | None:
    """Minutes of exercise: none on about 4 days in 10, 15-75 on the others; sometimes not
    recorded. No built-in effect on sleep."""
    if not dense and rng.random() < 0.2:
        return None
    return 0 if rng.random() < 0.4 and not dense else _round_to(rng.randint(15, 75), 5)


#: How a demo day's hot flushes divide by severity (mild … very severe).
_SEVERITY_SHARES = (0.5, 0.3, 0.15, 0.05)


def _split_by_severity(rng: random.Random, total: int) -> list[int]:
    counts = [0, 0, 0, 0]
    for _ in range(total):
        counts[rng.choices(range(4), _SEVERITY_SHARES)[0]] += 1
    return counts


def _hot_flushes(
    rng: random.Random, chance: float, night_sweats: int | None, dense: bool
) -> HotFlushes:
    """Hot flushes that follow the transition: as likely as the night's sweats (rising
    over the years, and around cycle changes), the night's as many as its sweats.
    Kept on about 7 days in 10 (every dense day). No built-in effect on sleep beyond
    the sweats the nights already have."""
    if not dense and rng.random() < 0.3:
        return HotFlushes()
    day_total = sum(rng.random() < chance for _ in range(6))
    night_total = night_sweats if night_sweats is not None else 0
    day = _split_by_severity(rng, day_total)
    night = _split_by_severity(rng, night_total)
    return HotFlushes(*day, *night)


def _plants_for_week(rng: random.Random) -> list[str]:
    return rng.sample(PLANTS, 10)


def _partial(rng: random.Random, entry: DayEntry, zone: str) -> DayEntry:
    """Leave out one or two parts of a day, as people do on a busy day."""
    parts = rng.sample(("sleep", "sleep_times", "food", "gut", "stress", "intakes", "cycle"), 2)
    sleep, food, gut, stress = entry.sleep, entry.food, entry.gut, entry.stress
    intakes, bleeding = entry.intakes, entry.bleeding
    for part in parts:
        if part == "sleep":
            sleep = SleepDiary(zone=zone)
        elif part == "sleep_times":
            sleep = SleepDiary(
                lights_out=sleep.lights_out,
                sleep_onset_min=sleep.sleep_onset_min,
                awakenings=sleep.awakenings,
                waso_min=sleep.waso_min,
                final_wake=sleep.final_wake,
                night_sweats=sleep.night_sweats,
                zone=zone,
            )
        elif part == "food":
            food = Food()
        elif part == "gut":
            gut = Gut()
        elif part == "stress":
            stress = StressMood()
        elif part == "intakes":
            intakes = ()
        else:
            bleeding = None
    return DayEntry(entry.day, sleep, food, gut, stress, intakes, bleeding, entry.notes)


#: The simulated hormone therapy (see the module docstring).
THERAPY_BEFORE_END = 120
THERAPY_MIN_DAYS = 56
THERAPY_ONSET_DAYS = 28
THERAPY_RELIEF = 0.6
THERAPY_STEP_DAYS = 42


def therapy_start(days: int, end: date) -> date | None:
    """The day the demo's hormone therapy starts, or None for a journal too short."""
    if days < THERAPY_MIN_DAYS:
        return None
    return end - timedelta(days=min(THERAPY_BEFORE_END, days // 2) - 1)


def demo_regimens(days: int, end: date) -> list[Regimen]:
    """The demo's hormone therapy as regimens: estradiol gel and micronised progesterone."""
    start = therapy_start(days, end)
    if start is None:
        return []
    gel = [RegimenChange(start, ChangeKind.START, "1 pump (0.75 mg)")]
    if start + timedelta(days=THERAPY_STEP_DAYS) <= end:
        gel.append(
            RegimenChange(
                start + timedelta(days=THERAPY_STEP_DAYS), ChangeKind.DOSE, "2 pumps (1.5 mg)"
            )
        )
    return [
        Regimen("Estradiol gel", RegimenKind.HORMONE_THERAPY, "on the skin", tuple(gel)),
        Regimen(
            "Micronised progesterone",
            RegimenKind.HORMONE_THERAPY,
            "by mouth",
            (RegimenChange(start, ChangeKind.START, "100 mg at bedtime"),),
        ),
    ]


def therapy_relief(day: date, start: date | None) -> float:
    """The share of flushes and sweaty nights the therapy spares on ``day`` (0 to 0.6)."""
    if start is None or day < start:
        return 0.0
    built = min(1.0, ((day - start).days + 1) / THERAPY_ONSET_DAYS)
    return THERAPY_RELIEF * built


def generate_journal(
    days: int,
    seed: int,
    end: date,
    zone: str = "Europe/London",
    dense: bool = False,
) -> list[DayEntry]:
    """``days`` entries, one per calendar day, ending at ``end``, oldest first.

    Deterministic for the arguments. Missing days are empty entries (see the
    module docstring); with ``dense`` every day is complete.
    """
    if days <= 0:
        return []
    rng = random.Random(seed)
    # Exercise and hot flushes draw from streams of their own, so adding them left every
    # other demo value as it was.
    activity = random.Random(f"{seed}-exercise")
    flush_rng = random.Random(f"{seed}-flushes")
    therapy_rng = random.Random(f"{seed}-therapy")  # so is the therapy's relief
    start = therapy_start(days, end)
    regimens = demo_regimens(days, end)
    dates = [end - timedelta(days=days - 1 - i) for i in range(days)]
    cycle = _cycle(rng, days)
    truths = _factors(rng, dates)
    # One day before the first, so the first night has a day behind it too.
    before_first = _factors(rng, [dates[0] - timedelta(days=1)])[0]

    entries: list[DayEntry] = []
    staples: list[str] = []
    week: tuple[int, int] | None = None
    for i, day in enumerate(dates):
        truth = truths[i]
        iso = day.isocalendar()
        if (iso.year, iso.week) != week:
            week = (iso.year, iso.week)
            staples = _plants_for_week(rng)
        n_staples = rng.randint(4, 7) if dense else rng.randint(2, 6)
        plants = rng.sample(staples, n_staples) + rng.sample(PLANTS, rng.randint(1, 4))
        day_plants = tuple(dict.fromkeys(plants))

        relief = therapy_relief(day, start)
        sleep = _sleep(
            rng,
            day,
            truths[i - 1] if i else before_first,
            cycle.sweat_chance[i],
            zone,
            dense,
            relieved=bool(relief) and therapy_rng.random() < relief,
        )
        if dense:
            intakes: tuple[Intake, ...] = (MAGNESIUM, VITAMIN_D, PROBIOTIC)
        else:
            intakes = tuple(x for x in (MAGNESIUM, VITAMIN_D, PROBIOTIC) if rng.random() < 0.7)
        intakes += tuple(x for r in regimens if (x := r.intake(day)) is not None)
        entry = DayEntry(
            day=day,
            sleep=sleep,
            food=_food(rng, truth, day_plants, dense),
            gut=_gut(rng, truth, dense),
            stress=replace(
                _stress(rng, truth, sleep.quality, dense),
                exercise_min=_exercise_minutes(activity, dense),
            ),
            intakes=intakes,
            bleeding=cycle.bleeding[i],
            notes=rng.choice(_DAY_NOTES) if dense or rng.random() < 0.25 else "",
            flushes=_hot_flushes(
                flush_rng, cycle.sweat_chance[i] * (1 - relief), sleep.night_sweats, dense
            ),
        )
        if not dense:
            roll = rng.random()
            if roll < 0.08:
                entry = DayEntry(day=day, sleep=SleepDiary(zone=zone))
            elif roll < 0.23:
                entry = _partial(rng, entry, zone)
        entries.append(entry)
    return entries
