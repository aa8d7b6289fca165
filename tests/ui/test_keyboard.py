"""Everything in reach of the keyboard: menus with mnemonics, the standard shortcuts.

Keys are pressed on the widget that has the focus in an active window, as a
person would press them, and the effect is checked where it shows: the page
in front, the day in the Journal, the find bar, the window closing with what
was typed saved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.pages import PAGES

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(title: str) -> str:
    """The letter after a single '&' ('' when there is none)."""
    found = re.search(r"(?<!&)&([^&])", title)
    return found.group(1).lower() if found else ""


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def window(window: MainWindow, show_active) -> MainWindow:  # type: ignore[no-untyped-def]
    """The shared window, active, with the keyboard focus in the sidebar."""
    show_active(window)
    window.sidebar.setFocus()
    return window


def test_every_menu_has_its_own_mnemonic(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    titles = [m.title() for m in menus]
    assert len(menus) >= 4, titles
    letters = [mnemonic(t) for t in titles]
    assert all(letters), f"menus without a mnemonic: {[t for t in titles if not mnemonic(t)]}"
    assert len(set(letters)) == len(letters), f"two menus share a mnemonic: {titles}"
    submenus = [m for menu in menus for m in menu.findChildren(QMenu)]
    assert all(mnemonic(m.title()) for m in submenus), [m.title() for m in submenus]


def test_ctrl_1_to_7_switch_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ids = [spec.page_id for spec in PAGES]
    assert len(ids) == 7
    for index in (2, 5, 1, 4, 3, 7, 6):
        press(qtbot, getattr(Qt.Key, f"Key_{index}"), CTRL)
        assert window.current_page_id() == ids[index - 1]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.current_page_id() == "journal"


def test_alt_arrows_and_ctrl_t_move_the_journal_day(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    journal = window.page("journal")
    today = date.today()
    assert journal.current_day == today  # type: ignore[attr-defined]
    journal.form.fields["sleep.into_bed"].setFocus()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Left, ALT)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert journal.current_day == today - timedelta(days=2)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert journal.current_day == today - timedelta(days=1)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert journal.current_day == today  # type: ignore[attr-defined]


def test_ctrl_q_closes_the_window_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, services
) -> None:
    journal = window.page("journal")
    notes = journal.form.fields["notes"]  # type: ignore[attr-defined]
    notes.setFocus()
    qtbot.keyClicks(notes, "typed just before quitting")
    assert journal._timer.isActive()  # type: ignore[attr-defined]  # not saved yet
    press(qtbot, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert services.journal.load(date.today()).notes == "typed just before quitting"


def test_ctrl_f_opens_the_articles_find_bar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_F, CTRL)  # the Journal searches its days (ui.journal.search)
    journal = window.page("journal")
    assert QApplication.focusWidget() is journal.search_panel.text  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Escape)
    assert not journal.search_panel.isVisible()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_3, CTRL)
    articles = window.page("articles")
    qtbot.waitUntil(lambda: articles.library.items.count() > 0)  # type: ignore[attr-defined]
    articles.library.items.setFocus()  # type: ignore[attr-defined]
    articles.library.items.setCurrentRow(0)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: articles.reader.current is not None)  # type: ignore[attr-defined]
    browser: QWidget = articles.reader.browser  # type: ignore[attr-defined]
    browser.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert articles.reader.find_bar.isVisible()  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is articles.reader.find_bar.text  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Escape)
    assert not articles.reader.find_bar.isVisible()  # type: ignore[attr-defined]


def test_f1_and_ctrl_comma(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    assert window.current_page_id() == "settings"
    press(qtbot, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    dialog.close()
