"""The Journal's symptoms: chosen by mouse and keyboard, kept across a restart, and a
rating kept on a day never hidden by the choice."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
)

from gutsleep.domain.journal import DayEntry, Symptoms
from gutsleep.domain.symptoms import SYMPTOM_ATTRS
from gutsleep.services.context import open_services
from gutsleep.storage.settings import JOURNAL_SYMPTOMS
from gutsleep.ui.journal.page import JournalPage

DAY = date(2026, 3, 29)


def shown(page: JournalPage) -> list[str]:
    return [
        attr
        for attr in SYMPTOM_ATTRS
        if page.findChild(QComboBox, f"symptoms_{attr}").isVisibleTo(page)
    ]


def item_of(choices: QListWidget, attr: str):
    (item,) = (
        choices.item(row)
        for row in range(choices.count())
        if choices.item(row).data(Qt.ItemDataRole.UserRole) == attr
    )
    return item


def test_symptoms_are_chosen_by_mouse_and_keyboard_and_the_choice_survives_a_restart(
    qtbot, data_dir: Path, show_active
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    page = show_active(JournalPage(services, today=DAY))
    assert shown(page) == list(SYMPTOM_ATTRS)  # all shown at first
    choose = page.findChild(QPushButton, "choose_symptoms")
    assert choose.accessibleName() == "Choose symptoms"
    assert page.findChild(QListWidget, "symptom_choice_list") is None  # made when asked for
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    choices = page.findChild(QListWidget, "symptom_choice_list")
    assert choices.isVisible() and QApplication.focusWidget() is choices
    assert choose.nextInFocusChain() is choices  # Tab from the button reaches the list
    # By mouse: untick breast tenderness (its check box at the row's left edge).
    item = item_of(choices, "breast_tenderness")
    choices.scrollToItem(item)
    rect = choices.visualItemRect(item)
    box = choices.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    qtbot.mouseClick(
        choices.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 3 + box // 2, rect.center().y()),
    )
    assert item.checkState() == Qt.CheckState.Unchecked
    # By keyboard: the second row (headache), Space unticks it.
    choices.setCurrentRow(0)
    qtbot.keyClick(choices, Qt.Key.Key_Down)
    qtbot.keyClick(choices, Qt.Key.Key_Space)
    expected = [a for a in SYMPTOM_ATTRS if a not in ("headache", "breast_tenderness")]
    assert shown(page) == expected
    note = page.findChild(QLabel, "symptoms_hidden_note")
    assert note.isVisible() and note.text().startswith("Symptoms not shown: 2 ")
    assert services.settings.get(JOURNAL_SYMPTOMS) == ",".join(expected)
    page.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    page = show_active(JournalPage(services, today=DAY))
    assert shown(page) == expected
    qtbot.mouseClick(page.findChild(QPushButton, "choose_symptoms"), Qt.MouseButton.LeftButton)
    choices = page.findChild(QListWidget, "symptom_choice_list")
    assert item_of(choices, "headache").checkState() == Qt.CheckState.Unchecked
    assert item_of(choices, "anxiety").checkState() == Qt.CheckState.Checked
    page.close()
    services.close()


def test_a_symptom_not_chosen_still_shows_on_a_day_it_was_rated(
    qtbot, services, show_active
) -> None:
    services.settings.set(JOURNAL_SYMPTOMS, "anxiety")
    services.journal.save(DayEntry(DAY, symptoms=Symptoms(headache=0)))
    page = show_active(JournalPage(services, today=DAY))
    assert shown(page) == ["headache", "anxiety"]  # "none" is a rating too
    assert page.findChild(QComboBox, "symptoms_headache").currentData() == 0
    page.show_day(DAY + timedelta(days=1))
    assert shown(page) == ["anxiety"]


def test_a_rating_is_picked_with_a_digit_and_saved(qtbot, services, show_active) -> None:
    page = show_active(JournalPage(services, today=DAY))
    combo = page.findChild(QComboBox, "symptoms_brain_fog")
    assert combo.accessibleName() == "Brain fog"
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is combo)  # a caption names it
    assert label.text() == "Brain fog"
    combo.setFocus()
    qtbot.keyClicks(combo, "2")
    assert combo.currentText() == "2 · moderate"
    page.save_now()
    assert services.journal.load(DAY).symptoms == Symptoms(brain_fog=2)
