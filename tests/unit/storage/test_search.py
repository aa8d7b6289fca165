"""Searching the journal: the FTS5 index follows every write and is rebuilt by Check."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from gutsleep.domain.journal import DayEntry, Food, FoodItem, Gut, Intake, Practice, StressMood
from gutsleep.storage.backups.health import check_database
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal import search
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.transfer import ConflictPolicy
from gutsleep.storage.transfer.operations import export_journal, import_file
from tests.strategies import journals


def found(database: Database, typed: str) -> list[tuple[date, str]]:
    with database.reading() as connection:
        return [(hit.day, hit.source.key) for hit in search.search(connection, typed)]


def in_step(database: Database) -> bool:
    with database.reading() as connection:
        return search.in_step(connection)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return Database.open(tmp_path / "data")


def test_every_source_is_found_newest_first(database: Database) -> None:
    repo = JournalRepository(database)
    repo.save(
        DayEntry(
            date(2026, 3, 4),
            notes="Felt fine",
            food=Food(
                foods=(FoodItem("porridge", ("dairy",)),),
                plants=("kale",),
                trigger_foods=("onion",),
            ),
            gut=Gut(notes="cramps after lunch"),
            stress=StressMood(practices=(Practice("yoga nidra", 20),)),
            intakes=(Intake("Magnesium glycinate"),),
        )
    )
    repo.save(DayEntry(date(2026, 3, 9), notes="kale soup again"))
    assert found(database, "kale") == [(date(2026, 3, 9), "notes"), (date(2026, 3, 4), "plants")]
    assert found(database, "dairy") == [(date(2026, 3, 4), "foods")]
    assert found(database, "onion") == [(date(2026, 3, 4), "trigger_foods")]
    assert found(database, "cramps") == [(date(2026, 3, 4), "gut_notes")]
    assert found(database, "nidra") == [(date(2026, 3, 4), "practices")]
    assert found(database, "magnes") == [(date(2026, 3, 4), "intakes")]  # a prefix, as typed
    assert found(database, "kale again") == [(date(2026, 3, 9), "notes")]  # every word


def test_accents_need_not_be_typed_and_syntax_is_only_words(database: Database) -> None:
    JournalRepository(database).save(DayEntry(date(2026, 3, 4), notes="Käse und Crème brûlée"))
    assert found(database, "kase") == [(date(2026, 3, 4), "notes")]
    assert found(database, "CREME") == [(date(2026, 3, 4), "notes")]
    assert found(database, '"') == [] and found(database, "") == []
    assert found(database, "NEAR( AND -") == []  # FTS5 syntax typed by chance: no error


def test_snippet_marks_the_match(database: Database) -> None:
    JournalRepository(database).save(DayEntry(date(2026, 3, 4), notes="slept badly after wine"))
    with database.reading() as connection:
        (hit,) = search.search(connection, "wine")
    assert hit.snippet == f"slept badly after {search.MARK_START}wine{search.MARK_END}"


def test_the_index_follows_save_replace_and_delete(database: Database) -> None:
    repo = JournalRepository(database)
    day = date(2026, 3, 4)
    repo.save(DayEntry(day, notes="apple"))
    repo.save(DayEntry(day, notes="pear"))
    assert found(database, "apple") == [] and found(database, "pear") == [(day, "notes")]
    repo.delete(day)
    assert found(database, "pear") == []
    repo.save(DayEntry(day, notes="plum"))
    repo.save(DayEntry(day))  # an empty day removes the day
    assert found(database, "plum") == []
    assert in_step(database)


def test_the_index_follows_an_import(database: Database, tmp_path: Path) -> None:
    source = Database.open(tmp_path / "source")
    JournalRepository(source).save(DayEntry(date(2026, 3, 4), notes="imported note"))
    path = tmp_path / "export.json"
    export_journal(source, path, exported_at=None)
    source.close()
    JournalRepository(database).save(DayEntry(date(2026, 3, 4), notes="old words"))
    import_file(database, path, ConflictPolicy.OVERWRITE)
    assert found(database, "imported") == [(date(2026, 3, 4), "notes")]
    assert found(database, "old") == []
    assert in_step(database)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(days=journals(max_days=6))
def test_bulk_saves_index_what_a_rebuild_would(
    tmp_path_factory: pytest.TempPathFactory, days: list[DayEntry]
) -> None:
    database = Database.open(tmp_path_factory.mktemp("journal"))
    try:
        repo = JournalRepository(database)
        repo.save_many(days)
        repo.save_many(days[: len(days) // 2])  # replacing some again
        assert in_step(database)
    finally:
        database.close()


def test_a_restored_backup_is_searched_as_it_was(database: Database) -> None:
    from gutsleep.storage.backups.copies import back_up
    from gutsleep.storage.backups.restoring import restore

    repo = JournalRepository(database)
    repo.save(DayEntry(date(2026, 3, 4), notes="before the backup"))
    copy = back_up(database.path, database.data_dir)
    repo.save(DayEntry(date(2026, 3, 4), notes="after the backup"))
    repo.save(DayEntry(date(2026, 3, 5), notes="after the backup too"))
    restore(database.data_dir, copy, release=database.engine.dispose)
    assert found(database, "before") == [(date(2026, 3, 4), "notes")]
    assert found(database, "after") == []
    assert in_step(database)


def test_check_database_rebuilds_an_index_out_of_step(database: Database) -> None:
    JournalRepository(database).save(DayEntry(date(2026, 3, 4), notes="lost from the index"))
    path = database.path
    with database.session() as session:
        session.connection().exec_driver_sql(f"DELETE FROM {search.INDEX}")
    assert found(database, "lost") == [] and not in_step(database)
    report = check_database(database)
    assert report.ok
    assert any("search index" in note.template for note in report.notes)
    assert found(database, "lost") == [(date(2026, 3, 4), "notes")]
    again = check_database(database)
    assert not any("search index" in note.template for note in again.notes)
    assert path.exists()


def test_the_migration_indexes_days_stored_before_it(tmp_path: Path) -> None:
    from gutsleep.storage.file.schema import upgrade

    path = tmp_path / "journal.sqlite3"
    sqlite3.connect(path).close()
    upgrade(path, "0009_hot_flushes")  # the schema before the index
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO day_entry (day, updated_at, notes, sleep_comments, sleep_aids, gut_notes, "
        "zone) VALUES ('2026-03-04', '2026-03-04 08:00:00', 'kept', '', '', '', 'UTC')"
    )
    con.commit()
    con.close()
    database = Database.open(tmp_path)  # upgraded to the head on the way
    assert found(database, "kept") == [(date(2026, 3, 4), "notes")]
    assert in_step(database)
    database.close()


def test_an_encrypted_journal_is_searched(tmp_path: Path) -> None:
    secret = "a long enough passphrase"
    database = Database.open(tmp_path)
    JournalRepository(database).save(DayEntry(date(2026, 3, 4), notes="before Käse"))
    database.protect(secret)
    JournalRepository(database).save(DayEntry(date(2026, 3, 5), notes="after Käse"))
    database.close()
    assert "Käse".encode() not in (tmp_path / "journal.sqlite3").read_bytes()
    database = Database.open(tmp_path, passphrase=secret)
    assert database.encrypted
    assert found(database, "kase") == [(date(2026, 3, 5), "notes"), (date(2026, 3, 4), "notes")]
    assert in_step(database)
    database.close()
