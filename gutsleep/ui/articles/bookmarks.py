"""The bookmarks tab: sections the person marked, with their quotes and notes."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.articles.model import Article
from gutsleep.services.articles import (
    BookmarkRecord,
    UnknownBookmarkError,
)
from gutsleep.services.context import Services
from gutsleep.ui import dialogs
from gutsleep.ui.articles.common import BOOKMARK_ROLE, HTML_ROLE, escape_lines, rich_list
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import name_widget


class BookmarksPanel(QWidget):
    """The bookmarks list with Open, Edit note… and Delete.

    ``open_bookmark(article_id, anchor)`` opens a bookmark in the reader and
    says whether it could.

    Signals:
        title_changed(str): the tab's title, with the number of bookmarks.
    """

    title_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        open_bookmark: Callable[[str, str], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.articles = services.articles
        self._open_bookmark = open_bookmark
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        self.items = rich_list(self, "bookmarks_list", tr("Bookmarks"))
        self.items.itemActivated.connect(lambda _item: self.open_selected())
        self.items.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.items.installEventFilter(self)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"), self)
        name_widget(self.open_button, "bookmark_open", tr("Open the bookmarked section"))
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button = QPushButton(tr("Edit note…"), self)
        name_widget(self.edit_button, "bookmark_edit", tr("Edit the bookmark's note"))
        self.edit_button.clicked.connect(self.edit_selected_note)
        self.delete_button = QPushButton(tr("Delete"), self)
        name_widget(self.delete_button, "bookmark_delete", tr("Delete the bookmark"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.open_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)

    def add(self, article: Article, anchor: str, quote: str) -> BookmarkRecord | None:
        """Bookmark ``anchor`` in ``article``, asking for a note; None when cancelled."""
        section = article.section(anchor) if anchor else None
        title = section.title if section else article.title
        note = dialogs.edit_text(
            self,
            tr("Bookmark this section"),
            tr("“{section}” in “{article}”.\nAdd a note if you like (optional):").format(
                section=title, article=article.title
            ),
        )
        if note is None:
            return None
        record = self.articles.add_bookmark(article.id, anchor, title, quote=quote, note=note)
        self.refresh(select=record.id)
        return record

    def _item_html(self, mark: BookmarkRecord) -> str:
        article = self.articles.article(mark.article_id)
        article_title = article.title if article else mark.article_id
        parts = [f"<b>{html.escape(article_title, quote=False)}</b>"]
        if mark.anchor:
            parts[0] += " › " + html.escape(mark.section_title, quote=False)
        if mark.quote:
            parts.append(f"<i>“{escape_lines(mark.quote)}”</i>")
        if mark.note:
            parts.append(escape_lines(mark.note))
        return "<br />".join(parts)

    def refresh(self, select: int | None = None) -> None:
        marks = self.articles.bookmarks()
        previous = self.selected()
        wanted = select if select is not None else (previous.id if previous else None)
        self.items.clear()
        for mark in marks:
            item = QListWidgetItem(mark.section_title)
            item.setData(BOOKMARK_ROLE, mark.id)
            item.setData(HTML_ROLE, self._item_html(mark))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                " ".join(p for p in (mark.section_title, mark.quote, mark.note) if p),
            )
            self.items.addItem(item)
            if mark.id == wanted:
                self.items.setCurrentItem(item)
        if not marks:
            text = tr("No bookmarks yet. Use “Bookmark…” while reading.")
            item = QListWidgetItem(text)
            item.setData(HTML_ROLE, html.escape(text, quote=False))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(item)
        self.title_changed.emit(
            tr("Bookmarks ({count})").format(count=len(marks)) if marks else tr("Bookmarks")
        )
        self._update_buttons()

    def selected(self) -> BookmarkRecord | None:
        item = self.items.currentItem()
        if item is None or item.data(BOOKMARK_ROLE) is None:
            return None
        bookmark_id = int(item.data(BOOKMARK_ROLE))
        return next((b for b in self.articles.bookmarks() if b.id == bookmark_id), None)

    def _update_buttons(self) -> None:
        item = self.items.currentItem()
        has = item is not None and item.data(BOOKMARK_ROLE) is not None
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.setEnabled(has)

    def open_selected(self) -> bool:
        mark = self.selected()
        if mark is None:
            return False
        return self._open_bookmark(mark.article_id, mark.anchor)

    def edit_selected_note(self) -> None:
        mark = self.selected()
        if mark is None:
            return
        note = dialogs.edit_text(
            self,
            tr("Edit note"),
            tr("Your note on “{section}”:").format(section=mark.section_title),
            mark.note,
        )
        if note is None:
            return
        with contextlib.suppress(UnknownBookmarkError):  # deleted meanwhile: refresh shows it
            self.articles.edit_note(mark.id, note)
        self.refresh(select=mark.id)

    def delete_selected(self) -> None:
        mark = self.selected()
        if mark is None:
            return
        if mark.note and not dialogs.ask(
            self,
            tr("Delete this bookmark?"),
            tr("The bookmark on “{section}” and your note on it will be deleted.").format(
                section=mark.section_title
            ),
        ):
            return
        self.articles.delete_bookmark(mark.id)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.items
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)
