"""Writes begin with BEGIN IMMEDIATE, so they wait for another writer; reads stay plain."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

DAY = date(2026, 1, 5)
#: How long the other writer holds its lock: long enough that reads which waited for
#: it could not pass for quick ones on a loaded machine.
HELD_S = 2.0


@pytest.fixture
def held_write_lock(services) -> Iterator[threading.Event]:
    """Another program holds the journal's write lock (and writes) for half a second."""
    path = services.database.path
    holding = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(str(path), isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE day_entry SET mood = mood")
            holding.set()
            time.sleep(HELD_S)
            other.execute("COMMIT")
        finally:
            other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    yield holding
    thread.join()


@pytest.fixture
def saved_day(services):
    entry = replace(services.journal.blank(DAY), notes="first")
    services.journal.save(entry)
    return entry


def test_a_save_waits_for_another_writer_instead_of_failing(
    services, saved_day, held_write_lock
) -> None:
    # Before BEGIN IMMEDIATE this failed within 20 ms: "database is locked", as the
    # save's read transaction could not be upgraded to a write.
    started = time.monotonic()
    services.journal.save(replace(saved_day, notes="second"))
    assert time.monotonic() - started >= 0.3
    assert services.journal.load(DAY).notes == "second"


def test_reads_do_not_wait_for_a_writer(services, saved_day, held_write_lock) -> None:
    from gutsleep.storage.features.articles_repo import ArticlesRepository
    from gutsleep.storage.features.checklist_repo import ChecklistRepository
    from gutsleep.storage.features.experiments_repo import ExperimentsRepository

    started = time.monotonic()
    assert services.journal.load(DAY).notes == "first"
    assert services.journal.repository.count() == 1
    assert ChecklistRepository(services.database).history() == []
    assert ExperimentsRepository(services.database).active_on(DAY) == []
    assert ArticlesRepository(services.database).states() == {}
    # well under the time the writer holds its lock: the reads did not wait for it
    assert time.monotonic() - started < HELD_S / 2


def test_a_failed_statement_never_quotes_the_values(services, saved_day, monkeypatch) -> None:
    """The error a failed save raises may be logged: it names no note or food."""
    from sqlalchemy.exc import StatementError

    dialect = services.database.engine.dialect

    def refusing(method):
        def refuse(cursor, statement, parameters, context=None) -> None:
            if statement.startswith("INSERT INTO day_entry"):  # the day's values
                raise sqlite3.OperationalError("database or disk is full")
            method(cursor, statement, parameters, context)

        return refuse

    monkeypatch.setattr(dialect, "do_execute", refusing(dialect.do_execute))
    monkeypatch.setattr(dialect, "do_executemany", refusing(dialect.do_executemany))
    with pytest.raises(StatementError) as caught:
        services.journal.save(replace(saved_day, notes="secret-marker-word"))
    assert "secret-marker-word" not in str(caught.value)
