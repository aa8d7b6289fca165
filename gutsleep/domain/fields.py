"""Every single-valued field of a journal day, declared once.

A :class:`Field` says where the value lives in a :class:`~gutsleep.domain.journal.DayEntry`
(``section`` and ``attr``), its type, the range the journal accepts, its label
and unit, its column in the database and in exports, where the Journal form
shows it, and whether it is a daily series for the charts, insights and
experiments (``measure``). Everything else is derived from :data:`DAY_FIELDS`:
validation ranges, the ``day_entry`` table (storage), the row ⇄ entry mapper
used by every read and write, the export columns, the chart measures, the
insight splits, the Journal form and the property-test strategies.

Adding a plain field is one declaration here, its typed attribute on the
section's dataclass (checked against this list at import), an Alembic
migration, the schema fixture and the German label. docs/architecture.md walks
through it. The per-day lists (foods, plants, bowel movements, practices,
supplements) are not single values and are described by their own tables.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

from gutsleep.domain.journal import (
    Bleeding,
    DayEntry,
    Food,
    Gut,
    HotFlushes,
    SleepDiary,
    StressMood,
    Symptoms,
)
from gutsleep.domain.sleep import DAY_MINUTES
from gutsleep.domain.symptoms import SEVERITY_WORDS, SYMPTOMS, Symptom
from gutsleep.domain.text import N_


class Kind(enum.Enum):
    """A field's value type; each has one way to store, export and edit it."""

    INT = "int"
    TEXT = "text"
    DATETIME = "datetime"
    TIME = "time"
    BOOL = "bool"
    BLEEDING = "bleeding"
    ZONE = "zone"


class Anchor(enum.Enum):
    """How a bare clock time in a sleep field becomes a date-time (form and generic CSV)."""

    EVENING = "evening"  # at or after noon: the evening before the wake day
    WAKE_DAY = "wake_day"


@dataclass(frozen=True)
class Range:
    """The whole numbers a field accepts, both ends included."""

    low: int
    high: int


MeasureKind: TypeAlias = Literal["outcome", "factor"]
#: How a chart's value axis is drawn: from zero (counts, minutes), over a rating's
#: whole scale, or fitted to the data.
Axis: TypeAlias = Literal["zero", "scale", "fit"]


@dataclass(frozen=True)
class Split:
    """Days "with" a factor for the insights: at least (or at most) ``threshold``.

    ``condition`` completes both "days with ..." and "nights after a day with
    ..." (a translatable source string).
    """

    threshold: float
    condition: str
    at_most: bool = False


@dataclass(frozen=True)
class Measure:
    """One named daily series for charts, insights and experiments.

    ``label`` and ``unit`` are translatable source strings (``N_``);
    ``change_unit`` names the unit of a *difference* (a change in sleep
    efficiency is in percentage points, not per cent). ``digits`` is how many
    decimals are worth showing; ``smallest_change`` is the smallest difference
    worth calling a difference at all (used by experiment verdicts);
    ``lower_is_better`` says which way is an improvement; ``split`` how the
    insights divide days by this factor; ``axis`` how charts scale it.
    """

    key: str
    label: str
    unit: str
    kind: MeasureKind
    lower_is_better: bool = False
    digits: int = 0
    smallest_change: float = 0.0
    change_unit: str = ""
    split: Split | None = None
    axis: Axis = "fit"
    scale: tuple[float, float] | None = None  # the value axis's ends, for axis "scale"

    @property
    def difference_unit(self) -> str:
        return self.change_unit or self.unit

    def rounded(self, value: float) -> int | float:
        """``value`` at the precision worth showing for this measure."""
        return rounded(value, self.digits)


def rounded(value: float, digits: int) -> int | float:
    """``value`` at ``digits`` decimals, as an int when there are none."""
    if digits <= 0:
        return round(value)
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


#: Where the Journal form shows a field: in its section's two-column grid, on a
#: full-width line after the section's lists, or not at all (the time zone).
Placement: TypeAlias = Literal["grid", "wide", "hidden"]


