"""Dates and clock times in the reader's language, below the UI (the PDF report)."""

from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.dates import DateWords

#: The German words of the date strings (what the catalogue gives).
GERMAN = {
    "Mar": "März",
    "Sep": "Sept.",
    "Dec": "Dez.",
    "{day} {month} {year}": "{day}. {month} {year}",
    "{day} {month}": "{day}. {month}",
}


def german(text: str) -> str:
    return GERMAN.get(text, text)


def test_one_form_for_a_date_in_english_and_in_german() -> None:
    english, de = DateWords(), DateWords(german)
    assert english.full(date(2026, 12, 7)) == "7 Dec 2026"
    assert de.full(date(2026, 12, 7)) == "7. Dez. 2026"
    assert de.full(date(2026, 3, 2)) == "2. März 2026"
    assert de.day_month(date(2026, 9, 30)) == "30. Sept."
    assert english.month_year(date(2026, 3, 31)) == "Mar 2026"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_an_english_date_reads_back_as_the_same_day(day: date) -> None:
    written = DateWords().full(day)
    assert datetime.strptime(written, "%d %b %Y").date() == day
    assert day.isoformat() not in written


def test_times_follow_the_clock_setting() -> None:
    assert DateWords().clock(time(22, 30)) == "22:30"
    assert DateWords().clock(time(6, 5)) == "06:05"
    twelve = DateWords(german, twelve_hour=True)
    assert [twelve.clock(time(h, 5)) for h in (0, 6, 12, 22)] == [
        "12:05 am",
        "6:05 am",
        "12:05 pm",
        "10:05 pm",
    ]
    assert DateWords().clock(datetime(2026, 3, 2, 23, 10)) == "23:10"
    assert DateWords().clock(None) == ""
