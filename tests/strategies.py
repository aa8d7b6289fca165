"""Hypothesis strategies for valid journal data, shared by the test suite.

``day_entries()`` draws DayEntry objects that pass ``validate_day``: unicode
text (including awkward characters for CSV and JSON), missing values
everywhere, and nights in several zones with many of them on daylight-saving
changes. ``journals()`` draws lists of entries with distinct days.

Every declared field (gutsleep.domain.fields) is drawn from its declaration
(kind, range, choices), so a field added there is covered by every property
test without an edit here; only the night's clock times and the minutes that
must fit between them are drawn by hand.

Import from a test with ``from strategies import day_entries, journals``
(pytest puts the tests folder on sys.path because of tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from gutsleep.domain.fields import SECTION_FIELDS, Field, Kind, build_entry
from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    FoodItem,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
)
from gutsleep.domain.sleep import minutes_between
from gutsleep.domain.validation import last_day, validate_day, validate_sleep

ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Europe/Berlin",
    "Asia/Kolkata",
    "UTC",
)

#: Wake days on or just after a daylight-saving change in one of ZONES.
DST_DAYS = tuple(
    day + timedelta(days=offset)
    for day in (
        date(2026, 3, 29),  # Europe: clocks go forward
        date(2026, 10, 25),  # Europe: clocks go back
        date(2026, 3, 8),  # New York forward
        date(2026, 11, 1),  # New York back
        date(2026, 4, 5),  # Sydney back
        date(2026, 10, 4),  # Sydney forward
        date(2025, 3, 30),
        date(2025, 10, 26),
    )
    for offset in (0, 1)
)

#: Strings that have broken CSV or JSON writers somewhere.
AWKWARD = (
    " leading space",
    "trailing space ",
    "comma, inside",
    'a "quoted" word',
    "semi;colon",
    "two\nlines",
    "windows\r\nline",
    "carriage\rreturn",
    "tab\there",
    "émoji 🌙 and ümlauts",
    "日本語のメモ",
    "NULL",
    "null",
    "0",
    "=1+1",
    "\u2028line separator",
    "\x85next line",
    "\ufeffbom",
    "right-to-left \u202e text",
)

_chars = st.characters(
    exclude_categories=("Cs", "Cc"),
    include_characters="\n\r\t\x7f\x85",
)


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Free text as the journal allows it (no control characters but newline and tab)."""
    return st.one_of(
        st.just(""),
        st.sampled_from(AWKWARD),
        st.text(_chars, max_size=max_size),
    )


def names() -> st.SearchStrategy[str]:
    """A non-blank name of at most 200 characters."""
    return st.one_of(
        st.sampled_from(["oats", "kale", "walk", "magnesium", "kimchi", *AWKWARD]),
        st.text(_chars, min_size=1, max_size=20),
    ).filter(lambda s: bool(s.strip()))


def optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), strategy)


def clock_times() -> st.SearchStrategy[time]:
    """Times of day, usually whole minutes, sometimes with seconds."""
    return st.builds(
        time,
        st.integers(0, 23),
        st.integers(0, 59),
        st.one_of(st.just(0), st.integers(0, 59)),
    )


def wake_days() -> st.SearchStrategy[date]:
    return st.one_of(
        st.sampled_from(DST_DAYS),
        st.dates(min_value=date(2015, 1, 1), max_value=last_day()),  # validation refuses later days
    )


def _ints(low: int, high: int) -> st.SearchStrategy[object]:
    return optional(st.integers(low, high))


# Built once: building strategies inside a composite on every draw is slow.
_TEXT = texts()
_SHORT_TEXT = texts(15)
_TINY_TEXT = texts(10)
_NOTES = texts(80)
_NAME = names()
_CLOCK = optional(clock_times())
_ZONE = st.sampled_from(ZONES)
_BOOLS4 = st.lists(st.booleans(), min_size=4, max_size=4)
_INTS = {
    bounds: _ints(*bounds)
    for bounds in ((0, 100), (1, 5), (0, 1440), (0, 20), (0, 4), (0, 50), (0, 10))
}
_FOODS = st.lists(st.builds(FoodItem, _NAME, st.lists(_NAME, max_size=3).map(tuple)), max_size=3)
_NAMES4 = st.lists(_NAME, max_size=4)
_NAMES2 = st.lists(_NAME, max_size=2)
_MOVEMENTS = st.lists(st.builds(BowelMovement, st.integers(1, 7), _CLOCK), max_size=3)
_PRACTICES = st.lists(st.builds(Practice, _NAME, _INTS[(0, 1440)]), max_size=3)
_INTAKES = st.lists(
    st.builds(Intake, _NAME, _TINY_TEXT, st.sampled_from(IntakeKind), _TINY_TEXT, _TINY_TEXT),
    max_size=3,
)
_WAKE_DAY = wake_days()


