"""Trackers of your own on the Journal: typed by keyboard, kept, managed in their dialog."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from gutsleep.domain.trackers import TrackerKind
from gutsleep.services.context import open_services
from gutsleep.storage.backups.copies import BEFORE_DELETE, list_backups
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.journal.trackers_dialog import TrackersDialog

DAY = date(2026, 3, 29)


def _page(services, show_active) -> JournalPage:
    page = show_active(JournalPage(services, today=DAY))
    return page


def test_each_tracker_has_a_named_input_typed_by_keyboard_and_kept(
    qtbot, data_dir: Path, show_active
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    outdoors = services.trackers.add("Time outdoors", TrackerKind.MINUTES)
    caffeine = services.trackers.add("Caffeine after 2 pm", TrackerKind.YES_NO)
    screens = services.trackers.add("Screens off", TrackerKind.CLOCK)
    page = _page(services, show_active)
    field = page.trackers.fields[outdoors.uid]
    assert field.accessibleName() == "Time outdoors"
    labels = [w for w in page.trackers.findChildren(QLabel) if w.buddy() is field]
    assert labels, "the tracker's label is the input's buddy"
    field.setFocus()
    qtbot.keyClicks(field, "0")  # zero is a value, not "nothing"
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    choice = QApplication.focusWidget()
    assert choice is page.trackers.fields[caffeine.uid]
    assert isinstance(choice, QComboBox) and choice.accessibleName() == "Caffeine after 2 pm"
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # "yes"
    qtbot.keyClick(choice, Qt.Key.Key_Tab)
    clock = QApplication.focusWidget()
    assert clock is page.trackers.fields[screens.uid]
    qtbot.keyClicks(clock, "22:15")
    qtbot.keyClick(clock, Qt.Key.Key_Tab)
    assert services.trackers.day_values(DAY) == {
        outdoors.uid: 0.0,
        caffeine.uid: 1.0,
        screens.uid: 22 * 60 + 15.0,
    }
    assert services.trackers.day_values(DAY + timedelta(days=1)) == {}
    page.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    page = _page(services, show_active)
    assert page.trackers.fields[outdoors.uid].text() == "0"
    assert page.trackers.fields[caffeine.uid].currentText() == "yes"
    assert page.trackers.fields[screens.uid].text() == "22:15"
    page.close()
    services.close()


def test_a_value_that_cant_be_read_is_kept_said_and_named_before_leaving(
    qtbot, services, show_active, asked
) -> None:
    naps = services.trackers.add("Glasses of water", TrackerKind.COUNT)
    services.trackers.set_value(naps.uid, DAY, 3)
    page = _page(services, show_active)
    field = page.trackers.fields[naps.uid]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "two")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    box = page.trackers.boxes[naps.uid]
    assert box.message.isVisible() and "whole number" in box.message.text()
    assert field.text() == "two"
    assert services.trackers.day_values(DAY) == {naps.uid: 3.0}  # the stored value stays
    assert page.has_unsaved()
    asked.answers["ask"] = False
    page.go_next()
    assert page.current_day == DAY, "No keeps the day to correct it"
    (question,) = asked.named("ask")
    assert "Glasses of water “two”" in question[1]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert services.trackers.day_values(DAY) == {naps.uid: 2.0}
    assert not box.message.isVisible() and not page.has_unsaved()


def test_the_dialog_adds_renames_and_deletes_after_asking_and_a_backup(
    qtbot, services, show_active, asked
) -> None:
    dialog = show_active(TrackersDialog(services))
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Outdoors")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TrackerKind.MINUTES))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    (tracker,) = services.trackers.trackers()
    assert (tracker.name, tracker.kind) == ("Outdoors", TrackerKind.MINUTES)
    services.trackers.set_value(tracker.uid, DAY, 40)

    dialog.list.setCurrentRow(0)
    assert not dialog.kind.isEnabled()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Time outside")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    (renamed,) = services.trackers.trackers()
    assert renamed.name == "Time outside" and renamed.uid == tracker.uid
    assert services.trackers.values()[tracker.uid] == {DAY: 40.0}

    dialog.list.setCurrentRow(0)
    asked.answers["ask"] = False
    qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert [t.uid for t in services.trackers.trackers()] == [tracker.uid]
    assert "1 recorded days" in asked.named("ask")[0][1]
    asked.answers["ask"] = True
    qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert services.trackers.trackers() == []
    (backup,) = [b for b in list_backups(services.data_dir) if b.reason == BEFORE_DELETE]
    assert backup.path.name in dialog.message.text()


def test_a_refused_name_is_said_and_kept_in_the_form(qtbot, services, show_active) -> None:
    services.trackers.add("Weight", TrackerKind.AMOUNT, "kg")
    dialog = show_active(TrackersDialog(services))
    qtbot.keyClicks(dialog.name, "weight")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert "already there" in dialog.message.text()
    assert dialog.name.text() == "weight"
    assert len(services.trackers.trackers()) == 1


def test_a_template_is_added_in_one_click_and_reaches_the_journal(
    qtbot, services, show_active
) -> None:
    page = _page(services, show_active)
    assert page.trackers.empty.isVisible()
    dialog = TrackersDialog(services, page)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(3)  # weight, in kg
    qtbot.mouseClick(dialog.add_template, Qt.MouseButton.LeftButton)
    (weight,) = services.trackers.trackers()
    assert (weight.name, weight.kind, weight.unit) == ("Weight", TrackerKind.AMOUNT, "kg")
    page.trackers.show_day(DAY)
    field = page.trackers.fields[weight.uid]
    assert isinstance(field, QLineEdit) and field.accessibleName() == "Weight"
    assert not page.trackers.empty.isVisible()
    assert page.findChild(QPushButton, "manage_trackers").accessibleName()


def test_a_trackers_reminder_comes_once_a_day_after_its_time_until_filled(
    qtbot, services, show_active
) -> None:
    from datetime import datetime, time

    from gutsleep.ui.main_window import MainWindow
    from gutsleep.ui.reminders import Reminder

    outdoors = services.trackers.add("Time outdoors", TrackerKind.MINUTES, reminder=time(20, 0))
    services.trackers.add("Weight", TrackerKind.AMOUNT, "kg")  # no reminder
    window = show_active(MainWindow(services))
    clock = {"now": datetime(2026, 3, 29, 19, 59)}
    reminder = Reminder(window, services, now=lambda: clock["now"])
    assert reminder.check_trackers() == []  # too early
    clock["now"] = datetime(2026, 3, 29, 20, 1)
    with qtbot.waitSignal(reminder.trackers_reminded, timeout=1000):
        assert reminder.check_trackers() == [outdoors.uid]
    assert "Time outdoors" in window.statusBar().currentMessage()
    assert reminder.check_trackers() == []  # once a day
    clock["now"] = datetime(2026, 3, 30, 21, 0)
    services.trackers.set_value(outdoors.uid, date(2026, 3, 30), 0)
    assert reminder.check_trackers() == []  # filled in (zero is a value)
    clock["now"] = datetime(2026, 3, 31, 21, 0)
    assert reminder.check_trackers() == [outdoors.uid]
    window.close()
