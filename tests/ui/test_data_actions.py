"""The File menu's data actions, with every dialog patched and the work on a thread."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.services import data
from gutsleep.services.context import Services
from gutsleep.storage.transfer import Cancelled
from gutsleep.ui import dialogs
from gutsleep.ui.data_actions import DataActions
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.main_window import MainWindow
from tests.helpers.dialogs import FakeDialogs

TIMEOUT = 15000
pytestmark = pytest.mark.usefixtures("asked")  # no real dialog ever waits for a click


def actions_of(window: MainWindow) -> DataActions:
    """The window's data actions (installed with its menus, so never None here)."""
    assert window.data_actions is not None
    return window.data_actions


def fill(services: Services, *days: int, note: str = "mine") -> None:
    for n in days:
        services.journal.save(
            DayEntry(day=date(2026, 3, n), notes=f"{note} {n}", stress=StressMood(stress=2))
        )


def finish(qtbot: QtBot, window: MainWindow, name: str, trigger: Any) -> Any:
    """Trigger, then wait until the operation ``name`` ends; its result (or exception)."""
    actions = actions_of(window)
    outcome: list[Any] = []

    def record(ended: str, value: object) -> None:
        if ended == name:
            outcome.append(value)

    actions.finished.connect(record)
    actions.failed.connect(record)
    try:
        trigger()
        qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    finally:
        actions.finished.disconnect(record)
        actions.failed.disconnect(record)
    return outcome[0]


