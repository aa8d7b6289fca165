"""Edit → Find on the Journal: search every day's words, open a day from the results.

The search runs off the GUI thread (a QueryOp) a moment after the typing stops;
results are the matching days, newest first, each with its matched text in
context, the matched words in bold. Enter or a double-click opens a day; Esc
closes the panel.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.storage.journal.search import ELLIPSIS, MARK_END, MARK_START, SearchHit
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import announce, name_widget

log = logging.getLogger(__name__)

#: Wait this long after the last key before searching (one search per pause, not per key).
TYPING_PAUSE_MS = 150
#: The item data role holding a result's rich text (the display role holds it plain).
RICH_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole
#: At most this many matches are asked for (the newest); more are said to exist, not shown.
SEARCH_LIMIT = 200
#: The results never take more of the page's height than this (they scroll).
RESULTS_HEIGHT = 220


def _rich(snippet: str) -> str:
    """A snippet as HTML: escaped, matches in bold, list items on one line."""
    text = html.escape(snippet).replace("\n", " · ")
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def _plain(snippet: str) -> str:
    return snippet.replace("\n", " · ").replace(MARK_START, "").replace(MARK_END, "")


def day_results(hits: list[SearchHit]) -> list[tuple[date, list[tuple[str, str]]]]:
    """Hits grouped by day, newest first: each day's (label, snippet) pairs in source order."""
    days: dict[date, list[SearchHit]] = {}
    for hit in hits:
        days.setdefault(hit.day, []).append(hit)
    return [
        (day, [(tr(h.source.label), h.snippet) for h in sorted(found, key=_source_order)])
        for day, found in sorted(days.items(), reverse=True)
    ]


def _source_order(hit: SearchHit) -> int:
    from gutsleep.storage.journal.search import SOURCES

    return SOURCES.index(hit.source)


