"""Days round-trip through SQLite unchanged; empty days vanish; suggestions learn."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))

from make_schema_fixture import SAMPLE

from gutsleep.domain.journal import DayEntry, Food, Intake, IntakeKind, StressMood
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository


def open_repo(path: Path) -> tuple[Database, JournalRepository]:
    database = Database.open(path)
    return database, JournalRepository(database)


def test_full_entry_round_trips_across_reopen(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    repo.save(SAMPLE)
    database.close()
    database, repo = open_repo(tmp_path)
    assert repo.get(SAMPLE.day) == SAMPLE
    database.close()


def test_saving_again_replaces_lists(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    repo.save(SAMPLE)
    fewer = replace(SAMPLE, food=replace(SAMPLE.food, plants=("kale",)), intakes=())
    repo.save(fewer)
    assert repo.get(SAMPLE.day) == fewer
    with database.engine.connect() as con:
        assert con.exec_driver_sql("select count(*) from intake").scalar() == 0
    database.close()


def test_an_empty_entry_removes_the_day(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    repo.save(SAMPLE)
    repo.save(DayEntry(day=SAMPLE.day))
    assert repo.get(SAMPLE.day) is None
    assert repo.count() == 0
    with database.engine.connect() as con:
        assert con.exec_driver_sql("select count(*) from day_name").scalar() == 0
    database.close()


def test_logged_days_span_and_latest(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    first = date(2026, 1, 1)
    for offset in (0, 1, 5):
        repo.save(DayEntry(day=first + timedelta(days=offset), notes=str(offset)))
    repo.save(
        DayEntry(
            day=first + timedelta(days=2),
            intakes=(Intake("magnesium", "200 mg", IntakeKind.SUPPLEMENT),),
        )
    )
    assert repo.logged_days(first, first + timedelta(days=3)) == {
        first,
        first + timedelta(days=1),
        first + timedelta(days=2),
    }
    assert repo.span() == (first, first + timedelta(days=5))
    latest = repo.latest_before(first + timedelta(days=5), with_intakes=True)
    assert latest is not None and latest.day == first + timedelta(days=2)
    assert [e.day for e in repo.between(first + timedelta(days=1), first + timedelta(days=2))] == [
        first + timedelta(days=1),
        first + timedelta(days=2),
    ]
    database.close()


def test_suggestions_most_used_first(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    for offset, plants in enumerate([("kale", "oats"), ("oats",), ("oats", "leek")]):
        repo.save(
            DayEntry(
                day=date(2026, 2, 1) + timedelta(days=offset),
                food=Food(plants=plants),
                stress=StressMood(stress=3),
            )
        )
    assert repo.suggestions("plant") == ["oats", "kale", "leek"]
    assert repo.distinct_plants(date(2026, 2, 1), date(2026, 2, 3)) == 3
    database.close()


unicode_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=30)
@given(
    notes=unicode_text,
    stress=st.none() | st.integers(0, 10),
    plants=st.lists(unicode_text.filter(str.strip), max_size=4, unique=True),
)
def test_any_valid_day_round_trips(
    tmp_path_factory: object, notes: str, stress: int | None, plants: list[str]
) -> None:
    path = tmp_path_factory.mktemp("rt")  # type: ignore[attr-defined]
    database, repo = open_repo(path)
    entry = replace(
        SAMPLE,
        notes=notes,
        stress=StressMood(stress=stress),
        food=replace(SAMPLE.food, plants=tuple(plants)),
    )
    repo.save(entry)
    assert repo.get(entry.day) == entry
    database.close()


def test_intake_days_of_one_kind_in_a_period(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    first = date(2026, 3, 1)
    pill = Intake("Estradiol gel", "1 pump", IntakeKind.MEDICINE)
    for offset, intakes in enumerate([(pill,), (Intake("Magnesium"), pill), (), (pill,)], start=0):
        repo.save(DayEntry(first + timedelta(days=offset), intakes=intakes, notes="x"))
    assert repo.intake_days(first, first + timedelta(days=2), "medicine") == [
        (first, "Estradiol gel", "1 pump"),
        (first + timedelta(days=1), "Estradiol gel", "1 pump"),
    ]
    assert repo.intake_days(first, first + timedelta(days=9), "supplement") == [
        (first + timedelta(days=1), "Magnesium", "")
    ]
    database.close()
