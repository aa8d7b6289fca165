"""The checklist is offered once, on a new journal, and never forced or repeated."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gutsleep.domain.screening import Answer
from gutsleep.services.context import open_services
from gutsleep.storage.settings import FIRST_RUN_DONE
from gutsleep.ui import dialogs, first_run
from gutsleep.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


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


#: Runs the real application with the question answered "no" by a stand-in; once the
#: offer is done (asked or not), the window closes so the process ends by itself.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gutsleep.ui.dialogs as dialogs
import gutsleep.ui.first_run as first_run

def ask(parent, title, text):
    shown = parent is not None and parent.isVisible()
    print(f"asked: {title} | window shown: {shown}", flush=True)
    return False

offer_checklist = first_run.offer_checklist

def offer(window):
    opened = offer_checklist(window)
    print(f"offer done: {opened}", flush=True)
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, QApplication.quit)
    return opened

dialogs.ask = ask
first_run.offer_checklist = offer
from gutsleep.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """In a process of its own: a QApplication that has run exec() spoils later tests."""
    return subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.e2e
def test_the_app_offers_it_after_the_window_appears(data_dir: Path) -> None:
    result = run_app(data_dir)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("asked", "offer"))]
    assert lines == [
        "asked: Start with the short checklist? | window shown: True",
        "offer done: False",
    ]
    result = run_app(data_dir)  # the next start does not ask again
    assert result.returncode == 0, result.stderr
    assert "offer done: False" in result.stdout
    assert "asked:" not in result.stdout


@pytest.mark.e2e
def test_the_self_test_never_stops_for_the_question(data_dir: Path) -> None:
    result = run_app(data_dir, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "asked:" not in result.stdout and "offer done" not in result.stdout