@dataclass(frozen=True)
class Field:
    """One single-valued field of a day.

    ``column`` names it in the ``day_entry`` table and in export files;
    ``section`` and ``attr`` locate it in :class:`DayEntry` (section "" is the
    entry itself). ``unit`` documents the stored value (export docs);
    ``label`` and ``description`` are what the form shows (``N_`` strings).
    ``choices`` lists the values a choice field offers, with their words (a
    number's choices show the number too: "3 · fair"); ``multiline`` text is
    edited in a box of several lines; ``series_input`` marks a value a computed
    daily series is made from (it reaches the series' day summaries).
    """

    column: str
    section: str
    attr: str
    kind: Kind
    unit: str
    label: str
    description: str = ""
    range: Range | None = None
    anchor: Anchor | None = None
    choices: tuple[tuple[object, str], ...] = ()
    placement: Placement = "grid"
    multiline: bool = False
    measure: Measure | None = None
    series_input: bool = False

    @property
    def key(self) -> str:
        """The field key validation and the form use (``sleep.quality``, ``notes``)."""
        return f"{self.section}.{self.attr}" if self.section else self.attr

    @property
    def default(self) -> object:
        """The value of an empty day: "" for text, None (not recorded) for the rest."""
        return "" if self.kind is Kind.TEXT else None


_MIN = N_("min")
_POINTS = N_("points")
_SCALE_10 = N_("0-10")
_SERVINGS = N_("servings")
_DRINKS = N_("drinks")
_RATING = Range(0, 10)
_PER_DAY = Range(0, 50)


def _rating(key: str, label: str, lower_is_better: bool, split: Split) -> Measure:
    return Measure(
        key,
        label,
        _SCALE_10,
        "factor",
        lower_is_better,
        1,
        0.5,
        _POINTS,
        split,
        "scale",
        (-0.5, 10.5),
    )


def _servings(key: str, label: str, unit: str, lower: bool, threshold: int, cond: str) -> Measure:
    return Measure(
        key, label, unit, "factor", lower, 1, 0.5, split=Split(threshold, cond), axis="zero"
    )


#: Hot flushes by severity (mild 1 … very severe 4 in the daily hot-flush score,
#: Sloan et al. 2001, J Clin Oncol 19:4280), the day's and the night's side by side.
_FLUSH_PER_DAY = Range(0, 50)


def _flushes(severity: str, label: str, description: str, when: str) -> Field:
    return Field(
        f"flushes_{when}_{severity}",
        "flushes",
        f"{when}_{severity}",
        Kind.INT,
        f"count of {severity.replace('_', ' ')} hot flushes in the "
        + ("day" if when == "day" else "night that ended on the day"),
        label,
        description,
        range=_FLUSH_PER_DAY,
        series_input=True,
    )


def _symptom(symptom: Symptom) -> Field:
    """A symptom rated 0 none … 3 severe; the insights split at moderate or worse."""
    return Field(
        symptom.column,
        "symptoms",
        symptom.attr,
        Kind.INT,
        "0 none, 1 mild, 2 moderate, 3 severe",
        symptom.label,
        symptom.description,
        range=Range(0, 3),
        choices=SEVERITY_WORDS,
        measure=Measure(
            symptom.column,
            symptom.label,
            N_("0-3"),
            "factor",
            True,
            1,
            0.5,
            _POINTS,
            Split(2, symptom.condition),
            "scale",
            (-0.3, 3.3),
        ),
    )


