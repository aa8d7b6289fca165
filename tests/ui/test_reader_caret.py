"""The article reader is text read with a caret (issue 22, item 2).

Orca reads a text object line by line as its caret moves; a QTextBrowser
without keyboard selection has no caret, so Down only scrolled and nothing was
said. Keys are pressed on the reader in an active window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from gutsleep.services.context import open_services
from gutsleep.ui.articles.page import ArticlesPage
from gutsleep.ui.main_window import MainWindow


@pytest.fixture
def reader(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    services = open_services(data_dir, zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1150, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("articles")
    assert isinstance(page, ArticlesPage)
    qtbot.waitUntil(lambda: page.library.items.count() >= 7)
    assert page.open_article("signs")
    page.reader.browser.setFocus()
    yield page.reader
    window.close()
    services.close()


def line_of(browser) -> int:  # type: ignore[no-untyped-def]
    """The caret's line, counted over the whole document."""
    cursor = browser.textCursor()
    block = cursor.block()
    lines = 0
    walker = browser.document().begin()
    while walker.isValid() and walker != block:
        lines += max(1, walker.layout().lineCount())
        walker = walker.next()
    return lines + block.layout().lineForTextPosition(cursor.positionInBlock()).lineNumber()


def test_down_moves_a_caret_line_by_line_and_the_reader_is_text(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    browser = reader.browser
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    interface = QAccessible.queryAccessibleInterface(browser)
    assert interface is not None and interface.textInterface() is not None
    assert interface.state().readOnly
    # a QTextBrowser is StaticText, which AT-SPI calls "label" and Orca reads as one block
    assert interface.role() == QAccessible.Role.EditableText
    start = line_of(browser)
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert line_of(browser) == start + 1
    assert interface.textInterface().cursorPosition() == browser.textCursor().position()
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert line_of(browser) == start + 2
    qtbot.keyClick(browser, Qt.Key.Key_Up)
    assert line_of(browser) == start + 1
    assert browser.document().toPlainText()  # unchanged by the keys: read-only
    before = browser.toHtml()
    qtbot.keyClicks(browser, "x")
    assert browser.toHtml() == before


def test_the_caret_starts_where_the_person_is_reading(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    reader.scroll_to_anchor("antibiotics")
    browser = reader.browser
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert browser.viewport().rect().contains(browser.cursorRect().center())
    top = reader.top_position()
    assert browser.textCursor().position() > top  # a line below the one at the top


def test_h_and_shift_h_go_from_heading_to_heading(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    browser = reader.browser
    headings = browser.heading_positions()
    assert len(headings) >= 3
    cursor = browser.textCursor()
    cursor.setPosition(0)
    browser.setTextCursor(cursor)
    qtbot.keyClick(browser, Qt.Key.Key_H)
    first = next(p for p in headings if p > 0)
    assert browser.textCursor().selectionStart() == first
    assert browser.textCursor().selectedText().strip()  # the heading, said whole
    qtbot.keyClick(browser, Qt.Key.Key_H)
    second = browser.textCursor().selectionStart()
    assert second > first and second in headings
    qtbot.keyClick(browser, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().selectionStart() == first


def test_tab_reaches_a_link_and_enter_follows_it(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    browser = reader.browser
    reader.scroll_to_anchor("none-apply")
    cursor = browser.cursorForPosition(QPoint(30, 20))
    browser.setTextCursor(cursor)
    for _ in range(40):  # Tab goes from link to link inside the text
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        if browser.textCursor().charFormat().isAnchor():
            break
    assert QApplication.focusWidget() is browser
    assert browser.textCursor().charFormat().isAnchor()
    before = reader.current.id, reader.current_anchor()
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert (reader.current.id, reader.current_anchor()) != before
    assert reader.back_button.isEnabled()
