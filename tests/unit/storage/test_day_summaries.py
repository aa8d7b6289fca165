"""Day summaries read from a few columns equal the summaries of the whole entries.

The Trends page reads years of days as summaries (``JournalRepository.summaries``)
instead of building every entry; the daily series must come out exactly the
same as from the entries.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from strategies import journals

from gutsleep.analysis.series import daily_frame
from gutsleep.analysis.stats import weekly_distinct_plants
from gutsleep.domain.demo import generate_journal
from gutsleep.domain.journal import DayEntry, Food, Gut, Practice, StressMood
from gutsleep.domain.summary import DaySummary
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

END = date(2026, 5, 31)


def _same_frames(a, b) -> bool:  # type: ignore[no-untyped-def]
    return np.array_equal(a.days, b.days) and all(
        np.array_equal(a[key], b[key], equal_nan=True) for key in a.values
    )


def _check(repo: JournalRepository) -> None:
    entries = repo.between()
    summaries = repo.summaries()
    assert summaries == [DaySummary.of(e) for e in entries]
    assert _same_frames(daily_frame(summaries), daily_frame(entries))
    assert weekly_distinct_plants(summaries) == weekly_distinct_plants(entries)
    if entries:
        first, last = entries[0].day + timedelta(days=1), entries[-1].day
        if first <= last:
            assert repo.summaries(first, last) == [
                DaySummary.of(e) for e in repo.between(first, last)
            ]


def test_summaries_of_a_demo_journal_with_gaps_and_edits(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    repo = JournalRepository(database)
    repo.save_many(generate_journal(60, 5, END, "Europe/London"))
    edited = repo.get(END)
    assert edited is not None
    repo.save(  # lists rewritten: positions and row order no longer agree
        replace(
            edited,
            food=replace(edited.food, plants=("Kale ", "kale", *edited.food.plants[:1])),
            stress=replace(edited.stress, practices=(Practice("walk"), Practice("yoga", 20))),
        )
    )
    # sections holding only a note, an empty list or a false answer
    repo.save(DayEntry(day=END + timedelta(days=1), gut=Gut(notes="odd")))
    repo.save(DayEntry(day=END + timedelta(days=2), food=Food(mediterranean=False)))
    repo.save(DayEntry(day=END + timedelta(days=3), stress=StressMood(mood=4)))
    repo.save(DayEntry(day=END + timedelta(days=4), notes="only a note"))
    _check(repo)
    database.close()


@settings(max_examples=25)
@given(journals(max_days=6))
def test_summaries_agree_with_entries_for_any_journal(days: list[DayEntry]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder))
        try:
            repo = JournalRepository(database)
            repo.save_many(days)
            _check(repo)
        finally:
            database.close()