class _RichDelegate(QStyledItemDelegate):
    """Paints a result's rich text (its matches in bold) in the list's own colours."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(RICH_ROLE) or ""))
        document.setTextWidth(max(option.rect.width() - 8, 100))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.width() if option.widget is not None else 400
        option.rect.setWidth(width - 24)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class JournalSearch(QWidget):
    """The Journal's search panel: a search field, what was found, and the days.

    ``search(typed)`` reads the matches (called on a worker thread).
    Signals: ``day_chosen(date)`` (Enter or a double-click on a day),
    ``closed()`` (Esc or the close button).
    """

    day_chosen = Signal(object)
    closed = Signal()

    def __init__(
        self, search: Callable[[str, int], list[SearchHit]], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("journal_search")
        self._search = search
        self._asked = 0  # counts searches started: an older answer arriving late is dropped
        self._shown_for: str | None = None
        self._open_on_answer = False  # Enter came before the answer: open its first day
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        row = QHBoxLayout()
        label = QLabel(tr("&Search the journal:"), self)
        row.addWidget(label)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(tr("A word from a note, a food, a plant, a supplement…"))
        name_widget(
            self.text,
            "journal_search_text",
            tr("Search the journal"),
            tr(
                "Searches every day's notes, comments, foods, plants, trigger foods, practices "
                "and supplements. Down: the results; Enter: open the newest day found; Esc closes"
            ),
        )
        label.setBuddy(self.text)
        self.text.textChanged.connect(self._typed)
        self.text.returnPressed.connect(self._open_first)
        self.text.installEventFilter(self)
        row.addWidget(self.text, 1)
        close = QToolButton(self)
        close.setText("✕")
        name_widget(close, "journal_search_close", tr("Close the search (Esc)"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close)
        column.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("journal_search_message")
        self.message.setAccessibleName(tr("Search status"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.message)
        self.results = QListWidget(self)
        name_widget(
            self.results,
            "journal_search_results",
            tr("Days found"),
            tr("Enter or a double-click opens the day; Esc closes the search"),
        )
        self.results.setItemDelegate(_RichDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._open)
        self.results.installEventFilter(self)
        self.results.hide()
        column.addWidget(self.results)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run)
        self.hide()

    # opening and closing ----------------------------------------------------
    def open(self) -> None:
        """Show the panel with the search field focused and its text selected."""
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        if not self.text.text().strip():
            self._say(self._hint())

    def dismiss(self) -> None:
        self._pause.stop()
        self._asked += 1  # an answer on its way is not shown
        self.hide()
        self.closed.emit()

    def refresh(self) -> None:
        """Search again for what is typed (a day was saved: its words may have changed)."""
        if self.isVisible() and self.text.text().strip():
            self._pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.dismiss()
                return True
            if watched is self.text and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    # searching ----------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._pause.start()

    @staticmethod
    def _hint() -> str:
        return tr("Type a word to find the days that mention it.")

    def run(self) -> None:
        """Search for what is typed now, on a worker; the answer replaces the results."""
        from gutsleep.ui.operations import QueryOp

        self._pause.stop()
        typed = self.text.text().strip()
        self._asked += 1
        asked = self._asked
        if not typed:
            self._show([], typed)
            return
        self._say(tr("Searching…"), say=False)
        QueryOp(
            parent=self,
            op=lambda _progress: self._search(typed, SEARCH_LIMIT + 1),  # one more: "more"
            success=lambda hits: self._answered(asked, typed, hits),
            name="journal search",
        ).failure(lambda exc: self._failed(asked, exc)).run_in_background()

    def _answered(self, asked: int, typed: str, hits: list[SearchHit]) -> None:
        if asked == self._asked:
            self._show(hits, typed)
            if self._open_on_answer:
                self._open_on_answer = False
                self._open_first()

    def _failed(self, asked: int, exc: BaseException) -> None:
        log.warning("Searching the journal failed", exc_info=exc)
        if asked == self._asked:
            self._open_on_answer = False
            self._say(
                tr("The search could not run: {reason}. Your journal is not affected.").format(
                    reason=str(exc) or type(exc).__name__
                )
            )

    def _show(self, hits: list[SearchHit], typed: str) -> None:
        self.results.clear()
        self._shown_for = typed
        if not typed:
            self.results.hide()
            self._say(self._hint())
            return
        more = len(hits) > SEARCH_LIMIT
        locale = QLocale()
        for day, found in day_results(hits[:SEARCH_LIMIT]):
            shown = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
            rich = f"<b>{html.escape(shown)}</b><br>" + "<br>".join(
                f"{html.escape(label)}: {_rich(snippet)}" for label, snippet in found
            )
            plain = shown + ". " + ". ".join(f"{label}: {_plain(s)}" for label, s in found)
            item = QListWidgetItem(plain.replace(ELLIPSIS, "…"))
            item.setData(RICH_ROLE, rich)
            item.setData(DAY_ROLE, day.toordinal())
            item.setToolTip(plain)
            self.results.addItem(item)
        count = self.results.count()
        self.results.setVisible(count > 0)
        rows = sum(self.results.sizeHintForRow(i) for i in range(min(count, 6)))
        self.results.setFixedHeight(min(rows + 2 * self.results.frameWidth() + 4, RESULTS_HEIGHT))
        if count:
            self.results.setCurrentRow(0)
            said = tr("{n} day(s) found for “{text}”, newest first. Enter opens a day.").format(
                n=count, text=typed
            )
            if more:
                said += " " + tr(
                    "There are more, older ones: type another word to narrow the search."
                )
            self._say(said)
        else:
            self._say(tr("No day mentions “{text}”.").format(text=typed))

    def _say(self, text: str, *, say: bool = True) -> None:
        self.message.setText(text)
        if say:
            announce(self.message, text)

    # opening a day ----------------------------------------------------------
    def _open_first(self) -> None:
        if self._pause.isActive() or self._shown_for != self.text.text().strip():
            self._open_on_answer = True  # Enter before the answer: search, then open
            self.run()
            return
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.day_chosen.emit(date.fromordinal(int(item.data(DAY_ROLE))))

    def shown_days(self) -> list[date]:
        """The days in the results, in their order (newest first)."""
        items = (self.results.item(i) for i in range(self.results.count()))
        return [date.fromordinal(int(item.data(DAY_ROLE))) for item in items]
