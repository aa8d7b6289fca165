"""The first-run welcome: once, on a new journal, skippable, never blocking.

It says where the journal lives and offers the checklist, the demo journal
(the Help menu's action) and simply starting; Escape or closing it starts
the journal. The offer is remembered and never repeated.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gutsleep.domain.screening.questions import Answer
from gutsleep.services.context import open_services
from gutsleep.storage.settings import FIRST_RUN_DONE
from gutsleep.ui import demo_action, first_run
from gutsleep.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def show_window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def chosen(qtbot, welcome: first_run.Welcome, act) -> str:  # type: ignore[no-untyped-def]
    """Do ``act`` and return what the welcome reports was chosen."""
    with qtbot.waitSignal(welcome.chosen, timeout=2000) as blocker:
        act()
    return str(blocker.args[0])


def test_a_new_journal_is_welcomed_once_and_can_start_with_the_checklist(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, services)
    assert services.database.created
    assert window.current_page_id() == "journal"
    welcome = first_run.offer_checklist(window)
    assert welcome is not None and welcome.isVisible()
    assert welcome.parentWidget() is window and welcome.isModal()  # open(): never blocks
    text = welcome.text.text()
    assert "on this computer only" in text and str(services.data_dir) in text
    assert "no account" in text and "network" in text and "export everything" in text
    assert len([s for s in text.replace("\n", " ").split(". ") if s.strip()]) <= 4
    for button in (welcome.checklist_button, welcome.demo_button, welcome.start_button):
        assert button.isVisible() and button.accessibleName()
    assert welcome.start_button.isDefault()
    assert chosen(qtbot, welcome, welcome.checklist_button.click) == first_run.CHECKLIST
    assert window.current_page_id() == "checklist"
    assert services.settings.get(FIRST_RUN_DONE) is True
    assert first_run.offer_checklist(window) is None


def test_escape_starts_the_journal_and_is_remembered(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    services = open_services(data_dir, zone="Europe/London")
    window = show_window(qtbot, services)
    welcome = first_run.offer_checklist(window)
    assert welcome is not None
    assert chosen(qtbot, welcome, lambda: qtbot.keyClick(welcome, Qt.Key.Key_Escape)) == (
        first_run.START
    )
    assert window.current_page_id() == "journal"
    window.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")  # next start
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is None
    window.close()
    services.close()


def test_closing_the_welcome_starts_the_journal(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, services)
    welcome = first_run.offer_checklist(window)
    assert welcome is not None
    assert chosen(qtbot, welcome, welcome.close) == first_run.START
    assert window.current_page_id() == "journal"


def test_the_demo_choice_uses_the_help_menu_action(
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "data-demo"
    started: list[Path] = []
    monkeypatch.setattr(demo_action, "demo_folder", lambda current: folder)
    monkeypatch.setattr(demo_action, "start_process", lambda f: started.append(f) or True)
    monkeypatch.setattr(demo_action, "DEMO_DAYS", 10)
    window = show_window(qtbot, services)
    welcome = first_run.offer_checklist(window)
    assert welcome is not None
    with qtbot.waitSignal(window.demo_launcher.launched, timeout=30_000):
        assert chosen(qtbot, welcome, welcome.demo_button.click) == first_run.DEMO
    assert started == [folder]
    assert services.journal.repository.count() == 0  # the person's journal stays empty
    assert window.current_page_id() == "journal"


def test_an_existing_journal_is_not_welcomed(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    open_services(data_dir).close()  # created before this version offered anything
    services = open_services(data_dir, zone="Europe/London")
    assert not services.database.created
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is None
    assert services.settings.get(FIRST_RUN_DONE) is True
    window.close()
    services.close()


def test_not_offered_when_a_checklist_is_already_saved(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.checklist.save({"autoimmune": Answer.NO}, date(2026, 5, 1))
    window = show_window(qtbot, services)
    assert first_run.offer_checklist(window) is None


#: Runs the real application; the welcome (when there is one) is answered with Escape,
#: then the window closes so the process ends by itself.
PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gutsleep.ui.first_run as first_run

offer_checklist = first_run.offer_checklist

def offer(window):
    welcome = offer_checklist(window)
    if welcome is not None:
        shown = window.isVisible() and welcome.isVisible()
        print(f"welcome: {welcome.windowTitle()} | window shown: {shown}", flush=True)
        welcome.reject()  # Escape: start the journal
    print(f"offer done: {welcome is not None}", flush=True)
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(0, QApplication.quit)
    return welcome

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
    lines = [line for line in result.stdout.splitlines() if line.startswith(("welcome", "offer"))]
    assert lines == [
        "welcome: Welcome to gutsleep | window shown: True",
        "offer done: True",
    ]
    result = run_app(data_dir)  # the next start does not welcome again
    assert result.returncode == 0, result.stderr
    assert "offer done: False" in result.stdout
    assert "welcome:" not in result.stdout


@pytest.mark.e2e
def test_the_self_test_never_stops_for_the_question(data_dir: Path) -> None:
    result = run_app(data_dir, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "welcome:" not in result.stdout and "offer done" not in result.stdout
