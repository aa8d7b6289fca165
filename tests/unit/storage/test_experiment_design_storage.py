"""Revision 0005: the experiment's design fields round-trip, and older experiments keep working."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from gutsleep.domain.experiments import (
    Experiment,
    change_plan,
    draw_order,
    phase_order,
    schedule,
    smallest_change_for,
)
from gutsleep.storage.features.experiments_repo import ExperimentsRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.schema import upgrade

START = date(2026, 3, 2)


def test_design_fields_round_trip(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    repo = ExperimentsRepository(database)
    exp = Experiment(
        "Kefir",
        "fermented",
        "tst",
        START,
        phase_days=7,
        washout_days=2,
        order=draw_order(5, 2),
        randomised=True,
        seed=5,
        smallest_change=20.0,
    )
    saved = repo.save(change_plan(exp, date(2026, 3, 4), smallest=25.0))
    database.close()
    database = Database.open(tmp_path)
    again = ExperimentsRepository(database).get(saved.id or 0)
    database.close()
    assert again is not None
    assert (again.washout_days, again.order, again.randomised, again.seed) == (
        2,
        draw_order(5, 2),
        True,
        5,
    )
    assert again.smallest_change == 25.0
    assert again.plan_changes == ((date(2026, 3, 4), "tst 20 -> tst 25"),)


def test_an_experiment_made_at_0004_reads_with_the_old_defaults(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    sqlite3.connect(path).close()  # journal connections never create the file
    upgrade(path, "0004_experiments")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO experiment (title, template, change, strain, cfu, outcome, design, "
        "phase_days, start, blocks, ended_on, ended_early, created_at) "
        "VALUES ('Old', 'fermented', '', '', '', 'se', 'ABAB', 7, ?, 2, NULL, 0, ?)",
        (START.isoformat(), datetime(2026, 3, 1, 9, 0).isoformat(sep=" ")),
    )
    con.commit()
    con.close()
    database = Database.open(tmp_path)  # upgrades to the head
    (old,) = ExperimentsRepository(database).history()
    database.close()
    assert (old.washout_days, old.order, old.randomised, old.seed) == (0, "", False, None)
    assert old.smallest_change is None and smallest_change_for(old) == 5
    assert old.plan_changes == ()
    assert phase_order(old) == "ABAB"
    assert [p for _, p in schedule(old)] == (["A"] * 7 + ["B"] * 7) * 2
