"""The Checklist page: is gut health worth attention for this person's sleep?

The six signs, the digestion question and the stool-testing decision aid are
asked one after the other, each answered yes / no / not sure (Tab moves
between questions, the arrow keys within one). "See my result" shows what the
answers add up to, in sentences from the domain; "Save this checklist" keeps
them with today's date. Earlier checklists can be compared side by side with
the most recent one, loaded back to be changed, or deleted.

What the journal shows for a sign is put next to it, with the count of days;
it informs the answer and never gives it. "Read more" links appear only when
the window has an article reader, so a link is never dead.

Signals:
    saved(int): a checklist run with this id was saved or changed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.evaluate import (
    ScreeningCategory,
    ScreeningResult,
    TestingAdvice,
    compare,
)
from gutsleep.domain.screening.hints import Hint
from gutsleep.domain.screening.questions import (
    ALL_KEYS,
    DIGESTION_FINE,
    SIGNS,
    TESTING_CONDITIONS,
    Answer,
    Condition,
    Sign,
    question_for,
)
from gutsleep.domain.text import N_, Message
from gutsleep.services.context import Services
from gutsleep.ui import dialogs
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

#: The three answers, in the order the buttons are shown.
ANSWERS: tuple[tuple[Answer, str], ...] = (
    (Answer.YES, N_("Yes")),
    (Answer.NO, N_("No")),
    (Answer.UNSURE, N_("Not sure")),
)

TIERS_ARTICLE = ("evidence-tiers", "tier-1")

CONTENT_WIDTH = 860

log = logging.getLogger(__name__)


def answer_text(answer: Answer | None) -> str:
    if answer is None:
        return tr("—")
    return tr(dict(ANSWERS)[answer])


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def one_line(result: ScreeningResult) -> str:
    """A checklist result in one line, for the history list."""
    total = len(SIGNS)
    category = result.category
    if category is ScreeningCategory.GUT_WORTH_A_LOOK:
        return tr("Gut factors may be worth a look ({n} of {total} signs fit)").format(
            n=len(result.applying), total=total
        )
    if category is ScreeningCategory.INCOMPLETE:
        return tr("Unfinished: {n} of {total} signs answered").format(
            n=total - len(result.unanswered), total=total
        )
    if category is ScreeningCategory.UNCERTAIN:
        return tr("Not clear yet: not sure about {n} of the {total} signs").format(
            n=len(result.unsure), total=total
        )
    if category is ScreeningCategory.PROBABLY_NOT_FIRST:
        return tr("Gut work is probably not the place to start")
    return tr("None of the {total} signs fits").format(total=total)


def _plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapping label that never interprets its text as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _emphasise(label: QLabel, factor: float = 1.0) -> None:
    """Bold, optionally larger text. Bold goes through a style sheet because the
    app's sheet resets the weight of labels inside group boxes."""
    if factor != 1.0 and label.font().pointSizeF() > 0:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        label.setFont(font)
    label.setStyleSheet("QLabel { font-weight: bold; }")


