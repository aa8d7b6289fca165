"""The daily "did you do it today?" check-in for running self-experiments.

It sits at the top of the Journal page and shows itself only on days that
belong to an experiment's calendar (not before it starts, not while paused,
not after it ends), so it never stands in the way of the diary. Each answer,
Yes, No or Not answered, is stored as soon as it is picked.

During a baseline phase the same question records whether the change was
made anyway, which the result reports as adherence in that phase.

Signals:
    answered(int, object, object): experiment id, day (datetime.date), and
        the answer (True, False or None) just stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.experiments import CHANGE_TEMPLATES, Experiment, lived_phase
from gutsleep.domain.text import N_
from gutsleep.services.context import Services
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

#: The three answers, in the order the buttons are shown.
ANSWERS: tuple[tuple[bool | None, str, str], ...] = (
    (True, "yes", N_("Yes")),
    (False, "no", N_("No")),
    (None, "none", N_("Not answered")),
)


def change_text(exp: Experiment) -> str:
    """What the person is trying, in a few words: the template and their own detail."""
    template = CHANGE_TEMPLATES.get(exp.template)
    title = tr(template.title) if template is not None else exp.template
    detail = exp.change.strip()
    if exp.strain.strip():
        detail = ", ".join(p for p in (detail, exp.strain.strip(), exp.cfu.strip()) if p)
    if template is not None and template.key == "custom" and detail:
        return detail
    return f"{title}: {detail}" if detail else title


class CheckinRow(QWidget):
    """One experiment's question with its three answers."""

    def __init__(self, exp: Experiment, status: str, baseline: bool, today: bool, parent: QWidget):
        super().__init__(parent)
        assert exp.id is not None
        self.experiment = exp
        key = f"checkin_{exp.id}"
        self.setObjectName(key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        asked = tr("Did you do it today?") if today else tr("Did you do it on this day?")
        question = f"{asked} {change_text(exp)}"
        self.question = QLabel(question, self)
        self.question.setObjectName(f"{key}_question")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        where = (
            tr("{title} · {status}: keep to your usual routine, without the change.")
            if baseline
            else tr("{title} · {status}")
        ).format(title=exp.title, status=status)
        self.where = QLabel(where, self)
        self.where.setObjectName(f"{key}_status")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value, suffix, label in ANSWERS:
            button = QRadioButton(tr(label), self)
            name_widget(
                button,
                f"{key}_{suffix}",
                f"{asked} {tr(label)}",
                question,
            )
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def answer(self) -> bool | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_answer(self, value: bool | None) -> None:
        self.buttons[value].setChecked(True)
        self._set_tab_stop(self.buttons[value])

    def _set_tab_stop(self, stop: QRadioButton) -> None:
        """Tab enters the row at the answer given; the arrow keys move within it."""
        no_tab = Qt.FocusPolicy(Qt.FocusPolicy.StrongFocus.value & ~Qt.FocusPolicy.TabFocus.value)
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else no_tab)


class CheckinWidget(QGroupBox):
    """The "Experiment check-in" group; hidden on days without a running experiment."""

    answered = Signal(int, object, object)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(tr("Experiment check-in"), parent)
        self.setObjectName("experiment_checkin")
        self.services = services
        self.day: date | None = None
        self.rows: list[CheckinRow] = []
        self._loading = False
        self._watched: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("checkin_saved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.hide()
        self._layout.addWidget(self.saved_label)
        self.hide()

    def show_day(self, day: date) -> None:
        """Show the questions for ``day`` (or hide when no experiment runs then)."""
        self.day = day
        self._watch_page()
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self.saved_label.clear()
        self.saved_label.hide()
        running = [e for e in self.services.experiments.running_on(day) if e.id is not None]
        if not running or day > date.today():  # nothing to answer for days to come
            self.hide()
            return
        self._loading = True
        try:
            for index, exp in enumerate(running):
                status = self.services.experiments.status(exp, day)
                row = CheckinRow(
                    exp,
                    render(status.message),
                    lived_phase(exp, day) == "A",
                    day == date.today(),
                    self,
                )
                row.set_answer(self.services.experiments.checkins(exp).get(day))
                row.group.buttonToggled.connect(
                    lambda button, checked, r=row: self._picked(r, button, checked)
                )
                self._layout.insertWidget(index, row)
                row.show()  # at once: a layout would only show it on the next event loop pass
                self.rows.append(row)
        finally:
            self._loading = False
        # Rows made now would come last in the focus chain; Tab should reach
        # them where they are drawn, right after the day navigator.
        previous: QWidget = self
        candidate = self.previousInFocusChain()
        while candidate is not None and candidate is not self:
            if candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisibleTo(
                self.window()
            ):
                previous = candidate
                break
            candidate = candidate.previousInFocusChain()
        for row in self.rows:
            for button in row.buttons.values():
                QWidget.setTabOrder(previous, button)
                previous = button
        self.show()

    def refresh(self) -> None:
        if self.day is not None:
            self.show_day(self.day)

    def _picked(self, row: CheckinRow, button: QRadioButton, checked: bool) -> None:
        if self._loading or not checked or self.day is None:
            return
        value = next(v for v, b in row.buttons.items() if b is button)
        exp_id = row.experiment.id
        assert exp_id is not None
        self.services.experiments.check_in(exp_id, self.day, value)
        row._set_tab_stop(button)
        self.saved_label.setText(tr("Check-in saved."))
        self.saved_label.show()
        self.answered.emit(exp_id, self.day, value)

    # Experiments change on their own page; look again whenever the page
    # holding this widget is shown.
    def _watch_page(self) -> None:
        page = self.parentWidget()
        while page is not None and not hasattr(page, "page_id"):
            page = page.parentWidget()
        if page is not None and page is not self._watched:
            page.installEventFilter(self)
            self._watched = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Show:
            self.refresh()
        return False
