"""A save that fails is said, keeps the typed values and is tried again until it goes through."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from gutsleep.services.context import open_services
from gutsleep.storage.file import connection
from gutsleep.ui.journal.page import JournalPage

DAY = date(2026, 3, 10)
ZONE = "Europe/London"


def type_note(qtbot, page: JournalPage, text: str) -> None:
    notes = page.findChild(QPlainTextEdit, "notes")
    notes.setPlainText(text)
    page.save_now()


def stored_note(data_dir: Path, day: date = DAY) -> str:
    """The note as a fresh open of the journal finds it."""
    reopened = open_services(data_dir, zone=ZONE)
    try:
        return reopened.journal.load(day).notes
    finally:
        reopened.close()


def fail_saves(monkeypatch, services, error: Exception) -> None:
    def refuse(_entry: object) -> None:
        raise error

    monkeypatch.setattr(services.journal.repository, "save", refuse)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            "the journal file is read-only",
        ),
    ],
)
def test_a_failed_save_is_said_kept_and_retried(
    qtbot, services, data_dir: Path, monkeypatch, error: Exception, reason: str
) -> None:
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    fail_saves(monkeypatch, services, error)

    type_note(qtbot, page, "kept while the disk is full")

    assert page.status.text() == f"Not saved: {reason}."
    assert not page.save_problem.isHidden()
    assert page.save_problem.text().startswith(f"Not saved: {reason}.")
    assert page.findChild(QPlainTextEdit, "notes").toPlainText() == "kept while the disk is full"
    assert page.has_unsaved()
    assert stored_note(data_dir) == ""

    monkeypatch.undo()  # the fault is gone: the next retry (after 1 s) stores the day
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved at"), timeout=5000)
    assert page.save_problem.isHidden()
    assert not page.has_unsaved()
    assert stored_note(data_dir) == "kept while the disk is full"


def test_retries_back_off_up_to_half_a_minute(qtbot, services, monkeypatch) -> None:
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    fail_saves(monkeypatch, services, OSError(errno.ENOSPC, "No space left on device"))
    type_note(qtbot, page, "x")
    delays = [page._retry.interval()]
    for _ in range(7):
        page._retry.timeout.emit()
        delays.append(page._retry.interval())
    assert delays == [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]


def test_a_journal_held_by_another_program_is_said_and_saved_once_free(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    services = open_services(data_dir, zone=ZONE)
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    other = sqlite3.connect(str(services.database.path), isolation_level=None)
    other.execute("PRAGMA busy_timeout=5000")
    other.execute("BEGIN EXCLUSIVE")
    try:
        type_note(qtbot, page, "typed while another program writes")
        assert page.status.text() == "Not saved: the journal is busy in another program."
        text = page.findChild(QPlainTextEdit, "notes").toPlainText()
        assert text == "typed while another program writes"
    finally:
        other.execute("COMMIT")
        other.close()
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved at"), timeout=5000)
    services.close()
    assert stored_note(data_dir) == "typed while another program writes"


def test_switching_day_keeps_an_unsaved_day(qtbot, services, data_dir: Path, monkeypatch) -> None:
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    fail_saves(monkeypatch, services, sqlite3.OperationalError("database or disk is full"))
    type_note(qtbot, page, "first day, not saved")
    page.go_next()
    assert page.findChild(QPlainTextEdit, "notes").toPlainText() == ""
    type_note(qtbot, page, "second day, not saved")
    page.go_previous()
    assert page.findChild(QPlainTextEdit, "notes").toPlainText() == "first day, not saved"
    assert page.status.text() == "Not saved: the disk is full."
    assert [e.notes for e in page.unsaved_entries()] == [
        "first day, not saved",
        "second day, not saved",
    ]

    monkeypatch.undo()
    qtbot.waitUntil(lambda: not page.has_unsaved(), timeout=5000)
    assert stored_note(data_dir) == "first day, not saved"
    assert stored_note(data_dir, DAY + timedelta(days=1)) == "second day, not saved"


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_journal_file_removed_or_replaced_while_open_is_said(
    qtbot, services, data_dir: Path, tmp_path: Path, how: str
) -> None:
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    type_note(qtbot, page, "saved before the swap")
    assert page.status.text().startswith("Saved at")
    path = services.database.path
    if how == "deleted":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    else:
        shutil.copy(path, tmp_path / "copy.sqlite3")
        os.replace(tmp_path / "copy.sqlite3", path)

    page._check_file()  # the periodic look, before anything is typed
    gone = "The journal file was removed or replaced while gutsleep was open"
    assert page.save_problem.text().startswith(gone)

    type_note(qtbot, page, "typed after the swap")
    assert page.status.text() == "Not saved: the journal file was removed or replaced."
    assert page.save_problem.text().startswith(gone)
    assert not page.save_problem.isHidden()
    assert page.findChild(QPlainTextEdit, "notes").toPlainText() == "typed after the swap"
    assert [e.notes for e in page.unsaved_entries()] == ["typed after the swap"]
    assert path.exists() == (how == "replaced")  # never recreated empty
