"""Reading days before SQLAlchemy is loaded, and handing over to its engine.

Database.open keeps one driver connection; the repository reads through it
until the engine is built (at the first write, or by the app in the
background), whose pool then takes it over. These tests hold that hand-over: the same
answers either side of it, no read left on a closed connection, reads going
on while another thread loads the engine, and the names storage.journal.rows uses are the
tables and columns storage.models declares.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.demo import generate_journal
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal import rows
from gutsleep.storage.journal.repository import SUGGESTION_KINDS, JournalRepository
from gutsleep.storage.models import Base

END = date(2026, 2, 28)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    database = Database.open(tmp_path)
    JournalRepository(database).save_many(generate_journal(60, 5, END, "Europe/London", dense=True))
    database.close()
    return tmp_path


def every_read(repo: JournalRepository) -> tuple[object, ...]:
    first = END - timedelta(days=20)
    return (
        repo.get(END),
        repo.get(END + timedelta(days=1)),
        repo.between(first, END),
        repo.between(),
        repo.summaries(first, END),
        repo.logged_days(first, END),
        repo.count(),
        repo.span(),
        repo.latest_before(END, with_intakes=True),
        [repo.suggestions(kind) for kind in SUGGESTION_KINDS],
        repo.distinct_plants(END - timedelta(days=6), END),
    )


def test_every_read_works_without_the_engine_and_gives_what_it_gives_after(folder: Path) -> None:
    database = Database.open(folder)
    repo = JournalRepository(database)
    before = every_read(repo)
    assert not database.engine_loaded  # no read needed SQLAlchemy
    early = database.driver_connection
    database.load_engine()
    assert every_read(repo) == before
    assert database.driver_connection is None  # handed to the engine's pool, not closed
    with database.engine.connect() as connection:
        assert connection.connection.driver_connection is early
    database.close()


def test_a_write_loads_the_engine_and_later_reads_see_it(folder: Path) -> None:
    database = Database.open(folder)
    repo = JournalRepository(database)
    assert repo.get(END).notes
    repo.save(DayEntry(day=END, notes="changed"))
    assert database.engine_loaded
    assert repo.get(END).notes == "changed"
    database.close()


def test_after_release_the_journal_reads_again_through_the_engine(folder: Path) -> None:
    database = Database.open(folder)
    repo = JournalRepository(database)
    count = repo.count()
    database.release()  # as before a restore: no connection left open on the file
    assert database.driver_connection is None
    assert repo.count() == count
    database.close()


def test_reads_go_on_while_another_thread_loads_the_engine(folder: Path) -> None:
    database = Database.open(folder)
    repo = JournalRepository(database)
    expected = repo.get(END)
    errors: list[BaseException] = []
    loader = threading.Thread(target=database.load_engine)
    loader.start()
    try:
        for _ in range(200):
            assert repo.get(END) == expected
    except BaseException as exc:  # reported below, after the thread is joined
        errors.append(exc)
    loader.join()
    assert not errors
    assert database.engine_loaded and repo.get(END) == expected
    database.close()


def test_the_names_read_are_the_tables_and_columns() -> None:
    import gutsleep.storage.journal.tables  # noqa: F401  (the days' tables on Base.metadata)

    tables = Base.metadata.tables
    for table, columns in rows.CHILD_TABLES:
        assert {"day_id", "position", *columns} <= set(tables[table].columns.keys())
    day_columns = set(tables[rows.DAY_TABLE].columns.keys()) - {"id", "day", "updated_at"}
    assert day_columns == set(rows.FIELD_COLUMNS)  # every value of a day is read
