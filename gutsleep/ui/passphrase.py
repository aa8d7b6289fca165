"""Asking for the journal's passphrase, and protecting, re-keying or unprotecting it.

For the Settings page (or a menu) there are three calls, each a complete
interaction with its own parented dialogs:

    protect_journal(parent, services)    -> bool   "Protect the journal with a passphrase"
    change_passphrase(parent, services)  -> bool
    remove_protection(parent, services)  -> bool
    protection_status(services)          -> str    one line to show next to them

When the optional SQLCipher support isn't installed they explain how to get
it (``pip install "gutsleep[encryption]"``) instead.

The passphrase is only ever held in memory: it is never written to the
settings, a log or a file, and the fields are cleared as soon as it is used.
A wrong passphrase is answered in the dialog, as often as it is typed: there
is no lock-out, so the journal can't be lost to a few mistakes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.services.context import Services
from gutsleep.storage.file import crypto, protection
from gutsleep.storage.file.schema import StoreError
from gutsleep.ui import dialogs
from gutsleep.ui.pages import Flushing
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import announce, mark_invalid, name_widget

T = TypeVar("T")

#: ``PassphraseDialog.attempt`` returns this to say "accepted".
ACCEPTED = None
#: The dialog's result when the person says the journal was never protected.
NOT_PROTECTED = 2


class PassphraseDialog(QDialog):
    """One to three password fields, a message line, OK and Cancel.

    ``attempt`` receives the typed values when OK is pressed and returns None
    to close the dialog, or a sentence to show while it stays open.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        labels: list[str],
        attempt: Callable[[list[str]], str | None],
        *,
        ok_text: str | None = None,
        offer_not_protected: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._attempt = attempt
        layout = QVBoxLayout(self)
        self.text = QLabel(text, self)
        self.text.setObjectName("passphrase_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.fields: list[QLineEdit] = []
        for index, label in enumerate(labels):
            field = QLineEdit(self)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            name_widget(field, f"passphrase_field_{index}", label)
            caption = QLabel(label, self)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(field)
            form.addRow(caption, field)
            self.fields.append(field)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("passphrase_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("passphrase_ok")
        if ok_text:
            self.ok_button.setText(ok_text)
        self.not_protected_button: QPushButton | None = None
        if offer_not_protected:
            button = self.buttons.addButton(
                tr("I never set a passphrase"), QDialogButtonBox.ButtonRole.ActionRole
            )
            button.setObjectName("passphrase_not_protected")
            button.clicked.connect(lambda: self.done(NOT_PROTECTED))
            self.not_protected_button = button
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _try(self) -> None:
        values = [f.text() for f in self.fields]
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._attempt(values)
        finally:
            QGuiApplication.restoreOverrideCursor()
            del values
        if problem is None:
            self.clear()
            self.accept()
            return
        self.show_message(problem)
        self.fields[0].selectAll()
        self.fields[0].setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.message.show()
        self._fit_height()
        announce(self.message, text)
        mark_invalid(self.fields[0], text)  # where the focus goes back to

    def _fit_height(self) -> None:
        """Grow to show the whole message: a shown dialog keeps its height by itself, and a
        wrapped label needs more lines than its one-line size hint says."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)


def unlock_at_start(
    parent: QWidget | None, opener: Callable[[str], T], wrong: bool = False
) -> T | int | None:
    """Ask for the passphrase until ``opener(passphrase)`` succeeds.

    ``opener`` raises crypto.PassphraseRequired for a wrong passphrase (shown
    in the dialog, try again); any other StoreError closes the dialog and is
    raised from here. Returns what ``opener`` returned, NOT_PROTECTED when the
    person says there never was a passphrase, or None when they cancel.
    """
    opened: list[T] = []
    failure: list[StoreError] = []

    def attempt(values: list[str]) -> str | None:
        if not values[0]:
            return tr("Type the passphrase.")
        try:
            opened.append(opener(values[0]))
        except crypto.PassphraseRequired as exc:
            return tr(str(exc))
        except StoreError as exc:
            failure.append(exc)
        return ACCEPTED

    dialog = PassphraseDialog(
        parent,
        tr("Unlock the journal"),
        tr("This journal is protected with a passphrase. Type it to open the journal."),
        [tr("Passphrase")],
        attempt,
        ok_text=tr("Open"),
        offer_not_protected=True,
    )
    if wrong:
        dialog.show_message(tr(str(crypto.PassphraseRequired(wrong=True))))
    result = dialog.exec()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    if result == NOT_PROTECTED:
        return NOT_PROTECTED
    return opened[0] if result == QDialog.DialogCode.Accepted and opened else None


def protection_status(services: Services) -> str:
    """One line for the Settings page."""
    if services.database.encrypted:
        plain = protection.unencrypted_copies(services.data_dir)
        if plain:
            return tr(
                "The journal is encrypted, but these copies of it in the data folder are "
                "not encrypted: {names}"
            ).format(names=", ".join(p.name for p in plain))
        return tr("The journal and its backups are encrypted with your passphrase.")
    if not crypto.encryption_available():
        return tr(
            "The journal is not encrypted. Protecting it with a passphrase needs the "
            "encryption support: {command}"
        ).format(command=crypto.INSTALL_HINT)
    return tr("The journal is not encrypted.")


def _explain_missing(parent: QWidget | None) -> bool:
    if crypto.encryption_available():
        return False
    dialogs.inform(
        parent,
        tr("Encryption isn't installed"),
        tr(
            "Protecting the journal with a passphrase needs the optional encryption "
            "support (SQLCipher). Install it, then restart gutsleep:\n\n{command}"
        ).format(command=crypto.INSTALL_HINT),
    )
    return True


def _new_passphrase_problem(new: str, repeat: str) -> str | None:
    problem = crypto.passphrase_problem(new)
    if problem:
        return tr(problem)
    if new != repeat:
        return tr("The two passphrases differ.")
    return None


def _report(parent: QWidget | None, title: str, text: str, outcome: protection.Conversion) -> None:
    lines = [text]
    if outcome.backups_left:
        lines.append(
            tr("{count} older backups could not be converted and were left as they were.").format(
                count=len(outcome.backups_left)
            )
        )
    dialogs.inform(parent, title, "\n\n".join(lines))


def _damaged_journals(services: Services) -> list[Path]:
    """The damaged copies recovery set aside, without their -wal/-shm companions."""
    return [
        p
        for p in protection.damaged_copies(services.data_dir)
        if not p.name.endswith(("-wal", "-shm", "-journal"))
    ]


def protect_journal(parent: QWidget | None, services: Services) -> bool:
    """Ask for a new passphrase (twice) and encrypt the journal and its backups."""
    if _explain_missing(parent):
        return False
    if services.database.encrypted:
        dialogs.inform(parent, tr("Protect the journal"), tr("The journal is already protected."))
        return False
    damaged = _damaged_journals(services)
    if damaged and not dialogs.ask(
        parent,
        tr("Protect the journal"),
        tr(
            "The data folder holds damaged copies of the journal, set aside when it could "
            "not be opened: {names}\n\nDamaged copies can't be encrypted, so protecting "
            "the journal deletes them. To keep them, choose No and move them out of the "
            "data folder first.\n\nDelete them when the journal is protected?"
        ).format(names=", ".join(p.name for p in damaged)),
    ):
        return False
    outcome: list[protection.Conversion] = []

    def attempt(values: list[str]) -> str | None:
        problem = _new_passphrase_problem(values[0], values[1])
        if problem:
            return problem
        _flush(parent)
        try:
            outcome.append(services.database.protect(values[0], delete_damaged=bool(damaged)))
        except StoreError as exc:
            return tr(str(exc))
        return ACCEPTED

    intro = tr(
        "The journal and its backups will be encrypted. gutsleep will ask for the "
        "passphrase each time it starts.\n\nThere is no way to recover a forgotten "
        "passphrase: without it the journal can't be read by anyone, you included. "
        "Write it down somewhere safe."
    )
    if damaged:
        intro += "\n\n" + tr("The damaged copies set aside earlier will be deleted.")
    dialog = PassphraseDialog(
        parent,
        tr("Protect the journal with a passphrase"),
        intro,
        [tr("New passphrase"), tr("Repeat it")],
        attempt,
        ok_text=tr("Protect"),
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and outcome:
        _report(
            parent,
            tr("Protect the journal"),
            tr("The journal is now protected with your passphrase."),
            outcome[0],
        )
    return accepted and bool(outcome)


def change_passphrase(parent: QWidget | None, services: Services) -> bool:
    """Ask for the current passphrase and a new one (twice), then re-encrypt."""
    if _explain_missing(parent):
        return False
    if not services.database.encrypted:
        return protect_journal(parent, services)
    outcome: list[protection.Conversion] = []

    def attempt(values: list[str]) -> str | None:
        problem = _new_passphrase_problem(values[1], values[2])
        if problem:
            return problem
        _flush(parent)
        try:
            outcome.append(services.database.change_passphrase(values[0], values[1]))
        except StoreError as exc:
            return tr(str(exc))
        return ACCEPTED

    dialog = PassphraseDialog(
        parent,
        tr("Change the passphrase"),
        tr("The journal and its backups will be encrypted with the new passphrase."),
        [tr("Current passphrase"), tr("New passphrase"), tr("Repeat it")],
        attempt,
        ok_text=tr("Change passphrase"),
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and outcome:
        _report(parent, tr("Change the passphrase"), tr("The passphrase was changed."), outcome[0])
    return accepted and bool(outcome)


def remove_protection(parent: QWidget | None, services: Services) -> bool:
    """Ask for the current passphrase, then store the journal unencrypted again."""
    if not services.database.encrypted:
        dialogs.inform(parent, tr("Remove protection"), tr("The journal is not protected."))
        return False
    if _explain_missing(parent):
        return False
    outcome: list[protection.Conversion] = []

    def attempt(values: list[str]) -> str | None:
        if not values[0]:
            return tr("Type the passphrase.")
        _flush(parent)
        try:
            outcome.append(services.database.remove_protection(values[0]))
        except StoreError as exc:
            return tr(str(exc))
        return ACCEPTED

    dialog = PassphraseDialog(
        parent,
        tr("Remove protection"),
        tr(
            "The journal and its backups will be stored unencrypted again: anyone who can "
            "read your files can then read it."
        ),
        [tr("Current passphrase")],
        attempt,
        ok_text=tr("Remove protection"),
    )
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted and outcome:
        _report(
            parent,
            tr("Remove protection"),
            tr("The journal is no longer protected by a passphrase."),
            outcome[0],
        )
    return accepted and bool(outcome)


def _flush(parent: QWidget | None) -> None:
    """Save what a page still has pending before the file is converted."""
    window = parent.window() if parent is not None else None
    if isinstance(window, Flushing):
        window.flush()
