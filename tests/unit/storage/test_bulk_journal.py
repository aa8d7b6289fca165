"""The bulk paths (load_entries, insert_entries) give exactly what the ORM paths give.

Whole-history reads and bulk writes skip the ORM for speed (see
docs/benchmarks.md); these tests hold them to the same results as one ORM
object per row, on a dense journal and on edited days whose lists were
rewritten (so row order and positions no longer agree).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from gutsleep.domain.demo import generate_journal
from gutsleep.domain.journal import DayEntry, Food, FoodItem
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal_repo import PLANT, JournalRepository
from gutsleep.storage.journal_sql import insert_entries, load_entries, row_to_entry
from gutsleep.storage.models import DayRow, FoodRow, NameRow

END = date(2026, 5, 31)


def _orm_entries(database: Database) -> list[DayEntry]:
    options = [
        selectinload(DayRow.foods),
        selectinload(DayRow.names),
        selectinload(DayRow.movements),
        selectinload(DayRow.practices),
        selectinload(DayRow.intakes),
    ]
    with database.session() as session:
        rows = session.scalars(select(DayRow).options(*options).order_by(DayRow.day))
        return [row_to_entry(row) for row in rows]


def _journal(tmp_path: Path) -> tuple[Database, JournalRepository, list[DayEntry]]:
    database = Database.open(tmp_path)
    repo = JournalRepository(database)
    entries = generate_journal(60, 5, END, "Europe/London")  # with gaps and partial days
    repo.save_many(entries)
    return database, repo, [e for e in entries if not e.is_empty()]


def test_bulk_insert_and_load_round_trip_a_journal_with_gaps(tmp_path: Path) -> None:
    database, repo, stored = _journal(tmp_path)
    assert repo.between() == stored
    assert _orm_entries(database) == stored
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
    repo.save(reordered)  # through the ORM: new child rows, new ids
    assert repo.get(day.day) == reordered
    assert repo.between() == _orm_entries(database)
    first, last = stored[5].day, stored[20].day
    assert repo.between(first, last) == [
        e for e in _orm_entries(database) if first <= e.day <= last
    ]
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
        for tags in session.scalars(select(FoodRow.tags)):
            for tag in tags or ():
                counts[tag] = counts.get(tag, 0) + 1
        first, last = END - timedelta(days=13), END - timedelta(days=7)
        names = session.scalars(
            select(NameRow.name)
            .join(DayRow, NameRow.day_id == DayRow.id)
            .where(NameRow.kind == PLANT, DayRow.day >= first, DayRow.day <= last)
        )
        plants = {" ".join(n.split()).casefold() for n in names}
    assert repo.suggestions("food_tag") == sorted(counts, key=lambda t: (-counts[t], t.casefold()))
    assert repo.distinct_plants(first, last) == len(plants) > 0
    database.close()
