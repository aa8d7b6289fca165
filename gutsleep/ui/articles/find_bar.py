"""Find in the open article: the bar under the reader, its matches and messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import (
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from gutsleep.ui.articles.common import repolish
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import announce, name_widget


class FindBar(QWidget):
    """The find bar for ``browser``: next and previous match, every match marked.

    ``can_search`` says whether an article is shown (there is nothing to find
    in the welcome text); ``top_position`` is the reader's top line, where a
    search starts when the text cursor is out of view.
    """

    def __init__(
        self,
        browser: QTextEdit,
        can_search: Callable[[], bool],
        top_position: Callable[[], int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.browser = browser
        self._can_search = can_search
        self._top_position = top_position
        self.setObjectName("find_bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        label = QLabel(tr("Find:"), self)
        row.addWidget(label)
        self.text = QLineEdit(self)
        name_widget(
            self.text,
            "find_text",
            tr("Find in article"),
            tr("Enter or F3: next match; Shift+Enter or Shift+F3: previous; Esc closes"),
        )
        label.setBuddy(self.text)
        self.text.textChanged.connect(lambda _text: self.find_next(incremental=True))
        self.text.returnPressed.connect(self.find_next)
        self.text.installEventFilter(self)
        row.addWidget(self.text, 1)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(tr("Previous"))
        name_widget(self.previous_button, "find_previous", tr("Previous match (Shift+F3)"))
        self.previous_button.clicked.connect(self.find_previous)
        row.addWidget(self.previous_button)
        self.next_button = QToolButton(self)
        self.next_button.setText(tr("Next"))
        name_widget(self.next_button, "find_next", tr("Next match (F3)"))
        self.next_button.clicked.connect(lambda: self.find_next())
        row.addWidget(self.next_button)
        self.message = QLabel(self)
        self.message.setObjectName("find_message")
        row.addWidget(self.message)
        close = QToolButton(self)
        close.setText("✕")
        name_widget(close, "find_close", tr("Close the find bar (Esc)"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close)
        self.hide()

    def open(self) -> None:
        """Show the bar with its text selected, searching from the text cursor if in view."""
        if not self._can_search():
            return
        self.show()
        browser = self.browser
        cursor = browser.textCursor()
        visible = browser.viewport().rect()
        if not visible.contains(browser.cursorRect(cursor).topLeft()):
            cursor = QTextCursor(browser.document())
            cursor.setPosition(self._top_position())
            browser.setTextCursor(cursor)
        self.text.setFocus()
        self.text.selectAll()
        if self.text.text():
            self.highlight_matches(self.text.text())

    def dismiss(self) -> None:
        """Hide the bar and its marks; the reader gets the focus back."""
        self.hide()
        self.browser.setExtraSelections([])
        self.message.clear()
        self.browser.setFocus()

    def rehighlight(self) -> None:
        """Mark the matches again (the article was laid out anew)."""
        if self.isVisible() and self.text.text():
            self.highlight_matches(self.text.text())

    def find_previous(self) -> bool:
        return self.find_next(backward=True)

    def find_next(self, *, backward: bool = False, incremental: bool = False) -> bool:
        """Select the next (or previous) match, going round at the ends."""
        if not self._can_search():
            return False
        if not self.isVisible():
            self.open()
        text = self.text.text()
        if not text:
            self.message.clear()
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
            self.message.setText(tr("No match for “{text}”").format(text=text))
            self.message.setProperty("role", "error")
            repolish(self.message)
            announce(self.message, self.message.text())
            self.browser.setExtraSelections([])
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        count = self.highlight_matches(text)
        if wrapped and not incremental:
            message = tr("Continued from the end.") if backward else tr("Continued from the top.")
        else:
            message = tr("{count} matches").format(count=count) if count != 1 else tr("1 match")
        self.message.setText(message)
        self.message.setProperty("role", "")
        repolish(self.message)
        announce(self.message, message)
        return True

    def highlight_matches(self, text: str) -> int:
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.text
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
        return super().eventFilter(watched, event)
