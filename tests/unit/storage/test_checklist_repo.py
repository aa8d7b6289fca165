"""Checklist runs round-trip through SQLite: save, edit, delete, newest first, across reopen."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.questions import ALL_KEYS, Answer
from gutsleep.storage.features.checklist_repo import ChecklistRepository, UnknownRunError
from gutsleep.storage.file.database import Database

Y, N, U = Answer.YES, Answer.NO, Answer.UNSURE
FIRST = {"digestive-symptoms": Y, "autoimmune": N, "antibiotics": U, "want-data": Y}
SECOND = {key: N for key in ALL_KEYS}


def open_repo(path: Path) -> tuple[Database, ChecklistRepository]:
    database = Database.open(path)
    return database, ChecklistRepository(database)


def test_runs_round_trip_newest_first_across_reopen(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    assert repo.history() == [] and repo.latest() is None and repo.count() == 0
    first = repo.save(date(2026, 3, 1), FIRST)
    second = repo.save(date(2026, 4, 1), SECOND)
    same_day = repo.save(date(2026, 4, 1), {"autoimmune": U})
    database.close()

    database, repo = open_repo(tmp_path)
    assert [r.id for r in repo.history()] == [same_day, second, first]
    assert repo.get(first) == ChecklistRecord(first, date(2026, 3, 1), FIRST)
    assert repo.get(second) == ChecklistRecord(second, date(2026, 4, 1), SECOND)
    assert repo.latest() == ChecklistRecord(same_day, date(2026, 4, 1), {"autoimmune": U})
    assert repo.count() == 3
    database.close()


def test_editing_replaces_the_answers_and_keeps_the_date(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    run = repo.save(date(2026, 3, 1), FIRST)
    edited = {"digestive-symptoms": N, "food-sensitivities": Y}  # one changed, others gone
    repo.update(run, edited)
    database.close()
    database, repo = open_repo(tmp_path)
    assert repo.get(run) == ChecklistRecord(run, date(2026, 3, 1), edited)
    repo.update(run, edited, taken_on=date(2026, 3, 2))
    record = repo.get(run)
    assert record is not None and record.taken_on == date(2026, 3, 2)
    with pytest.raises(UnknownRunError):
        repo.update(run + 1, edited)
    database.close()


def test_deleting_a_run_removes_its_answers(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    gone = repo.save(date(2026, 3, 1), FIRST)
    kept = repo.save(date(2026, 3, 8), SECOND)
    assert repo.delete(gone) is True
    assert repo.delete(gone) is False
    assert [r.id for r in repo.history()] == [kept]
    database.close()
    con = sqlite3.connect(tmp_path / "journal.sqlite3")
    orphans = con.execute(
        "select count(*) from checklist_answer where run_id = ?", (gone,)
    ).fetchone()
    con.close()
    assert orphans == (0,)


def test_an_odd_stored_value_is_dropped_not_fatal(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    run = repo.save(date(2026, 3, 1), FIRST)
    database.close()
    con = sqlite3.connect(tmp_path / "journal.sqlite3")
    with con:
        con.execute("update checklist_answer set answer = 'maybe' where question = 'autoimmune'")
    con.close()
    database, repo = open_repo(tmp_path)
    record = repo.get(run)
    assert record is not None
    assert record.answers == {k: v for k, v in FIRST.items() if k != "autoimmune"}
    database.close()


def test_records_evaluate_their_answers(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    repo.save(date(2026, 3, 1), FIRST)
    record = repo.latest()
    assert record is not None
    assert record.screening().applying[0].key == "digestive-symptoms"
    assert [c.key for c in record.testing().reasons_for] == ["want-data"]
    database.close()
