"""Two saved checklists side by side, the answers that changed in bold."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.evaluate import compare
from gutsleep.domain.screening.questions import ALL_KEYS, question_for
from gutsleep.ui.checklist.questions import answer_text, long_date, plain_label
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import name_widget


class ComparisonPanel(QGroupBox):
    """ "Side by side": the question, the two answers and whether it changed.

    ``compared`` holds the ids of the two runs shown, None when it is closed.

    Signals:
        shown(): the comparison was filled in and shown (the page scrolls to it).
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Side by side"), parent)
        self.setObjectName("checklist_comparison")
        self.compared: tuple[int, int] | None = None
        layout = QVBoxLayout(self)
        self.summary = plain_label("", self)
        self.summary.setObjectName("checklist_comparison_summary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        name_widget(self.table, "checklist_comparison_table", tr("Answers side by side"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows read the cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wrapped questions change height whenever the question column changes width
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)
        header.sectionResized.connect(lambda *_args: self._fit_timer.start())
        layout.addWidget(self.table)
        self.close_button = QPushButton(tr("Close the comparison"), self)
        name_widget(self.close_button, "checklist_comparison_close", tr("Close the comparison"))
        self.close_button.clicked.connect(self.close_comparison)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_runs(self, earlier: ChecklistRecord, later: ChecklistRecord) -> None:
        changed = {c.key for c in compare(earlier.answers, later.answers)}
        self.compared = (earlier.id, later.id)
        before, after = long_date(earlier.taken_on), long_date(later.taken_on)
        if earlier.taken_on == later.taken_on:
            before = tr("{day} (earlier)").format(day=before)
            after = tr("{day} (later)").format(day=after)
        table = self.table
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
        self.summary.setText(summary)
        self.show()
        self.shown.emit()

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped question, the table as tall as its rows."""
        table = self.table
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + 8)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def close_comparison(self) -> None:
        self.compared = None
        self.hide()
