"""The Journal's "Your trackers" section: one input per tracker of the person's own.

A value is stored as soon as it is entered (leaving the field, or choosing yes or
no), through the trackers service. What can't be read or stored stays typed in its
field, with the reason beside it; the page names it before the day is left, so
nothing is dropped without a word. The section reads the journal only when the
page fills in its details (after the first paint), never on the way to the window.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.text import N_, Message
from gutsleep.domain.trackers import Tracker, TrackerKind, check_value, clock_text
from gutsleep.domain.validation import parse_clock
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import ChoiceField, FieldBox, announce, name_widget

if TYPE_CHECKING:
    from gutsleep.services.context import Services

log = logging.getLogger(__name__)

__all__ = ["TrackersSection", "parse_tracker_text", "tracker_text"]


def parse_tracker_text(kind: TrackerKind, text: str) -> float | None:
    """A typed value as stored (None when empty); ValueError with a sentence when it
    can't be read or is outside what the kind accepts."""
    text = text.strip()
    if not text:
        return None
    if kind is TrackerKind.CLOCK:
        clock = parse_clock(text)
        assert clock is not None
        return float(clock.hour * 60 + clock.minute)
    try:
        value = float(int(text)) if kind.whole else float(text.replace(",", "."))
    except ValueError:
        raise ValueError(
            N_("Use a whole number, or leave it empty.")
            if kind.whole
            else N_("Use a number such as 71.5, or leave it empty.")
        ) from None
    problem = check_value(kind, value)
    if problem is not None:
        raise ValueError(problem)
    return value


def tracker_text(kind: TrackerKind, value: float | None) -> str:
    """A stored value as typed in its field."""
    if value is None:
        return ""
    if kind is TrackerKind.CLOCK:
        return clock_text(value)
    if kind.whole or value == int(value):
        return str(int(value))
    return str(value)


def _hint(tracker: Tracker) -> str:
    """What the field takes, for its placeholder and screen readers."""
    kind = tracker.kind
    if kind is TrackerKind.CLOCK:
        return tr("hh:mm")
    if kind is TrackerKind.AMOUNT:
        return tracker.unit
    low, high = kind.bounds
    return tr("{low}–{high}").format(low=int(low), high=int(high))


