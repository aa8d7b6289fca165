"""The "Trackers of your own" dialog: add (from scratch or a template), rename, delete.

Renaming keeps every value (a tracker is known by its uid, not its name). Deleting
asks first and takes a backup before anything is removed; the dialog says where
the backup is. Every refusal is said beside the form, and what was typed stays.
"""

from __future__ import annotations

import logging
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.text import Message
from gutsleep.domain.trackers import MAX_NAME, MAX_UNIT, TEMPLATES, Tracker, TrackerKind
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

if TYPE_CHECKING:
    from gutsleep.services.context import Services

log = logging.getLogger(__name__)

__all__ = ["TrackersDialog"]


def _describe(tracker: Tracker) -> str:
    kind = tr(tracker.kind.label)
    if tracker.kind is TrackerKind.AMOUNT and tracker.unit:
        kind = f"{kind} ({tracker.unit})"
    text = f"{tracker.name} · {kind}"
    if tracker.reminder is not None:
        text += " · " + tr("reminder at {time}").format(time=tracker.reminder.strftime("%H:%M"))
    return text


class TrackersDialog(QDialog):
    """Lists the trackers; the form below edits the one chosen, or a new one."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trackers_dialog")
        self.setWindowTitle(tr("Trackers of your own"))
        self.services = services
        self.changed = False
        self.trackers: list[Tracker] = []
        layout = QVBoxLayout(self)

        intro = QLabel(
            tr(
                "Each tracker gets a field on the Journal, a series in Trends and the "
                "insights, a table in the report, and travels with your exports and backups. "
                "A day left empty stays empty: it is never a zero."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        list_label = QLabel(tr("&Your trackers"), self)
        self.list = QListWidget(self)
        name_widget(self.list, "trackers_list", tr("Your trackers"))
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)

        templates = QHBoxLayout()
        self.template = QComboBox(self)
        for template in TEMPLATES:
            label = tr(template.name)
            if template.unit:
                label += f" ({tr(template.unit)})"
            self.template.addItem(f"{label} · {tr(template.kind.label)}", template)
        name_widget(
            self.template,
            "tracker_template",
            tr("Template"),
            tr("Exercise minutes are already a field of the Journal, so they are not here."),
        )
        template_label = QLabel(tr("&Template:"), self)
        template_label.setBuddy(self.template)
        self.add_template = QPushButton(tr("Add t&emplate"), self)
        name_widget(self.add_template, "add_tracker_template", tr("Add the chosen template"))
        templates.addWidget(template_label)
        templates.addWidget(self.template, 1)
        templates.addWidget(self.add_template)
        layout.addLayout(templates)

        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        name_widget(self.name, "tracker_name", tr("Name"), tr("What the tracker is called"))
        self.kind = QComboBox(self)
        for kind in TrackerKind:
            self.kind.addItem(tr(kind.label), kind)
        name_widget(
            self.kind,
            "tracker_kind",
            tr("Kind"),
            tr("What a day's value is; it can't change once the tracker is added"),
        )
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(MAX_UNIT)
        name_widget(self.unit, "tracker_unit", tr("Unit"), tr("For an amount: kg, g, steps…"))
        reminder_row = QHBoxLayout()
        self.remind = QCheckBox(tr("&Remind me every day at"), self)
        name_widget(self.remind, "tracker_remind", tr("Daily reminder"))
        self.reminder = QTimeEdit(self)
        self.reminder.setDisplayFormat("HH:mm")
        self.reminder.setTime(QTime(20, 0))
        name_widget(self.reminder, "tracker_reminder_time", tr("Reminder time"))
        reminder_row.addWidget(self.remind)
        reminder_row.addWidget(self.reminder)
        reminder_row.addStretch(1)
        for caption, widget in ((tr("&Name:"), self.name), (tr("&Kind:"), self.kind)):
            buddy = QLabel(caption, self)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        unit_label = QLabel(tr("&Unit:"), self)
        unit_label.setBuddy(self.unit)
        form.addRow(unit_label, self.unit)
        form.addRow(reminder_row)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.new = QPushButton(tr("Ne&w tracker"), self)
        name_widget(self.new, "new_tracker", tr("New tracker"))
        self.save = QPushButton(tr("&Add"), self)
        name_widget(self.save, "save_tracker", tr("Add or save the tracker"))
        self.delete = QPushButton(tr("&Delete…"), self)
        name_widget(self.delete, "delete_tracker", tr("Delete the chosen tracker"))
        for button in (self.new, self.save, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.message = QLabel(self)
        self.message.setObjectName("trackers_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.list.currentRowChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.remind.toggled.connect(self.reminder.setEnabled)
        self.new.clicked.connect(self.start_new)
        self.save.clicked.connect(self.save_tracker)
        self.delete.clicked.connect(self.delete_tracker)
        self.add_template.clicked.connect(self.add_from_template)
        self.resize(560, 520)
        self._reload()
        self.start_new()
        # The form has the focus first: focusing the list would choose its first tracker,
        # and what is typed would rename it instead of adding a new one.
        self.name.setFocus()

    # state --------------------------------------------------------------------
    def _reload(self, keep: str | None = None) -> None:
        self.trackers = self.services.trackers.trackers()
        self.list.blockSignals(True)
        self.list.clear()
        for tracker in self.trackers:
            item = QListWidgetItem(_describe(tracker))
            item.setData(Qt.ItemDataRole.UserRole, tracker.uid)
            self.list.addItem(item)
        self.list.blockSignals(False)
        uids = [t.uid for t in self.trackers]
        if keep in uids:
            self.list.setCurrentRow(uids.index(keep))
        else:
            self.start_new()

    def current(self) -> Tracker | None:
        row = self.list.currentRow()
        return self.trackers[row] if 0 <= row < len(self.trackers) else None

    def start_new(self) -> None:
        """An empty form for a tracker not added yet."""
        self.list.setCurrentRow(-1)
        self.name.clear()
        self.kind.setEnabled(True)
        self.kind.setCurrentIndex(0)
        self.unit.clear()
        self.remind.setChecked(False)
        self.reminder.setEnabled(False)
        self.save.setText(tr("&Add"))
        self.delete.setEnabled(False)
        self._kind_changed()

    def _chosen(self, _row: int) -> None:
        tracker = self.current()
        if tracker is None:
            return
        self.name.setText(tracker.name)
        self.kind.setCurrentIndex(self.kind.findData(tracker.kind))
        self.kind.setEnabled(False)  # its values mean what the kind says
        self.unit.setText(tracker.unit)
        self.remind.setChecked(tracker.reminder is not None)
        self.reminder.setEnabled(tracker.reminder is not None)
        if tracker.reminder is not None:
            self.reminder.setTime(QTime(tracker.reminder.hour, tracker.reminder.minute))
        self.save.setText(tr("&Save changes"))
        self.delete.setEnabled(True)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        self.unit.setEnabled(self.kind.currentData() is TrackerKind.AMOUNT)

    def _reminder(self) -> time | None:
        if not self.remind.isChecked():
            return None
        chosen = self.reminder.time()
        return time(chosen.hour(), chosen.minute())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        announce(self.message, text)

    def _refused(self, exc: Exception) -> None:
        message = getattr(exc, "message", None)
        if isinstance(message, Message):
            self._say(render(message), error=True)
        else:
            log.warning("A tracker change failed", exc_info=exc)
            self._say(
                tr("Not saved: {reason}.").format(reason=str(exc) or type(exc).__name__), error=True
            )

    # actions ------------------------------------------------------------------
    def save_tracker(self) -> None:
        """Add the tracker in the form, or save the chosen one's new name, unit, reminder."""
        tracker = self.current()
        try:
            if tracker is None:
                kind = self.kind.currentData()
                assert isinstance(kind, TrackerKind)
                added = self.services.trackers.add(
                    self.name.text(), kind, self.unit.text(), self._reminder()
                )
                uid = added.uid
                said = tr("“{name}” is added; it is on the Journal now.").format(name=added.name)
            else:
                self.services.trackers.update(
                    tracker.uid, self.name.text(), self.unit.text(), self._reminder()
                )
                uid = tracker.uid
                said = tr("Saved. Its values are kept under the new name.")
        except Exception as exc:  # the form keeps what was typed
            self._refused(exc)
            return
        self.changed = True
        self._reload(keep=uid)
        self._say(said)

    def add_from_template(self) -> None:
        template = self.template.currentData()
        try:
            added = self.services.trackers.add(
                tr(template.name), template.kind, tr(template.unit) if template.unit else ""
            )
        except Exception as exc:
            self._refused(exc)
            return
        self.changed = True
        self._reload(keep=added.uid)
        self._say(tr("“{name}” is added; it is on the Journal now.").format(name=added.name))

    def delete_tracker(self) -> None:
        """Ask, then take a backup and delete the tracker with all its values."""
        from gutsleep.ui import dialogs

        tracker = self.current()
        if tracker is None:
            return
        count = len(self.services.trackers.values().get(tracker.uid, {}))
        if not dialogs.ask(
            self,
            tr("Delete this tracker?"),
            tr(
                "“{name}” and its {n} recorded days will be deleted. A backup of the journal "
                "is taken first, so it can be restored."
            ).format(name=tracker.name, n=count),
        ):
            return
        try:
            backup = self.services.trackers.delete(tracker.uid)
        except Exception as exc:  # no backup, nothing deleted
            self._refused(exc)
            return
        self.changed = True
        self._reload()
        self._say(
            tr("“{name}” is deleted. The backup taken before is {file}.").format(
                name=tracker.name, file=backup.name
            )
        )
