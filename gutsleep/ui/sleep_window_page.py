"""The Sleep window page: the scheduling part of CBT-I, planned from the diary.

The safety screen comes first (yes / no for each question; Tab moves between
questions, the arrow keys within one). Only when every answer allows it does
the page propose this week's window, with the numbers it used; the person
accepts it or adjusts the bedtime and rising time. Any answer that needs a
clinician first shows why, and no window is offered. The history of accepted
windows is listed below.
"""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.sleep import format_duration
from gutsleep.domain.sleep_window import (
    CLINICIAN_FRAMING,
    KEPT_TOLERANCE_MIN,
    QUESTION_TEXT,
    SEE_CLINICIAN,
    SLEEPINESS_WARNING,
    Proposal,
    Question,
    ScreenResult,
    Window,
    WindowRecord,
)
from gutsleep.domain.text import N_
from gutsleep.services.context import Services
from gutsleep.ui.operations import Changes
from gutsleep.ui.pages import PageHost
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

ARTICLE = ("cbt-i", "")
CONTENT_WIDTH = 860

log = logging.getLogger(__name__)


def clock(value: time) -> str:
    return value.strftime("%H:%M")


def _label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def window_sentence(window: Window) -> str:
    return tr("Into bed not before {bedtime}, out of bed by {rising} ({length} in bed).").format(
        bedtime=clock(window.bedtime),
        rising=clock(window.rising),
        length=format_duration(window.time_in_bed_min),
    )


def kept_sentence(kept: bool | None) -> str:
    """What the Journal says about the night that ended on the day shown."""
    if kept is None:
        return ""
    if kept:
        return tr("This night kept the sleep window (allowing {n} minutes either way).").format(
            n=KEPT_TOLERANCE_MIN
        )
    return tr("This night did not keep the sleep window (allowing {n} minutes either way).").format(
        n=KEPT_TOLERANCE_MIN
    )


