"""What the journal accepts: clock parsing, ranges, text, and keeping stored values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.journal import BowelMovement, DayEntry, Food, Gut, SleepDiary, StressMood
from gutsleep.domain.validation import (
    check_range,
    keep_stored_where_invalid,
    parse_clock,
    validate_day,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23:10", time(23, 10)),
        ("2310", time(23, 10)),
        ("7.05", time(7, 5)),
        ("06:40:30", time(6, 40, 30)),
        ("11:10 pm", time(23, 10)),
        ("12 am", time(0, 0)),
        ("7", time(7, 0)),
        ("", None),
        ("   ", None),
    ],
)
def test_clock_times_parse(text: str, expected: time | None) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:00", "12:61", "noonish", "13 pm", "1:2:3:4", "-1:00"])
def test_bad_clock_times_say_why(text: str) -> None:
    with pytest.raises(ValueError, match=r"\w+"):
        parse_clock(text)


@given(st.text(max_size=30))
def test_clock_parsing_never_crashes_otherwise(text: str) -> None:
    try:
        result = parse_clock(text)
    except ValueError:
        return
    assert result is None or isinstance(result, time)


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans()))
def test_range_check_refuses_hostile_numbers(value: object) -> None:
    problem = check_range("gut.bloating", value)  # type: ignore[arg-type]
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10
    assert (problem is None) == ok


def test_names_and_text_are_checked() -> None:
    entry = DayEntry(day=date(2026, 1, 1), food=Food(plants=("kale", "  ")), notes="a\x00b")
    fields = {p.field for p in validate_day(entry)}
    assert fields == {"food.plants", "notes"}


def test_huge_notes_are_refused_with_a_sentence() -> None:
    problems = validate_day(DayEntry(day=date(2026, 1, 1), notes="x" * 1_000_001))
    assert problems and "too long" in str(problems[0].message)


def test_invalid_fields_keep_their_stored_values() -> None:
    stored_sleep = SleepDiary(
        into_bed=datetime(2026, 1, 1, 23),
        lights_out=datetime(2026, 1, 1, 23, 5),
        final_wake=datetime(2026, 1, 2, 7),
        out_of_bed=datetime(2026, 1, 2, 7, 10),
        quality=4,
    )
    stored = DayEntry(
        day=date(2026, 1, 2),
        sleep=stored_sleep,
        gut=Gut(bloating=2, bowel_movements=(BowelMovement(4),)),
        stress=StressMood(stress=3, mood=6),
    )
    typed = DayEntry(
        day=date(2026, 1, 2),
        sleep=SleepDiary(into_bed=datetime(2026, 1, 2, 8), lights_out=datetime(2026, 1, 1, 23)),
        gut=Gut(bloating=14, discomfort=2, bowel_movements=(BowelMovement(9),)),
        stress=StressMood(stress=5, mood=7),
        notes="new note",
    )
    problems = validate_day(typed)
    assert {p.field for p in problems} == {"sleep.lights_out", "gut.bloating", "gut.bristol"}
    kept = keep_stored_where_invalid(typed, stored, problems)
    assert kept.sleep == stored_sleep
    assert kept.gut == Gut(bloating=2, discomfort=2, bowel_movements=(BowelMovement(4),))
    assert kept.stress == typed.stress and kept.notes == "new note"
    assert validate_day(kept) == []


def test_nested_messages_are_translated_part_by_part() -> None:
    from gutsleep.domain.text import Message

    inner = Message("longer")
    outer = Message("You slept {what} on {n} nights", {"what": inner, "n": 3})
    table = {
        "longer": "länger",
        "You slept {what} on {n} nights": "{n} Nächte schliefen Sie {what}",
    }
    assert outer.render(lambda s: table.get(s, s)) == "3 Nächte schliefen Sie länger"
    assert str(outer) == "You slept longer on 3 nights"


def test_a_bowel_movement_without_its_bristol_type_is_refused() -> None:
    entry = DayEntry(day=date(2026, 3, 1), gut=Gut(bowel_movements=(BowelMovement(None),)))  # type: ignore[arg-type]
    problems = validate_day(entry)
    assert [p.field for p in problems] == ["gut.bristol"]
    assert "Bristol type" in str(problems[0].message)


def test_a_noon_bedtime_is_possible_but_warned() -> None:
    from gutsleep.domain.validation import plausibility_warnings, validate_sleep

    day = date(2026, 3, 10)
    diary = SleepDiary(
        into_bed=datetime(2026, 3, 9, 12, 0),  # 12:00 typed for midnight: read as noon
        lights_out=datetime(2026, 3, 9, 12, 10),
        sleep_onset_min=15,
        waso_min=20,
        final_wake=datetime(2026, 3, 10, 6, 0),
        out_of_bed=datetime(2026, 3, 10, 6, 30),
        zone="Europe/London",
    )
    assert validate_sleep(diary, day) == []  # kept: not a refusal
    (warning,) = plausibility_warnings(day, diary, today=day)
    assert warning.args == {"hours": 18} and "12:00 is noon" in warning.template


def test_little_sleep_in_a_plausible_time_in_bed_is_warned() -> None:
    from gutsleep.domain.validation import plausibility_warnings
    from tests.helpers.diary import night

    day = date(2026, 3, 10)
    short = replace(night(day, 8 * 60), waso_min=5 * 60)  # 3 of 8 hours asleep: 38 %
    (warning,) = plausibility_warnings(day, short, today=day)
    assert warning.args == {"percent": 38}


@given(st.integers(min_value=6 * 60, max_value=14 * 60))
def test_an_ordinary_night_on_a_past_day_has_no_warning(asleep_min: int) -> None:
    from gutsleep.domain.validation import plausibility_warnings
    from tests.helpers.diary import night

    day = date(2026, 3, 10)
    assert plausibility_warnings(day, night(day, asleep_min), today=day) == []


def test_a_night_after_today_is_warned_and_an_empty_one_is_not() -> None:
    from gutsleep.domain.validation import plausibility_warnings
    from tests.helpers.diary import night

    today = date(2026, 3, 10)
    later = date(2026, 3, 12)
    (warning,) = plausibility_warnings(later, night(later, 7 * 60), today=today)
    assert warning.args == {"day": "2026-03-12", "days": 2}
    assert plausibility_warnings(later, SleepDiary(), today=today) == []
