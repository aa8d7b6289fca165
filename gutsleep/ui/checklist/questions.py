"""One checklist question on screen: its answers, explanation, journal hint and link.

Also the small pieces the Checklist page's parts share: plain labels,
bold text and buttons drawn like links.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.screening.hints import Hint
from gutsleep.domain.screening.questions import (
    Answer,
)
from gutsleep.domain.text import N_
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

#: The three answers, in the order the buttons are shown.
ANSWERS: tuple[tuple[Answer, str], ...] = (
    (Answer.YES, N_("Yes")),
    (Answer.NO, N_("No")),
    (Answer.UNSURE, N_("Not sure")),
)


def answer_text(answer: Answer | None) -> str:
    if answer is None:
        return tr("—")
    return tr(dict(ANSWERS)[answer])


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapping label that never interprets its text as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def emphasise(label: QLabel, factor: float = 1.0) -> None:
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
        self.question_label = plain_label(text, self)
        self.question_label.setObjectName(f"{key}_question")
        emphasise(self.question_label)
        layout.addWidget(self.question_label)

        explain_row = QHBoxLayout()
        explain_row.setSpacing(6)
        self.explanation_label = plain_label(tr(explanation), self)
        self.explanation_label.setObjectName(f"{key}_explanation")
        explain_row.addWidget(self.explanation_label, 1)
        layout.addLayout(explain_row)

        self.hint_label = plain_label("", self)
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


def separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
