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
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.evaluate import (
    ScreeningCategory,
    ScreeningResult,
)
from gutsleep.domain.screening.questions import (
    DIGESTION_FINE,
    SIGNS,
    TESTING_CONDITIONS,
    Answer,
    Condition,
    Sign,
)
from gutsleep.services.context import Services
from gutsleep.ui import dialogs
from gutsleep.ui.checklist.comparison import ComparisonPanel
from gutsleep.ui.checklist.questions import (
    LinkButton,
    QuestionRow,
    emphasise,
    long_date,
    plain_label,
    separator,
)
from gutsleep.ui.checklist.result import ResultPanel
from gutsleep.ui.operations import Changes
from gutsleep.ui.pages import PageHost
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

log = logging.getLogger(__name__)


CONTENT_WIDTH = 860


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
        emphasise(title, 1.45)
        self.body.addWidget(title)
        intro = plain_label(
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
        self.latest_label = plain_label("", parent)
        self.latest_label.setObjectName("checklist_latest")
        self.body.addWidget(self.latest_label)
        self.editing_banner = plain_label("", parent)
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
                layout.addWidget(separator(group))
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
        intro = plain_label(
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
            emphasise(label)
            label.setObjectName(f"testing_{side}_heading")
            layout.addWidget(label)
            conditions = [c for c in TESTING_CONDITIONS if c.side == side]
            for index, condition in enumerate(conditions):
                if index:
                    layout.addWidget(separator(group))
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
        self.status = plain_label("", parent)
        self.status.setObjectName("checklist_status")
        self.status.setAccessibleName(tr("Save status"))
        row.addWidget(self.result_button)
        row.addWidget(self.save_button)
        row.addWidget(self.restart_button)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        return row

    def _build_result(self, parent: QWidget) -> QGroupBox:
        self.result_group = ResultPanel(self.open_article, parent)
        self.links.append(self.result_group.tiers_link)
        return self.result_group

    def _build_history(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("Earlier checklists"), parent)
        group.setObjectName("checklist_history_group")
        layout = QVBoxLayout(group)
        self.history_empty = plain_label(
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
        self.comparison = ComparisonPanel(parent)
        self.comparison.shown.connect(
            lambda: QTimer.singleShot(
                0, lambda: self.scroll_area.ensureWidgetVisible(self.comparison, 0, 0)
            )
        )
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

    def _update_state(self, *, focus_status: bool = False) -> None:
        """Enable what applies and say where the answers stand; ``focus_status`` moves the
        focus to that line (after saving, when the disabled button would pass it on)."""
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
        if focus_status or self.status.text() != self.status.accessibleDescription():
            announce(self.status, self.status.text(), focus=focus_status)
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
        headline = self.result_group.headline
        if headline is not None:  # read at once: the focus moves to the result
            announce(headline, headline.text(), focus=True)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.result_group, 0, 0))

    def _fill_result(self) -> None:
        answers = self.answers()
        self.result_group.fill(
            self.services.checklist.evaluate(answers),
            self.services.checklist.evaluate_testing(answers),
        )

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
        self._update_state(focus_status=True)
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
        compared = self.comparison.compared
        if compared is not None and not set(compared) <= set(self._records):
            self.comparison.close_comparison()
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
        self.comparison.show_runs(earlier, later)

    # journal hints and links ----------------------------------------------
    def refresh_hints(self) -> None:
        hints = self.services.checklist.hints(self.today())
        for key, row in self.rows.items():
            row.set_hint(hints.get(key))

    def _reader_available(self) -> bool:
        window = self.window()
        return isinstance(window, PageHost) and window.has_page("articles")

    def _update_links(self) -> None:
        available = self._reader_available()
        for row in self.rows.values():
            row.set_link_available(available)
        for link in self.links:
            link.setVisible(available)

    def open_article(self, article: str, anchor: str) -> None:
        window = self.window()
        if isinstance(window, PageHost):
            window.open_article(article, anchor)

    # page protocol -------------------------------------------------------
    def on_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        self.refresh_hints()
        self.refresh_history()
        self._update_links()

    def apply_changes(self, changes: Changes) -> None:
        """A replaced journal (import, restore) brings other checklists and days."""
        if changes.everything:
            self.on_shown()

    def showEvent(self, event: QShowEvent) -> None:
        self._update_links()
        super().showEvent(event)
