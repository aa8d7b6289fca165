"""Settings: scheme, language, clock, reminder and moving the data folder, as a user would."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableWidget

from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from gutsleep.storage.file import paths, relocate
from gutsleep.storage.settings import CLOCK, LANGUAGE, REMINDER_ON, REMINDER_TIME, THEME
from gutsleep.ui import dialogs, style
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.reminders import Reminder
from gutsleep.ui.settings_page import SettingsPage
from gutsleep.ui.widgets import TimeField


@pytest.fixture
def window(window: MainWindow, show_active):
    """The shared window, active; the clock and theme put back afterwards."""
    show_active(window)
    yield window
    window.close()
    TimeField.twelve_hour = False
    style.apply(QApplication.instance(), "system")


def choose(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    index = combo.findText(text)
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_dark_scheme_applies_at_once_and_is_remembered(qtbot, window, services, data_dir) -> None:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    choose(qtbot, page.theme, "Dark")
    assert services.settings.get(THEME) == "dark"
    assert style.is_dark(QApplication.instance().palette())
    choose(qtbot, page.theme, "Light")
    assert not style.is_dark(QApplication.instance().palette())
    reopened = open_services(data_dir)
    assert reopened.settings.get(THEME) == "light"
    reopened.close()


def test_language_choice_is_saved_for_the_next_start(qtbot, window, services) -> None:
    page = window.show_page("settings")
    choose(qtbot, page.language, "Deutsch")
    assert services.settings.get(LANGUAGE) == "de"
    assert page.language_note.isVisible()
    assert "next start" in page.language_note.text()


def test_twelve_hour_clock_changes_how_times_show(qtbot, window, services) -> None:
    from datetime import timedelta

    journal = window.page("journal")
    day = journal.current_day
    services.journal.save(
        DayEntry(day=day).__class__(
            day=day,
            sleep=services.journal.blank(day).sleep.__class__(
                final_wake=datetime.combine(day, time(6, 40)),
                out_of_bed=datetime.combine(day, time(7, 5)),
                into_bed=datetime.combine(day - timedelta(days=1), time(23, 10)),
                lights_out=datetime.combine(day - timedelta(days=1), time(23, 15)),
                zone=services.journal.zone,
            ),
        )
    )
    journal.reload()
    page = window.show_page("settings")
    choose(qtbot, page.clock, "12-hour (11:10 pm)")
    assert services.settings.get(CLOCK) == "12h"
    assert journal.findChild(QLineEdit, "sleep_into_bed").text() == "11:10 pm"
    assert journal.findChild(QLineEdit, "sleep_final_wake").text() == "6:40 am"
    entry, refused = journal.collect()
    assert refused == [] and entry.sleep.into_bed.time() == time(23, 10)


def test_reminder_setting_reaches_the_reminder(qtbot, window, services) -> None:
    page = window.show_page("settings")
    page.reminder_on.setFocus()
    qtbot.keyClick(page.reminder_on, Qt.Key.Key_Space)
    assert services.settings.get(REMINDER_ON) is True
    assert window.reminder.enabled
    page.reminder_time.setTime(page.reminder_time.time().fromString("20:30", "HH:mm"))
    assert services.settings.get(REMINDER_TIME) == "20:30"


def test_reminder_fires_once_after_its_time_on_an_empty_day(qtbot, services, show_active) -> None:
    window = show_active(MainWindow(services))
    services.settings.set(REMINDER_ON, True)
    services.settings.set(REMINDER_TIME, "21:00")
    clock = {"now": datetime(2026, 11, 24, 20, 59)}
    reminder = Reminder(window, services, now=lambda: clock["now"])
    assert reminder.check() is False  # too early
    clock["now"] = datetime(2026, 11, 24, 21, 1)
    with qtbot.waitSignal(reminder.reminded, timeout=1000):
        assert reminder.check() is True
    assert reminder.check() is False  # once a day
    clock["now"] = datetime(2026, 11, 25, 21, 5)
    services.journal.save(DayEntry(day=date(2026, 11, 25), notes="done"))
    assert reminder.check() is False  # already logged
    services.settings.set(REMINDER_ON, False)
    clock["now"] = datetime(2026, 11, 26, 22, 0)
    assert reminder.check() is False  # off
    window.close()


def test_moving_the_data_folder_copies_checks_and_points(
    tmp_path: Path, services, monkeypatch
) -> None:
    services.journal.save(DayEntry(day=date(2026, 1, 2), notes="keep me"))
    pointer = tmp_path / "config" / "data-location.txt"
    target = relocate.move_data_dir(services.data_dir, tmp_path / "moved", pointer=pointer)
    assert paths.pointed_data_dir(pointer) == target
    moved = open_services(target)
    assert moved.journal.load(date(2026, 1, 2)).notes == "keep me"
    moved.close()
    assert (services.data_dir / "journal.sqlite3").exists()  # the old folder stays
    with pytest.raises(relocate.MoveError, match="not empty"):
        relocate.move_data_dir(services.data_dir, target, pointer=pointer)


def test_move_button_explains_when_the_folder_was_given_explicitly(
    qtbot, window, monkeypatch
) -> None:
    asked = []
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: asked.append(a))
    page = window.show_page("settings")
    qtbot.mouseClick(page.move_folder, Qt.MouseButton.LeftButton)
    assert "--data-dir" in page.move_note.text()
    assert asked == []


def test_f1_lists_the_shortcuts(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "shortcuts_table")
    assert table is not None
    texts = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("previous day" in t for t in texts)
    dialog.close()


def test_ctrl_comma_opens_settings(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "settings"


def test_dark_palette_text_contrast_meets_aa() -> None:
    roles = QPalette.ColorRole
    for palette in (style.dark_palette(), style.light_palette()):
        for fg, bg in (
            (roles.WindowText, roles.Window),
            (roles.Text, roles.Base),
            (roles.ButtonText, roles.Button),
            (roles.HighlightedText, roles.Highlight),
            (roles.PlaceholderText, roles.Base),
        ):
            ratio = style.contrast(palette.color(fg), palette.color(bg))
            assert ratio >= 4.5, (fg, bg, ratio)


def test_passphrase_section_offers_what_fits_the_journal(qtbot, window, monkeypatch) -> None:
    from gutsleep.ui import passphrase

    calls = []
    monkeypatch.setattr(passphrase, "protect_journal", lambda parent, services: calls.append(1))
    page = window.show_page("settings")
    assert page.protect.isVisible() and not page.change.isVisible()
    assert "not encrypted" in page.protection.text()
    qtbot.mouseClick(page.protect, Qt.MouseButton.LeftButton)
    assert calls == [1]
