"""The checklist's result: what the answers add up to, and the stool-testing advice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from gutsleep.domain.screening.evaluate import ScreeningResult, TestingAdvice
from gutsleep.domain.text import Message
from gutsleep.ui.checklist.questions import LinkButton, emphasise, plain_label
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

TIERS_ARTICLE = ("evidence-tiers", "tier-1")


class ResultPanel(QGroupBox):
    """ "Your result": one label per sentence from the domain, and a link to the first tier.

    ``open_article(article, anchor)`` follows the link.
    """

    def __init__(self, open_article: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(tr("Your result"), parent)
        self.setObjectName("checklist_result")
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)
        self.tiers_link = LinkButton(tr("Read about the first-tier options"), self)
        name_widget(
            self.tiers_link,
            "checklist_tiers_read_more",
            tr("Read about the first-tier options for sleep"),
        )
        self.tiers_link.clicked.connect(lambda: open_article(*TIERS_ARTICLE))
        layout.addWidget(self.tiers_link, 0, Qt.AlignmentFlag.AlignLeft)
        #: The result's first sentence, where the focus goes when it is shown.
        self.headline: QLabel | None = None
        self.hide()

    def plain_text(self) -> str:
        """Everything the result says, as plain text (for tests and copying)."""
        items = (self.body.itemAt(i) for i in range(self.body.count()))
        widgets = [item.widget() for item in items if item is not None]
        return "\n".join(w.text() for w in widgets if isinstance(w, QLabel))

    def fill(self, result: ScreeningResult, advice: TestingAdvice) -> None:
        """Show ``result`` and the testing ``advice`` in place of what was shown."""
        self._clear()
        headline = self._label(render(result.headline), "result_headline", scale=1.2, bold=True)
        headline.setAccessibleName(render(result.headline))
        self.headline = headline
        self._add_messages(result.explanation, [sign.noted for sign in result.applying])
        self.body.addSpacing(8)
        self._label(tr("Where gut work fits"), "result_tiers_heading", bold=True)
        self._add_messages(result.tier_context)
        self._fill_testing(advice, shown=result.tier_context)
        note = self._label(render(result.not_medical_advice), "result_not_advice")
        font = QFont(note.font())
        font.setItalic(True)
        note.setFont(font)

    def _fill_testing(self, advice: TestingAdvice, shown: Sequence[Message]) -> None:
        self.body.addSpacing(8)
        self._label(tr("Stool testing"), "result_testing_heading", bold=True)
        summary = self._label(render(advice.summary), "result_testing_summary")
        summary.setAccessibleName(render(advice.summary))
        conditions = (*advice.reasons_for, *advice.reasons_against)
        self._add_messages(advice.reasons, [c.reason for c in conditions])
        self._add_messages(advice.find_out, [c.find_out for c in advice.to_find_out])
        self._add_messages([m for m in advice.tier_context if m not in shown])

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChild at once, not only later
                widget.deleteLater()

    def _label(self, text: str, name: str = "", *, scale: float = 0, bold: bool = False) -> QLabel:
        label = plain_label(text, self)
        if name:
            label.setObjectName(name)
        if scale or bold:
            emphasise(label, scale or 1.0)
        self.body.addWidget(label)
        return label

    def _add_messages(self, messages: Sequence[Message], items: Sequence[str] = ()) -> None:
        """One label per sentence: a sentence ending in a colon is a heading, and
        sentences whose template is in ``items`` are the bulleted list under it."""
        for message in messages:
            if message.template in items:
                self._label("• " + render(message))
            elif message.template.rstrip().endswith(":"):
                self._label(render(message), bold=True)
            else:
                self._label(render(message))
