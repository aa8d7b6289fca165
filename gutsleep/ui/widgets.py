"""Reusable input widgets: optional numbers, clock times, and editable lists.

Numbers and times are plain line edits so that "not recorded" is simply empty
and a wrong value can be shown with a sentence instead of being swallowed;
the rules for what is acceptable live in the domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time
from itertools import pairwise

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.text import N_
from gutsleep.domain.validation import parse_clock
from gutsleep.ui.tr import tr


def name_widget(widget: QWidget, object_name: str, accessible: str, description: str = "") -> None:
    """Give a widget the object and accessible names tests and screen readers use."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)


def announce(label: QWidget, text: str, *, focus: bool = False) -> None:
    """Tell a person something that ``label`` now shows (the caller sets its text).

    The one way every page says something (a rejected value, "Saved", a result,
    the day shown), so that old and new screen readers both speak it:

    * a label without a fixed accessible name takes the message as its name (an
      error line); one with a name of its own ("Save status") carries the
      message as its description; either change is reported;
    * a non-empty message is sent as Qt 6.8's announcement (assertive for
      role="error" labels), which current Orca speaks, and as an Alert event,
      which Orca 43 (Debian 12) and other clients without announcements speak;
    * with ``focus``, the label takes the keyboard focus (for results a person
      asked for): every screen reader reads what has the focus, and the next
      Tab goes on from there.
    """
    previous = label.property("announced")
    if not label.accessibleName() or label.accessibleName() == previous:
        label.setAccessibleName(text)
        changed = QAccessible.Event.NameChanged
    else:
        label.setAccessibleDescription(text)
        changed = QAccessible.Event.DescriptionChanged
    label.setProperty("announced", text)
    QAccessible.updateAccessibility(QAccessibleEvent(label, changed))
    if not text:
        return
    announcement = getattr(QtGui, "QAccessibleAnnouncementEvent", None)  # Qt 6.8 and later
    if announcement is not None:
        event = announcement(label, text)
        if label.property("role") == "error":
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))
    if focus and label.isVisible():
        if label.focusPolicy() == Qt.FocusPolicy.NoFocus:
            label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focusable, yet no extra Tab stop
        label.setFocus(Qt.FocusReason.OtherFocusReason)
        area = label.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):  # where the eyes go too, once laid out
            QTimer.singleShot(0, label, lambda: area.ensureWidgetVisible(label))


def mark_invalid(field: QWidget, problem: str | None) -> None:
    """Mark ``field`` as rejected (or no longer) for eyes and for screen readers.

    The red border comes from the ``invalid`` property (style.py); the message
    becomes the field's accessible description, so a screen reader returning to
    the field says why it was refused, and its own description comes back once
    the value is accepted. (Qt for Python cannot set the invalid-entry state
    without replacing the field's whole accessible interface.)
    """
    was_invalid = bool(field.property("invalid"))
    if not problem and not was_invalid:
        return
    if problem and was_invalid and field.accessibleDescription() == problem:
        return
    if problem and not was_invalid:
        field.setProperty("own_description", field.accessibleDescription())
    field.setProperty("invalid", bool(problem))
    field.style().unpolish(field)
    field.style().polish(field)
    own = field.property("own_description")
    field.setAccessibleDescription(problem or (own if isinstance(own, str) else ""))
    QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))


