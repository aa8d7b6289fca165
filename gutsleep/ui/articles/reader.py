"""The reader: an article's text, its contents, links, zoom and the reading position.

The reading position is kept as a character offset in the article, not in
pixels, so it survives zooming and resizing; it is saved when the reader
switches article, when it is hidden and through :meth:`ArticleReader.save_position`.
"""

from __future__ import annotations

import html
import logging
from typing import Any, Final

from PySide6.QtCore import (
    QDate,
    QLocale,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QHideEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.articles import links
from gutsleep.articles.model import Article
from gutsleep.articles.render import article_html
from gutsleep.articles.search import highlight
from gutsleep.services.context import Services
from gutsleep.storage.settings import READER_ZOOM
from gutsleep.ui import dialogs
from gutsleep.ui.articles.common import HIT_CLOSE, HIT_OPEN, ID_ROLE, meta_text, repolish
from gutsleep.ui.articles.find_bar import FindBar
from gutsleep.ui.flow_layout import flow_container
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

log = logging.getLogger(__name__)

#: Zoom steps of 10 % each, from 70 % to 200 %.
ZOOM_MIN: Final = -3
ZOOM_MAX: Final = 10
ZOOM_STEP: Final = 0.1

#: Keys that move the reader's caret: they start from the top line in view.
_CARET_KEYS: Final = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)

#: Wait this long after the last scroll before writing the position down.
SAVE_POSITION_MS: Final = 1500

READER_CSS: Final = """
h1 { font-size: x-large; margin-bottom: 4px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; }
p, li { line-height: 135%; }
p { margin-top: 4px; margin-bottom: 8px; }
blockquote { margin-left: 16px; margin-right: 16px; }
td, th { padding: 4px; }
"""


