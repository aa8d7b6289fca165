"""Experiments round-trip through SQLite: pauses, history order, check-ins, delete, reopen."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.experiments import Design, Experiment, end_early, extend, pause, resume
from gutsleep.storage.features.experiments_repo import ExperimentsRepository, UnknownExperimentError
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.paths import DATABASE_NAME

START = date(2026, 3, 2)


def open_repo(path: Path) -> tuple[Database, ExperimentsRepository]:
    database = Database.open(path)
    return database, ExperimentsRepository(database)


def probiotic(**kw: object) -> Experiment:
    fields: dict[str, object] = {
        "title": "LGG for bloating",
        "template": "probiotic",
        "outcome": "bloating",
        "start": START,
        "design": Design.ABAB,
        "phase_days": 7,
        "strain": "Lactobacillus rhamnosus GG",
        "cfu": "10 billion",
        "change": "one capsule with breakfast",
    }
    fields.update(kw)
    return Experiment(**fields)  # type: ignore[arg-type]


def test_an_experiment_round_trips_with_pauses_across_reopen(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    assert repo.history() == []
    stored = repo.save(probiotic())
    assert stored.id is not None and stored.created is not None
    assert stored.blocks == 2 and stored.pauses == ()
    changed = pause(stored, START + timedelta(days=3))
    changed = resume(changed, START + timedelta(days=6))
    changed = pause(changed, START + timedelta(days=10))
    changed = extend(changed)
    saved = repo.save(changed)
    assert saved == changed
    database.close()

    database, repo = open_repo(tmp_path)
    again = repo.get(stored.id)
    assert again == changed
    assert again is not None and again.pauses == (
        (START + timedelta(days=3), START + timedelta(days=5)),
        (START + timedelta(days=10), None),
    )
    assert again.blocks == 3 and again.paused
    assert again.created == stored.created
    database.close()


def test_ending_early_is_stored(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    stored = repo.save(probiotic(design=Design.AB))
    ended = repo.save(end_early(stored, START + timedelta(days=9)))
    got = repo.get(ended.id or 0)
    assert got is not None and got.ended_on == START + timedelta(days=9) and got.ended_early
    assert got.design is Design.AB and got.blocks == 1
    database.close()


def test_history_is_newest_first(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    old = repo.save(probiotic(title="old", start=START - timedelta(days=60)))
    new = repo.save(probiotic(title="new", start=START))
    same_day = repo.save(probiotic(title="same day", start=START))
    assert [e.title for e in repo.history()] == ["same day", "new", "old"]
    assert [e.id for e in repo.history()] == [same_day.id, new.id, old.id]
    database.close()


def test_updating_an_unknown_experiment_is_refused(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    with pytest.raises(UnknownExperimentError):
        repo.save(replace(probiotic(), id=999))
    with pytest.raises(UnknownExperimentError):
        repo.set_checkin(999, START, True)
    assert repo.get(999) is None
    assert repo.delete(999) is False
    database.close()


def test_checkins_set_change_clear_and_survive_reopen(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    exp = repo.save(probiotic())
    other = repo.save(probiotic(title="other"))
    assert exp.id is not None and other.id is not None
    repo.set_checkin(exp.id, START, True)
    repo.set_checkin(exp.id, START + timedelta(days=1), False)
    repo.set_checkin(exp.id, START + timedelta(days=2), True)
    repo.set_checkin(exp.id, START + timedelta(days=2), False)  # changed
    repo.set_checkin(exp.id, START + timedelta(days=1), None)  # cleared
    repo.set_checkin(exp.id, START + timedelta(days=5), None)  # nothing to clear
    repo.set_checkin(other.id, START, False)
    database.close()

    database, repo = open_repo(tmp_path)
    assert repo.checkins(exp.id) == {START: True, START + timedelta(days=2): False}
    assert repo.checkins(other.id) == {START: False}
    # saving the experiment again (a pause, say) keeps its check-ins
    repo.save(pause(exp, START + timedelta(days=4)))
    assert repo.checkins(exp.id) == {START: True, START + timedelta(days=2): False}
    database.close()


def test_delete_takes_pauses_and_checkins_along(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    exp = repo.save(pause(probiotic(), START + timedelta(days=2)))
    assert exp.id is not None
    repo.set_checkin(exp.id, START, True)
    assert repo.delete(exp.id) is True
    assert repo.get(exp.id) is None and repo.history() == [] and repo.checkins(exp.id) == {}
    database.close()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as raw:
        for table in ("experiment", "experiment_pause", "experiment_checkin"):
            assert raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)


def test_active_on_follows_the_calendar(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    running = repo.save(probiotic(title="running", design=Design.AB))  # 14 days from START
    interrupted = pause(probiotic(title="paused"), START + timedelta(days=2))
    paused = repo.save(resume(interrupted, START + timedelta(days=5)))
    ended = repo.save(end_early(probiotic(title="ended"), START + timedelta(days=3)))

    def titles(day: date) -> list[str]:
        return sorted(e.title for e in repo.active_on(day))

    assert titles(START - timedelta(days=1)) == []
    assert titles(START) == ["ended", "paused", "running"]
    assert titles(START + timedelta(days=3)) == ["ended", "running"]  # paused 2..4
    assert titles(START + timedelta(days=4)) == ["running"]
    assert titles(START + timedelta(days=5)) == ["paused", "running"]
    assert titles(START + timedelta(days=13)) == ["paused", "running"]
    assert titles(START + timedelta(days=14)) == ["paused"]
    assert running.id and paused.id and ended.id
    database.close()
