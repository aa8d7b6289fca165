"""File ▸ Report for a clinician…: period and file asked (dialogs patched), made on the worker."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDateEdit, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.services import report as report_service
from gutsleep.services.context import Services
from gutsleep.ui import dialogs
from gutsleep.ui.main_window import MainWindow
from tests.helpers.dialogs import FakeDialogs

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

TIMEOUT = 30000
pytestmark = pytest.mark.usefixtures("asked")  # no real dialog ever waits for a click


def report_action(window: MainWindow) -> QAction:
    assert window.report_action is not None  # installed with the window's menus
    return window.report_action.action


def run_report(qtbot: QtBot, window: MainWindow) -> Any:
    """Trigger the action and wait for the "report" operation to end; its result."""
    actions = window.data_actions
    assert actions is not None
    outcome: list[Any] = []

    def record(name: str, value: object) -> None:
        if name == "report":
            outcome.append(value)

    actions.finished.connect(record)
    actions.failed.connect(record)
    try:
        report_action(window).trigger()
        qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    finally:
        actions.finished.disconnect(record)
        actions.failed.disconnect(record)
    return outcome[0]


def test_the_action_sits_with_the_data_actions_before_quit(window: MainWindow) -> None:
    entries = window.file_menu.actions()
    texts = [a.text() for a in entries]
    action = report_action(window)
    assert entries.index(action) == texts.index("&Check database") + 1
    assert entries.index(action) < texts.index("&Quit")
    assert action.text() == "Re&port for a clinician…"
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), f"File menu entries share a mnemonic: {texts}"
    assert window.data_actions is not None
    assert action in window.data_actions.actions


def test_the_report_is_made_on_the_worker_for_the_chosen_period(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    asked: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(1, 11):
        services.journal.save(DayEntry(day=date(2026, 3, n), stress=StressMood(stress=n % 10)))
    threads: list[bool] = []
    real = report_service.make_report

    def spy(*args: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(report_service, "make_report", spy)
    asked.answers["report_period"] = dialogs.ReportChoice(date(2026, 3, 1), date(2026, 3, 14))
    asked.answers["save_path"] = str(tmp_path / "for the doctor")  # no suffix: .pdf added

    result = run_report(qtbot, window)

    assert threads == [False]
    assert result.path == tmp_path / "for the doctor.pdf"
    assert (result.first, result.last, result.days) == (date(2026, 3, 1), date(2026, 3, 14), 10)
    ((first, last),) = asked.named("report_period")
    today = date.today()
    assert asked.parents("report_period") == [window]
    assert (first, last) == (today - timedelta(days=27), today)
    (_title, suggested, filters) = asked.named("save_path")[0]
    assert suggested.endswith("gutsleep-report-2026-03-01-to-2026-03-14.pdf")
    assert "*.pdf" in filters
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    assert "1 Mar 2026 to 14 Mar 2026" in " ".join(reader.pages[0].extract_text().split())
    ((title, text),) = asked.named("inform")
    assert title == "Report written" and str(result.path) in text
    assert "1 Mar 2026 to 14 Mar 2026" in text  # the report's own form of a date
    assert asked.named("warn") == []
    assert report_action(window).isEnabled()


def test_cancelling_the_period_or_the_file_does_nothing(
    window: MainWindow, asked: FakeDialogs, tmp_path: Path
) -> None:
    asked.answers["report_period"] = None
    report_action(window).trigger()
    assert asked.named("save_path") == []
    asked.answers["report_period"] = dialogs.ReportChoice(date(2026, 3, 1), date(2026, 3, 14))
    asked.answers["save_path"] = None
    report_action(window).trigger()
    assert window.data_actions is not None
    assert not window.data_actions.busy
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_failure_is_explained(
    qtbot: QtBot, window: MainWindow, asked: FakeDialogs, tmp_path: Path
) -> None:
    (tmp_path / "r.pdf.part").mkdir()  # the PDF can't be written there
    asked.answers["report_period"] = dialogs.ReportChoice(date(2026, 3, 1), date(2026, 3, 14))
    asked.answers["save_path"] = str(tmp_path / "r.pdf")
    outcome = run_report(qtbot, window)
    assert isinstance(outcome, OSError)
    ((title, text),) = asked.named("warn")
    assert title == "That didn't work" and "can't be written or read" in text
    assert not (tmp_path / "r.pdf").exists()


def test_the_period_dialog_offers_two_dates_and_turns_a_backwards_period_round(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real dialog this time
    seen: list[tuple[QDate, QDate, object]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):  # not shown yet: try again shortly
            QTimer.singleShot(20, answer)
            return
        start = dialog.findChild(QDateEdit, "report_from")
        end = dialog.findChild(QDateEdit, "report_to")
        seen.append((start.date(), end.date(), dialog.parent()))
        start.setDate(QDate(2026, 3, 20))
        end.setDate(QDate(2026, 3, 1))
        appendix = dialog.findChild(QCheckBox, "report_appendix")
        assert not appendix.isChecked()
        appendix.click()
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    chosen = dialogs.report_period(window, date(2026, 2, 1), date(2026, 2, 28))
    assert chosen == dialogs.ReportChoice(date(2026, 3, 1), date(2026, 3, 20), appendix=True)
    assert seen == [(QDate(2026, 2, 1), QDate(2026, 2, 28), window)]


def test_the_appendix_box_adds_the_daily_diary(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    services.journal.save(DayEntry(day=date(2026, 3, 2), stress=StressMood(stress=4)))
    asked.answers["report_period"] = dialogs.ReportChoice(
        date(2026, 3, 1), date(2026, 3, 14), appendix=True
    )
    asked.answers["save_path"] = str(tmp_path / "with appendix.pdf")
    result = run_report(qtbot, window)
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages == 3
    assert "Appendix: the daily sleep diary" in reader.pages[2].extract_text()


def test_the_reports_decimals_follow_the_apps_language(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    asked: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.journal.save(DayEntry(day=date(2026, 3, 2), stress=StressMood(stress=3)))
    numbers: list[Any] = []
    real = report_service.make_report

    def spy(*args: Any, **kw: Any) -> Any:
        numbers.append(kw.get("number"))
        return real(*args, **kw)

    monkeypatch.setattr(report_service, "make_report", spy)
    asked.answers["report_period"] = dialogs.ReportChoice(date(2026, 3, 1), date(2026, 3, 14))
    asked.answers["save_path"] = str(tmp_path / "de.pdf")
    was = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        run_report(qtbot, window)
        (number,) = numbers
        assert number is not None and number(83.2, 1) == "83,2" and number(3.0, 0) == "3"
    finally:
        QLocale.setDefault(was)
    assert numbers[0](83.2, 1) == was.toString(83.2, "f", 1)


def test_a_report_in_german_has_german_words_and_decimal_commas(
    qapp: QApplication, services: Services, tmp_path: Path
) -> None:
    """The real catalogue and QLocale("de"), as the app passes them to the report."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from gutsleep.domain.journal import SleepDiary
    from gutsleep.ui.tr import format_number, tr

    for n, (quality, sweats) in enumerate(((3, 2), (4, 0))):
        sleep = SleepDiary(quality=quality, night_sweats=sweats, zone="Europe/London")
        services.journal.save(DayEntry(day=date(2026, 3, 2 + n), sleep=sleep))
    translator = QTranslator()
    catalogue = Path(__file__).resolve().parents[2] / "resources/translations/gutsleep_de.qm"
    assert translator.load(str(catalogue))
    QCoreApplication.installTranslator(translator)
    was = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        result = report_service.make_report(
            services,
            date(2026, 3, 2),
            date(2026, 3, 15),
            tmp_path / "de.pdf",
            today=date(2026, 3, 15),
            translate=tr,
            number=format_number,
        )
    finally:
        QLocale.setDefault(was)
        QCoreApplication.removeTranslator(translator)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(result.path).pages)
    assert "Seite 1 von 2" in text
    assert "im Mittel 1,0-mal pro Nacht" in text  # sweats: (2 + 0) / 2
    assert " 3,5 " in text  # the period's mean quality
    assert " 3.5 " not in text
    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", text) is None  # no ISO date on the pages
    assert "2026 bis 15" in text  # "Zeitraum: 2. März 2026 bis 15. März 2026"


def test_the_period_dialog_shows_dates_the_apps_way(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """German dates are typed and read as 02.03.2026, not as 2026-03-02."""
    monkeypatch.undo()  # the real dialog this time
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):  # not shown yet: try again shortly
            QTimer.singleShot(20, answer)
            return
        start = dialog.findChild(QDateEdit, "report_from")
        shown.extend((start.displayFormat(), start.text()))
        dialog.reject()

    was = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        QTimer.singleShot(0, answer)
        assert dialogs.report_period(window, date(2026, 3, 2), date(2026, 3, 29)) is None
    finally:
        QLocale.setDefault(was)
    assert shown == ["dd.MM.yyyy", "02.03.2026"]