def scroll_body(widget: QWidget) -> QWidget:
    """Fill ``widget`` with a frameless scroll area; lay the contents out on the widget returned.

    A window never grows for the height wrapped text needs, so with large fonts
    or long translations a fixed-size dialog page would squash its labels; in
    a scroll area they keep their height and the page scrolls instead. The
    area itself takes no Tab stop: the fields do, and scroll into view.
    """
    area = QScrollArea(widget)
    area.setObjectName(f"{widget.objectName() or 'page'}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(area)
    area.setWidget(body)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    return body


class NumberField(QLineEdit):
    """A whole number or nothing; Up/Down step it like a spin box."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(110)

    def number(self) -> int | None:
        """The value, None when empty; ValueError with a sentence when not a number."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(N_("Use a whole number, or leave it empty.")) from None

    def set_number(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        try:
            current = self.number()
        except ValueError:
            return
        self.setText(str(max(0, (current if current is not None else 0) + step)))
        self.textEdited.emit(self.text())


class TimeField(QLineEdit):
    """A clock time typed as 23:10, 2310 or 11:10 pm; empty means not recorded.

    Either clock is always accepted; ``twelve_hour`` (from Settings) only
    decides how stored times are shown.
    """

    twelve_hour = False

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(tr("h:mm am/pm") if self.twelve_hour else tr("hh:mm"))
        self.setMaximumWidth(110)

    def clock(self) -> time | None:
        return parse_clock(self.text())

    def set_clock(self, value: time | None) -> None:
        self.setText("" if value is None else format_clock(value))


def format_clock(value: time) -> str:
    """A time as the user chose to see times: 23:10 or 11:10 pm."""
    if TimeField.twelve_hour:
        hour = value.hour % 12 or 12
        return f"{hour}:{value.minute:02d} {'pm' if value.hour >= 12 else 'am'}"
    return value.strftime("%H:%M")


class ChoiceField(QComboBox):
    """A choice with an explicit "not recorded" first item (data None)."""

    def __init__(self, options: Sequence[tuple[object, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaximumWidth(220)
        self.addItem("—", None)
        for value, label in options:
            self.addItem(label, value)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class FieldBox(QWidget):
    """A field with its own message line underneath, hidden while all is well."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = widget
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.message.setWordWrap(True)
        self.message.setObjectName(f"{widget.objectName()}_message")
        self.message.setProperty("role", "error")
        self.message.hide()
        self.warning = QLabel(self)  # possible but unlikely: said, not refused
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.setObjectName(f"{widget.objectName()}_warning")
        self.warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(self.warning)
        self.setFocusProxy(widget)

    def show_warning(self, text: str | None) -> None:
        """A value kept but worth a second look, under the field (None hides it)."""
        shown = "⚠ " + text if text else ""
        if shown == self.warning.text():
            return
        self.warning.setText(shown)
        self.warning.setVisible(bool(text))
        announce(self.warning, shown)

    def show_problem(self, text: str | None) -> None:
        mark_invalid(self.field, text)
        if text:
            self.message.setText("⚠ " + text)
            self.message.show()
        else:
            self.message.clear()
            self.message.hide()
        if text or self.message.accessibleName():
            announce(self.message, text or "")


@dataclass(frozen=True)
class Column:
    """One column of a ListEditor: what is typed and how it is shown."""

    key: str
    label: str
    kind: str = "text"  # text | number | time | choice
    suggestions: str | None = None
    choices: Sequence[tuple[object, str]] = field(default_factory=tuple)
    required: bool = False
    width: int = 0


class ListEditor(QWidget):
    """Add rows by typing into the entry line and pressing Enter; Delete removes.

    Rows are plain dicts keyed by column key; the page turns them into domain
    objects.

    Signals:
        changed: the list of rows was changed by the user.
    """

    changed = Signal()

    def __init__(
        self, name: str, label: str, columns: Sequence[Column], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.setObjectName(name)
        self.inputs: dict[str, QWidget] = {}
        self._completer_models: dict[str, QStringListModel] = {}
        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        for column in self.columns:
            widget = self._make_input(name, label, column)
            self.inputs[column.key] = widget
            if isinstance(widget, QComboBox):
                # A combo box shows only its value, and on Linux screen readers name it by
                # that value too: its label comes from a buddy QLabel beside it.
                caption = QLabel(column.label, self)
                caption.setObjectName(f"{name}_{column.key}_label")
                caption.setBuddy(widget)
                entry.addWidget(caption)
            entry.addWidget(widget, 3 if column.kind == "text" else 1)
        self.add_button = QPushButton(tr("Add"), self)
        name_widget(self.add_button, f"{name}_add", tr("Add to {label}").format(label=label))
        self.add_button.clicked.connect(self.add_from_inputs)
        entry.addWidget(self.add_button)
        self.table = QTableWidget(0, len(self.columns), self)
        name_widget(self.table, f"{name}_table", label)
        self.table.setHorizontalHeaderLabels([c.label for c in self.columns])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.table.hide()
        self.table.installEventFilter(self)
        self.remove_button = QPushButton(tr("Remove selected"), self)
        name_widget(
            self.remove_button,
            f"{name}_remove",
            tr("Remove selected from {label}").format(label=label),
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The inputs were made without a parent, so they joined the focus chain last.
        chain = [*self.inputs.values(), self.add_button, self.table, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._rows: list[dict[str, object]] = []

    def _make_input(self, name: str, label: str, column: Column) -> QWidget:
        widget: QWidget
        if column.kind == "number":
            widget = NumberField(column.label)
        elif column.kind == "time":
            widget = TimeField()
        elif column.kind == "choice":
            widget = QComboBox()
            for value, text in column.choices:
                widget.addItem(text, value)
            # Room for its label beside it (see __init__): the box may be narrower than its
            # longest choice and grows with the window; the open list shows every choice whole.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(8)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(column.label)
            if column.suggestions:
                model = QStringListModel(self)
                completer = QCompleter(model, widget)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                widget.setCompleter(completer)
                self._completer_models[column.suggestions] = model
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.add_from_inputs)
        if column.width:
            widget.setMaximumWidth(column.width)
        name_widget(
            widget,
            f"{name}_{column.key}",
            tr("{list}: {column}").format(list=label, column=column.label),
        )
        return widget

    def set_suggestions(self, kind: str, names: Sequence[str]) -> None:
        if kind in self._completer_models:
            self._completer_models[kind].setStringList(list(names))

    def suggestion_kinds(self) -> list[str]:
        return list(self._completer_models)

    def rows(self) -> list[dict[str, object]]:
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: Sequence[dict[str, object]]) -> None:
        self._rows = [dict(r) for r in rows]
        self._refresh()

    def add_rows(self, rows: Sequence[dict[str, object]]) -> None:
        self._rows.extend(dict(r) for r in rows)
        self._refresh()
        self.changed.emit()

    def _read_inputs(self) -> dict[str, object] | None:
        row: dict[str, object] = {}
        for column in self.columns:
            widget = self.inputs[column.key]
            value: object
            try:
                if isinstance(widget, NumberField):
                    value = widget.number()
                elif isinstance(widget, TimeField):
                    value = widget.clock()
                elif isinstance(widget, QComboBox):
                    value = widget.currentData()
                else:
                    assert isinstance(widget, QLineEdit)
                    value = widget.text().strip()
            except ValueError as exc:
                self.show_message(f"{column.label}: {tr(str(exc))}")
                widget.setFocus()
                return None
            if column.required and value in (None, ""):
                if any(self._raw_text(self.inputs[c.key]) for c in self.columns):
                    self._missing(column)
                return None
            row[column.key] = value
        return row

    @staticmethod
    def _raw_text(widget: QWidget) -> str:
        return widget.text().strip() if isinstance(widget, QLineEdit) else ""

    def _missing(self, column: Column) -> None:
        self.show_message(tr("{column} is needed.").format(column=column.label))
        self.inputs[column.key].setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.show()
        announce(self.message, text)

    def add_from_inputs(self) -> None:
        row = self._read_inputs()
        if not row:
            return
        self.message.hide()
        self._rows.append(row)
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.clear()
        self.inputs[self.columns[0].key].setFocus()
        self._refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        selected = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not selected and self.table.currentRow() >= 0:
            selected = [self.table.currentRow()]
        for index in selected:
            if 0 <= index < len(self._rows):
                del self._rows[index]
        if selected:
            self._refresh()
            self.changed.emit()

    def _display(self, column: Column, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, time):
            return format_clock(value)
        if column.kind == "choice":
            return next((text for v, text in column.choices if v == value), str(value))
        return str(value)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, column in enumerate(self.columns):
                item = QTableWidgetItem(self._display(column, row.get(column.key)))
                self.table.setItem(r, c, item)
        has_rows = bool(self._rows)
        self.table.setVisible(has_rows)
        self.remove_button.setVisible(has_rows)
        if has_rows:
            height = self.table.horizontalHeader().height() + 4
            height += sum(self.table.rowHeight(r) for r in range(len(self._rows)))
            self.table.setFixedHeight(min(height, 160))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