class TrackersSection(QGroupBox):
    """Each tracker's input for the day shown; "Trackers of your own…" manages them."""

    #: A value was stored (the page tells the other pages, like a saved day).
    stored = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(tr("Your trackers"), parent)
        self.setObjectName("group_trackers")
        self.services = services
        self.day: date | None = None
        self.trackers: list[Tracker] = []
        self.fields: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._shown: dict[str, float | None] = {}  # what is stored, as last read or written
        self._problems: dict[str, str] = {}  # uid -> why its typed value is not stored
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.empty = QLabel(
            tr("Add what matters to you, such as time outdoors or screen time after 9 pm."), self
        )
        self.empty.setObjectName("trackers_empty")
        self.empty.setWordWrap(True)
        top.addWidget(self.empty, 1)
        self.manage = QPushButton(tr("Trackers of your own…"), self)
        name_widget(
            self.manage,
            "manage_trackers",
            tr("Trackers of your own…"),
            tr("Add, rename or delete trackers of your own"),
        )
        top.addWidget(self.manage, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.status = QLabel(self)
        self.status.setObjectName("trackers_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setProperty("role", "error")
        self.status.hide()
        layout.addWidget(self.status)
        self.manage.clicked.connect(self.open_manager)

    # showing ------------------------------------------------------------------
    def show_day(self, day: date) -> None:
        """The inputs for ``day``: every tracker's stored value, or its failed typing."""
        keep = {uid: self._typed(uid) for uid in self._problems} if day == self.day else {}
        self.day = day
        try:
            self.trackers = self.services.trackers.trackers()
            stored = self.services.trackers.day_values(day)
        except Exception as exc:  # the day's form still works; say why this part is empty
            log.warning("Reading the trackers failed", exc_info=exc)
            self._say(tr("Your trackers can't be read just now: {reason}.").format(reason=exc))
            return
        self._rebuild()
        self._shown = {t.uid: stored.get(t.uid) for t in self.trackers}
        self._problems = {}
        for tracker in self.trackers:
            self._set_field(tracker, stored.get(tracker.uid))
            if tracker.uid in keep:
                self._set_text(tracker.uid, keep[tracker.uid])
                self._commit(tracker)
        self._say("")

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.fields.clear()
        self.boxes.clear()
        self.empty.setVisible(not self.trackers)
        for row, tracker in enumerate(self.trackers):
            editor = self._editor(tracker)
            description = tr("{kind}; {hint}").format(
                kind=tr(tracker.kind.label), hint=_hint(tracker)
            )
            name_widget(editor, f"tracker_{tracker.uid}", tracker.name, description)
            box = FieldBox(editor, self)
            shown = tracker.name
            if tracker.kind is TrackerKind.AMOUNT and tracker.unit:
                shown = f"{tracker.name} ({tracker.unit})"
            elif tracker.kind is TrackerKind.MINUTES:
                shown = tr("{name} (minutes)").format(name=tracker.name)
            caption = QLabel(shown, self)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(editor)
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(box, row, 1)
            self.fields[tracker.uid] = editor
            self.boxes[tracker.uid] = box

    def _editor(self, tracker: Tracker) -> QWidget:
        if tracker.kind is TrackerKind.YES_NO:
            choice = ChoiceField(((1.0, tr("yes")), (0.0, tr("no"))), self)
            choice.activated.connect(lambda _i, t=tracker: self._commit(t))
            return choice
        line = QLineEdit(self)
        line.setMaximumWidth(140)
        line.setPlaceholderText(_hint(tracker))
        line.editingFinished.connect(lambda t=tracker: self._commit(t))
        return line

    def _set_field(self, tracker: Tracker, value: float | None) -> None:
        widget = self.fields[tracker.uid]
        if isinstance(widget, ChoiceField):
            widget.set_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(tracker_text(tracker.kind, value))
        self.boxes[tracker.uid].show_problem(None)

    def _typed(self, uid: str) -> str:
        widget = self.fields.get(uid)
        return widget.text() if isinstance(widget, QLineEdit) else ""

    def _set_text(self, uid: str, text: str) -> None:
        widget = self.fields.get(uid)
        if isinstance(widget, QLineEdit):
            widget.setText(text)

    # storing ------------------------------------------------------------------
    def _value(self, tracker: Tracker) -> float | None:
        widget = self.fields[tracker.uid]
        if isinstance(widget, ChoiceField):
            data = widget.value()
            return None if data is None else float(str(data))
        assert isinstance(widget, QLineEdit)
        return parse_tracker_text(tracker.kind, widget.text())

    def _commit(self, tracker: Tracker) -> None:
        """Store the tracker's value as shown now; on a problem keep it typed and say why."""
        if self.day is None or tracker.uid not in self.fields:
            return
        box = self.boxes[tracker.uid]
        try:
            value = self._value(tracker)
        except ValueError as exc:
            reason = exc.args[0]
            text = render(reason) if isinstance(reason, Message) else tr(str(reason))
            self._problems[tracker.uid] = text
            box.show_problem(text)
            return
        if tracker.uid not in self._problems and self._shown.get(tracker.uid) == value:
            return
        try:
            self.services.trackers.set_value(tracker.uid, self.day, value)
        except Exception as exc:  # kept in the field; the person is told why
            log.warning("Storing a tracker's value failed", exc_info=exc)
            message = getattr(exc, "message", None)
            text = (
                render(message)
                if isinstance(message, Message)
                else tr("Not saved: {reason}.").format(reason=type(exc).__name__)
            )
            self._problems[tracker.uid] = text
            box.show_problem(text)
            return
        self._problems.pop(tracker.uid, None)
        self._shown[tracker.uid] = value
        box.show_problem(None)
        self.stored.emit(self.day)

    def commit_all(self) -> None:
        """Store every field as shown (before the day is left or the window closes)."""
        for tracker in self.trackers:
            self._commit(tracker)

    def unsaved(self) -> list[str]:
        """Values typed but not stored: "name “text”" each (the page names them)."""
        names = {t.uid: t.name for t in self.trackers}
        return [f"{names[uid]} “{self._typed(uid).strip()}”" for uid in self._problems]

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            announce(self.status, text)

    # managing -----------------------------------------------------------------
    def open_manager(self) -> None:
        """The "Trackers of your own" dialog; the section shows its changes after."""
        from gutsleep.ui.journal.trackers_dialog import TrackersDialog

        dialog = TrackersDialog(self.services, self)
        dialog.exec()
        if self.day is not None:
            self.show_day(self.day)
        if dialog.changed:
            self.stored.emit(self.day)