DAY_FIELDS: tuple[Field, ...] = (
    Field(
        "zone",
        "sleep",
        "zone",
        Kind.ZONE,
        "IANA time zone the clock times were recorded in",
        N_("Time zone"),
        placement="hidden",
    ),
    Field(
        "into_bed",
        "sleep",
        "into_bed",
        Kind.DATETIME,
        "local date-time",
        N_("Got into bed"),
        anchor=Anchor.EVENING,
    ),
    Field(
        "lights_out",
        "sleep",
        "lights_out",
        Kind.DATETIME,
        "local date-time",
        N_("Tried to sleep (lights out)"),
        anchor=Anchor.EVENING,
    ),
    Field(
        "sleep_onset_min",
        "sleep",
        "sleep_onset_min",
        Kind.INT,
        "minutes to fall asleep",
        N_("Minutes to fall asleep"),
        range=Range(0, DAY_MINUTES),
    ),
    Field(
        "awakenings",
        "sleep",
        "awakenings",
        Kind.INT,
        "count, not counting the final one",
        N_("Times woke in the night"),
        N_("Not counting the final awakening"),
        range=Range(0, 100),
    ),
    Field(
        "waso_min",
        "sleep",
        "waso_min",
        Kind.INT,
        "minutes awake after falling asleep",
        N_("Minutes awake in the night"),
        N_("All the night awakenings together"),
        range=Range(0, DAY_MINUTES),
    ),
    Field(
        "final_wake",
        "sleep",
        "final_wake",
        Kind.DATETIME,
        "local date-time",
        N_("Final awakening"),
        anchor=Anchor.WAKE_DAY,
    ),
    Field(
        "out_of_bed",
        "sleep",
        "out_of_bed",
        Kind.DATETIME,
        "local date-time",
        N_("Got out of bed"),
        anchor=Anchor.WAKE_DAY,
    ),
    Field(
        "quality",
        "sleep",
        "quality",
        Kind.INT,
        "1 very poor … 5 very good",
        N_("Quality of sleep"),
        range=Range(1, 5),
        choices=(
            (1, N_("very poor")),
            (2, N_("poor")),
            (3, N_("fair")),
            (4, N_("good")),
            (5, N_("very good")),
        ),
        measure=Measure(
            "quality",
            N_("Sleep quality"),
            N_("1-5"),
            "outcome",
            digits=1,
            smallest_change=0.3,
            change_unit=_POINTS,
            axis="scale",
            scale=(0.6, 5.4),
        ),
    ),
    Field(
        "sleep_comments",
        "sleep",
        "comments",
        Kind.TEXT,
        "text",
        N_("Comments on the night"),
        placement="wide",
    ),
    Field(
        "woke_early_min",
        "sleep",
        "woke_early_min",
        Kind.INT,
        "minutes woken earlier than planned",
        N_("Woke earlier than planned (min)"),
        range=Range(0, DAY_MINUTES),
    ),
    Field(
        "naps",
        "sleep",
        "naps",
        Kind.INT,
        "count",
        N_("Naps yesterday"),
        range=Range(0, 20),
    ),
    Field(
        "nap_min",
        "sleep",
        "nap_min",
        Kind.INT,
        "minutes napping in total",
        N_("Minutes napping"),
        range=Range(0, DAY_MINUTES),
    ),
    Field(
        "night_sweats",
        "sleep",
        "night_sweats",
        Kind.INT,
        "count of night sweats or hot flushes",
        N_("Night sweats / hot flushes"),
        range=Range(0, 100),
        measure=Measure(
            "night_sweats",
            N_("Night sweats or hot flushes"),
            N_("times"),
            "factor",
            True,
            1,
            0.5,
            split=Split(1, N_("night sweats or hot flushes")),
            axis="zero",
        ),
    ),
    Field(
        "sweats_disturbance",
        "sleep",
        "sweats_disturbance",
        Kind.INT,
        "0 not at all … 4 very much",
        N_("How much they disturbed sleep"),
        range=Range(0, 4),
        choices=(
            (0, N_("not at all")),
            (1, N_("a little")),
            (2, N_("somewhat")),
            (3, N_("a lot")),
            (4, N_("very much")),
        ),
    ),
    Field(
        "sleep_aids",
        "sleep",
        "sleep_aids",
        Kind.TEXT,
        "text",
        N_("Sleep medicines or aids"),
    ),
    Field(
        "fermented_servings",
        "food",
        "fermented_servings",
        Kind.INT,
        "servings",
        N_("Fermented servings"),
        N_("Yogurt, kefir, sauerkraut, kimchi, kombucha, miso…"),
        range=_PER_DAY,
        measure=_servings(
            "fermented",
            N_("Fermented servings"),
            _SERVINGS,
            False,
            2,
            N_("2 or more fermented servings"),
        ),
    ),
    Field(
        "fibre_servings",
        "food",
        "fibre_servings",
        Kind.INT,
        "servings",
        N_("Fibre-rich servings"),
        range=_PER_DAY,
        measure=_servings(
            "fibre",
            N_("Fibre-rich servings"),
            _SERVINGS,
            False,
            5,
            N_("5 or more fibre-rich servings"),
        ),
    ),
    Field(
        "sugar_upf_servings",
        "food",
        "sugar_upf_servings",
        Kind.INT,
        "servings of added sugar or ultra-processed food",
        N_("Added sugar / ultra-processed servings"),
        range=_PER_DAY,
        measure=_servings(
            "sugar_upf",
            N_("Added sugar or ultra-processed servings"),
            _SERVINGS,
            True,
            2,
            N_("2 or more servings of added sugar or ultra-processed food"),
        ),
    ),
    Field(
        "mediterranean",
        "food",
        "mediterranean",
        Kind.BOOL,
        "true or false",
        N_("Mostly Mediterranean-style today"),
        N_("Vegetables, fruit, fish, olive oil, nuts, whole grains over processed food"),
        choices=((True, N_("yes")), (False, N_("no"))),
    ),
    Field(
        "alcohol_drinks",
        "food",
        "alcohol_drinks",
        Kind.INT,
        "drinks",
        N_("Alcoholic drinks"),
        range=_PER_DAY,
        measure=_servings("alcohol", N_("Alcoholic drinks"), _DRINKS, True, 1, N_("any alcohol")),
    ),
    Field(
        "last_alcohol",
        "food",
        "last_alcohol",
        Kind.TIME,
        "local clock time",
        N_("Time of the last drink"),
    ),
    Field(
        "caffeine_drinks",
        "food",
        "caffeine_drinks",
        Kind.INT,
        "drinks",
        N_("Caffeinated drinks"),
        range=_PER_DAY,
        measure=_servings(
            "caffeine",
            N_("Caffeinated drinks"),
            _DRINKS,
            False,
            3,
            N_("3 or more caffeinated drinks"),
        ),
    ),
    Field(
        "last_caffeine",
        "food",
        "last_caffeine",
        Kind.TIME,
        "local clock time",
        N_("Time of the last caffeine"),
    ),
    Field(
        "last_meal",
        "food",
        "last_meal",
        Kind.TIME,
        "local clock time",
        N_("Time of the last meal"),
    ),
    Field(
        "bloating",
        "gut",
        "bloating",
        Kind.INT,
        "0 none … 10 worst",
        N_("Bloating (0–10)"),
        range=_RATING,
        measure=_rating(
            "bloating", N_("Bloating"), True, Split(5, N_("bloating rated 5 or higher"))
        ),
    ),
    Field(
        "discomfort",
        "gut",
        "discomfort",
        Kind.INT,
        "0 none … 10 worst",
        N_("Abdominal discomfort (0–10)"),
        range=_RATING,
        measure=_rating(
            "discomfort",
            N_("Abdominal discomfort"),
            True,
            Split(5, N_("abdominal discomfort rated 5 or higher")),
        ),
    ),
    Field(
        "gut_notes",
        "gut",
        "notes",
        Kind.TEXT,
        "text",
        N_("Gut notes"),
        placement="wide",
    ),
    Field(
        "stress",
        "stress",
        "stress",
        Kind.INT,
        "0 none … 10 worst",
        N_("Stress (0–10)"),
        range=_RATING,
        measure=_rating("stress", N_("Stress"), True, Split(7, N_("stress rated 7 or higher"))),
    ),
    Field(
        "mood",
        "stress",
        "mood",
        Kind.INT,
        "0 lowest … 10 best",
        N_("Mood (0–10)"),
        N_("0 very low, 10 very good"),
        range=_RATING,
        measure=_rating("mood", N_("Mood"), False, Split(3, N_("mood rated 3 or lower"), True)),
    ),
    Field(
        "exercise_min",
        "stress",
        "exercise_min",
        Kind.INT,
        "minutes of moderate or vigorous exercise",
        N_("Exercise (minutes)"),
        N_("Moderate or vigorous: brisk walking, cycling, swimming, dancing…"),
        range=Range(0, DAY_MINUTES),
        measure=Measure(
            "exercise_min",
            N_("Exercise"),
            _MIN,
            "factor",
            False,
            0,
            10,
            split=Split(30, N_("30 or more minutes of exercise")),
            axis="zero",
        ),
    ),
    _flushes("mild", N_("Mild, in the day"), N_("Warmth without sweating"), "day"),
    _flushes("mild", N_("Mild, in the night"), N_("Warmth without sweating"), "night"),
    _flushes("moderate", N_("Moderate, in the day"), N_("Heat and sweating; you carry on"), "day"),
    _flushes(
        "moderate", N_("Moderate, in the night"), N_("Heat and sweating; you carry on"), "night"
    ),
    _flushes(
        "severe",
        N_("Severe, in the day"),
        N_("Heat and sweating; you stop what you are doing"),
        "day",
    ),
    _flushes(
        "severe",
        N_("Severe, in the night"),
        N_("Heat and sweating; you stop what you are doing"),
        "night",
    ),
    _flushes(
        "very_severe", N_("Very severe, in the day"), N_("Overwhelming; you stop everything"), "day"
    ),
    _flushes(
        "very_severe",
        N_("Very severe, in the night"),
        N_("Overwhelming; you stop everything"),
        "night",
    ),
    *(_symptom(symptom) for symptom in SYMPTOMS),
    Field(
        "bleeding",
        "",
        "bleeding",
        Kind.BLEEDING,
        "none, spotting, light, medium or heavy",
        N_("Menstrual bleeding"),
        choices=(
            (Bleeding.NONE, N_("none")),
            (Bleeding.SPOTTING, N_("spotting")),
            (Bleeding.LIGHT, N_("light")),
            (Bleeding.MEDIUM, N_("medium")),
            (Bleeding.HEAVY, N_("heavy")),
        ),
        placement="wide",
    ),
    Field("notes", "", "notes", Kind.TEXT, "text", N_("Notes"), placement="wide", multiline=True),
)


