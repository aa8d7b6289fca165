"""Quitting while a save fails asks first, and can export the unsaved day."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from gutsleep.services.context import open_services
from gutsleep.storage.transfer import read_file
from gutsleep.ui import dialogs
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.main_window import MainWindow

DAY = date(2026, 3, 10)


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The shared window, shown on the Journal at DAY."""
    window.show()
    page = window.show_page("journal")
    assert isinstance(page, JournalPage)
    page.show_day(DAY)
    return window


def failing_note(window: MainWindow, monkeypatch, text: str) -> JournalPage:
    page = window.pages["journal"]

    def refuse(_entry: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.services.journal.repository, "save", refuse)
    page.findChild(QPlainTextEdit, "notes").setPlainText(text)
    page.save_now()
    assert page.status.text() == "Not saved: the disk is full."
    return page


def answer(monkeypatch, choice: str) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "unsaved_on_quit", lambda _parent, text: asked.append(text) or choice
    )
    return asked


@pytest.mark.parametrize("how", ["close", "quit_action"])
def test_cancel_keeps_the_window_and_the_values(window, monkeypatch, how: str) -> None:
    page = failing_note(window, monkeypatch, "not saved yet")
    asked = answer(monkeypatch, dialogs.CANCEL_QUIT)
    if how == "close":
        assert not window.close()
    else:  # File → Quit and Ctrl+Q
        window.quit_action.trigger()
    assert window.isVisible()
    assert "2026-03-10" in asked[0] and "not saved" in asked[0]
    assert page.findChild(QPlainTextEdit, "notes").toPlainText() == "not saved yet"


def test_quit_without_saving_closes(window, monkeypatch) -> None:
    failing_note(window, monkeypatch, "let go")
    asked = answer(monkeypatch, dialogs.QUIT_UNSAVED)
    assert window.close()
    assert len(asked) == 1


def test_export_writes_the_unsaved_day_privately_in_the_export_format(
    window, monkeypatch, tmp_path: Path
) -> None:
    failing_note(window, monkeypatch, "exported instead")
    answer(monkeypatch, dialogs.EXPORT_UNSAVED)
    target = tmp_path / "unsaved.json"
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: str(target))
    old_umask = os.umask(0)
    try:
        assert window.close()
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [day["day"] for day in document["days"]] == ["2026-03-10"]
    parsed = read_file(target, "Europe/London")
    assert [entry.notes for entry in parsed.entries] == ["exported instead"]


def test_export_cancelled_in_the_file_dialog_keeps_the_window(window, monkeypatch) -> None:
    failing_note(window, monkeypatch, "still here")
    answer(monkeypatch, dialogs.EXPORT_UNSAVED)
    monkeypatch.setattr(dialogs, "save_path", lambda *_args: None)
    assert not window.close()


def test_a_pending_save_on_close_is_saved_without_asking(window, monkeypatch, data_dir) -> None:
    asked = answer(monkeypatch, dialogs.CANCEL_QUIT)
    page = window.pages["journal"]
    notes = page.findChild(QPlainTextEdit, "notes")
    notes.setPlainText("typed, then closed before the autosave")
    assert window.close()
    assert asked == []
    window.services.close()
    reopened = open_services(data_dir)
    assert reopened.journal.load(DAY).notes == "typed, then closed before the autosave"
    reopened.close()
