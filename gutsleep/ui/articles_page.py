"""The Articles page: the library, full-text search, bookmarks, and an offline reader.

The reader is a QTextBrowser that never loads anything by itself: it does not
follow links (the page decides: ``article:`` and ``#anchor`` links open
inside the app, web links are handed to the system browser after asking,
anything else is ignored) and :meth:`ArticleBrowser.loadResource` refuses
every resource, so no image, style sheet or font is ever fetched from
anywhere. The HTML it shows comes from :mod:`gutsleep.articles`, which
escapes Markdown and sanitises imported HTML; text the user typed (notes)
is escaped again wherever it is shown as rich text.

The reading position is kept as a character offset in the article, not in
pixels, so it survives zooming and resizing; it is saved when the reader
switches article, when the page is hidden and through :meth:`ArticlesPage.flush`.

Signals:
    article_opened(str): the reader now shows the article with this id.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QDesktopServices,
    QFont,
    QHideEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.articles import links
from gutsleep.articles.limits import ArticleLimitError
from gutsleep.articles.model import Article, ArticleError
from gutsleep.articles.render import article_html
from gutsleep.articles.search import Hit, highlight
from gutsleep.domain.text import N_
from gutsleep.services.articles import (
    BookmarkRecord,
    PreparedImport,
    UnknownBookmarkError,
    prepare_import,
)
from gutsleep.services.context import Services
from gutsleep.storage.settings import READER_ZOOM
from gutsleep.ui import dialogs
from gutsleep.ui.background import Background
from gutsleep.ui.flow_layout import flow_container
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

log = logging.getLogger(__name__)

#: Zoom steps of 10 % each, from 70 % to 200 %.
ZOOM_MIN: Final = -3
ZOOM_MAX: Final = 10
ZOOM_STEP: Final = 0.1

#: Wait this long after the last scroll before writing the position down.
SAVE_POSITION_MS: Final = 1500

TIER_LABELS: Final = {
    "1": N_("Tier 1 · strongest evidence"),
    "2": N_("Tier 2 · solid evidence"),
    "3": N_("Tier 3 · emerging evidence"),
    "background": N_("Background"),
}

#: Qt rich text has no <mark>: search hits get a coloured span that reads in both schemes.
HIT_OPEN: Final = '<span style="background-color:#ffe066; color:#000000;">'
HIT_CLOSE: Final = "</span>"

ID_ROLE: Final = Qt.ItemDataRole.UserRole
HTML_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ANCHOR_ROLE: Final = Qt.ItemDataRole.UserRole + 2
BOOKMARK_ROLE: Final = Qt.ItemDataRole.UserRole + 3

READER_CSS: Final = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; }
p, li { line-height: 135%; }
p { margin-top: 4px; margin-bottom: 8px; }
blockquote { margin-left: 16px; margin-right: 16px; }
td, th { padding: 4px; }
"""


def tier_label(tier: str) -> str:
    """The translated badge for an evidence tier."""
    return tr(TIER_LABELS.get(tier, TIER_LABELS["background"]))


def error_sentence(error: ArticleError) -> str:
    """The sentence an ArticleError carries, translated when it is one of the limits."""
    if isinstance(error, ArticleLimitError):
        return render(error.message)
    return str(error)