@dataclass(frozen=True)
class Section:
    """A part of a :class:`DayEntry`: its dataclass and which of its attributes are
    lists (described by their own tables), not declared fields. ``name`` "" is the
    entry itself."""

    name: str
    cls: type | None
    lists: frozenset[str] = frozenset()


#: Every part of a day, in the order of the entry, the export and the form.
SECTIONS: tuple[Section, ...] = (
    Section("sleep", SleepDiary),
    Section("food", Food, frozenset({"foods", "plants", "trigger_foods"})),
    Section("gut", Gut, frozenset({"bowel_movements"})),
    Section("stress", StressMood, frozenset({"practices"})),
    Section("flushes", HotFlushes),
    Section("symptoms", Symptoms),
    Section("", None, frozenset({"intakes"})),
)
#: The sections that are objects of their own (all but the entry itself).
PARTS: tuple[str, ...] = tuple(s.name for s in SECTIONS if s.cls is not None)

#: Each field by its column name, and by its key (``food.caffeine_drinks``).
FIELDS_BY_COLUMN: Mapping[str, Field] = MappingProxyType({f.column: f for f in DAY_FIELDS})
FIELDS_BY_KEY: Mapping[str, Field] = MappingProxyType({f.key: f for f in DAY_FIELDS})
#: The fields of each DayEntry section ("" is the entry itself), in declaration order.
SECTION_FIELDS: Mapping[str, tuple[Field, ...]] = MappingProxyType(
    {s.name: tuple(f for f in DAY_FIELDS if f.section == s.name) for s in SECTIONS}
)
#: The fields that are daily series (charts, insights, experiments), in declaration order.
MEASURED_FIELDS: tuple[Field, ...] = tuple(f for f in DAY_FIELDS if f.measure is not None)
#: What the daily series read of a day: the measured fields and those a computed
#: series is made from (the hot-flush score from the counts).
SERIES_FIELDS: tuple[Field, ...] = tuple(
    f for f in DAY_FIELDS if f.measure is not None or f.series_input
)


