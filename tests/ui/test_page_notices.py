"""The window tells its pages what a write changed; no page listens to another."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gutsleep.services.context import Services
from gutsleep.storage.settings import LAST_PAGE
from gutsleep.ui import dialogs
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.operations import Changes, WriteOp
from gutsleep.ui.pages import Page

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    services.settings.set(LAST_PAGE, "trends")  # Trends is built before the Journal
    win = MainWindow(services)
    qtbot.addWidget(win)
    yield win
    assert win.data_actions is not None
    win.data_actions.wait()
    win.flush()


def settled(qtbot: QtBot, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=TIMEOUT)


def told(monkeypatch: pytest.MonkeyPatch, page: Page) -> list[Changes]:
    """The changes the window gives ``page``, passed on as usual."""
    heard: list[Changes] = []
    real = page.apply_changes

    def spy(changes: Changes) -> None:
        heard.append(changes)
        real(changes)

    monkeypatch.setattr(page, "apply_changes", spy)
    return heard


def test_a_day_saved_on_the_journal_reaches_trends_built_before_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    trends = window.pages["trends"]
    settled(qtbot, trends)
    assert not trends._stale
    journal = window.show_page("journal")  # built only now, after Trends was shown
    journal.day_saved.emit(date(2026, 3, 2))  # what the page does once a day is stored
    assert trends._stale  # told by the window, without Trends watching the Journal


def test_an_import_refreshes_the_pages_through_the_window(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trends = window.pages["trends"]
    settled(qtbot, trends)
    journal = window.show_page("journal")
    checklist = window.show_page("checklist")
    heard = {name: told(monkeypatch, page) for name, page in window.pages.items()}
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,notes\n2026-03-03,new\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_path", lambda *_args: str(sheet))
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    assert window.data_actions is not None
    with qtbot.waitSignal(window.data_actions.journal_replaced, timeout=TIMEOUT):
        window.data_actions.import_action.trigger()
    assert heard == {
        "trends": [Changes(everything=True)],
        "journal": [Changes(everything=True)],
        "checklist": [Changes(everything=True)],
    }
    settled(qtbot, trends)
    assert trends._data is not None and trends._data.span == (date(2026, 3, 3), date(2026, 3, 3))
    assert journal is window.pages["journal"] and checklist is window.pages["checklist"]


def test_a_write_in_another_window_is_not_told_here(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    trends = window.pages["trends"]
    settled(qtbot, trends)
    heard = told(monkeypatch, trends)
    other = MainWindow(services)
    qtbot.addWidget(other)
    done: list[object] = []
    WriteOp(
        parent=other, op=lambda _p: None, success=done.append, changes=Changes(everything=True)
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert heard == []
    other.flush()
