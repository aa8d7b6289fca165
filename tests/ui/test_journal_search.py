"""Edit → Find on the Journal: every day's words searched, a day opened by the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget

from gutsleep.domain.journal import DayEntry, Food
from gutsleep.services.context import open_services
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.main_window import MainWindow

SECRET = "correct horse battery staple"
OLDER, NEWER, OTHER = date(2026, 3, 4), date(2026, 4, 20), date(2026, 5, 1)


def encrypted_journal(data_dir: Path) -> None:
    database = Database.open(data_dir)
    repo = JournalRepository(database)
    repo.save(DayEntry(OLDER, notes="Bloated after the Käse platter"))
    repo.save(DayEntry(NEWER, food=Food(plants=("oats", "kale"), trigger_foods=("kaseri",))))
    repo.save(DayEntry(OTHER, notes="a quiet day"))
    database.protect(SECRET)
    database.close()


def test_find_a_note_on_an_encrypted_journal_and_open_the_day_by_keyboard(
    qtbot, data_dir: Path
) -> None:
    encrypted_journal(data_dir)
    services = open_services(data_dir, zone="Europe/London", passphrase=SECRET)
    assert services.database.encrypted
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    page.show_day(OTHER)
    page.date_edit.setFocus()

    qtbot.keyClick(page.date_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = page.findChild(QLineEdit, "journal_search_text")
    assert field.isVisible() and field.hasFocus()
    assert window.statusBar().currentMessage() == ""  # not "nothing to search"
    qtbot.keyClicks(field, "kase")  # no umlaut typed, a prefix of "kaseri" too
    results = page.findChild(QListWidget, "journal_search_results")
    qtbot.waitUntil(lambda: results.count() == 2, timeout=5000)
    assert page.search_panel.shown_days() == [NEWER, OLDER]  # newest first
    message = page.findChild(QLabel, "journal_search_message")
    assert message.text().startswith("2 day(s) found")
    assert "<b>Käse</b>" in results.item(1).data(Qt.ItemDataRole.UserRole + 1)
    assert "Trigger foods: kaseri" in results.item(0).text()  # said plain to screen readers

    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.current_day == NEWER
    assert results.hasFocus()
    qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert page.current_day == OLDER
    assert "Käse" in page.collect()[0].notes

    qtbot.keyClick(results, Qt.Key.Key_Escape)
    assert not page.search_panel.isVisible()
    assert page.date_edit.hasFocus()
    window.close()
    services.close()


def test_nothing_found_is_said_and_a_new_save_is_found(qtbot, services, show_active) -> None:
    page = show_active(JournalPage(services, today=OTHER))
    page.open_find()
    field = page.search_panel.text
    qtbot.keyClicks(field, "rhubarb")
    message = page.search_panel.message
    qtbot.waitUntil(lambda: "No day mentions" in message.text(), timeout=5000)
    assert not page.search_panel.results.isVisible()
    notes = page.findChild(QLineEdit, "sleep_comments")
    notes.setFocus()
    qtbot.keyClicks(notes, "rhubarb crumble late")
    qtbot.keyClick(notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search_panel.shown_days() == [OTHER], timeout=5000)


def test_more_matches_than_shown_are_said(qtbot, services, show_active, monkeypatch) -> None:
    from datetime import timedelta

    from gutsleep.ui.journal import search as panel_module

    monkeypatch.setattr(panel_module, "SEARCH_LIMIT", 3)
    services.journal.repository.save_many(
        [DayEntry(OLDER + timedelta(days=n), notes=f"oats number {n}") for n in range(5)]
    )
    page = show_active(JournalPage(services, today=OTHER))
    page.open_find()
    qtbot.keyClicks(page.search_panel.text, "oats")
    qtbot.waitUntil(lambda: page.search_panel.results.count() == 3, timeout=5000)
    assert page.search_panel.shown_days()[0] == OLDER + timedelta(days=4)
    assert "There are more, older ones" in page.search_panel.message.text()
