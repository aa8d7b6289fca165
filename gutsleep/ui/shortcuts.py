"""The keyboard shortcuts, listed in one place and shown by Help → Keyboard shortcuts (F1)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.text import N_
from gutsleep.ui.tr import tr

#: (keys in portable text, what they do: untranslated source)
SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        "Ctrl+1 … Ctrl+7",
        N_(
            "Go to a page: Journal, Checklist, Articles, Trends, Experiments, "
            "Sleep window, Settings"
        ),
    ),
    ("Ctrl+,", N_("Settings")),
    ("Alt+Left", N_("Journal: previous day; Articles: back after following a link")),
    ("Alt+Right", N_("Journal: next day")),
    ("Ctrl+T", N_("Journal: today")),
    ("Ctrl+S", N_("Journal: save the day now")),
    ("Ctrl+Z / Ctrl+Shift+Z", N_("Journal: undo / redo the day's last change (saved at once)")),
    ("Enter", N_("Journal lists: add what you typed")),
    ("Delete", N_("Journal lists: remove the selected row")),
    ("Ctrl+F", N_("Find: search every day of the journal; in an article, its text")),
    ("F3 / Shift+F3", N_("Next / previous match")),
    ("Ctrl++ / Ctrl+- / Ctrl+0", N_("Articles: larger, smaller, normal text")),
    ("F1", N_("This list of shortcuts")),
    ("Ctrl+Q", N_("Quit (everything typed is saved)")),
)


def native(keys: str) -> str:
    """Keys as this platform writes them (Cmd on macOS)."""
    parts = [p.strip() for p in keys.split("/")]
    shown = []
    for part in parts:
        if "…" in part or part in {"Enter", "Delete"}:
            shown.append(part)
        else:
            text = QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
            shown.append(text or part)
    return " / ".join(shown)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(native(keys)))
            table.setItem(row, 1, QTableWidgetItem(tr(what)))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(620, 440)
