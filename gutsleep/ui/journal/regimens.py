"""Regimens in the Journal: the day's one-click ticks and the dialog that manages regimens.

A tick stands for "taken today" of a regimen active on the shown day: ticking
adds its intake row (name, dose, kind) to the day's supplements and medicines,
unticking removes that row; the ticks follow the list, so a row typed by hand
ticks its regimen too. The dialog adds a regimen with its start and dose,
changes the dose, stops, restarts, and deletes (after asking); every refusal
is shown in words beside the buttons and what was typed stays.

Signals:
    RegimenTicks.toggled_intake(Intake, bool): the person ticked or unticked one.
    RegimensDialog.changed(): a regimen was written (Trends and the ticks redraw).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.journal import Intake
from gutsleep.domain.regimens import (
    DOSE_CHARS,
    KIND_LABELS,
    NAME_CHARS,
    ROUTE_CHARS,
    ChangeKind,
    Regimen,
    RegimenKind,
    holds_intake,
)
from gutsleep.ui import dialogs
from gutsleep.ui.flow_layout import FlowLayout
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

log = logging.getLogger(__name__)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def describe(regimen: Regimen, today: date) -> str:
    """One line for the list: name, kind, route, and where it stands today."""
    kind = tr(KIND_LABELS[regimen.kind])
    head = (
        tr("{name} ({kind}, {route})").format(name=regimen.name, kind=kind, route=regimen.route)
        if regimen.route
        else tr("{name} ({kind})").format(name=regimen.name, kind=kind)
    )
    dose = regimen.dose_on(today)
    if dose is not None:
        return tr("{head}: {dose} now").format(head=head, dose=dose)
    stopped = regimen.stopped
    if stopped is not None and stopped <= today:
        return tr("{head}: stopped on {day}").format(head=head, day=stopped.isoformat())
    started = regimen.started
    return tr("{head}: starts on {day}").format(
        head=head, day=started.isoformat() if started else "?"
    )


def history(regimen: Regimen) -> str:
    """Every dated change, one a line, oldest first."""
    lines = []
    for change in regimen.ordered():
        day = change.day.isoformat()
        if change.kind is ChangeKind.START:
            lines.append(tr("{day}: started, {dose}").format(day=day, dose=change.dose))
        elif change.kind is ChangeKind.DOSE:
            lines.append(tr("{day}: dose changed to {dose}").format(day=day, dose=change.dose))
        else:
            lines.append(tr("{day}: stopped").format(day=day))
    return "\n".join(lines)


class RegimenTicks(QWidget):
    """One check box per regimen taken on the shown day; hidden when there is none."""

    toggled_intake = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regimen_ticks")
        self.caption = QLabel(tr("Taken today from your regimens:"), self)
        self.caption.setWordWrap(True)
        self.boxes: list[tuple[QCheckBox, Intake]] = []
        self._flow = FlowLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(self._flow)
        self.hide()

    def set_intakes(self, intakes: Sequence[Intake], present: Sequence[Intake]) -> None:
        """Offer ``intakes`` (the day's active regimens), ticked where ``present`` holds them."""
        for box, _intake in self.boxes:
            self._flow.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for number, intake in enumerate(intakes):
            text = tr("{name}, {dose}").format(name=intake.name, dose=intake.dose)
            box = QCheckBox(text, self)
            name_widget(
                box,
                f"regimen_tick_{number}",
                tr("Taken today: {name}").format(name=text),
                tr("Adds it to the day's supplements and medicines; untick to remove it."),
            )
            box.toggled.connect(lambda checked, i=intake: self.toggled_intake.emit(i, checked))
            self._flow.addWidget(box)
            self.boxes.append((box, intake))
        self.follow(present)
        self.setVisible(bool(self.boxes))

    def follow(self, present: Sequence[Intake]) -> None:
        """Tick exactly the regimens whose intake the day's list holds (no signals)."""
        for box, intake in self.boxes:
            box.blockSignals(True)
            box.setChecked(holds_intake(present, intake))
            box.blockSignals(False)


class RegimensDialog(QDialog):
    """Add, change, stop, restart and delete regimens; keyboard-complete."""

    changed = Signal()

    def __init__(self, service: object, today: date, parent: QWidget | None = None):
        from gutsleep.services.regimens import RegimensService

        super().__init__(parent)
        assert isinstance(service, RegimensService)
        self.service = service
        self.today = today
        self.setObjectName("regimens_dialog")
        self.setWindowTitle(tr("Medicines and hormone therapy"))
        self.setAccessibleName(tr("Medicines and hormone therapy"))
        self._regimens: list[Regimen] = []
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A regimen is a medicine, hormone therapy or supplement with its start, "
                "dose changes and stop. Each change is marked on the Trends charts and "
                "listed in the report; the Journal offers it as a tick for each day it is taken."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        listed = QLabel(tr("&Your regimens:"), self)
        self.list = QListWidget(self)
        name_widget(
            self.list,
            "regimens_list",
            tr("Your regimens"),
            tr("Choose one to change its dose, stop or delete it."),
        )
        listed.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._selected)
        self.history = QLabel(self)
        self.history.setObjectName("regimen_history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        outer.addWidget(listed)
        outer.addWidget(self.list)
        outer.addWidget(self.history)

        outer.addWidget(self._build_change())
        outer.addWidget(self._build_add())

        self.message = QLabel(self)
        self.message.setObjectName("regimens_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            name_widget(close, "regimens_close", tr("Close"))
        outer.addWidget(buttons)
        self.reload()
        self.name.setFocus()

    # building ------------------------------------------------------------
    def _build_change(self) -> QGroupBox:
        group = QGroupBox(tr("Change the chosen regimen"), self)
        group.setObjectName("regimen_change_group")
        form = QFormLayout(group)
        self.change_day = QDateEdit(_qdate(self.today), group)
        self.change_day.setCalendarPopup(True)
        self.change_day.setDisplayFormat("d MMM yyyy")
        name_widget(
            self.change_day,
            "regimen_change_day",
            tr("Day of the change"),
            tr("The first day with the new dose, or the first day without it after a stop."),
        )
        self.change_dose = QLineEdit(group)
        self.change_dose.setMaxLength(DOSE_CHARS)
        self.change_dose.setPlaceholderText(tr("such as 2 pumps or 200 mg"))
        name_widget(
            self.change_dose,
            "regimen_change_dose",
            tr("New dose"),
            tr("Needed for a dose change or a restart."),
        )
        form.addRow(tr("&Day of the change:"), self.change_day)
        form.addRow(tr("New d&ose:"), self.change_dose)
        row = QHBoxLayout()
        self.dose_button = QPushButton(tr("&Change dose"), group)
        name_widget(self.dose_button, "regimen_dose_button", tr("Change dose from that day"))
        self.stop_button = QPushButton(tr("S&top from that day"), group)
        name_widget(self.stop_button, "regimen_stop_button", tr("Stop from that day"))
        self.restart_button = QPushButton(tr("&Restart"), group)
        name_widget(self.restart_button, "regimen_restart_button", tr("Restart on that day"))
        self.undo_button = QPushButton(tr("Remove that day's change"), group)
        name_widget(
            self.undo_button,
            "regimen_undo_button",
            tr("Remove the change on that day"),
            tr("For a change entered by mistake."),
        )
        self.delete_button = QPushButton(tr("Delete regimen…"), group)
        name_widget(
            self.delete_button,
            "regimen_delete_button",
            tr("Delete the chosen regimen"),
            tr("Asks first. The days' supplements and medicines stay as they are."),
        )
        for button in (
            self.dose_button,
            self.stop_button,
            self.restart_button,
            self.undo_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        self.change_dose.returnPressed.connect(self.change_dose_now)
        self.dose_button.clicked.connect(self.change_dose_now)
        self.stop_button.clicked.connect(self.stop_now)
        self.restart_button.clicked.connect(self.restart_now)
        self.undo_button.clicked.connect(self.undo_now)
        self.delete_button.clicked.connect(self.delete_now)
        self.change_group = group
        return group

    def _build_add(self) -> QGroupBox:
        group = QGroupBox(tr("Add a regimen"), self)
        group.setObjectName("regimen_add_group")
        form = QFormLayout(group)
        self.name = QLineEdit(group)
        self.name.setMaxLength(NAME_CHARS)
        self.name.setPlaceholderText(tr("such as Estradiol gel"))
        name_widget(self.name, "regimen_name", tr("Name of the medicine or supplement"))
        self.kind = QComboBox(group)
        for kind in RegimenKind:
            self.kind.addItem(tr(KIND_LABELS[kind]), kind)
        name_widget(self.kind, "regimen_kind", tr("Kind"))
        self.route = QLineEdit(group)
        self.route.setMaxLength(ROUTE_CHARS)
        self.route.setPlaceholderText(tr("optional, such as on the skin or by mouth"))
        name_widget(self.route, "regimen_route", tr("Route (optional)"))
        self.start = QDateEdit(_qdate(self.today), group)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        name_widget(self.start, "regimen_start", tr("Start day"))
        self.dose = QLineEdit(group)
        self.dose.setMaxLength(DOSE_CHARS)
        self.dose.setPlaceholderText(tr("such as 1 pump or 100 mg"))
        name_widget(self.dose, "regimen_dose", tr("Dose at the start"))
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("Ro&ute:"), self.route)
        form.addRow(tr("&Start day:"), self.start)
        form.addRow(tr("Dose at the st&art:"), self.dose)
        self.add_button = QPushButton(tr("Add re&gimen"), group)
        self.add_button.setAutoDefault(False)
        name_widget(self.add_button, "regimen_add_button", tr("Add regimen"))
        form.addRow(self.add_button)
        self.add_button.clicked.connect(self.add_now)
        for line in (self.name, self.route, self.dose):
            line.returnPressed.connect(self.add_now)
        return group

    # state -----------------------------------------------------------------
    def reload(self, choose: int | None = None) -> None:
        """Read the regimens again and show them, keeping ``choose`` (an id) chosen."""
        try:
            self._regimens = self.service.regimens()
        except Exception:
            log.exception("could not read the regimens")
            self._say(tr("The regimens could not be read. Details are in the log."), error=True)
            self._regimens = []
        self.list.blockSignals(True)
        self.list.clear()
        row = -1
        for number, regimen in enumerate(self._regimens):
            QListWidgetItem(describe(regimen, self.today), self.list)
            if regimen.id == choose:
                row = number
        self.list.blockSignals(False)
        if row < 0 and self._regimens:
            row = 0
        self.list.setCurrentRow(row)
        self._selected(row)

    def chosen(self) -> Regimen | None:
        row = self.list.currentRow()
        return self._regimens[row] if 0 <= row < len(self._regimens) else None

    def _selected(self, _row: int) -> None:
        regimen = self.chosen()
        self.change_group.setEnabled(regimen is not None)
        self.history.setText(history(regimen) if regimen else tr("No regimen yet."))
        self.history.setAccessibleName(
            tr("History of {name}").format(name=regimen.name) if regimen else tr("History")
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        announce(self.message, text)

    # writes ----------------------------------------------------------------
    def _write(self, work: Callable[[], object], done: str) -> tuple[bool, Regimen | None]:
        """Run one write; a refusal or failure is said beside the buttons, typing kept."""
        from gutsleep.services.regimens import RegimenRefused

        try:
            result = work()
        except RegimenRefused as refused:
            self._say(" ".join(render(p.message) for p in refused.problems), error=True)
            return False, None
        except Exception:
            log.exception("could not write a regimen")
            self._say(
                tr("The change could not be saved. Details are in the log; please try again."),
                error=True,
            )
            return False, None
        self._say(done)
        self.changed.emit()
        return True, result if isinstance(result, Regimen) else None

    def add_now(self) -> None:
        kind = self.kind.currentData()
        assert isinstance(kind, RegimenKind)
        name = self.name.text()
        _ok, added = self._write(
            lambda: self.service.add(
                name, kind, _pydate(self.start.date()), self.dose.text(), self.route.text()
            ),
            tr("{name} was added.").format(name=name.strip()),
        )
        if added is not None:
            self.name.clear()
            self.route.clear()
            self.dose.clear()
            self.reload(added.id)

    def _change(self, kind: ChangeKind) -> None:
        regimen = self.chosen()
        if regimen is None:
            return
        day = _pydate(self.change_day.date())
        dose = self.change_dose.text()
        if kind is ChangeKind.DOSE:
            work: Callable[[], object] = lambda: self.service.change_dose(regimen, day, dose)  # noqa: E731
            done = tr("{name}: the dose from {day} is {dose}.")
        elif kind is ChangeKind.STOP:
            work = lambda: self.service.stop(regimen, day)  # noqa: E731
            done = tr("{name}: stopped from {day}.")
        else:
            work = lambda: self.service.restart(regimen, day, dose)  # noqa: E731
            done = tr("{name}: restarted on {day} with {dose}.")
        _ok, changed = self._write(
            work, done.format(name=regimen.name, day=day.isoformat(), dose=dose.strip())
        )
        if changed is not None:
            self.change_dose.clear()
            self.reload(changed.id)

    def change_dose_now(self) -> None:
        self._change(ChangeKind.DOSE)

    def stop_now(self) -> None:
        self._change(ChangeKind.STOP)

    def restart_now(self) -> None:
        self._change(ChangeKind.START)

    def undo_now(self) -> None:
        regimen = self.chosen()
        if regimen is None:
            return
        day = _pydate(self.change_day.date())
        if not any(c.day == day for c in regimen.changes):
            self._say(
                tr("{name} has no change on {day}.").format(name=regimen.name, day=day.isoformat()),
                error=True,
            )
            return
        _ok, changed = self._write(
            lambda: self.service.remove_change(regimen, day),
            tr("{name}: the change on {day} was removed.").format(
                name=regimen.name, day=day.isoformat()
            ),
        )
        if changed is not None:
            self.reload(changed.id)

    def delete_now(self) -> None:
        regimen = self.chosen()
        if regimen is None:
            return
        if not dialogs.ask(
            self,
            tr("Delete regimen"),
            tr(
                "Delete {name} and its history of changes? The days' supplements and "
                "medicines keep what they list."
            ).format(name=regimen.name),
        ):
            return
        deleted, _none = self._write(
            lambda: self.service.delete(regimen),
            tr("{name} was deleted.").format(name=regimen.name),
        )
        if deleted:
            self.reload()