def build_entry(day: date, parts: Mapping[str, Mapping[str, Any]]) -> DayEntry:
    """A day from its values by section (lists included); what is not given stays empty.

    The one place an entry is put together from parts: storage's reads, imports,
    the Journal form and the test strategies all call it, so a new section needs
    no edit there.
    """
    built = {s.name: s.cls(**parts.get(s.name, {})) for s in SECTIONS if s.cls is not None}
    return DayEntry(day=day, **built, **parts.get("", {}))


def _check_declaration() -> None:
    """Fail at import when the declaration and the dataclasses disagree.

    The dataclasses keep their typed attributes (mypy reads them); this makes
    a field added to one and not the other an error on the first run, not a
    value that silently never reaches the database.
    """
    entry_attrs = {f.name for f in dataclasses.fields(DayEntry)} - {"day"}
    for section in SECTIONS:
        cls = section.cls or DayEntry
        attrs = {f.name for f in dataclasses.fields(cls)} - section.lists
        if section.cls is None:
            attrs -= set(PARTS) | {"day"}
        declared = {f.attr for f in SECTION_FIELDS[section.name]}
        if attrs != declared:
            raise AssertionError(
                f"DAY_FIELDS and {cls.__name__} disagree: {sorted(attrs ^ declared)}"
            )
    (own,) = (section for section in SECTIONS if section.cls is None)
    if entry_attrs != set(PARTS) | {f.attr for f in SECTION_FIELDS[""]} | own.lists:
        raise AssertionError("SECTIONS and DayEntry's parts disagree")
    if len(FIELDS_BY_COLUMN) != len(DAY_FIELDS):
        raise AssertionError("two fields share a column")


_check_declaration()