class ArticleBrowser(QTextEdit):
    """Read-only rich text that loads nothing and leaves every link to its owner.

    A read-only QTextEdit rather than a QTextBrowser: Qt exposes a QTextBrowser
    to screen readers as a label (AT-SPI role "label"), which Orca reads as one
    block, while this is "read-only text" with a caret read line by line. The
    little of QTextBrowser the reader needs is here: Tab and Shift+Tab go from
    link to link, Enter or a click on a link emits ``anchorClicked``.

    Signals:
        anchorClicked(QUrl): a link was followed by Enter or a click.
        zoom_requested(int): Ctrl + mouse wheel asked for one step in (+1) or out (-1).
        relayout_done: the viewport was resized and the text laid out again.
    """

    anchorClicked = Signal(QUrl)  # noqa: N815 (QTextBrowser's name for it)
    zoom_requested = Signal(int)
    relayout_done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        # Read-only text with a caret: the arrows move it line by line (a screen reader
        # reads each line), Tab reaches the links and Enter follows them.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.relayouting = False
        self._pressed_anchor = ""
        self._pressed_at = QPoint()
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

    # links --------------------------------------------------------------------
    def _links(self) -> list[tuple[int, int, str]]:
        """(start, end, href) of every link, in document order."""
        found: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                style = fragment.charFormat()
                if fragment.isValid() and style.isAnchor() and style.anchorHref():
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1][2] == style.anchorHref() and found[-1][1] == start:
                        start = found.pop()[0]  # one link split into fragments
                    found.append((start, end, style.anchorHref()))
                iterator += 1
            block = block.next()
        return found

    def link_at_cursor(self) -> str:
        """The href of the link the caret or selection is on ('' when none)."""
        cursor = self.textCursor()
        for start, end, href in self._links():
            if start <= cursor.selectionStart() < end or start < cursor.position() < end:
                return href
        return ""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab selects the next link in the text, Shift+Tab the previous; past the last
        (or first) the focus moves on as usual."""
        if self.hasFocus():
            self._caret_into_view()
            cursor = self.textCursor()
            links = self._links()
            if next:
                chosen = [link for link in links if link[0] >= cursor.selectionEnd()][:1]
            else:
                chosen = [link for link in links if link[1] <= cursor.selectionStart()][-1:]
            if chosen:
                start, end, _href = chosen[0]
                selection = QTextCursor(self.document())
                selection.setPosition(start)
                selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(selection)
                self.ensureCursorVisible()
                return True
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_anchor = self.anchorAt(event.position().toPoint())
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a link (not a drag that selects its text) follows it."""
        super().mouseReleaseEvent(event)
        at = event.position().toPoint()
        href = self.anchorAt(at)
        dragged = (at - self._pressed_at).manhattanLength() >= QApplication.startDragDistance()
        if (
            href
            and href == self._pressed_anchor
            and event.button() == Qt.MouseButton.LeftButton
            and not dragged
        ):
            self.anchorClicked.emit(QUrl(href))
        self._pressed_anchor = ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.IBeamCursor
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """H and Shift+H go to the next and previous heading; the arrows and page keys
        start from the top line in view when the caret was scrolled out of it."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.link_at_cursor():
            self.anchorClicked.emit(QUrl(self.link_at_cursor()))
            event.accept()
            return
        if key == Qt.Key.Key_H and modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            self.go_to_heading(backward=modifiers == Qt.KeyboardModifier.ShiftModifier)
            event.accept()
            return
        if key in _CARET_KEYS:
            self._caret_into_view()
        super().keyPressEvent(event)

    def _caret_into_view(self) -> None:
        """Put the caret on the top line in view when it was scrolled out of sight, so
        keys and Tab go on from where the person is reading."""
        if not self.viewport().rect().intersects(self.cursorRect()):
            inset = round(self.document().documentMargin())
            self.setTextCursor(self.cursorForPosition(QPoint(inset + 1, inset + 2)))

    def heading_positions(self) -> list[int]:
        """Where each heading (h1 to h6) starts, in document order."""
        positions = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                positions.append(block.position())
            block = block.next()
        return positions

    def go_to_heading(self, *, backward: bool = False) -> bool:
        """Put the caret at the start of the next (or previous) heading; False at the end."""
        here = self.textCursor().selectionStart() if backward else self.textCursor().position()
        positions = self.heading_positions()
        chosen = (
            [p for p in positions if p < here][-1:]
            if backward
            else [p for p in positions if p > here][:1]
        )
        if not chosen:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(chosen[0])
        cursor.movePosition(
            QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
        )  # the heading selected: a screen reader says it whole
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

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


class ArticleReader(QWidget):
    """The open article with its toolbar, contents, find bar and message line.

    It owns what is being read: the article, the search words highlighted in
    it, the position, the back history and the zoom.

    Signals:
        article_opened(str): the reader now shows the article with this id.
        refused(str): a stored article breaks a limit and was not shown.
        read_changed(): the person marked the article read or unread.
        bookmark_requested(): "Bookmark…" was pressed.
        remove_requested(): "Remove…" was pressed for the article shown (or refused).
    """

    article_opened = Signal(str)
    refused = Signal(str)
    read_changed = Signal()
    bookmark_requested = Signal()
    remove_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article_reader")
        self.services = services
        self.articles = services.articles
        self.current: Article | None = None
        #: The stored article the reader refused to show (it breaks a limit), if any.
        self.refused_id: str | None = None
        self._terms: tuple[str, ...] = ()
        self._anchor_positions: dict[str, int] = {}
        self._top_position = 0
        self._programmatic = 0
        self._history: list[tuple[str, int]] = []
        self._zoom = 0
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_POSITION_MS)
        self._save_timer.timeout.connect(self.save_position)
        self._saved_place: tuple[str, int] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self._build_toolbar())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reader_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.toc = QListWidget(self)
        name_widget(self.toc, "article_toc", tr("Contents"), tr("Sections of this article"))
        self.toc.setWordWrap(True)
        self.toc.setMinimumWidth(120)
        self.toc.setSpacing(2)
        self.toc.setResizeMode(QListView.ResizeMode.Adjust)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.currentRowChanged.connect(self._toc_row_changed)
        self.toc.itemClicked.connect(self._toc_item_clicked)
        self.splitter.addWidget(self.toc)
        self.browser = ArticleBrowser(self)
        name_widget(self.browser, "article_browser", tr("Article text"))
        self.browser.document().setDefaultStyleSheet(READER_CSS)
        self.browser.document().setDocumentMargin(14)
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.zoom_requested.connect(self.zoom_by)
        self.browser.relayout_done.connect(self._relayout_done)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 470])
        layout.addWidget(self.splitter, 1)

        self.find_bar = FindBar(
            self.browser, lambda: self.current is not None, self.top_position, self
        )
        layout.addWidget(self.find_bar)
        self.status = QLabel(self)
        self.status.setObjectName("articles_status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self._reader_controls(False)

        self._base_point_size = self.browser.font().pointSizeF()
        self.set_zoom(services.settings.get(READER_ZOOM), remember=False)
        self.show_welcome()

    def _build_toolbar(self) -> QWidget:
        bar_holder, bar = flow_container(self)
        self.back_button = QToolButton(self)
        self.back_button.setText(tr("← Back"))
        name_widget(self.back_button, "article_back", tr("Back to where you were (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.back_button.setEnabled(False)
        bar.addWidget(self.back_button)
        self.read_box = QCheckBox(tr("Read"), self)
        name_widget(self.read_box, "article_read", tr("Marked as read"))
        self.read_box.toggled.connect(self._read_toggled)
        bar.addWidget(self.read_box)
        self.bookmark_button = QPushButton(tr("Bookmark…"), self)
        name_widget(
            self.bookmark_button,
            "bookmark_section",
            tr("Bookmark this section"),
            tr("Bookmarks the section at the top of the reader, with a note if you like"),
        )
        self.bookmark_button.clicked.connect(self.bookmark_requested)
        bar.addWidget(self.bookmark_button)
        self.find_button = QToolButton(self)
        self.find_button.setText(tr("Find…"))
        name_widget(self.find_button, "find_open", tr("Find in this article (Ctrl+F)"))
        self.find_button.clicked.connect(lambda: self.find_bar.open())
        bar.addWidget(self.find_button)
        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText(tr("A−"))
        name_widget(self.zoom_out_button, "zoom_out", tr("Smaller text (Ctrl+minus)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        bar.addWidget(self.zoom_out_button)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_level")
        self.zoom_label.setMinimumWidth(
            self.zoom_label.fontMetrics().horizontalAdvance("000 %") + 6
        )
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText(tr("A+"))
        name_widget(self.zoom_in_button, "zoom_in", tr("Larger text (Ctrl+plus)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        bar.addWidget(self.zoom_in_button)
        self.remove_button = QPushButton(tr("Remove…"), self)
        name_widget(
            self.remove_button,
            "remove_article",
            tr("Remove this article"),
            tr("Removes an article you added, with its bookmarks"),
        )
        self.remove_button.clicked.connect(self.remove_requested)
        self.remove_button.hide()
        bar.addWidget(self.remove_button)
        return bar_holder

    # opening and rendering --------------------------------------------------
    def open(
        self,
        article_id: str,
        *,
        anchor: str = "",
        position: int | None = None,
        terms: tuple[str, ...] = (),
        remember: bool = False,
    ) -> bool:
        """Show ``article_id`` at ``anchor``, ``position`` or where it was left.

        ``terms`` are highlighted; ``remember`` puts the article shown now on
        the back history (links and bookmarks do, the library does not).
        """
        article = self.articles.article(article_id)
        if article is None:
            self.show_status(
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
        self.hide_status()
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
        self.article_opened.emit(article.id)
        return True

    def _refuse(self, article: Article) -> None:
        """Don't show a stored article that breaks a limit; say why and offer Remove."""
        assert article.problem is not None
        self.save_position()
        self._save_timer.stop()
        self.current = None
        self.show_welcome()
        self.refused_id = article.id
        self.remove_button.show()
        self.refused.emit(article.id)
        self.show_status(render(article.problem))

    def clear_terms(self) -> None:
        """The search was cleared: show the article without its highlighted words."""
        if self._terms and self.current is not None:
            self._terms = ()
            self._render(keep_position=True)

    def forget(self, article_id: str) -> None:
        """``article_id`` was removed: drop it from the history, and close it if shown."""
        self._history = [entry for entry in self._history if entry[0] != article_id]
        self.back_button.setEnabled(bool(self._history))
        if article_id in (self.refused_id, self.current.id if self.current else None):
            self._save_timer.stop()
            self.current = None
            self.refused_id = None
            self._saved_place = None
            self.show_welcome()
            self.hide_status()

    def _compose_html(self, article: Article) -> str:
        body = article_html(article)
        if not article.bundled and article.sources:
            items = "".join(f"<li>{html.escape(s, quote=False)}</li>" for s in article.sources)
            body += f"<h2>{html.escape(tr('Sources'), quote=False)}</h2><ol>{items}</ol>"
        meta = [meta_text(article)]
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
        self.find_bar.rehighlight()
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

    def show_welcome(self) -> None:
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
            self.open(link.article_id, anchor=link.anchor or "", remember=True)
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
        self.open(article_id, position=position)

    # read state -------------------------------------------------------------
    def _read_toggled(self, checked: bool) -> None:
        if self.current is None:
            return
        self.articles.set_read(self.current.id, checked)
        self.read_changed.emit()

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

    # bookmarks ------------------------------------------------------------
    def bookmark_place(self) -> tuple[Article, str, str] | None:
        """What "Bookmark…" marks: the article, the section and any selected quote.

        The section is the one holding the selected text, else the one at the top.
        """
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
        return article, anchor, quote

    # messages ---------------------------------------------------------------
    def show_status(self, text: str, *, error: bool = True) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "error" if error else "")
        repolish(self.status)
        self.status.show()
        announce(self.status, text)

    def hide_status(self) -> None:
        self.status.hide()
        self.status.clear()
