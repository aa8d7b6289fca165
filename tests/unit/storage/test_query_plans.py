"""The hot queries use indexes: EXPLAIN QUERY PLAN on the statements the repositories really run.

Each test calls a repository method on a small journal while recording every
statement the engine sends to SQLite (with its parameters), then asks SQLite
for the plan of each one. A ``SCAN`` of a journal table (a full pass over it,
or over a whole index of it) where a ``SEARCH`` through an index is expected
fails the test; a temporary b-tree for ORDER BY over the few rows found is fine.

Without ``ANALYZE`` statistics SQLite plans as if every table were large, so
these plans are the ones a 20-year journal gets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from gutsleep.domain.demo import generate_journal
from gutsleep.domain.experiments import Design, Experiment
from gutsleep.storage.features.experiments_repo import ExperimentsRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import PLANT, TRIGGER, JournalRepository

END = date(2026, 3, 31)
DAYS = 90
CHILD_TABLES = ("food_item", "day_name", "bowel_movement", "practice", "intake")
_STEP = re.compile(r"^(SCAN|SEARCH) (\w+)")


@dataclass(frozen=True)
class Planned:
    sql: str
    plan: tuple[str, ...]

    def steps(self, table: str) -> list[str]:
        """The SCAN/SEARCH steps over ``table`` (or an alias of it, e.g. day_entry_1)."""
        found = []
        for line in self.plan:
            match = _STEP.match(line)
            if match and (match[2] == table or match[2].startswith(f"{table}_")):
                found.append(line)
        return found

    def reads(self, table: str) -> bool:
        return re.search(rf"\b(FROM|JOIN)\s+{table}\b", self.sql) is not None

    def __str__(self) -> str:
        return f"{self.sql}\n  " + "\n  ".join(self.plan)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder: Path = tmp_path_factory.mktemp("plans")
    database = Database.open(folder)
    JournalRepository(database).save_many(generate_journal(DAYS, 3, END, "UTC", dense=True))
    experiments = ExperimentsRepository(database)
    trial = experiments.save(
        Experiment(
            title="Kefir",
            template="fermented",
            outcome="tst",
            start=END - timedelta(days=27),
            design=Design.ABAB,
            phase_days=7,
        )
    )
    assert trial.id is not None
    for offset in range(20):
        experiments.set_checkin(trial.id, trial.start + timedelta(days=offset), offset % 3 != 0)
    yield database
    database.close()


@contextmanager
def recorded(database: Database) -> Iterator[list[str]]:
    """Every statement SQLite runs meanwhile, as run (parameters bound): reads go
    through the driver's cursor and writes through SQLAlchemy, so the trace is
    taken at the driver, on every connection the engine opens."""
    statements: list[str] = []

    def trace(sql: str) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE")):
            statements.append(sql)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    database.release()  # the connections opened from here on are traced
    event.listen(database.engine, "connect", on_connect)
    try:
        yield statements
    finally:
        event.remove(database.engine, "connect", on_connect)
        database.release()


def plans_of(database: Database, call: Callable[[], object]) -> list[Planned]:
    """Run ``call`` and return the plan of every query it sent."""
    with recorded(database) as statements:
        call()
    assert statements, "the call ran no query"
    planned = []
    with database.engine.connect() as connection:
        for sql in dict.fromkeys(statements):
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            planned.append(Planned(sql, tuple(str(row[-1]) for row in rows)))
    return planned


def assert_search(
    planned: list[Planned], table: str, index: str | tuple[str, ...] | None = None
) -> None:
    """Every query reading ``table`` reaches it through an index (SEARCH, never SCAN),
    through ``index`` (or one of them) when given."""
    indexes = (index,) if isinstance(index, str) else index
    reading = [p for p in planned if p.reads(table)]
    assert reading, f"no query read {table}"
    for query in reading:
        steps = query.steps(table)
        assert steps, f"no step over {table} in\n{query}"
        for step in steps:
            assert step.startswith("SEARCH"), f"full scan of {table}:\n{query}"
            if indexes is not None:
                assert any(i in step for i in indexes) or "PRIMARY KEY" in step, (
                    f"not via {index}:\n{query}"
                )


def test_one_day_by_date_searches_the_day_index_and_each_child_by_day(journal: Database) -> None:
    repo = JournalRepository(journal)
    planned = plans_of(journal, lambda: repo.get(END - timedelta(days=10)))
    assert_search(planned, "day_entry", "(day=?)")
    for table in CHILD_TABLES:
        assert_search(planned, table, f"ix_{table}_day_id")


def test_a_date_range_searches_the_day_index(journal: Database) -> None:
    repo = JournalRepository(journal)
    first, last = END - timedelta(days=40), END - timedelta(days=10)
    planned = plans_of(journal, lambda: repo.between(first, last))
    assert_search(planned, "day_entry", "day>? AND day<?")
    for table in CHILD_TABLES:
        assert_search(planned, table, f"ix_{table}_day_id")
    planned = plans_of(journal, lambda: repo.logged_days(first, last))
    assert_search(planned, "day_entry", "day>? AND day<?")


def test_children_of_a_day_are_found_by_day_id(journal: Database) -> None:
    repo = JournalRepository(journal)
    planned = plans_of(journal, lambda: repo.latest_before(END, with_intakes=True))
    assert_search(planned, "day_entry", ("(day<?)", "(day=?)"))  # the latest day, then that day
    for table in CHILD_TABLES:
        assert_search(planned, table, f"ix_{table}_day_id")


def test_plants_of_a_week_read_only_that_week(journal: Database) -> None:
    # Not through the (kind, name) index: that walks every plant ever logged.
    repo = JournalRepository(journal)
    planned = plans_of(journal, lambda: repo.distinct_plants(END - timedelta(days=6), END))
    assert_search(planned, "day_entry", "day>? AND day<?")
    assert_search(planned, "day_name", "ix_day_name_day_id")


@pytest.mark.parametrize("kind", [PLANT, TRIGGER])
def test_suggestions_by_kind_search_the_kind_index(journal: Database, kind: str) -> None:
    repo = JournalRepository(journal)
    planned = plans_of(journal, lambda: repo.suggestions(kind))
    assert_search(planned, "day_name", "ix_day_name_kind_name")


def test_saving_a_day_touches_only_that_day(journal: Database) -> None:
    repo = JournalRepository(journal)
    entry = repo.get(END - timedelta(days=3))
    assert entry is not None
    planned = plans_of(journal, lambda: repo.save(entry))
    assert_search(planned, "day_entry")
    for table in CHILD_TABLES:
        for query in planned:
            for step in query.steps(table):
                assert step.startswith("SEARCH"), f"full scan of {table}:\n{query}"


def test_experiment_checkins_by_experiment_and_day(journal: Database) -> None:
    experiments = ExperimentsRepository(journal)
    trial = experiments.history()[0]
    assert trial.id is not None
    day = trial.start + timedelta(days=3)
    planned = plans_of(journal, lambda: experiments.set_checkin(trial.id, day, True))
    assert_search(planned, "experiment_checkin", "experiment_id=? AND day=?")
    planned = plans_of(journal, lambda: experiments.checkins(trial.id))
    assert_search(planned, "experiment_checkin", "experiment_id=?")
