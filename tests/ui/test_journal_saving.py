"""Saving that can be seen and trusted: the header's save state, warnings beside the field
just edited, and undo/redo of the day's edits."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from gutsleep.ui.journal.page import JournalPage

DAY = date(2026, 3, 10)


def type_into(qtbot, page: JournalPage, name: str, text: str) -> QLineEdit:
    field = page.findChild(QLineEdit, name)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    return field


def warning(page: JournalPage, name: str) -> QLabel:
    return page.findChild(QLabel, f"{name}_warning")


def test_the_header_says_not_saved_then_saved_and_screen_readers_hear_it(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))
    state = page.findChild(QLabel, "save_state")
    assert state.text() == ""  # an empty day: nothing to say
    field = type_into(qtbot, page, "stress_mood", "7")
    assert state.text() == "Not saved yet"
    assert state.accessibleDescription() == "Not saved yet"
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert state.text().startswith("Saved ") and state.text()[6:8].isdigit()
    assert state.accessibleDescription() == state.text()
    page.go_next()
    assert state.text() == ""
    page.go_previous()
    assert state.text() == "Saved"  # a stored day


def test_the_header_says_could_not_save_with_the_reason(
    qtbot, services, show_active, monkeypatch
) -> None:
    def refuse(entry: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(services.journal.repository, "save", refuse)
    page = show_active(JournalPage(services, today=DAY))
    field = type_into(qtbot, page, "stress_mood", "7")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    state = page.findChild(QLabel, "save_state")
    assert state.text() == "Could not save: the disk is full"
    assert state.property("role") == "error"
    page._retry.stop()


def test_a_noon_bedtime_is_warned_beside_the_bedtime_and_still_saved(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))
    for name, text in (
        ("sleep_into_bed", "23:00"),
        ("sleep_lights_out", "23:10"),
        ("sleep_sleep_onset_min", "15"),
        ("sleep_waso_min", "20"),
        ("sleep_final_wake", "06:00"),
        ("sleep_out_of_bed", "06:30"),
    ):
        type_into(qtbot, page, name, text)
    assert not any(warning(page, n).isVisible() for n in ("sleep_into_bed", "sleep_out_of_bed"))
    field = type_into(qtbot, page, "sleep_into_bed", "12:00")  # meant midnight, read as noon
    shown = warning(page, "sleep_into_bed")
    assert shown.isVisible() and "18 h in bed" in shown.text() and "12:00 is noon" in shown.text()
    assert not warning(page, "sleep_out_of_bed").isVisible()  # not on another field
    assert not warning(page, "sleep_lights_out").isVisible()
    assert shown.accessibleName() == shown.text()  # said to screen readers
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.journal.load(DAY).sleep.into_bed.hour == 12  # a warning, not a refusal
    type_into(qtbot, page, "sleep_into_bed", "00:00")
    assert not shown.isVisible()


def test_a_night_in_the_future_is_warned_beside_the_field_and_saved(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))
    future = DAY + timedelta(days=2)
    page.show_day(future)
    field = type_into(qtbot, page, "sleep_awakenings", "2")
    shown = warning(page, "sleep_awakenings")
    assert shown.isVisible() and "2 day(s) after today" in shown.text()
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.journal.load(future).sleep.awakenings == 2
    page.show_day(DAY)
    type_into(qtbot, page, "sleep_awakenings", "2")
    assert not warning(page, "sleep_awakenings").isVisible()


def test_undo_and_redo_step_through_fields_a_choice_and_a_list_and_are_saved(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    from gutsleep.ui.widgets import ChoiceField

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    services, day = page.services, page.current_day
    undo, redo = window.undo_action, window.redo_action
    assert not undo.isEnabled() and not redo.isEnabled()

    mood = type_into(qtbot, page, "stress_mood", "7")
    qtbot.keyClicks(mood, "")  # still the same field: one step
    quality = page.findChild(ChoiceField, "sleep_quality")
    quality.setFocus()
    qtbot.keyClick(quality, Qt.Key.Key_Down)  # a choice: its own step
    chosen = quality.currentData()
    assert chosen is not None
    plant = page.form.lists["food.plants"].inputs["name"]
    plant.setFocus()
    qtbot.keyClicks(plant, "kale")
    qtbot.keyClick(plant, Qt.Key.Key_Return)  # a list change: its own step
    assert services.journal.load(day).food.plants == ("kale",)
    assert undo.isEnabled() and not redo.isEnabled()

    qtbot.keyClick(plant, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.journal.load(day).food.plants == ()  # undone and saved so
    assert page.status.text().startswith("Undone.")
    assert redo.isEnabled()
    qtbot.keyClick(plant, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert quality.currentData() is None
    assert services.journal.load(day).sleep.quality is None
    qtbot.keyClick(mood, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in a line edit
    assert mood.text() == ""
    assert services.journal.repository.get(day) is None  # nothing left: the day is empty
    assert not undo.isEnabled()

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(mood, Qt.Key.Key_Z, shift_ctrl)
    qtbot.keyClick(mood, Qt.Key.Key_Z, shift_ctrl)
    assert mood.text() == "7" and quality.currentData() == chosen
    stored = services.journal.load(day)
    assert stored.stress.mood == 7 and stored.sleep.quality == chosen
    assert stored.food.plants == ()
    assert redo.isEnabled()

    type_into(qtbot, page, "stress_stress", "3")  # a new edit: what was undone is gone
    assert not redo.isEnabled()
    page.go_next()  # another day: its own steps, none yet
    assert not undo.isEnabled() and not redo.isEnabled()
    page.go_previous()
    assert not undo.isEnabled()


def test_ctrl_z_in_the_notes_undoes_the_days_step_not_a_few_letters(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    type_into(qtbot, page, "stress_mood", "5")
    notes = page.findChild(QPlainTextEdit, "notes")
    notes.setFocus()
    qtbot.keyClicks(notes, "slept badly after wine")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == ""  # the whole note: one step
    stored = page.services.journal.load(page.current_day)
    assert stored.notes == "" and stored.stress.mood == 5
