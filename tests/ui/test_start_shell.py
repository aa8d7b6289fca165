"""The window shown before the journal opens: a shell, then the journal opened into it.

The shell paints before the database layer is imported; then the journal is
opened (a passphrase asked, a damaged or newer file handled, with the shell as
the dialogs' parent) and the first page built into the same window.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from gutsleep.app import open_into
from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from gutsleep.storage.file import crypto
from gutsleep.storage.settings import LAST_PAGE, SettingsStore
from gutsleep.ui import dialogs, passphrase
from gutsleep.ui.main_window import MainWindow

DAY = date(2026, 6, 1)
SECRET = "a good long passphrase"
ROOT = Path(__file__).resolve().parents[2]


def shell(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, settings=SettingsStore(data_dir))
    qtbot.addWidget(window)
    return window


def test_the_shell_waits_for_the_journal_then_builds_the_chosen_page(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    SettingsStore(data_dir).set(LAST_PAGE, "checklist")
    window = shell(qtbot, data_dir)
    window.show()
    assert not window.is_open and window.pages == {}
    assert isinstance(window.stack.currentWidget(), QLabel)
    assert window.stack.currentWidget().text() == "Opening the journal…"
    assert window.current_page_id() == "checklist"
    with pytest.raises(RuntimeError):
        _ = window.services
    assert window.data_actions is None  # the menus' other actions come after the frame
    window.install_menu_extras()  # what the app does once the shell has painted
    held = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert window.data_actions is not None
    assert len(held) > 5 and window.data_actions.actions
    assert window.quit_action.isEnabled()
    assert all(not a.isEnabled() for a in held if a is not window.quit_action)
    window.show_page("trends")  # a page asked for while opening: nothing is built yet
    assert window.pages == {}

    services = open_services(data_dir, zone="UTC")
    try:
        with qtbot.waitSignal(window.journal_opened):
            window.open_journal(services)
        assert window.is_open and window.services is services
        assert list(window.pages) == ["trends"]  # the page chosen meanwhile
        assert window.stack.currentWidget() is window.pages["trends"]
        assert all(a.isEnabled() for a in window.data_actions.actions)
        assert window.findChild(QLabel, "opening_journal") is None or not window.opening
    finally:
        window.close()
        services.close()


def test_closing_the_shell_before_the_journal_opens_writes_nothing(qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = shell(qtbot, data_dir)
    window.show()
    window.close()  # Quit while opening (the folder may not even exist yet)
    assert not data_dir.exists()


def test_a_protected_journal_is_asked_for_with_the_shell_as_parent(
    qtbot, data_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not crypto.encryption_available():
        pytest.skip("the encryption extra is missing")
    services = open_services(data_dir)
    services.journal.save(DayEntry(day=DAY, notes="protected day"))
    services.database.protect(SECRET)
    services.close()
    parents = []

    def unlock(parent, opener, wrong=False):  # type: ignore[no-untyped-def]
        parents.append(parent)
        return opener(SECRET)

    monkeypatch.setattr(passphrase, "unlock_at_start", unlock)
    window = shell(qtbot, data_dir)
    window.show()
    opened = open_into(window, data_dir)
    assert not isinstance(opened, int)
    try:
        assert parents == [window]
        assert window.is_open and opened.journal.load(DAY).notes == "protected day"
    finally:
        window.close()
        opened.close()


def test_a_cancelled_passphrase_or_a_refused_file_gives_the_exit_status(
    qtbot, data_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    if crypto.encryption_available():
        services = open_services(data_dir)
        services.database.protect(SECRET)
        services.close()
        monkeypatch.setattr(passphrase, "unlock_at_start", lambda *a, **k: None)
        window = shell(qtbot, data_dir)
        assert open_into(window, data_dir) == 0
        assert not window.is_open

    newer = data_dir.parent / "newer"
    newer.mkdir()
    con = sqlite3.connect(newer / "journal.sqlite3")
    con.execute("create table alembic_version (version_num varchar(32) primary key)")
    con.execute("insert into alembic_version values ('9999_future')")
    con.commit()
    con.close()
    warned = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(parent))
    window = shell(qtbot, newer)
    assert open_into(window, newer) == 2
    assert warned == [window] and not window.is_open


def test_the_shell_paints_before_the_database_layer_is_imported(tmp_path: Path) -> None:
    probe = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
import gutsleep.ui.main_window as main_window
seen = {}
class Probed(main_window.MainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        if "first" not in seen:
            seen["first"] = [m for m in ("sqlalchemy", "gutsleep.storage.file.database")
                             if m in sys.modules]
            seen["open_at_first"] = self.is_open
            QTimer.singleShot(3000, self.close)
main_window.MainWindow = Probed
import gutsleep.app
gutsleep.app.MainWindow = Probed
from gutsleep.cli import main
code = main(["--data-dir", sys.argv[1]])
seen["code"] = code
print(json.dumps(seen))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=True,
    )
    import json

    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"first": [], "open_at_first": False, "code": 0}
    assert (tmp_path / "data" / "journal.sqlite3").exists()