class LinkButton(QPushButton):
    """A real, focusable button drawn like a link (colour from the palette)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlat(True)
        self.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline;"
            " border: 1px solid transparent; border-radius: 3px; padding: 1px 4px; }"
            "QPushButton:focus { border-color: palette(highlight); }"
        )


class QuestionRow(QWidget):
    """One question answered yes / no / not sure, with its explanation.

    Signals:
        changed: the person picked an answer.
        read_more(str, str): the person asked for the article and anchor behind it.
    """

    changed = Signal()
    read_more = Signal(str, str)

    def __init__(
        self,
        key: str,
        question: str,
        explanation: str,
        short: str,
        link: tuple[str, str] | None,
        number: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"question_{key}")
        self.setAccessibleName(tr(question))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)

        text = tr(question) if number is None else f"{number}. {tr(question)}"
        self.question_label = _plain_label(text, self)
        self.question_label.setObjectName(f"{key}_question")
        _emphasise(self.question_label)
        layout.addWidget(self.question_label)

        explain_row = QHBoxLayout()
        explain_row.setSpacing(6)
        self.explanation_label = _plain_label(tr(explanation), self)
        self.explanation_label.setObjectName(f"{key}_explanation")
        explain_row.addWidget(self.explanation_label, 1)
        layout.addLayout(explain_row)

        self.hint_label = _plain_label("", self)
        self.hint_label.setObjectName(f"{key}_hint")
        self.hint_label.setStyleSheet(
            "QLabel { border-left: 3px solid palette(highlight); padding: 4px 8px;"
            " background: palette(alternate-base); }"
        )
        self.hint_label.hide()
        layout.addWidget(self.hint_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(18)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Answer, QRadioButton] = {}
        for answer, label in ANSWERS:
            button = QRadioButton(tr(label), self)
            name_widget(
                button,
                f"{key}_{answer.value}",
                tr("{question}: {answer}").format(question=tr(short), answer=tr(label)),
            )
            button.setAccessibleDescription(tr(question))
            self.group.addButton(button)
            self.buttons[answer] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._set_tab_stop(self.buttons[Answer.YES])
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())
        layout.addLayout(buttons)

        # The link comes after the answers in the focus chain, so Tab reaches the
        # answers first; it sits next to the explanation it expands on.
        self.link: LinkButton | None = None
        if link is not None:
            self.link = LinkButton(tr("Read more"), self)
            name_widget(
                self.link,
                f"{key}_read_more",
                tr("Read more: {question}").format(question=tr(short)),
            )
            article, anchor = link
            self.link.clicked.connect(lambda: self.read_more.emit(article, anchor))
            self.link.hide()
            explain_row.addWidget(self.link, 0, Qt.AlignmentFlag.AlignTop)

    def answer(self) -> Answer | None:
        return next((a for a, b in self.buttons.items() if b.isChecked()), None)

    def set_answer(self, answer: Answer | None) -> None:
        if answer is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[answer].setChecked(True)
        self._set_tab_stop(self.buttons[answer or Answer.YES])

    def _set_tab_stop(self, stop: QRadioButton) -> None:
        """Tab enters the question at ``stop``: the answer given, or "Yes" when none.

        Qt moves the tab stop of a button group to whichever button last had
        focus; an answer set from code would otherwise leave it where it was.
        """
        no_tab = Qt.FocusPolicy(Qt.FocusPolicy.StrongFocus.value & ~Qt.FocusPolicy.TabFocus.value)
        for button in self.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else no_tab)

    def set_hint(self, hint: Hint | None) -> None:
        if hint is None:
            self.hint_label.clear()
            self.hint_label.hide()
            return
        lines = [tr("From your journal: {hint}").format(hint=render(hint.message))]
        if len(hint.details) > 1:
            lines.extend("• " + render(detail) for detail in hint.details)
        self.hint_label.setText("\n".join(lines))
        self.hint_label.setAccessibleName(lines[0])
        self.hint_label.show()

    def set_link_available(self, available: bool) -> None:
        if self.link is not None:
            self.link.setVisible(available)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class ChecklistPage(QWidget):
    page_id = "checklist"
    saved = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.setObjectName("checklist_page")
        self.services = services
        self._today = today
        self.rows: dict[str, QuestionRow] = {}
        self.links: list[LinkButton] = []
        self.current_run: ChecklistRecord | None = None  # the run the form is saved as
        self._dirty = False
        self._result_shown = False
        self._compared: tuple[int, int] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("checklist_scroll")
        self.scroll_area.setAccessibleName(tr("Checklist"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(16, 12, 16, 16)
        content = QWidget(holder)
        content.setMaximumWidth(CONTENT_WIDTH)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)

        self._build_intro(content)
        self.body.addWidget(self._build_signs(content))
        self.body.addWidget(self._build_digestion(content))
        self.body.addWidget(self._build_testing(content))
        self.body.addLayout(self._build_actions(content))
        self.body.addWidget(self._build_result(content))
        self.body.addWidget(self._build_history(content))
        self.body.addWidget(self._build_comparison(content))
        self.body.addStretch(1)
        self.scroll_area.setWidget(holder)
        outer.addWidget(self.scroll_area, 1)

        self.refresh_history()
        self._restore_draft()
        self.refresh_hints()
        self._update_links()
        self._update_state()

    # building ------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def _build_intro(self, parent: QWidget) -> None:
        title = QLabel(tr("Is your gut worth a look for your sleep?"), parent)
        title.setObjectName("checklist_title")
        title.setTextFormat(Qt.TextFormat.PlainText)
        _emphasise(title, 1.45)
        self.body.addWidget(title)
        intro = _plain_label(
            tr(
                "Six signs suggest that gut factors may play a part in someone's sleep. "
                "Answer what you can; “not sure” is a fine answer. Then a few questions "
                "help you weigh whether a stool test would add anything for you. "
                "It takes about five minutes, and you can come back to it any time."
            ),
            parent,
        )
        intro.setObjectName("checklist_intro")
        self.body.addWidget(intro)
        self.latest_label = _plain_label("", parent)
        self.latest_label.setObjectName("checklist_latest")
        self.body.addWidget(self.latest_label)
        self.editing_banner = _plain_label("", parent)
        self.editing_banner.setObjectName("checklist_editing")
        self.editing_banner.setStyleSheet(
            "QLabel { border: 1px solid palette(highlight); border-radius: 4px; padding: 6px; }"
        )
        self.editing_banner.hide()
        self.body.addWidget(self.editing_banner)

    def _row(
        self,
        parent: QWidget,
        item: Sign | Condition,
        short: str,
        number: int | None = None,
        link: bool = True,
    ) -> QuestionRow:
        row = QuestionRow(
            item.key,
            item.question,
            item.explanation,
            short,
            (item.article, item.anchor) if link else None,
            number,
            parent,
        )
        row.changed.connect(self._answers_changed)
        row.read_more.connect(self.open_article)
        self.rows[item.key] = row
        return row

    def _build_signs(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Six signs"), parent)
        group.setObjectName("checklist_signs")
        layout = QVBoxLayout(group)
        for number, sign in enumerate(SIGNS, start=1):
            if number > 1:
                layout.addWidget(_separator(group))
            layout.addWidget(self._row(group, sign, sign.label, number))
        return group

    def _build_digestion(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Your digestion"), parent)
        group.setObjectName("checklist_digestion")
        layout = QVBoxLayout(group)
        layout.addWidget(self._row(group, DIGESTION_FINE, DIGESTION_FINE.label))
        return group

    def _build_testing(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Would a stool test add anything for you?"), parent)
        group.setObjectName("checklist_testing")
        layout = QVBoxLayout(group)
        intro_row = QHBoxLayout()
        intro = _plain_label(
            tr(
                "Comprehensive stool (microbiome) tests are widely sold. These eight "
                "questions weigh whether one is likely to help you decide anything."
            ),
            group,
        )
        intro_row.addWidget(intro, 1)
        layout.addLayout(intro_row)
        sides = (
            ("for", tr("It may be worth considering when…")),
            ("against", tr("It is probably not needed when…")),
        )
        for side, heading in sides:
            layout.addSpacing(6)
            label = QLabel(heading, group)
            label.setTextFormat(Qt.TextFormat.PlainText)
            _emphasise(label)
            label.setObjectName(f"testing_{side}_heading")
            layout.addWidget(label)
            conditions = [c for c in TESTING_CONDITIONS if c.side == side]
            for index, condition in enumerate(conditions):
                if index:
                    layout.addWidget(_separator(group))
                layout.addWidget(self._row(group, condition, condition.question, link=False))
        # One link for the whole aid: every condition is discussed in the same section.
        first = TESTING_CONDITIONS[0]
        link = LinkButton(tr("Read more about testing"), group)
        name_widget(link, "testing_read_more", tr("Read more about stool testing"))
        link.clicked.connect(lambda: self.open_article(first.article, first.anchor))
        intro_row.addWidget(link, 0, Qt.AlignmentFlag.AlignTop)
        self.links.append(link)
        return group

    def _build_actions(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result_button = QPushButton(tr("See my result"), parent)
        name_widget(self.result_button, "checklist_see_result", tr("See my result"))
        self.result_button.clicked.connect(self.show_result)
        self.save_button = QPushButton(tr("Save this checklist"), parent)
        name_widget(
            self.save_button,
            "checklist_save",
            tr("Save this checklist"),
            tr("Keeps these answers with today's date"),
        )
        self.save_button.clicked.connect(self.save)
        self.restart_button = QPushButton(tr("Start again"), parent)
        name_widget(
            self.restart_button,
            "checklist_start_again",
            tr("Start again"),
            tr("Clear the answers for a new checklist; saved ones stay in the history"),
        )
        self.restart_button.clicked.connect(self.start_again)
        self.status = _plain_label("", parent)
        self.status.setObjectName("checklist_status")
        self.status.setAccessibleName(tr("Save status"))
        row.addWidget(self.result_button)
        row.addWidget(self.save_button)
        row.addWidget(self.restart_button)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        return row

    def _build_result(self, parent: QWidget) -> QGroupBox:
        self.result_group = QGroupBox(tr("Your result"), parent)
        self.result_group.setObjectName("checklist_result")
        layout = QVBoxLayout(self.result_group)
        layout.setSpacing(6)
        self.result_body = QVBoxLayout()
        self.result_body.setSpacing(6)
        layout.addLayout(self.result_body)
        self.tiers_link = LinkButton(tr("Read about the first-tier options"), self.result_group)
        name_widget(
            self.tiers_link,
            "checklist_tiers_read_more",
            tr("Read about the first-tier options for sleep"),
        )
        self.tiers_link.clicked.connect(lambda: self.open_article(*TIERS_ARTICLE))
        layout.addWidget(self.tiers_link, 0, Qt.AlignmentFlag.AlignLeft)
        self.links.append(self.tiers_link)
        self.result_group.hide()
        return self.result_group

    def _build_history(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Earlier checklists"), parent)
        group.setObjectName("checklist_history_group")
        layout = QVBoxLayout(group)
        self.history_empty = _plain_label(
            tr("Checklists you save appear here, so you can see what changed over time."), group
        )
        self.history_empty.setObjectName("checklist_history_empty")
        layout.addWidget(self.history_empty)
        self.history = QListWidget(group)
        name_widget(self.history, "checklist_history", tr("Earlier checklists"))
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The selection, not the current row: a click on the current row selects it
        # without changing the row, and currentRowChanged comes before the selection.
        self.history.itemSelectionChanged.connect(self._update_state)
        self.history.itemActivated.connect(lambda _item: self.compare_selected())
        layout.addWidget(self.history)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(tr("Compare side by side"), group)
        name_widget(
            self.compare_button,
            "checklist_compare",
            tr("Compare side by side"),
            tr("Shows the chosen checklist next to the most recent one"),
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.edit_button = QPushButton(tr("Change these answers"), group)
        name_widget(
            self.edit_button,
            "checklist_edit",
            tr("Change these answers"),
            tr("Loads the chosen checklist into the form; saving updates it"),
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Delete…"), group)
        name_widget(self.delete_button, "checklist_delete", tr("Delete the chosen checklist"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return group

    def _build_comparison(self, parent: QWidget) -> QGroupBox:
        self.comparison = QGroupBox(tr("Side by side"), parent)
        self.comparison.setObjectName("checklist_comparison")
        layout = QVBoxLayout(self.comparison)
        self.comparison_summary = _plain_label("", self.comparison)
        self.comparison_summary.setObjectName("checklist_comparison_summary")
        layout.addWidget(self.comparison_summary)
        self.comparison_table = QTableWidget(0, 4, self.comparison)
        name_widget(self.comparison_table, "checklist_comparison_table", tr("Answers side by side"))
        self.comparison_table.verticalHeader().hide()
        self.comparison_table.setWordWrap(True)
        self.comparison_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison_table.setTabKeyNavigation(False)  # Tab moves on; arrows read the cells
        self.comparison_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.comparison_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.comparison_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wrapped questions change height whenever the question column changes width
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)
        header.sectionResized.connect(lambda *_args: self._fit_timer.start())
        layout.addWidget(self.comparison_table)
        self.close_comparison = QPushButton(tr("Close the comparison"), self.comparison)
        name_widget(self.close_comparison, "checklist_comparison_close", tr("Close the comparison"))
        self.close_comparison.clicked.connect(self.hide_comparison)
        layout.addWidget(self.close_comparison, 0, Qt.AlignmentFlag.AlignLeft)
        self.comparison.hide()
        return self.comparison

    # the form ------------------------------------------------------------
    def answers(self) -> dict[str, Answer]:
        """The answers given so far; unanswered questions are left out."""
        given = {key: row.answer() for key, row in self.rows.items()}
        return {key: answer for key, answer in given.items() if answer is not None}

    def set_answers(self, answers: Mapping[str, Answer]) -> None:
        for key, row in self.rows.items():
            row.set_answer(answers.get(key))

    def _answers_changed(self) -> None:
        self._dirty = True
        if self._result_shown:
            self._fill_result()
        self._keep_draft()
        self._update_state()

    def _keep_draft(self) -> None:
        """Store the unsaved answers at once, so closing the app loses none of them."""
        run_id = self.current_run.id if self.current_run is not None else None
        try:
            self.services.checklist.keep_draft(self.answers(), run_id)
        except Exception:  # the form still holds them; Save will say what is wrong
            log.exception("Could not keep the checklist's unsaved answers")

    def _restore_draft(self) -> None:
        """Bring back answers left unsaved when the app was last closed."""
        kept = self.services.checklist.draft()
        if kept is None:
            return
        answers, run = kept
        self.set_answers(answers)
        self.current_run = run
        self._dirty = bool(answers)

    def _update_state(self) -> None:
        has_answers = any(row.answer() is not None for row in self.rows.values())
        self.save_button.setEnabled(has_answers and (self._dirty or self.current_run is None))
        if self.current_run is None:
            self.save_button.setText(tr("Save this checklist"))
        else:
            self.save_button.setText(tr("Save these changes") if self._dirty else tr("Saved"))
        if self.current_run is not None and self._dirty:
            self.status.setText(tr("Changed since it was saved; not saved yet."))
        elif self.current_run is not None:
            self.status.setText(
                tr("Saved as the checklist of {day}.").format(
                    day=long_date(self.current_run.taken_on)
                )
            )
        elif has_answers:
            self.status.setText(tr("Not saved yet."))
        else:
            self.status.setText("")
        if self.status.text() != self.status.accessibleDescription():
            announce(self.status, self.status.text())
        editing = self.current_run is not None and self.current_run.taken_on != self.today()
        if editing and self.current_run is not None:
            self.editing_banner.setText(
                tr(
                    "You are changing the checklist from {day}. Saving updates that one; "
                    "“Start again” begins a new checklist."
                ).format(day=long_date(self.current_run.taken_on))
            )
        self.editing_banner.setVisible(editing)
        selected = self.selected_run()
        self.compare_button.setEnabled(selected is not None and self.history.count() > 1)
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None)

    def start_again(self) -> None:
        """Clear the form for a new checklist; saved ones stay in the history."""
        self.set_answers({})
        self.current_run = None
        self._dirty = False
        self.services.checklist.drop_draft()
        self._result_shown = False
        self.result_group.hide()
        self._update_state()
        self.scroll_area.verticalScrollBar().setValue(0)
        first = self.rows[SIGNS[0].key].buttons[Answer.YES]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # the result ----------------------------------------------------------
    def show_result(self) -> None:
        self._result_shown = True
        self._fill_result()
        self.result_group.show()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.result_group, 0, 0))

    def result_text(self) -> str:
        """Everything the result panel says, as plain text (for tests and copying)."""
        items = (self.result_body.itemAt(i) for i in range(self.result_body.count()))
        widgets = [item.widget() for item in items if item is not None]
        return "\n".join(w.text() for w in widgets if isinstance(w, QLabel))

    def _clear_result(self) -> None:
        while self.result_body.count():
            item = self.result_body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChild at once, not only later
                widget.deleteLater()

    def _result_label(
        self, text: str, name: str = "", *, scale: float = 0, bold: bool = False
    ) -> QLabel:
        label = _plain_label(text, self.result_group)
        if name:
            label.setObjectName(name)
        if scale or bold:
            _emphasise(label, scale or 1.0)
        self.result_body.addWidget(label)
        return label

    def _add_messages(self, messages: Sequence[Message], items: Sequence[str] = ()) -> None:
        """One label per sentence: a sentence ending in a colon is a heading, and
        sentences whose template is in ``items`` are the bulleted list under it."""
        for message in messages:
            if message.template in items:
                self._result_label("• " + render(message))
            elif message.template.rstrip().endswith(":"):
                self._result_label(render(message), bold=True)
            else:
                self._result_label(render(message))

    def _fill_result(self) -> None:
        answers = self.answers()
        result = self.services.checklist.evaluate(answers)
        advice = self.services.checklist.evaluate_testing(answers)
        self._clear_result()
        headline = self._result_label(
            render(result.headline), "result_headline", scale=1.2, bold=True
        )
        headline.setAccessibleName(render(result.headline))
        self._add_messages(result.explanation, [sign.noted for sign in result.applying])
        self.result_body.addSpacing(8)
        self._result_label(tr("Where gut work fits"), "result_tiers_heading", bold=True)
        self._add_messages(result.tier_context)
        self._fill_testing(advice, shown=result.tier_context)
        note = self._result_label(render(result.not_medical_advice), "result_not_advice")
        font = QFont(note.font())
        font.setItalic(True)
        note.setFont(font)

    def _fill_testing(self, advice: TestingAdvice, shown: Sequence[Message]) -> None:
        self.result_body.addSpacing(8)
        self._result_label(tr("Stool testing"), "result_testing_heading", bold=True)
        summary = self._result_label(render(advice.summary), "result_testing_summary")
        summary.setAccessibleName(render(advice.summary))
        conditions = (*advice.reasons_for, *advice.reasons_against)
        self._add_messages(advice.reasons, [c.reason for c in conditions])
        self._add_messages(advice.find_out, [c.find_out for c in advice.to_find_out])
        self._add_messages([m for m in advice.tier_context if m not in shown])

    # saving and history --------------------------------------------------
    def save(self) -> None:
        answers = self.answers()
        if not answers:
            self.status.setText(tr("Answer at least one question before saving."))
            announce(self.status, self.status.text())
            return
        if self.current_run is not None:
            record = self.services.checklist.edit(self.current_run.id, answers)
        else:
            record = self.services.checklist.save(answers, self.today())
        self.current_run = record
        self._dirty = False
        self.services.checklist.drop_draft()
        self.refresh_history()
        self._update_state()
        self.saved.emit(record.id)

    def refresh_history(self) -> None:
        selected = self.selected_run()
        records = self.services.checklist.history()
        self._records = {r.id: r for r in records}
        self._order = [r.id for r in records]
        self.history.clear()
        for record in records:
            text = tr("{day} — {result}").format(
                day=long_date(record.taken_on), result=one_line(record.screening())
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            item.setToolTip(render(record.screening().headline))
            self.history.addItem(item)
            if selected is not None and record.id == selected.id:
                self.history.setCurrentItem(item)
        has = bool(records)
        self.history.setVisible(has)
        self.history_empty.setVisible(not has)
        for button in (self.compare_button, self.edit_button, self.delete_button):
            button.setVisible(has)
        if has:
            rows = min(len(records), 6)
            self.history.setFixedHeight(self.history.sizeHintForRow(0) * rows + 8)
        latest = records[0] if records else None
        if latest is None:
            self.latest_label.hide()
        else:
            self.latest_label.setText(
                tr("You last saved this checklist on {day}: {result}.").format(
                    day=long_date(latest.taken_on), result=one_line(latest.screening())
                )
            )
            self.latest_label.show()
        if self._compared is not None and not set(self._compared) <= set(self._records):
            self.hide_comparison()
        self._update_state()

    def selected_run(self) -> ChecklistRecord | None:
        item = self.history.currentItem() if hasattr(self, "history") else None
        if item is None or not item.isSelected():
            return None
        return getattr(self, "_records", {}).get(item.data(Qt.ItemDataRole.UserRole))

    def select_run(self, run_id: int) -> None:
        for row in range(self.history.count()):
            if self.history.item(row).data(Qt.ItemDataRole.UserRole) == run_id:
                self.history.setCurrentRow(row)
                return

    def edit_selected(self) -> None:
        record = self.selected_run()
        if record is None:
            return
        self.set_answers(record.answers)
        self.current_run = record
        self._dirty = False
        if self._result_shown:
            self._fill_result()
        self._update_state()
        self.scroll_area.verticalScrollBar().setValue(0)
        first = self.rows[SIGNS[0].key]
        target = first.buttons.get(first.answer() or Answer.YES)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        record = self.selected_run()
        if record is None:
            return
        if not dialogs.ask(
            self,
            tr("Delete this checklist?"),
            tr("The checklist from {day} will be deleted. This can't be undone.").format(
                day=long_date(record.taken_on)
            ),
        ):
            return
        self.services.checklist.delete(record.id)
        if self.current_run is not None and self.current_run.id == record.id:
            self.current_run = None
            self._dirty = True
            self._keep_draft()
        self.refresh_history()

    def compare_selected(self) -> None:
        """Show the chosen run next to the most recent one (or the one before, if it is it)."""
        record = self.selected_run()
        if record is None or len(self._order) < 2:
            return
        index = self._order.index(record.id)
        if index == 0:
            earlier, later = self._records[self._order[1]], record
        else:
            earlier, later = record, self._records[self._order[0]]
        self.show_comparison(earlier, later)

    def show_comparison(self, earlier: ChecklistRecord, later: ChecklistRecord) -> None:
        changed = {c.key for c in compare(earlier.answers, later.answers)}
        self._compared = (earlier.id, later.id)
        before, after = long_date(earlier.taken_on), long_date(later.taken_on)
        if earlier.taken_on == later.taken_on:
            before = tr("{day} (earlier)").format(day=before)
            after = tr("{day} (later)").format(day=after)
        table = self.comparison_table
        table.setHorizontalHeaderLabels([tr("Question"), before, after, tr("Changed?")])
        keys = [k for k in ALL_KEYS if k in earlier.answers or k in later.answers]
        table.setRowCount(len(keys))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, key in enumerate(keys):
            is_changed = key in changed
            cells = [
                tr(question_for(key) or key),
                answer_text(earlier.answers.get(key)),
                answer_text(later.answers.get(key)),
                tr("changed") if is_changed else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_changed:
                    item.setFont(bold)
                table.setItem(row, column, item)
        self._fit_table()
        if changed:
            summary = tr(
                "Your answers on {before} and on {after}. Answers that changed: {n}, marked "
                "in bold."
            ).format(before=before, after=after, n=len(changed))
        else:
            summary = tr("Your answers on {before} and on {after}. None of them changed.").format(
                before=before, after=after
            )
        self.comparison_summary.setText(summary)
        self.comparison.show()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.comparison, 0, 0))

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped question, the table as tall as its rows."""
        table = self.comparison_table
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + 8)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def hide_comparison(self) -> None:
        self._compared = None
        self.comparison.hide()

    # journal hints and links ----------------------------------------------
    def refresh_hints(self) -> None:
        hints = self.services.checklist.hints(self.today())
        for key, row in self.rows.items():
            row.set_hint(hints.get(key))

    def _reader_available(self) -> bool:
        has_page = getattr(self.window(), "has_page", None)
        return bool(callable(has_page) and has_page("articles"))

    def _update_links(self) -> None:
        available = self._reader_available()
        for row in self.rows.values():
            row.set_link_available(available)
        for link in self.links:
            link.setVisible(available)

    def open_article(self, article: str, anchor: str) -> None:
        opener = getattr(self.window(), "open_article", None)
        if callable(opener):
            opener(article, anchor)

    # page protocol -------------------------------------------------------
    def on_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        self.refresh_hints()
        self.refresh_history()
        self._update_links()

    def showEvent(self, event: QShowEvent) -> None:
        self._update_links()
        super().showEvent(event)