def test_the_file_menu_offers_the_data_actions_before_quit(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    wanted = [
        "&Export…",
        "&Import…",
        "Import from &another app…",
        "&Back up now…",
        "&Restore from backup…",
        "&Check database",
    ]
    start = texts.index(wanted[0])
    assert texts[start : start + len(wanted)] == wanted
    assert texts.index("&Quit") > start + len(wanted)
    assert window.file_menu.actions()[texts.index("&Quit") - 1].isSeparator()


def test_later_features_can_add_their_action_to_the_group(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    last = actions_of(window).actions[-1]  # Check database, or a feature's added action
    later = QAction("&Something later…", window)
    actions_of(window).add_action(later)
    entries = window.file_menu.actions()
    assert entries.index(later) == entries.index(last) + 1
    texts = [a.text() for a in entries]
    assert texts.index("&Check database") < entries.index(later) < texts.index("&Quit")
    assert window.file_menu.actions()[texts.index("&Quit") - 1].isSeparator()
    assert later in actions_of(window).actions


def test_export_writes_the_chosen_file_off_the_gui_thread(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    asked: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill(services, 1, 2)
    threads: list[bool] = []
    real = data.export_journal

    def spy(*args: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(data, "export_journal", spy)
    asked.answers["export_options"] = dialogs.ExportChoice(
        "csv", date(2026, 3, 2), date(2026, 3, 9)
    )
    asked.answers["save_path"] = str(tmp_path / "journal")
    result = finish(qtbot, window, "export", actions_of(window).export_action.trigger)
    assert result.path == tmp_path / "journal.zip" and result.days == 1
    assert threads == [False]
    (first, last) = asked.named("export_options")[0]
    assert (first, last) == (date(2026, 3, 1), date(2026, 3, 2))
    (_title, text) = asked.named("inform")[0]
    assert text == f"The journal was exported to:\n{tmp_path / 'journal.zip'}\n\nDays: 1"


def test_export_cancelled_at_the_first_question_does_nothing(
    window: MainWindow, asked: FakeDialogs
) -> None:
    asked.answers["export_options"] = None
    actions_of(window).export_action.trigger()
    assert not actions_of(window).busy
    assert asked.named("save_path") == []


def test_import_asks_about_days_already_there_then_overwrites(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    fill(services, 1, 2)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,notes\n2026-03-02,from the sheet\n2026-03-03,new\n", encoding="utf-8")
    asked.answers["open_path"] = str(sheet)
    asked.answers["choose"] = lambda title, text, options: options[1]
    reloaded: list[bool] = []
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    page.reload = lambda: reloaded.append(True)  # type: ignore[method-assign]
    report = finish(qtbot, window, "import", actions_of(window).import_action.trigger)
    assert report.overwritten == (date(2026, 3, 2),) and report.added == (date(2026, 3, 3),)
    (_title, text, options) = asked.named("choose")[0]
    assert options == ["Skip those days", "Overwrite them"]
    assert "already in your journal: 1 of 2, from 2026-03-02 to 2026-03-02" in text
    assert "New days: 1. Replaced: 1. Skipped: 0." in asked.named("inform")[0][1]
    assert services.journal.load(date(2026, 3, 2)).notes == "from the sheet"
    assert services.journal.load(date(2026, 3, 1)).notes == "mine 1"
    assert reloaded == [True]
    assert [b.reason for b in data.list_backups(services)] == ["before-import"]


def test_import_of_an_export_brings_back_other_features_and_asks_about_changed_items(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    from gutsleep.domain.screening.questions import Answer
    from gutsleep.storage.features.articles_repo import ArticlesRepository
    from gutsleep.storage.features.checklist_repo import ChecklistRepository

    articles = ArticlesRepository(services.database)
    checklist = ChecklistRepository(services.database)
    mark = articles.add_bookmark(
        "sleep-basics", "", "Top", note="the file's", when=datetime(2026, 3, 1, 9, 0)
    )
    run = checklist.save(date(2026, 3, 1), {"antibiotics": Answer.NO})
    export = tmp_path / "journal.json"
    data.export_journal(services, export, exported_at=None)
    articles.set_note(mark.id, "mine")
    checklist.delete(run)
    asked.answers["open_path"] = str(export)
    asked.answers["choose"] = lambda title, text, options: options[1]
    report = finish(qtbot, window, "import", actions_of(window).import_action.trigger)
    assert report.sections == {"bookmarks": 1, "checklist_runs": 1}
    (title, text, options) = asked.named("choose")[0]
    assert (title, options) == ("Already in the journal", ["Keep mine", "Take the file's"])
    assert text.startswith("1 other items of the file")
    assert [b.note for b in articles.bookmarks()] == ["the file's"]
    assert checklist.count() == 1
    assert (
        "Other items written (experiments, checklists, bookmarks, articles, settings): 2."
        in (asked.named("inform")[0][1])
    )


def test_import_cancelled_at_the_conflict_question_writes_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    fill(services, 1)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,notes\n2026-03-01,other\n", encoding="utf-8")
    asked.answers["open_path"] = str(sheet)
    asked.answers["choose"] = None
    finish(qtbot, window, "plan", actions_of(window).import_action.trigger)
    assert asked.named("choose")
    assert not actions_of(window).busy
    assert services.journal.load(date(2026, 3, 1)).notes == "mine 1"
    assert data.list_backups(services) == []


def test_a_refused_file_shows_the_lines_and_columns(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    fill(services, 1)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,mood\n2026-04-01,5\n2026-04-02,50\n2026-04-03,5\n", encoding="utf-8")
    asked.answers["open_path"] = str(sheet)
    finish(qtbot, window, "plan", actions_of(window).import_action.trigger)
    (_title, text, lines) = asked.named("show_report")[0]
    assert lines == ["Line 3, column “mood”: Use a number from 0 to 10."]
    assert "Line 3, column “mood”" in text and "Nothing was imported" in text
    assert services.journal.logged_days(date(2026, 4, 1), date(2026, 4, 30)) == set()


def test_back_up_now_then_restore_it(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    fill(services, 1)
    copy = tmp_path / "copy.sqlite3"
    asked.answers["save_path"] = str(copy)
    assert finish(qtbot, window, "backup", actions_of(window).backup_action.trigger) == copy
    fill(services, 2)
    data.back_up_now(services)  # one in the backups folder, to be listed
    asked.answers["pick_backup"] = lambda title, text, items: str(copy)
    asked.answers["ask"] = True
    result = finish(qtbot, window, "restore", actions_of(window).restore_action.trigger)
    assert result.restored_from == copy
    (_title, _text, items) = asked.named("pick_backup")[0]
    assert len(items) == 1 and "made by hand" in items[0][0]
    assert services.journal.logged_days(date(2026, 3, 1), date(2026, 3, 31)) == {date(2026, 3, 1)}
    assert "kept as" in asked.named("inform")[-1][1]


def test_restore_not_confirmed_changes_nothing(
    window: MainWindow, services: Services, asked: FakeDialogs, tmp_path: Path
) -> None:
    fill(services, 1)
    copy = data.back_up_now(services, tmp_path / "copy.sqlite3")
    asked.answers["pick_backup"] = str(copy)
    asked.answers["ask"] = False
    actions_of(window).restore_action.trigger()
    assert not actions_of(window).busy


def test_check_database_reports_a_sound_journal(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs
) -> None:
    fill(services, 1, 2, 3)
    report = finish(qtbot, window, "check", actions_of(window).check_action.trigger)
    assert report.ok
    (_title, text) = asked.named("inform")[0]
    assert "all 3 days are valid" in text


def test_the_progress_dialog_cancels_the_work(
    qtbot: QtBot, window: MainWindow, asked: FakeDialogs
) -> None:
    actions = actions_of(window)
    started = threading.Event()

    def job(progress: Any, cancel: threading.Event) -> None:
        for step in range(2000):
            started.set()
            progress(step, 2000)
            if cancel.is_set():
                raise Cancelled()
            time.sleep(0.005)

    def start() -> None:
        actions.run("long", "Working…", job)
        qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
        dialog = window.findChild(QProgressDialog, "progress_long")
        assert dialog is not None
        dialog.findChild(QPushButton).click()  # the person presses Cancel

    outcome = finish(qtbot, window, "long", start)
    assert isinstance(outcome, Cancelled)
    assert asked.named("inform") == [("Cancelled", "Nothing was changed.")]
    assert window.findChild(QProgressDialog, "progress_long") is None or not actions.busy
    assert all(a.isEnabled() for a in actions.actions)


def test_the_daily_backup_runs_after_start_up(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    fill(services, 1)
    path = finish(qtbot, window, "daily-backup", lambda: actions_of(window).back_up_daily_later(0))
    assert path is not None and path.name.endswith("-daily.sqlite3")
    assert (
        finish(qtbot, window, "daily-backup", lambda: actions_of(window).back_up_daily_later(0))
        is None
    )


def test_no_progress_dialog_reappears_over_the_result(
    qtbot: QtBot, window: MainWindow, services: Services, asked: FakeDialogs
) -> None:
    """A job that ends before the progress dialog's delay must not show it later.

    The result's message box runs a nested event loop, where the closed progress
    dialog (whose deletion waits for the outer loop) used to pop up once its
    show timer fired, on top of the result, blocking clicks on OK.
    """
    fill(services, 1)
    seen: list[bool] = []

    def result_box(*_args: Any) -> None:
        # Qt's progress dialog arms a 4 s show timer when it is made, whatever
        # the minimum duration set later; wait past it.
        qtbot.wait(4300)
        seen.append(any(d.isVisible() for d in window.findChildren(QProgressDialog)))

    asked.answers["inform"] = result_box
    finish(qtbot, window, "check", actions_of(window).check_action.trigger)
    assert seen == [False]
