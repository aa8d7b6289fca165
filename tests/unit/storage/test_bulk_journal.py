"""The bulk paths (load_entries, insert_entries) give exactly what one day at a time gives.

Whole-history reads and bulk writes work on many days per statement (see
docs/benchmarks.md); these tests hold them to the same results as reading
each day on its own, on a dense journal and on edited days whose lists were
rewritten (so row order and positions no longer agree).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from gutsleep.domain.demo import generate_journal
from gutsleep.domain.journal import DayEntry, Food, FoodItem
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import PLANT, JournalRepository
from gutsleep.storage.journal.tables import day_entry, day_name, food_item
from gutsleep.storage.journal.writes import insert_entries, load_entries

END = date(2026, 5, 31)


def _day_by_day(repo: JournalRepository) -> list[DayEntry]:
    span = repo.span()
    if span is None:
        return []
    days = (span[0] + timedelta(days=n) for n in range((span[1] - span[0]).days + 1))
    return [entry for day in days if (entry := repo.get(day)) is not None]


def _journal(tmp_path: Path) -> tuple[Database, JournalRepository, list[DayEntry]]:
    database = Database.open(tmp_path)
    repo = JournalRepository(database)
    entries = generate_journal(60, 5, END, "Europe/London")  # with gaps and partial days
    repo.save_many(entries)
    return database, repo, [e for e in entries if not e.is_empty()]


def test_bulk_insert_and_load_round_trip_a_journal_with_gaps(tmp_path: Path) -> None:
    database, repo, stored = _journal(tmp_path)
    assert repo.between() == stored
    assert _day_by_day(repo) == stored
    database.close()


def test_load_matches_the_orm_after_lists_were_rewritten(tmp_path: Path) -> None:
    database, repo, stored = _journal(tmp_path)
    day = stored[10]
    reordered = replace(
        day,
        food=replace(
            day.food,
            foods=(FoodItem("new first", ("a", "b")), *reversed(day.food.foods)),
            plants=tuple(reversed(day.food.plants)),
        ),
        intakes=tuple(reversed(day.intakes)),
    )
    repo.save(reordered)  # new child rows, new ids
    assert repo.get(day.day) == reordered
    assert repo.between() == _day_by_day(repo)
    first, last = stored[5].day, stored[20].day
    assert repo.between(first, last) == [e for e in _day_by_day(repo) if first <= e.day <= last]
    assert repo.between(END + timedelta(days=1)) == []
    database.close()


def test_insert_entries_skips_empty_days_unless_asked(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    empty = DayEntry(day=END)
    full = DayEntry(day=END - timedelta(days=1), food=Food(plants=("kale",)))
    with database.session() as session:
        assert insert_entries(session, [empty, full]) == 1
    with database.session() as session:
        assert [e.day for e in load_entries(session)] == [full.day]
        assert insert_entries(session, [empty], keep_empty=True) == 1
    assert [e.day for e in JournalRepository(database).between()] == [full.day, END]
    database.close()


def test_tag_suggestions_and_weekly_plants_count_like_python(tmp_path: Path) -> None:
    database, repo, _stored = _journal(tmp_path)
    with database.session() as session:
        counts: dict[str, int] = {}
        for tags in session.scalars(select(food_item.c.tags)):
            for tag in tags or ():
                counts[tag] = counts.get(tag, 0) + 1
        first, last = END - timedelta(days=13), END - timedelta(days=7)
        names = session.scalars(
            select(day_name.c.name)
            .join(day_entry, day_name.c.day_id == day_entry.c.id)
            .where(day_name.c.kind == PLANT, day_entry.c.day >= first, day_entry.c.day <= last)
        )
        plants = {" ".join(n.split()).casefold() for n in names}
    assert repo.suggestions("food_tag") == sorted(counts, key=lambda t: (-counts[t], t.casefold()))
    assert repo.distinct_plants(first, last) == len(plants) > 0
    database.close()
