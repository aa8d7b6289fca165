"""Regimens by keyboard: added in the dialog, ticked in the Journal, there after reopening."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from gutsleep.domain.journal import DayEntry, Intake, IntakeKind
from gutsleep.domain.regimens import ChangeKind, RegimenKind
from gutsleep.services.context import open_services
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.journal.regimens import RegimensDialog

DAY = date(2026, 3, 29)


def _type_into_focus(qtbot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _tab(qtbot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_add_a_regimen_by_keyboard_tick_it_and_find_it_after_reopening(
    qtbot, show_active, data_dir: Path
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    dialog = show_active(RegimensDialog(services.regimens, DAY))
    assert QApplication.focusWidget() is dialog.name
    _type_into_focus(qtbot, "Micronised progesterone")
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)  # hormone therapy, the first kind
    _tab(qtbot)
    _type_into_focus(qtbot, "by mouth")
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.start
    for _section in range(3):  # Tab walks the date's day, month and year, then leaves
        _tab(qtbot)
        if QApplication.focusWidget() is not dialog.start:
            break
    assert QApplication.focusWidget() is dialog.dose
    _type_into_focus(qtbot, "100 mg")
    qtbot.keyClick(dialog.dose, Qt.Key.Key_Return)
    assert dialog.message.text() == "Micronised progesterone was added."
    [regimen] = services.regimens.regimens()
    assert (regimen.kind, regimen.route) == (RegimenKind.HORMONE_THERAPY, "by mouth")
    assert regimen.dose_on(DAY) == "100 mg"
    dialog.close()

    page = show_active(JournalPage(services, today=DAY))
    ticks = page.form.regimen_ticks
    assert ticks.isVisible()
    [(box, _intake)] = ticks.boxes
    assert box.accessibleName() == "Taken today: Micronised progesterone, 100 mg"
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    services.close()

    reopened = open_services(data_dir, zone="Europe/London")
    try:
        assert reopened.journal.load(DAY).intakes == (
            Intake("Micronised progesterone", "100 mg", IntakeKind.MEDICINE),
        )
        page2 = show_active(JournalPage(reopened, today=DAY))
        [(box2, _)] = page2.form.regimen_ticks.boxes
        assert box2.isChecked(), "the tick follows the day's list"
        qtbot.keyClick(box2, Qt.Key.Key_Space)  # untick: the row goes again
        assert reopened.journal.load(DAY).intakes == ()
        page2.show_day(DAY - timedelta(days=1))  # before the start: no tick offered
        assert not page2.form.regimen_ticks.isVisible()
    finally:
        reopened.close()


def test_a_row_typed_by_hand_ticks_its_regimen(qtbot, show_active, services) -> None:
    services.regimens.add("Magnesium", RegimenKind.SUPPLEMENT, DAY - timedelta(days=5), "300 mg")
    services.journal.save(DayEntry(day=DAY, intakes=(Intake("magnesium", "300 MG"),)))
    page = show_active(JournalPage(services, today=DAY))
    [(box, _)] = page.form.regimen_ticks.boxes
    assert box.isChecked()


def test_a_stop_before_the_start_is_said_beside_the_buttons_and_nothing_changes(
    qtbot, show_active, services, asked
) -> None:
    gel = services.regimens.add(
        "Estradiol gel", RegimenKind.HORMONE_THERAPY, DAY, "1 pump", "on the skin"
    )
    dialog = show_active(RegimensDialog(services.regimens, DAY))
    dialog.change_day.setDate(dialog.change_day.date().addDays(-3))
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The stop on 2026-03-26 comes before the start."
    assert dialog.message.property("role") == "error"
    assert services.regimens.regimens() == [gel]
    dialog.change_dose.setText("2 pumps")
    dialog.change_day.setDate(dialog.change_day.date().addDays(10))
    qtbot.mouseClick(dialog.dose_button, Qt.MouseButton.LeftButton)
    assert [c.kind for c in services.regimens.regimens()[0].ordered()] == [
        ChangeKind.START,
        ChangeKind.DOSE,
    ]
    assert "dose changed to 2 pumps" in dialog.findChild(QLabel, "regimen_history").text()
    asked.answers["ask"] = False
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert len(services.regimens.regimens()) == 1, "No keeps it"
    asked.answers["ask"] = True
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert services.regimens.regimens() == []
    assert not dialog.findChildren(QCheckBox)


def test_trends_marks_the_demo_therapy_on_every_tab_and_follows_a_new_change(
    qtbot, services
) -> None:
    from gutsleep.charts.base import number_of
    from gutsleep.ui.operations import Changes, announce_changes
    from tests.ui.trends_helpers import open_trends

    window, page = open_trends(qtbot, services, days=120)
    start = date.today() - timedelta(days=59)
    for index, key in enumerate(("sleep", "factors", "plants", "gut")):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda key=key: key in page.views)
        chart = page.charts[key]
        lines = [a for a in chart.marker_artists if a.get_gid() == "regimen-marker"]
        assert lines, key
        assert {line.get_xdata()[0] for line in lines} >= {number_of(start)}, key
        # the 30 days shown hold the dose change (day 42 of the therapy), said in words
        assert "Estradiol gel now 2 pumps (1.5 mg)." in page.views[key].summary.text()
    ssri = services.regimens.add(
        "Escitalopram", RegimenKind.MEDICINE, date.today() - timedelta(days=10), "10 mg"
    )
    announce_changes(Changes(regimens=True), window)
    page.on_shown()
    qtbot.waitUntil(
        lambda: any(e.name == ssri.name for e in page.charts["sleep"].markers), timeout=20_000
    )
