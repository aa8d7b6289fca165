"""Notes and names are never rendered as live HTML anywhere in the UI.

Markup typed into the notes and a food name must come back literally, in the
editors and wherever a page shows it, and no label may interpret it (an
``<img src=http://...>`` rendered as rich text would also be a request to load
a remote image).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from gutsleep.services.context import open_services
from gutsleep.ui.main_window import MainWindow

MARKUP = "<img src=http://x/y.png><b>bold</b>"


def _check_no_live_html(root: QWidget) -> list[str]:
    """Every place under ``root`` that would render MARKUP as HTML."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if "<b>bold</b>" in text or "<img" in text:
            fmt = label.textFormat()
            if fmt != Qt.TextFormat.PlainText:
                problems.append(f"QLabel {label.objectName() or text[:30]!r} is {fmt}")
    for view in root.findChildren(QTextEdit):
        if not isinstance(view, QPlainTextEdit):
            shown = view.toPlainText()
            if "bold" in shown and "<b>" not in shown:
                problems.append(f"{type(view).__name__} {view.objectName()!r} renders HTML")
    return problems


def test_markup_in_notes_and_food_names_is_shown_literally(qtbot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "data", zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("journal")

    notes = page.findChild(QPlainTextEdit, "notes")
    notes.setPlainText(MARKUP)
    food = page.findChild(QLineEdit, "food_foods_name")
    food.setText(MARKUP)
    page.findChild(QWidget, "food_foods_add").click()
    gut_notes = page.findChild(QLineEdit, "gut_notes")
    gut_notes.setText(MARKUP)
    gut_notes.textEdited.emit(MARKUP)
    page.save_now()
    day = page.current_day
    stored = services.journal.load(day)
    assert stored.notes == MARKUP
    assert stored.food.foods[0].name == MARKUP
    assert stored.gut.notes == MARKUP

    # away and back: everything is read from the database again
    page.go_previous()
    page.go_next()
    assert notes.toPlainText() == MARKUP
    assert gut_notes.text() == MARKUP
    table = page.findChild(QTableWidget, "food_foods_table")
    assert table.item(0, 0).text() == MARKUP
    assert table.item(0, 0).data(Qt.ItemDataRole.DisplayRole) == MARKUP

    # every page, once built, shows it literally or not at all
    for spec in window.specs:
        window.show_page(spec.page_id)
        qtbot.wait(10)
    assert _check_no_live_html(window) == []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # list models keep columnCount private: one column
            columns = 1
        for row in range(min(model.rowCount(root), 50)):
            for column in range(min(columns, 10)):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and "bold" in value:
                    assert "<b>bold</b>" in value, value
    window.close()
    services.close()


def test_message_labels_that_may_quote_input_are_plain_text(qtbot) -> None:
    from gutsleep.ui.widgets import Column, FieldBox, ListEditor

    box = FieldBox(QLineEdit())
    qtbot.addWidget(box)
    box.show_problem(MARKUP)
    assert box.message.textFormat() == Qt.TextFormat.PlainText
    editor = ListEditor("things", "Things", [Column("name", "Name", required=True)])
    qtbot.addWidget(editor)
    assert editor.message.textFormat() == Qt.TextFormat.PlainText


def test_dialog_texts_are_plain(qtbot, monkeypatch) -> None:
    """Message boxes show file names and errors, which may hold markup, literally."""
    from PySide6.QtWidgets import QMessageBox

    from gutsleep.ui import dialogs

    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(self) or 0)
    dialogs.warn(None, "t", MARKUP)
    dialogs.inform(None, "t", MARKUP)
    dialogs.damaged_journal(None, MARKUP, True)
    assert len(seen) == 3
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in seen)
    for box in seen:
        box.deleteLater()