def _field_strategy(field: Field) -> st.SearchStrategy[object]:
    """Any value a declared field accepts, missing included."""
    if field.choices:
        return optional(st.sampled_from([value for value, _words in field.choices]))
    if field.kind is Kind.INT:
        assert field.range is not None, f"{field.key} declares no range"
        return _ints(field.range.low, field.range.high)
    if field.kind is Kind.TEXT:
        return _NOTES if field.multiline else _TEXT
    if field.kind is Kind.TIME:
        return _CLOCK
    if field.kind is Kind.BOOL:
        return optional(st.booleans())
    if field.kind is Kind.BLEEDING:
        return optional(st.sampled_from(Bleeding))
    raise AssertionError(f"no strategy for {field.key} ({field.kind})")


#: The night's fields drawn by hand in sleep_diaries (they depend on each other).
_NIGHT = frozenset({"zone", "sleep_onset_min", "waso_min"}) | {
    f.attr for f in SECTION_FIELDS["sleep"] if f.kind is Kind.DATETIME
}
_FIELDS: dict[str, tuple[tuple[str, st.SearchStrategy[object]], ...]] = {
    section: tuple(
        (f.attr, _field_strategy(f))
        for f in fields
        if not (section == "sleep" and f.attr in _NIGHT)
    )
    for section, fields in SECTION_FIELDS.items()
}


def _draw_fields(draw: st.DrawFn, section: str) -> dict[str, object]:
    """A value for each declared field of ``section`` (the night's times excepted)."""
    return {attr: draw(strategy) for attr, strategy in _FIELDS[section]}


@st.composite
def sleep_diaries(draw: st.DrawFn, day: date) -> SleepDiary:
    """A night ending on ``day`` whose times are in a possible order."""
    zone = draw(_ZONE)
    midnight = datetime.combine(day, time())
    seconds = draw(st.sampled_from([0, 0, 0, 30]))
    into_bed = midnight + timedelta(minutes=draw(st.integers(-7 * 60, 3 * 60)), seconds=seconds)
    lights_out = into_bed + timedelta(minutes=draw(st.integers(0, 90)))
    final_wake = lights_out + timedelta(minutes=draw(st.integers(30, 11 * 60)))
    out_of_bed = final_wake + timedelta(minutes=draw(st.integers(0, 120)))
    keep = draw(_BOOLS4)
    window = max(0, int(minutes_between(lights_out, final_wake, zone)))
    awake = optional(st.integers(0, window // 3))
    diary = SleepDiary(
        into_bed=into_bed if keep[0] else None,
        lights_out=lights_out if keep[1] else None,
        sleep_onset_min=draw(awake),  # type: ignore[arg-type]
        waso_min=draw(awake),  # type: ignore[arg-type]
        final_wake=final_wake if keep[2] else None,
        out_of_bed=out_of_bed if keep[3] else None,
        zone=zone,
        **_draw_fields(draw, "sleep"),  # type: ignore[arg-type]
    )
    if validate_sleep(diary):
        # Rare: a wall-clock time inside a daylight-saving gap can run backwards
        # in real time. Keep the night but drop its clock times.
        diary = replace(diary, into_bed=None, lights_out=None, final_wake=None, out_of_bed=None)
    return diary


@st.composite
def day_entries(draw: st.DrawFn, day: date | None = None) -> DayEntry:
    """A valid, non-empty day."""
    day = day or draw(_WAKE_DAY)
    parts = {section: _draw_fields(draw, section) for section in _FIELDS if section != "sleep"}
    parts["food"].update(
        foods=tuple(draw(_FOODS)),
        plants=tuple(draw(_NAMES4)),
        trigger_foods=tuple(draw(_NAMES2)),
    )
    parts["gut"]["bowel_movements"] = tuple(draw(_MOVEMENTS))
    parts["stress"]["practices"] = tuple(draw(_PRACTICES))
    parts[""]["intakes"] = tuple(draw(_INTAKES))
    entry = replace(build_entry(day, parts), sleep=draw(sleep_diaries(day)))
    if entry.is_empty():
        entry = replace(entry, notes="something")
    assert not validate_day(entry), validate_day(entry)
    return entry


def journals(max_days: int = 8) -> st.SearchStrategy[list[DayEntry]]:
    """Several valid days, each on a different date."""
    return st.lists(day_entries(), min_size=0, max_size=max_days, unique_by=lambda e: e.day)
