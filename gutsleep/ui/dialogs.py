"""Every modal question the app asks, in one small module tests can patch.

Modal dialogs block a test forever; tests replace these functions instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gutsleep.ui.tr import tr


def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box that shows ``text`` literally: file names and notes are never HTML."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _box(QMessageBox.Icon.Information, parent, title, text).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(QMessageBox.Icon.Warning, parent, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = _box(QMessageBox.Icon.Question, parent, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> str | None:
    """Ask the user to pick one of ``options``; None when they cancel."""
    box = _box(QMessageBox.Icon.Question, parent, title, text)
    buttons = {box.addButton(o, QMessageBox.ButtonRole.AcceptRole): o for o in options}
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


#: The answers of :func:`damaged_journal`.
RESTORE, START_NEW, QUIT = "restore", "new", "quit"


def damaged_journal(parent: QWidget | None, text: str, can_restore: bool) -> str:
    """The journal can't be used: RESTORE the newest good backup, START_NEW, or QUIT."""
    box = _box(QMessageBox.Icon.Warning, parent, tr("The journal can't be opened"), text)
    answers = {}
    if can_restore:
        button = box.addButton(
            tr("Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole
        )
        answers[button] = RESTORE
        box.setDefaultButton(button)
    answers[box.addButton(tr("Start a new journal"), QMessageBox.ButtonRole.DestructiveRole)] = (
        START_NEW
    )
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    answers[quit_button] = QUIT
    box.setEscapeButton(quit_button)
    box.exec()
    return answers.get(box.clickedButton(), QUIT)


def save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def confirm_external_link(parent: QWidget | None, url: str) -> bool:
    """Ask before a web link leaves the app; True to hand ``url`` to the system browser.

    gutsleep never goes online itself: only the browser does, and only after this.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Open a web page?"),
        tr(
            "This link leads outside gutsleep, to:\n\n{url}\n\n"
            "Open it in your web browser? gutsleep itself stays offline."
        ).format(url=url),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    open_button = box.addButton(tr("Open in browser"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is open_button


def edit_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a few lines of text (a note); None when the user cancels."""
    value, accepted = QInputDialog.getMultiLineText(parent, title, label, text)
    return value if accepted else None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title)
    return path or None