class ScreenQuestion(QWidget):
    """One yes / no question of the safety screen; the label is the buttons' buddy."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        text = tr(QUESTION_TEXT[question])
        self.setObjectName(f"window_question_{question.value}")
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = _label(text, self)
        layout.addWidget(self.label, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool, QRadioButton] = {}
        for value, caption in ((True, N_("Yes")), (False, N_("No"))):
            button = QRadioButton(tr(caption), self)
            name_widget(
                button,
                f"window_{question.value}_{'yes' if value else 'no'}",
                tr("{question}: {answer}").format(question=text, answer=tr(caption)),
            )
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        self.label.setBuddy(self.buttons[True])
        self._set_tab_stop(self.buttons[True])

    def answer(self) -> bool | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_answer(self, value: bool | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._set_tab_stop(self.buttons[True if value is None else value])

    def _set_tab_stop(self, stop: QRadioButton) -> None:
        """Tab enters the question at the answer given (or Yes); arrows move within it."""
        no_tab = Qt.FocusPolicy(Qt.FocusPolicy.StrongFocus.value & ~Qt.FocusPolicy.TabFocus.value)
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else no_tab)


class SleepWindowPage(QWidget):
    """The safety screen, this week's proposal, and the window history."""

    page_id = "sleep_window"

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.setObjectName("sleep_window_page")
        self.services = services
        self._today = today
        self.proposal: Proposal | None = None

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("sleep_window_scroll")
        scroll.setAccessibleName(tr("Sleep window"))
        body = QWidget()
        body.setMaximumWidth(CONTENT_WIDTH)
        layout = QVBoxLayout(body)

        self.framing = _label(tr(CLINICIAN_FRAMING) + " " + tr(SLEEPINESS_WARNING), body)
        self.framing.setObjectName("window_framing")
        layout.addWidget(self.framing)
        self.article_button = QPushButton(tr("Ab&out CBT-I and where to find help"), body)
        name_widget(
            self.article_button,
            "window_read_more",
            tr("Read the article about CBT-I and where to find help"),
        )
        self.article_button.clicked.connect(self.open_article)
        layout.addWidget(self.article_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(self._build_screen(body))
        layout.addWidget(self._build_proposal(body))
        layout.addWidget(self._build_history(body))
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    # building --------------------------------------------------------------
    def _build_screen(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Safety questions first"), parent)
        group.setObjectName("window_screen")
        layout = QVBoxLayout(group)
        layout.addWidget(
            _label(
                tr(
                    "Sleep restriction is not safe for everyone. Please answer each "
                    "question; the last eight are the STOP-Bang questions about sleep apnoea."
                ),
                group,
            )
        )
        self.questions: dict[Question, ScreenQuestion] = {}
        for question in Question:
            row = ScreenQuestion(question, group)
            self.questions[question] = row
            layout.addWidget(row)
        self.screen_button = QPushButton(tr("&Check my answers"), group)
        name_widget(self.screen_button, "window_check_screen", tr("Check my answers"))
        self.screen_button.clicked.connect(self.check_screen)
        layout.addWidget(self.screen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.screen_result = _label("", group)
        name_widget(
            self.screen_result, "window_screen_result", tr("Result of the safety questions")
        )
        layout.addWidget(self.screen_result)
        return group

    def _build_proposal(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("This week's window"), parent)
        group.setObjectName("window_proposal_group")
        layout = QVBoxLayout(group)
        self.proposal_label = _label("", group)
        name_widget(self.proposal_label, "window_proposal", tr("This week's proposal"))
        layout.addWidget(self.proposal_label)
        editors = QHBoxLayout()
        self.bedtime_edit = QTimeEdit(group)
        self.rising_edit = QTimeEdit(group)
        for edit, key, caption in (
            (self.bedtime_edit, "window_bedtime", N_("&Bedtime")),
            (self.rising_edit, "window_rising", N_("&Rising time")),
        ):
            edit.setDisplayFormat("HH:mm")
            label = QLabel(tr(caption), group)
            label.setBuddy(edit)
            name_widget(edit, key, tr(caption).replace("&", ""))
            editors.addWidget(label)
            editors.addWidget(edit)
        editors.addStretch(1)
        layout.addLayout(editors)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("Acc&ept the proposed window"), group)
        name_widget(self.accept_button, "window_accept", tr("Accept the proposed window"))
        self.accept_button.clicked.connect(lambda: self.accept_window(adjusted=False))
        self.adjust_button = QPushButton(tr("Keep my a&djusted times"), group)
        name_widget(
            self.adjust_button, "window_adjust", tr("Keep the bedtime and rising time I set")
        )
        self.adjust_button.clicked.connect(lambda: self.accept_window(adjusted=True))
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.adjust_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tonight_label = _label("", group)
        name_widget(self.tonight_label, "window_tonight", tr("Tonight's sleep window"))
        layout.addWidget(self.tonight_label)
        self.proposal_group = group
        return group

    def _build_history(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Earlier windows"), parent)
        layout = QVBoxLayout(group)
        self.history = QTableWidget(0, 6, group)
        name_widget(self.history, "window_history", tr("Earlier windows"))
        self.history.setHorizontalHeaderLabels(
            [
                tr("Week from"),
                tr("Window"),
                tr("Nights"),
                tr("Average sleep"),
                tr("Sleep efficiency"),
                tr("Adjusted"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.history)
        return group

    # behaviour -------------------------------------------------------------
    def answers(self) -> dict[Question, bool]:
        return {
            q: answer for q, row in self.questions.items() if (answer := row.answer()) is not None
        }

    def refresh(self) -> None:
        """Show the stored screen, the proposal it allows, and the history."""
        answers, _day, result = self.services.sleep_window.screen()
        for question, row in self.questions.items():
            row.set_answer(answers.get(question))
        self._show_screen(result, say=False)
        self._show_history()

    def check_screen(self) -> None:
        """Keep the answers and show what they allow."""
        try:
            result = self.services.sleep_window.save_screen(self.answers(), self.today())
        except Exception:
            log.exception("could not save the sleep-window screen")
            self._say(self.screen_result, tr("The answers could not be saved."))
            return
        self._show_screen(result, say=True)

    def _show_screen(self, result: ScreenResult, *, say: bool) -> None:
        if not result.complete and not result.reasons:
            text = tr("Please answer every question; no window is offered until then.")
        elif result.reasons:
            lines = [render(reason) for reason in result.reasons]
            text = "\n".join([*lines, tr(SEE_CLINICIAN)])
        else:
            text = tr("Nothing in your answers speaks against a sleep window.")
        self.screen_result.setText(text)
        if say:
            announce(self.screen_result, text)
        self.proposal_group.setVisible(result.offer)
        if result.offer:
            self._show_proposal()

    def _show_proposal(self) -> None:
        service = self.services.sleep_window
        proposal = service.proposal(self.today())
        self.proposal = proposal
        figures = proposal.figures
        lines = [
            tr("From the nights of {first} to {last}:").format(
                first=figures.first_night.isoformat(), last=figures.last_night.isoformat()
            ),
            tr("Nights with a complete diary: {nights} of 7").format(nights=figures.nights),
        ]
        if figures.mean_tst_min is not None and figures.mean_se_pct is not None:
            lines.append(
                tr("Average total sleep time: {tst}").format(
                    tst=format_duration(figures.mean_tst_min)
                )
            )
            lines.append(
                tr("Average sleep efficiency: {se}\u00a0%").format(se=f"{figures.mean_se_pct:.1f}")
            )
        lines.append(render(proposal.reason))
        if proposal.window is not None:
            lines.append(tr("Proposed: {window}").format(window=window_sentence(proposal.window)))
        self.proposal_label.setText("\n".join(lines))
        self.accept_button.setEnabled(proposal.window is not None)
        self.adjust_button.setEnabled(proposal.window is not None)  # too few nights: no new window
        shown = proposal.window or (
            record.window if (record := service.tonight(self.today())) else None
        )
        if shown is not None:
            self.bedtime_edit.setTime(QTime(shown.bedtime.hour, shown.bedtime.minute))
            self.rising_edit.setTime(QTime(shown.rising.hour, shown.rising.minute))
        else:
            rising = service.usual_rising(self.today())
            self.rising_edit.setTime(QTime(rising.hour, rising.minute))
        self._show_tonight()

    def _show_tonight(self) -> None:
        record = self.services.sleep_window.tonight(self.today())
        if record is None:
            self.tonight_label.setText(tr("No window accepted yet."))
        else:
            self.tonight_label.setText(
                tr("Tonight: {window}").format(window=window_sentence(record.window))
            )

    def accept_window(self, *, adjusted: bool) -> None:
        if self.proposal is None:
            return
        chosen = None
        if adjusted:
            bed, rise = self.bedtime_edit.time(), self.rising_edit.time()
            chosen = Window.between(
                time(bed.hour(), bed.minute()), time(rise.hour(), rise.minute())
            )
        try:
            self.services.sleep_window.accept(self.proposal, self.today(), chosen)
        except Exception:
            log.exception("could not keep the sleep window")
            self._say(self.tonight_label, tr("The window could not be saved."))
            return
        self._show_tonight()
        self._show_history()
        announce(self.tonight_label, self.tonight_label.text())

    def _show_history(self) -> None:
        records: list[WindowRecord] = self.services.sleep_window.window_history()
        self.history.setRowCount(len(records))
        for row, record in enumerate(reversed(records)):
            cells = [
                record.week_start.isoformat(),
                f"{clock(record.window.bedtime)}–{clock(record.window.rising)}",
                str(record.nights),
                format_duration(record.mean_tst_min),
                "—" if record.mean_se_pct is None else f"{record.mean_se_pct:.1f}\u00a0%",
                tr("Yes") if record.adjusted else tr("No"),
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        announce(label, text)

    def open_article(self) -> None:
        window = self.window()
        if isinstance(window, PageHost):
            window.open_article(*ARTICLE)

    # page protocol ---------------------------------------------------------
    def on_shown(self) -> None:
        """Called by the main window each time the page is shown: the diary may have grown."""
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Imported or restored days: the planner reads the diary again."""
        if changes.everything:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.article_button.setVisible(self._reader_available())
        super().showEvent(event)

    def _reader_available(self) -> bool:
        window = self.window()
        return isinstance(window, PageHost) and window.has_page("articles")
