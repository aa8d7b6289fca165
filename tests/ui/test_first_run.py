"""The checklist is offered once, on a new journal, and never forced or repeated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gutsleep.domain.screening import Answer
from gutsleep.services.context import open_services
from gutsleep.storage.settings import FIRST_RUN_DONE
from gutsleep.ui import dialogs, first_run
from gutsleep.ui.main_window import MainWindow


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Every question asked; the reply is the list's ``reply`` attribute (default yes)."""

    class Asked(list):
        reply = True

    questions = Asked()

    def ask(parent, title, text):
        questions.append(text)
        return questions.reply

    monkeypatch.setattr(dialogs, "ask", ask)
    return questions


def show_window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_journal_offers_the_checklist_once(qtbot, services, asked) -> None:
    window = show_window(qtbot, services)
    assert services.database.created
    assert window.current_page_id() == "journal"
    assert first_run.offer_checklist(window) is True
    assert "Would you like to start with the short checklist?" in asked[0]
    assert window.current_page_id() == "checklist"
    assert services.settings.get(FIRST_RUN_DONE) is True
    assert first_run.offer_checklist(window) is False
    assert len(asked) == 1


def test_saying_no_stays_on_the_journal_and_is_remembered(qtbot, data_dir: Path, asked) -> None:
    asked.reply = False
    services = open_services(data_dir, zone="Europe/London")
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is False
    assert len(asked) == 1
    assert window.current_page_id() == "journal"
    window.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")  # next start
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is False
    assert len(asked) == 1
    window.close()
    services.close()


def test_an_existing_journal_is_not_asked(qtbot, data_dir: Path, asked) -> None:
    open_services(data_dir).close()  # created before this version offered anything
    services = open_services(data_dir, zone="Europe/London")
    assert not services.database.created
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is False
    assert asked == []
    assert services.settings.get(FIRST_RUN_DONE) is True
    window.close()
    services.close()


def test_not_offered_when_a_checklist_is_already_saved(qtbot, services, asked) -> None:
    services.checklist.save({"autoimmune": Answer.NO}, date(2026, 5, 1))
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is False
    assert asked == []


def test_the_app_offers_it_after_the_window_appears(data_dir: Path, monkeypatch) -> None:
    from gutsleep.app import run_gui

    seen: list[bool] = []

    def ask(parent, title, text):
        seen.append(parent is not None and parent.isVisible())
        QTimer.singleShot(0, parent.close)
        QTimer.singleShot(0, QApplication.quit)
        return False

    monkeypatch.setattr(dialogs, "ask", ask)
    assert run_gui(data_dir, ["gutsleep"]) == 0
    assert seen == [True]  # asked once, over the window that is already shown


def test_the_self_test_never_stops_for_the_question(data_dir: Path, monkeypatch) -> None:
    from gutsleep.app import run_gui

    def ask(parent, title, text):
        raise AssertionError(f"asked during the self-test: {text}")

    monkeypatch.setattr(dialogs, "ask", ask)
    assert run_gui(data_dir, ["gutsleep"], self_test=True) == 0
