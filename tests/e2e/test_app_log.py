"""The real app process writes its log: the errors are there, the journal's contents never."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTE_MARKER = "zebrafinch7731"
FOOD_MARKER = "quokkaberry"
TYPED_MARKER = "marmosetplum"

#: Runs the app's self-test with every write refused by the driver ("disk full"), a
#: note typed into the Journal page (so a save fails) and a bug raised in a slot.
RUNNER = f"""
import sqlite3, sys
from sqlalchemy.engine import default
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPlainTextEdit
import gutsleep.app as app
from gutsleep.ui import dialogs

execute = default.DefaultDialect.do_execute
def refuse(self, cursor, statement, parameters, context=None):
    if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
        raise sqlite3.OperationalError("database or disk is full")
    return execute(self, cursor, statement, parameters, context)
default.DefaultDialect.do_execute = refuse
dialogs.unsaved_on_quit = lambda *args: dialogs.QUIT_UNSAVED

self_test = app.run_self_test
def run(window):
    page = window.show_page("journal")
    page.findChild(QPlainTextEdit, "notes").setPlainText("typed {TYPED_MARKER}")
    page.save_now()
    def bug():
        raise LookupError("injected bug for the log test")
    QTimer.singleShot(0, bug)
    QTimer.singleShot(50, lambda: self_test(window))
app.run_self_test = run
from gutsleep.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.e2e
def test_the_log_records_errors_and_never_health_data(tmp_path: Path) -> None:
    from gutsleep.domain.journal import DayEntry, Food, FoodItem
    from gutsleep.services.context import open_services

    data = tmp_path / "data"
    services = open_services(data, zone="Europe/London")
    services.journal.save(
        DayEntry(
            day=date.today(),
            notes=f"a note with {NOTE_MARKER}",
            food=Food(foods=(FoodItem(FOOD_MARKER),)),
        )
    )
    services.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    old_umask = os.umask(0)
    try:
        result = subprocess.run(
            [sys.executable, "-c", RUNNER, "--data-dir", str(data), "--self-test"],
            capture_output=True,
            text=True,
            timeout=180,
            cwd=ROOT,
            env=env,
        )
    finally:
        os.umask(old_umask)
    assert "self-test ok" in result.stdout, result.stderr
    log = data / "gutsleep.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = "".join(p.read_text(encoding="utf-8") for p in data.glob("gutsleep.log*"))
    assert "A journal save failed" in text
    assert "database or disk is full" in text
    assert "LookupError: injected bug for the log test" in text
    assert "Traceback" in text
    for marker in (NOTE_MARKER, FOOD_MARKER, TYPED_MARKER):
        assert marker not in text