def _escape_lines(text: str) -> str:
    """User text as rich text that shows exactly what was typed, line breaks included."""
    return "<br />".join(html.escape(line, quote=False) for line in text.split("\n"))


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and leaves every link to its owner.

    Signals:
        zoom_requested(int): Ctrl + mouse wheel asked for one step in (+1) or out (-1).
        relayout_done: the viewport was resized and the text laid out again.
    """

    zoom_requested = Signal(int)
    relayout_done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.relayouting = False
        #: Every resource the document asked for and did not get (for tests and debugging).
        self.refused: list[str] = []

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        """Refuse every resource: articles never show images or load style sheets.

        Our HTML has no <img> or <link>; this closes the door for anything
        that slipped through, remote or local alike. An image gets a blank
        pixel: given nothing, Qt would try to open its name as a file itself
        (warning "QFSFileEngine::open: No file name specified" for an empty one).
        """
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        if type_ == QTextDocument.ResourceType.ImageResource:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.relayouting = True
        try:
            super().resizeEvent(event)
        finally:
            self.relayouting = False
        self.relayout_done.emit()


class RichItemDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE rich text (our own, escaped HTML) over the normal background."""

    PADDING = 6

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width()
        document.setTextWidth(max(80, width - 2 * self.PADDING))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(item, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        enabled = bool(item.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(group, role))
        painter.save()
        painter.translate(item.rect.left() + self.PADDING, item.rect.top() + self.PADDING)
        painter.setClipRect(0, 0, item.rect.width() - self.PADDING, item.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        size = document.size().toSize()
        return QSize(size.width() + 2 * self.PADDING, size.height() + 2 * self.PADDING)


class ArticlesPage(QWidget):
    page_id = "articles"
    article_opened = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articles_page")
        self.services = services
        self.articles = services.articles
        self.current: Article | None = None
        self._loaded = False
        self._terms: tuple[str, ...] = ()
        self._hits: list[Hit] = []
        self._anchor_positions: dict[str, int] = {}
        self._top_position = 0
        self._programmatic = 0
        self._history: list[tuple[str, int]] = []
        self._zoom = 0
        self._base_point_size = 0.0
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_POSITION_MS)
        self._save_timer.timeout.connect(self.save_position)
        self._saved_place: tuple[str, int] | None = None
        self._relist_timer = QTimer(self)
        self._relist_timer.setSingleShot(True)
        self._relist_timer.setInterval(150)
        self._relist_timer.timeout.connect(self.refresh_library)
        #: Imports are read and checked here, off the GUI thread.
        self.background = Background(self)
        self.importing: str | None = None
        #: The stored article the reader refused to show (it breaks a limit), if any.
        self.refused_id: str | None = None
        self.library_menu: QMenu | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("articles_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_sidebar())
        self.splitter.addWidget(self._build_reader())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._build_shortcuts()

        self._base_point_size = self.browser.font().pointSizeF()
        self.set_zoom(self.services.settings.get(READER_ZOOM), remember=False)
        self._show_welcome()
        # The library is read after the first paint, not while the window is built.
        QTimer.singleShot(0, self.ensure_loaded)

    # building ---------------------------------------------------------------
    def _build_sidebar(self) -> QWidget:
        self.tabs = QTabWidget(self)
        name_widget(self.tabs, "articles_tabs", tr("Library and bookmarks"))
        self.tabs.tabBar().setAccessibleName(tr("Library and bookmarks"))

        library = QWidget()
        layout = QVBoxLayout(library)
        layout.setContentsMargins(4, 6, 4, 4)
        self.search = QLineEdit(library)
        self.search.setPlaceholderText(tr("Search all articles"))
        self.search.setClearButtonEnabled(True)
        name_widget(
            self.search,
            "article_search",
            tr("Search articles"),
            tr("Finds articles containing every word you type"),
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_result)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.library_list = self._rich_list("library_list", tr("Articles"))
        self.library_list.itemActivated.connect(self._library_item_opened)
        self.library_list.itemClicked.connect(self._library_item_opened)
        self.library_list.viewport().installEventFilter(self)  # summaries fit the new width
        self.library_list.installEventFilter(self)  # Delete removes an imported article
        self.library_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.library_list.customContextMenuRequested.connect(self._library_menu)
        self.library_list.currentItemChanged.connect(lambda *_: self._library_buttons())
        layout.addWidget(self.library_list, 1)
        self.import_button = QPushButton(tr("Add an article…"), library)
        name_widget(
            self.import_button,
            "import_article",
            tr("Add an article"),
            tr("Add your own Markdown, text or HTML file to the library"),
        )
        self.import_button.clicked.connect(self.import_article)
        self.library_remove = QPushButton(tr("Remove…"), library)
        name_widget(
            self.library_remove,
            "remove_selected_article",
            tr("Remove the selected article"),
            tr("Removes the article you added that is selected in the list, with its bookmarks"),
        )
        self.library_remove.clicked.connect(self.remove_selected)
        self.library_remove.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button, 1)
        buttons.addWidget(self.library_remove)
        layout.addLayout(buttons)
        self.tabs.addTab(library, tr("Library"))

        marks = QWidget()
        layout = QVBoxLayout(marks)
        layout.setContentsMargins(4, 6, 4, 4)
        self.bookmarks_list = self._rich_list("bookmarks_list", tr("Bookmarks"))
        self.bookmarks_list.itemActivated.connect(lambda _item: self.open_selected_bookmark())
        self.bookmarks_list.currentRowChanged.connect(lambda _row: self._bookmark_buttons())
        self.bookmarks_list.installEventFilter(self)
        layout.addWidget(self.bookmarks_list, 1)
        row = QHBoxLayout()
        self.bookmark_open = QPushButton(tr("Open"), marks)
        name_widget(self.bookmark_open, "bookmark_open", tr("Open the bookmarked section"))
        self.bookmark_open.clicked.connect(self.open_selected_bookmark)
        self.bookmark_edit = QPushButton(tr("Edit note…"), marks)
        name_widget(self.bookmark_edit, "bookmark_edit", tr("Edit the bookmark's note"))
        self.bookmark_edit.clicked.connect(self.edit_selected_note)
        self.bookmark_delete = QPushButton(tr("Delete"), marks)
        name_widget(self.bookmark_delete, "bookmark_delete", tr("Delete the bookmark"))
        self.bookmark_delete.clicked.connect(self.delete_selected_bookmark)
        for button in (self.bookmark_open, self.bookmark_edit, self.bookmark_delete):
            row.addWidget(button)
        layout.addLayout(row)
        self.tabs.addTab(marks, tr("Bookmarks"))
        return self.tabs

    def _rich_list(self, name: str, label: str) -> QListWidget:
        widget = QListWidget(self)
        name_widget(widget, name, label)
        widget.setItemDelegate(RichItemDelegate(widget))
        widget.setWordWrap(True)
        widget.setUniformItemSizes(False)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return widget

    def _build_reader(self) -> QWidget:
        reader = QWidget(self)
        reader.setObjectName("article_reader")
        layout = QVBoxLayout(reader)
        layout.setContentsMargins(4, 0, 0, 0)

        bar_holder, bar = flow_container(reader)
        self.back_button = QToolButton(reader)
        self.back_button.setText(tr("← Back"))
        name_widget(self.back_button, "article_back", tr("Back to where you were (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.back_button.setEnabled(False)
        bar.addWidget(self.back_button)
        self.read_box = QCheckBox(tr("Read"), reader)
        name_widget(self.read_box, "article_read", tr("Marked as read"))
        self.read_box.toggled.connect(self._read_toggled)
        bar.addWidget(self.read_box)
        self.bookmark_button = QPushButton(tr("Bookmark…"), reader)
        name_widget(
            self.bookmark_button,
            "bookmark_section",
            tr("Bookmark this section"),
            tr("Bookmarks the section at the top of the reader, with a note if you like"),
        )
        self.bookmark_button.clicked.connect(self.bookmark_section)
        bar.addWidget(self.bookmark_button)
        self.find_button = QToolButton(reader)
        self.find_button.setText(tr("Find…"))
        name_widget(self.find_button, "find_open", tr("Find in this article (Ctrl+F)"))
        self.find_button.clicked.connect(self.open_find)
        bar.addWidget(self.find_button)
        self.zoom_out_button = QToolButton(reader)
        self.zoom_out_button.setText(tr("A−"))
        name_widget(self.zoom_out_button, "zoom_out", tr("Smaller text (Ctrl+minus)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        bar.addWidget(self.zoom_out_button)
        self.zoom_label = QLabel(reader)
        self.zoom_label.setObjectName("zoom_level")
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance("000 %") + 6
        )
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        self.zoom_in_button = QToolButton(reader)
        self.zoom_in_button.setText(tr("A+"))
        name_widget(self.zoom_in_button, "zoom_in", tr("Larger text (Ctrl+plus)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        bar.addWidget(self.zoom_in_button)
        self.remove_button = QPushButton(tr("Remove…"), reader)
        name_widget(
            self.remove_button,
            "remove_article",
            tr("Remove this article"),
            tr("Removes an article you added, with its bookmarks"),
        )
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.hide()
        bar.addWidget(self.remove_button)
        layout.addWidget(bar_holder)

        self.reader_splitter = QSplitter(Qt.Orientation.Horizontal, reader)
        self.reader_splitter.setObjectName("reader_splitter")
        self.reader_splitter.setChildrenCollapsible(False)
        self.toc = QListWidget(reader)
        name_widget(self.toc, "article_toc", tr("Contents"), tr("Sections of this article"))
        self.toc.setWordWrap(True)
        self.toc.setMinimumWidth(120)
        self.toc.setSpacing(2)
        self.toc.setResizeMode(QListView.ResizeMode.Adjust)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.currentRowChanged.connect(self._toc_row_changed)
        self.toc.itemClicked.connect(self._toc_item_clicked)
        self.reader_splitter.addWidget(self.toc)
        self.browser = ArticleBrowser(reader)
        name_widget(self.browser, "article_browser", tr("Article text"))
        self.browser.document().setDefaultStyleSheet(READER_CSS)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.zoom_requested.connect(self.zoom_by)
        self.browser.relayout_done.connect(self._relayout_done)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.reader_splitter.addWidget(self.browser)
        self.reader_splitter.setStretchFactor(0, 0)
        self.reader_splitter.setStretchFactor(1, 1)
        self.reader_splitter.setSizes([170, 470])
        layout.addWidget(self.reader_splitter, 1)

        layout.addWidget(self._build_find_bar(reader))
        self.status = QLabel(reader)
        self.status.setObjectName("articles_status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self._reader_controls(False)
        return reader

    def _build_find_bar(self, parent: QWidget) -> QWidget:
        self.find_bar = QWidget(parent)
        self.find_bar.setObjectName("find_bar")
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(0, 2, 0, 2)
        label = QLabel(tr("Find:"), self.find_bar)
        row.addWidget(label)
        self.find_text = QLineEdit(self.find_bar)
        name_widget(
            self.find_text,
            "find_text",
            tr("Find in article"),
            tr("Enter or F3: next match; Shift+Enter or Shift+F3: previous; Esc closes"),
        )
        label.setBuddy(self.find_text)
        self.find_text.textChanged.connect(lambda _text: self.find_next(incremental=True))
        self.find_text.returnPressed.connect(self.find_next)
        self.find_text.installEventFilter(self)
        row.addWidget(self.find_text, 1)
        self.find_previous_button = QToolButton(self.find_bar)
        self.find_previous_button.setText(tr("Previous"))
        name_widget(self.find_previous_button, "find_previous", tr("Previous match (Shift+F3)"))
        self.find_previous_button.clicked.connect(self.find_previous)
        row.addWidget(self.find_previous_button)
        self.find_next_button = QToolButton(self.find_bar)
        self.find_next_button.setText(tr("Next"))
        name_widget(self.find_next_button, "find_next", tr("Next match (F3)"))
        self.find_next_button.clicked.connect(lambda: self.find_next())
        row.addWidget(self.find_next_button)
        self.find_message = QLabel(self.find_bar)
        self.find_message.setObjectName("find_message")
        row.addWidget(self.find_message)
        close = QToolButton(self.find_bar)
        close.setText("✕")
        name_widget(close, "find_close", tr("Close the find bar (Esc)"))
        close.clicked.connect(self.close_find)
        row.addWidget(close)
        self.find_bar.hide()
        return self.find_bar

    def _build_shortcuts(self) -> None:
        bindings: list[tuple[Sequence[QKeySequence], Any]] = [
            ([QKeySequence(Qt.Key.Key_F3)], lambda: self.find_next()),
            ([QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3)], self.find_previous),
            (
                [
                    QKeySequence(QKeySequence.StandardKey.ZoomIn),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Plus),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Equal),
                ],
                lambda: self.zoom_by(1),
            ),
            (
                [
                    QKeySequence(QKeySequence.StandardKey.ZoomOut),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus),
                ],
                lambda: self.zoom_by(-1),
            ),
            ([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0)], lambda: self.set_zoom(0)),
            ([QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)], self.go_back),
        ]
        seen: set[str] = set()
        for sequences, slot in bindings:
            for sequence in sequences:
                key = sequence.toString()
                if not key or key in seen:
                    continue
                seen.add(key)
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # the library ------------------------------------------------------------
    def ensure_loaded(self) -> bool:
        """Read the library (once); False with a message when the bundled files are missing."""
        if self._loaded:
            return True
        self._loaded = True
        try:
            self.articles.library()
        except ArticleError as error:
            self._show_status(str(error))
            return False
        self.refresh_library()
        self.refresh_bookmarks()
        return True

    def on_shown(self) -> None:
        """The main window shows the page: make sure the library is there and current.

        While the window is still being built (the page was the last one shown),
        the timer started in ``__init__`` reads the library after the first paint.
        """
        if not self._loaded:
            if self.window().isVisible():
                self.ensure_loaded()
        else:
            self.refresh_library()
            self.refresh_bookmarks()

    def _summary(self, article: Article) -> str:
        return render(article.problem) if article.problem is not None else article.summary

    def _library_html(self, article: Article, read: bool) -> str:
        summary = " ".join(self._summary(article).split())
        metrics = self.library_list.fontMetrics()
        width = max(120, self.library_list.viewport().width() - 2 * RichItemDelegate.PADDING - 4)
        summary = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width)
        marker = "" if read else "● "
        return (
            f"<b>{html.escape(marker + article.title)}</b><br />"
            f"{html.escape(summary)}<br />"
            f"<small>{html.escape(self._meta_text(article, read))}</small>"
        )

    def _meta_text(self, article: Article, read: bool | None = None) -> str:
        parts = [tier_label(article.tier)]
        parts.append(tr("{minutes} min read").format(minutes=article.reading_minutes))
        if not article.bundled:
            parts.append(tr("Yours"))
        if read is not None:
            parts.append(tr("Read") if read else tr("Unread"))
        return " · ".join(parts)

    def refresh_library(self) -> None:
        """Fill the list with the library, or with search results while there is a query."""
        if self.search.text().strip():
            self._show_hits(self.search.text())
            return
        states = self.articles.states()
        self.library_list.clear()
        for article in self._library():
            read = states[article.id].read if article.id in states else False
            item = QListWidgetItem(article.title)
            item.setData(ID_ROLE, article.id)
            item.setData(HTML_ROLE, self._library_html(article, read))
            summary = self._summary(article)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{article.title}. {summary} {self._meta_text(article, read)}",
            )
            item.setToolTip(summary)
            self.library_list.addItem(item)
        self._select_current_in_list()
        self._library_buttons()

    def _library(self) -> list[Article]:
        try:
            return self.articles.library()
        except ArticleError:
            return self.articles.user_articles()

    def _select_current_in_list(self) -> None:
        shown = self.current.id if self.current is not None else self.refused_id
        if shown is None:
            return
        for row in range(self.library_list.count()):
            if self.library_list.item(row).data(ID_ROLE) == shown:
                self.library_list.blockSignals(True)
                self.library_list.setCurrentRow(row)
                self.library_list.blockSignals(False)
                return

    # search -----------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        if text.strip():
            self._show_hits(text)
            return
        self._hits = []
        self.refresh_library()
        if self._terms and self.current is not None:
            self._terms = ()
            self._render(keep_position=True)

    def _show_hits(self, query: str) -> None:
        self._hits = self.articles.search(query)
        self.library_list.clear()
        for hit in self._hits:
            article = self.articles.article(hit.article_id)
            if article is None:
                continue
            item = QListWidgetItem(hit.title)
            item.setData(ID_ROLE, hit.article_id)
            item.setData(ANCHOR_ROLE, hit.anchor or "")
            title = highlight(hit.title, hit.terms, open_tag=HIT_OPEN, close_tag=HIT_CLOSE)
            snippet = highlight(hit.snippet, hit.terms, open_tag=HIT_OPEN, close_tag=HIT_CLOSE)
            item.setData(
                HTML_ROLE,
                f"<b>{title}</b><br />{snippet}<br />"
                f"<small>{html.escape(self._meta_text(article))}</small>",
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {hit.snippet}")
            self.library_list.addItem(item)
        if not self._hits:
            item = QListWidgetItem(tr("No article contains all of these words."))
            item.setData(
                HTML_ROLE, html.escape(tr("No article contains all of these words."), quote=False)
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.library_list.addItem(item)
        self._library_buttons()

    def _open_first_result(self) -> None:
        item = self.library_list.currentItem() or self.library_list.item(0)
        if item is not None and item.data(ID_ROLE):
            self._library_item_opened(item)

    def _library_item_opened(self, item: QListWidgetItem) -> None:
        article_id = item.data(ID_ROLE)
        if not article_id:
            return
        if self.search.text().strip():
            hit = next((h for h in self._hits if h.article_id == article_id), None)
            terms = hit.terms if hit else ()
            self._open(article_id, anchor=str(item.data(ANCHOR_ROLE) or ""), terms=terms)
        else:
            self._open(article_id)

    # opening and rendering --------------------------------------------------
    def open_article(self, article_id: str, anchor: str = "") -> bool:
        """Show ``article_id`` at section ``anchor`` (or where the reader left off).

        The entry point for deep links from other pages (MainWindow.open_article).
        """
        self.ensure_loaded()
        return self._open(article_id, anchor=anchor)

    def _open(
        self,
        article_id: str,
        *,
        anchor: str = "",
        position: int | None = None,
        terms: tuple[str, ...] = (),
        remember: bool = False,
    ) -> bool:
        article = self.articles.article(article_id)
        if article is None:
            self._show_status(
                tr("There is no article “{article}” in the library.").format(article=article_id)
            )
            return False
        if article.problem is not None:
            self._refuse(article)
            return False
        self.refused_id = None
        if remember and self.current is not None:
            self._history.append((self.current.id, self._top_position))
            self.back_button.setEnabled(True)
        if self.current is not None and self.current.id != article.id:
            self.save_position()
        same = self.current is not None and self.current.id == article.id
        rerender = not same or terms != self._terms or not self._anchor_positions
        self.current = article
        self._terms = terms
        self._hide_status()
        if rerender:
            self._render(keep_position=False)
        self.articles.mark_opened(article.id)
        self._update_header()
        if anchor and anchor in self._anchor_positions:
            self.scroll_to_anchor(anchor)
        elif position is not None:
            self._scroll_to_position(position)
        elif not same:
            self._scroll_to_position(self.articles.state(article.id).position)
        self.refresh_library()
        self.article_opened.emit(article.id)
        return True

    def _refuse(self, article: Article) -> None:
        """Don't show a stored article that breaks a limit; say why and offer Remove."""
        assert article.problem is not None
        self.save_position()
        self._save_timer.stop()
        self.current = None
        self._show_welcome()
        self.refused_id = article.id
        self.remove_button.show()
        self._select_current_in_list()
        self._library_buttons()
        self._show_status(render(article.problem))

    def _compose_html(self, article: Article) -> str:
        body = article_html(article)
        if not article.bundled and article.sources:
            items = "".join(f"<li>{html.escape(s, quote=False)}</li>" for s in article.sources)
            body += f"<h2>{html.escape(tr('Sources'), quote=False)}</h2><ol>{items}</ol>"
        meta = [self._meta_text(article)]
        if article.last_reviewed is not None:
            day = article.last_reviewed
            shown = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            meta.append(tr("reviewed {date}").format(date=shown))
        meta_html = f"<p><small>{html.escape(' · '.join(meta), quote=False)}</small></p>"
        first = article.sections[0] if article.sections else None
        if (
            first is not None
            and first.level == 1
            and first.title == article.title
            and body.lstrip().startswith("<h1>")
        ):
            # An import that starts with its own title: don't show the title twice.
            page = body.replace("</h1>", "</h1>" + meta_html, 1)
        else:
            page = f"<h1>{html.escape(article.title, quote=False)}</h1>" + meta_html + body
        if self._terms:
            page = highlight(
                page, self._terms, is_html=True, open_tag=HIT_OPEN, close_tag=HIT_CLOSE
            )
        return page

    def _render(self, *, keep_position: bool) -> None:
        """Put the current article into the browser, with search hits highlighted."""
        article = self.current
        assert article is not None
        position = self._top_position
        self._programmatic += 1
        try:
            self.browser.setHtml(self._compose_html(article))
        finally:
            self._programmatic -= 1
        self._anchor_positions = self._find_anchors(article)
        self.toc.blockSignals(True)
        self.toc.clear()
        for section in article.sections:
            if section.anchor not in self._anchor_positions:
                continue
            item = QListWidgetItem(("    " * max(0, section.level - 2)) + section.title)
            item.setData(ID_ROLE, section.anchor)
            item.setToolTip(section.title)
            self.toc.addItem(item)
        self.toc.blockSignals(False)
        self.toc.setVisible(self.toc.count() > 0)
        self._reader_controls(True)
        self.browser.setExtraSelections([])
        if self.find_bar.isVisible() and self.find_text.text():
            self._highlight_matches(self.find_text.text())
        if keep_position:
            self._scroll_to_position(position)

    def _find_anchors(self, article: Article) -> dict[str, int]:
        """Where each section's anchor is in the document (a character position)."""
        wanted = article.anchors
        found: dict[str, int] = {}
        block = self.browser.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                for name in fragment.charFormat().anchorNames():
                    if name in wanted and name not in found:
                        found[name] = fragment.position()
                fragments += 1
            block = block.next()
        return found

    def _update_header(self) -> None:
        article = self.current
        if article is None:
            return
        read = self.articles.state(article.id).read
        self.read_box.blockSignals(True)
        self.read_box.setChecked(read)
        self.read_box.blockSignals(False)
        self.remove_button.setVisible(not article.bundled)

    def _reader_controls(self, enabled: bool) -> None:
        for widget in (
            self.read_box,
            self.bookmark_button,
            self.find_button,
            self.toc,
        ):
            widget.setEnabled(enabled)

    def _show_welcome(self) -> None:
        self._programmatic += 1
        try:
            self.browser.setHtml(
                "<h1>{}</h1><p>{}</p><p>{}</p>".format(
                    html.escape(tr("Articles"), quote=False),
                    html.escape(
                        tr(
                            "Choose an article on the left to start reading. They are "
                            "written to be read in order, starting with where gut health "
                            "fits among the options for sleep."
                        ),
                        quote=False,
                    ),
                    html.escape(
                        tr(
                            "Everything here is stored on this computer and opens without "
                            "an internet connection. The articles inform; they are not "
                            "medical advice."
                        ),
                        quote=False,
                    ),
                )
            )
        finally:
            self._programmatic -= 1
        self.toc.clear()
        self.toc.hide()
        self._anchor_positions = {}
        self._reader_controls(False)
        self.remove_button.hide()

    # position ---------------------------------------------------------------
    def _inset(self) -> int:
        """Space kept above the top line: the document margin, so headings keep air above."""
        return round(self.browser.document().documentMargin())

    def top_position(self) -> int:
        """The character position at the start of the top line of the reader.

        Read just below the inset that :meth:`_scroll_to_position` leaves, so
        saving and restoring a position never drifts by a line.
        """
        point = QPoint(self._inset() + 1, self._inset() + 2)
        return self.browser.cursorForPosition(point).position()

    def _line_top(self, position: int) -> float | None:
        """Where the line holding ``position`` starts, in document pixels."""
        document = self.browser.document()
        block = document.findBlock(position)
        if not block.isValid():
            return None
        top = document.documentLayout().blockBoundingRect(block).top()
        line_layout = block.layout()
        if line_layout is not None and line_layout.lineCount():
            line = line_layout.lineForTextPosition(position - block.position())
            if line.isValid():
                top += line.y()
        return top

    def _scroll_to_position(self, position: int) -> None:
        """Scroll so the line holding ``position`` is at the top of the reader."""
        document = self.browser.document()
        position = max(0, min(position, document.characterCount() - 1))
        self._top_position = position
        top = self._line_top(position)
        if top is None:
            return
        self._programmatic += 1
        try:
            self.browser.verticalScrollBar().setValue(max(0, round(top) - self._inset()))
        finally:
            self._programmatic -= 1
        self._sync_toc()

    def scroll_to_anchor(self, anchor: str) -> bool:
        """Bring section ``anchor`` to the top; False when the article has no such section."""
        position = self._anchor_positions.get(anchor)
        if position is None:
            return False
        self._scroll_to_position(position)
        self._select_toc(anchor)
        return True

    def _scrolled(self, _value: int) -> None:
        if self._programmatic or self.browser.relayouting or self.current is None:
            return
        self._top_position = self.top_position()
        self._sync_toc()
        self._save_timer.start()

    def _relayout_done(self) -> None:
        if self.current is not None:
            self._scroll_to_position(self._top_position)

    def save_position(self) -> None:
        """Write the current article's reading position down now."""
        self._save_timer.stop()
        if self.current is None:
            return
        place = (self.current.id, self._top_position)
        if place != self._saved_place:
            self.articles.save_position(*place)
            self._saved_place = place

    def flush(self) -> None:
        """Save what is pending (the main window calls this before closing)."""
        self.save_position()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_position()
        super().hideEvent(event)

    # contents ---------------------------------------------------------------
    def section_at(self, position: int) -> str:
        """The anchor of the section holding ``position``; "" before the first heading."""
        current = ""
        best = -1
        for anchor, at in self._anchor_positions.items():
            if best < at <= position:
                current, best = anchor, at
        return current

    def _section_at_top(self) -> str:
        """The nearest heading at or above the top of the viewport."""
        bar = self.browser.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0 and self.toc.currentItem() is not None:
            # At the very end the last headings can't reach the top: keep the choice made.
            return str(self.toc.currentItem().data(ID_ROLE))
        limit = bar.value() + self._inset() + 4
        current = ""
        best = -1.0
        for anchor, at in self._anchor_positions.items():
            top = self._line_top(at)
            if top is not None and best < top <= limit:
                current, best = anchor, top
        return current

    def _sync_toc(self) -> None:
        anchor = self._section_at_top()
        if anchor:
            self._select_toc(anchor)
        else:
            self.toc.blockSignals(True)
            self.toc.setCurrentRow(-1)
            self.toc.blockSignals(False)

    def _select_toc(self, anchor: str) -> None:
        for row in range(self.toc.count()):
            if self.toc.item(row).data(ID_ROLE) == anchor:
                self.toc.blockSignals(True)
                self.toc.setCurrentRow(row)
                self.toc.blockSignals(False)
                self.toc.scrollToItem(self.toc.item(row))
                return

    def current_anchor(self) -> str:
        """The section the reader is in: the contents' selection, kept in step with scrolling."""
        item = self.toc.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _toc_row_changed(self, row: int) -> None:
        if row >= 0:
            self.scroll_to_anchor(str(self.toc.item(row).data(ID_ROLE)))

    def _toc_item_clicked(self, item: QListWidgetItem) -> None:
        self.scroll_to_anchor(str(item.data(ID_ROLE)))

    # links ------------------------------------------------------------------
    def follow_link(self, url: QUrl) -> None:
        """Internal links open in the reader; web links go to the browser after asking."""
        target = url.toString()
        link = links.resolve(target, self.current.id if self.current else "")
        if link is not None:
            self._open(link.article_id, anchor=link.anchor or "", remember=True)
            return
        if url.scheme().lower() in ("http", "https") and links.safe_href(target):
            if dialogs.confirm_external_link(self, target):
                QDesktopServices.openUrl(QUrl(target))
            return
        # Any other scheme (file:, javascript:, mailto: ...) is ignored on purpose.

    def go_back(self) -> None:
        if not self._history:
            return
        article_id, position = self._history.pop()
        self.back_button.setEnabled(bool(self._history))
        self._open(article_id, position=position)

    # read state -------------------------------------------------------------
    def _read_toggled(self, checked: bool) -> None:
        if self.current is None:
            return
        self.articles.set_read(self.current.id, checked)
        self.refresh_library()

    # zoom -------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(self._zoom + steps)

    def set_zoom(self, steps: int, *, remember: bool = True) -> None:
        """Text size in 10 % steps from normal; remembered in the settings."""
        steps = max(ZOOM_MIN, min(ZOOM_MAX, int(steps)))
        self._zoom = steps
        font = QFont(self.browser.font())
        font.setPointSizeF(max(6.0, self._base_point_size * (1 + ZOOM_STEP * steps)))
        self.browser.relayouting = True
        try:
            self.browser.setFont(font)
        finally:
            self.browser.relayouting = False
        self.zoom_label.setText(f"{round(100 * (1 + ZOOM_STEP * steps))} %")
        self.zoom_label.setAccessibleName(
            tr("Text size {percent} %").format(percent=round(100 * (1 + ZOOM_STEP * steps)))
        )
        self.zoom_in_button.setEnabled(steps < ZOOM_MAX)
        self.zoom_out_button.setEnabled(steps > ZOOM_MIN)
        if remember:
            self.services.settings.set(READER_ZOOM, steps)
        if self.current is not None:
            self._scroll_to_position(self._top_position)

    # find in page -----------------------------------------------------------
    def find(self) -> None:  # type: ignore[override]  # shadows the static QWidget.find(WId)
        """Ctrl+F (routed here by the main window's Edit → Find): open the find bar."""
        self.open_find()

    def open_find(self) -> None:
        if self.current is None:
            return
        self.find_bar.show()
        cursor = self.browser.textCursor()
        visible = self.browser.viewport().rect()
        if not visible.contains(self.browser.cursorRect(cursor).topLeft()):
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(self.top_position())
            self.browser.setTextCursor(cursor)
        self.find_text.setFocus()
        self.find_text.selectAll()
        if self.find_text.text():
            self._highlight_matches(self.find_text.text())

    def close_find(self) -> None:
        self.find_bar.hide()
        self.browser.setExtraSelections([])
        self.find_message.clear()
        self.browser.setFocus()

    def find_previous(self) -> bool:
        return self.find_next(backward=True)

    def find_next(self, *, backward: bool = False, incremental: bool = False) -> bool:
        """Select the next (or previous) match, going round at the ends."""
        if self.current is None:
            return False
        if not self.find_bar.isVisible():
            self.open_find()
        text = self.find_text.text()
        if not text:
            self.find_message.clear()
            self.browser.setExtraSelections([])
            return False
        document = self.browser.document()
        cursor = QTextCursor(self.browser.textCursor())
        if incremental:
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        found = document.find(text, cursor, flags)
        wrapped = False
        if found.isNull():
            start = QTextCursor(document)
            start.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = document.find(text, start, flags)
            wrapped = True
        if found.isNull():
            self.find_message.setText(tr("No match for “{text}”").format(text=text))
            self.find_message.setProperty("role", "error")
            self._repolish(self.find_message)
            announce(self.find_message, self.find_message.text())
            self.browser.setExtraSelections([])
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        count = self._highlight_matches(text)
        if wrapped and not incremental:
            message = tr("Continued from the end.") if backward else tr("Continued from the top.")
        else:
            message = tr("{count} matches").format(count=count) if count != 1 else tr("1 match")
        self.find_message.setText(message)
        self.find_message.setProperty("role", "")
        self._repolish(self.find_message)
        announce(self.find_message, message)
        return True

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _highlight_matches(self, text: str) -> int:
        """Mark every match in the article; returns how many there are."""
        document = self.browser.document()
        fmt = QTextCharFormat()
        fmt.setBackground(Qt.GlobalColor.yellow)
        fmt.setForeground(Qt.GlobalColor.black)
        selections: list[QTextEdit.ExtraSelection] = []
        cursor = document.find(text, 0)
        while not cursor.isNull() and len(selections) < 1000:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            cursor = document.find(text, cursor)
        self.browser.setExtraSelections(selections)
        return len(selections)

    # bookmarks --------------------------------------------------------------
    def bookmark_section(self) -> BookmarkRecord | None:
        """Bookmark the section at the top (or holding the selected text), asking for a note."""
        article = self.current
        if article is None:
            return None
        cursor = self.browser.textCursor()
        quote = ""
        if cursor.hasSelection():
            quote = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
            anchor = self.section_at(cursor.selectionStart())
        else:
            anchor = self.current_anchor()
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
        self.refresh_bookmarks(select=record.id)
        self._show_status(tr("Bookmarked “{section}”.").format(section=title), error=False)
        return record

    def _bookmark_html(self, mark: BookmarkRecord) -> str:
        article = self.articles.article(mark.article_id)
        article_title = article.title if article else mark.article_id
        parts = [f"<b>{html.escape(article_title, quote=False)}</b>"]
        if mark.anchor:
            parts[0] += " › " + html.escape(mark.section_title, quote=False)
        if mark.quote:
            parts.append(f"<i>“{_escape_lines(mark.quote)}”</i>")
        if mark.note:
            parts.append(_escape_lines(mark.note))
        return "<br />".join(parts)

    def refresh_bookmarks(self, select: int | None = None) -> None:
        marks = self.articles.bookmarks()
        previous = self._selected_bookmark()
        wanted = select if select is not None else (previous.id if previous else None)
        self.bookmarks_list.clear()
        for mark in marks:
            item = QListWidgetItem(mark.section_title)
            item.setData(BOOKMARK_ROLE, mark.id)
            item.setData(HTML_ROLE, self._bookmark_html(mark))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                " ".join(p for p in (mark.section_title, mark.quote, mark.note) if p),
            )
            self.bookmarks_list.addItem(item)
            if mark.id == wanted:
                self.bookmarks_list.setCurrentItem(item)
        if not marks:
            text = tr("No bookmarks yet. Use “Bookmark…” while reading.")
            item = QListWidgetItem(text)
            item.setData(HTML_ROLE, html.escape(text, quote=False))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.bookmarks_list.addItem(item)
        self.tabs.setTabText(
            1, tr("Bookmarks ({count})").format(count=len(marks)) if marks else tr("Bookmarks")
        )
        self._bookmark_buttons()

    def _selected_bookmark(self) -> BookmarkRecord | None:
        item = self.bookmarks_list.currentItem()
        if item is None or item.data(BOOKMARK_ROLE) is None:
            return None
        bookmark_id = int(item.data(BOOKMARK_ROLE))
        return next((b for b in self.articles.bookmarks() if b.id == bookmark_id), None)

    def _bookmark_buttons(self) -> None:
        item = self.bookmarks_list.currentItem()
        has = item is not None and item.data(BOOKMARK_ROLE) is not None
        for button in (self.bookmark_open, self.bookmark_edit, self.bookmark_delete):
            button.setEnabled(has)

    def open_selected_bookmark(self) -> bool:
        mark = self._selected_bookmark()
        if mark is None:
            return False
        return self._open(mark.article_id, anchor=mark.anchor, remember=True)

    def edit_selected_note(self) -> None:
        mark = self._selected_bookmark()
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
        self.refresh_bookmarks(select=mark.id)

    def delete_selected_bookmark(self) -> None:
        mark = self._selected_bookmark()
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
        self.refresh_bookmarks()

    # imports ----------------------------------------------------------------
    def import_article(self) -> None:
        """Ask for a file, then read and check it on the worker; problems are one sentence.

        The page stays responsive while the file is parsed: the status line
        says what is being added, and the article opens once it is stored.
        """
        if self.importing is not None:
            return
        chosen = dialogs.open_path(
            self,
            tr("Add an article"),
            tr("Articles (*.md *.markdown *.txt *.text *.html *.htm);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.importing = path.name
        self.import_button.setEnabled(False)
        self._show_status(tr("Adding “{name}”…").format(name=path.name), error=False)
        self.background.run(
            lambda: prepare_import(path), self._import_prepared, self._import_failed
        )

    def _import_prepared(self, prepared: object) -> None:
        assert isinstance(prepared, PreparedImport)
        self._import_finished()
        try:
            article = self.articles.store_import(prepared)
        except ArticleError as error:
            self._show_status(error_sentence(error))
            return
        self.search.clear()
        self.refresh_library()
        self.tabs.setCurrentIndex(0)
        self._open(article.id)
        self._show_status(
            tr("“{title}” was added to your library.").format(title=article.title), error=False
        )

    def _import_failed(self, error: Exception) -> None:
        self._import_finished()
        if isinstance(error, ArticleError):
            self._show_status(error_sentence(error))
            return
        log.exception("Importing an article failed", exc_info=error)
        self._show_status(tr("The article can't be added: something unexpected went wrong."))

    def _import_finished(self) -> None:
        self.importing = None
        self.import_button.setEnabled(True)
        self._hide_status()

    def _selected_article(self) -> Article | None:
        item = self.library_list.currentItem()
        article_id = item.data(ID_ROLE) if item is not None else None
        return self.articles.article(str(article_id)) if article_id else None

    def _library_buttons(self) -> None:
        article = self._selected_article()
        self.library_remove.setEnabled(article is not None and not article.bundled)

    def _library_menu(self, point: QPoint) -> None:
        """The list's context menu for the item under ``point`` (viewport coordinates)."""
        item = self.library_list.itemAt(point)
        if item is None or not item.data(ID_ROLE):
            return
        self.library_list.setCurrentItem(item)
        article = self._selected_article()
        if article is None:
            return
        self.library_menu = menu = QMenu(self.library_list)
        menu.setObjectName("library_menu")
        open_action = menu.addAction(tr("Open"))
        open_action.triggered.connect(lambda: self._library_item_opened(item))
        remove = menu.addAction(tr("Remove…"))
        remove.setEnabled(not article.bundled)
        remove.triggered.connect(self.remove_selected)
        menu.popup(self.library_list.viewport().mapToGlobal(point))

    def remove_selected(self) -> bool:
        """Remove the article selected in the list, if the user added it (after asking)."""
        article = self._selected_article()
        return article is not None and self.remove_article(article.id)

    def remove_current(self) -> bool:
        """Remove the open (or refused) article if it is one the user added (after asking)."""
        article_id = self.current.id if self.current is not None else self.refused_id
        return article_id is not None and self.remove_article(article_id)

    def remove_article(self, article_id: str) -> bool:
        """Remove an imported article, open or not, after asking; bundled ones stay."""
        article = self.articles.article(article_id)
        if article is None or article.bundled:
            return False
        if not dialogs.ask(
            self,
            tr("Remove this article?"),
            tr(
                "“{title}” will be removed from your library, together with its bookmarks. "
                "The file you added it from is not touched."
            ).format(title=article.title),
        ):
            return False
        try:
            self.articles.remove_user_article(article.id)
        except ArticleError as error:
            self._show_status(error_sentence(error))
            return False
        self._history = [entry for entry in self._history if entry[0] != article.id]
        self.back_button.setEnabled(bool(self._history))
        if article.id in (self.refused_id, self.current.id if self.current else None):
            self._save_timer.stop()
            self.current = None
            self.refused_id = None
            self._saved_place = None
            self._show_welcome()
            self._hide_status()
        self.refresh_library()
        self.refresh_bookmarks()
        self._show_status(
            tr("“{title}” was removed from your library.").format(title=article.title), error=False
        )
        return True

    # messages and keys ------------------------------------------------------
    def _show_status(self, text: str, *, error: bool = True) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "error" if error else "")
        self._repolish(self.status)
        self.status.show()
        announce(self.status, text)

    def _hide_status(self) -> None:
        self.status.hide()
        self.status.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.library_list.viewport()
            and self._loaded
            and not self.search.text().strip()
        ):
            self._relist_timer.start()
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.find_text:
                if key == Qt.Key.Key_Escape:
                    self.close_find()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                ):
                    self.find_previous()
                    return True
            elif watched is self.search and key == Qt.Key.Key_Down:
                self.library_list.setFocus()
                if self.library_list.currentRow() < 0 and self.library_list.count():
                    self.library_list.setCurrentRow(0)
                return True
            elif watched is self.bookmarks_list and key == Qt.Key.Key_Delete:
                self.delete_selected_bookmark()
                return True
            elif watched is self.library_list and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        if (
            watched is self.library_list
            and event.type() == QEvent.Type.ContextMenu
            and self.library_list.currentItem() is not None
        ):
            # The menu key or Shift+F10: the menu is for the selected item, shown beside it.
            item = self.library_list.currentItem()
            self._library_menu(self.library_list.visualItemRect(item).center())
            return True
        return super().eventFilter(watched, event)
