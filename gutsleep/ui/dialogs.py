"""Every modal question the app asks, in one small module tests can patch.

Modal dialogs block a test forever; tests replace these functions instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from gutsleep.ui.tr import tr


def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box that shows ``text`` literally: file names and notes are never HTML."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _answer(box: QMessageBox, answers: dict[QAbstractButton, str], default: str) -> str:
    """The answer of the button that closed ``box``; ``default`` for Escape or another one."""
    clicked = box.clickedButton()
    return default if clicked is None else answers.get(clicked, default)


def _day(edit: QDateEdit) -> date:
    """The day in ``edit`` (PySide6 types QDate.toPython() as object)."""
    shown = edit.date()
    return date(shown.year(), shown.month(), shown.day())


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
    buttons: dict[QAbstractButton, str] = {
        box.addButton(o, QMessageBox.ButtonRole.AcceptRole): o for o in options
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked is None else buttons.get(clicked)


#: The answers of :func:`damaged_journal`.
RESTORE, START_NEW, QUIT = "restore", "new", "quit"


def damaged_journal(parent: QWidget | None, text: str, can_restore: bool) -> str:
    """The journal can't be used: RESTORE the newest good backup, START_NEW, or QUIT."""
    box = _box(QMessageBox.Icon.Warning, parent, tr("The journal can't be opened"), text)
    answers: dict[QAbstractButton, str] = {}
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
    return _answer(box, answers, QUIT)


def unexpected_error_box(parent: QWidget | None, details: str) -> QMessageBox:
    """The dialog for a bug: a plain sentence, and "Copy details" (the traceback) that
    copies without closing it."""
    from PySide6.QtWidgets import QApplication

    box = _box(
        QMessageBox.Icon.Critical,
        parent,
        tr("Something went wrong"),
        tr(
            "Something went wrong inside gutsleep. Your saved journal is not affected; "
            "the details are in the log."
        ),
    )
    box.setObjectName("unexpected_error")
    copy = box.addButton(tr("&Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copy_details")
    copy.clicked.disconnect()  # the box closes on any button; this one only copies
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    return box


def unexpected_error(parent: QWidget | None, details: str) -> None:
    """Tell the person something failed that the app did not expect (see ui.crash)."""
    box = unexpected_error_box(parent, details)
    box.exec()
    box.deleteLater()


#: The answers of :func:`unsaved_on_quit`.
EXPORT_UNSAVED, QUIT_UNSAVED, CANCEL_QUIT = "export", "quit", "cancel"


def unsaved_on_quit(parent: QWidget | None, text: str) -> str:
    """Quitting while saves fail: EXPORT_UNSAVED, QUIT_UNSAVED, or CANCEL_QUIT (the default)."""
    box = _box(QMessageBox.Icon.Warning, parent, tr("Changes not saved"), text)
    export = box.addButton(tr("&Export unsaved day…"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.setEscapeButton(cancel)
    box.exec()
    return _answer(box, {export: EXPORT_UNSAVED, quit_button: QUIT_UNSAVED}, CANCEL_QUIT)


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


# the user's data (File menu) ---------------------------------------------------


@dataclass(frozen=True)
class ExportChoice:
    """What :func:`export_options` returns: ``format`` is "json" or "csv"."""

    format: str
    first: date | None = None
    last: date | None = None


def export_options(
    parent: QWidget | None, first: date | None, last: date | None
) -> ExportChoice | None:
    """Ask for the export format and, optionally, a date range; None when cancelled."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Export the journal"))
    form = QFormLayout(dialog)
    kind = QComboBox(dialog)
    kind.addItem(tr("JSON: complete, for bringing back into gutsleep"), "json")
    kind.addItem(tr("CSV: a zip with one table per kind of data, for spreadsheets"), "csv")
    form.addRow(tr("&Format:"), kind)
    only = QCheckBox(tr("Only &some days"), dialog)
    form.addRow(only)
    today = date.today()
    edits = []
    for label, value in ((tr("&From:"), first or today), (tr("&To:"), last or today)):
        edit = QDateEdit(QDate(value.year, value.month, value.day), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_numeric_date_format())
        edit.setEnabled(False)
        only.toggled.connect(edit.setEnabled)
        form.addRow(label, edit)
        edits.append(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if not only.isChecked():
            return ExportChoice(str(kind.currentData()))
        start, end = (_day(e) for e in edits)
        if start > end:
            start, end = end, start
        return ExportChoice(str(kind.currentData()), start, end)
    finally:
        dialog.deleteLater()


@dataclass(frozen=True)
class ReportChoice:
    """What :func:`report_period` returns: the period and whether to add the daily diary."""

    first: date
    last: date
    appendix: bool = False


def _numeric_date_format() -> str:
    """The app language's short numeric date with a four-digit year: "dd.MM.yyyy" in
    German, "M/d/yyyy" in US English; typed section by section in a date field."""
    from PySide6.QtCore import QLocale

    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def report_period(parent: QWidget | None, first: date, last: date) -> ReportChoice | None:
    """Ask for the clinician report's period (``first``..``last`` offered); None when cancelled.

    Two date fields (a period given backwards is turned round) and a check box
    for the daily diary as an appendix.
    """
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import (
        QCheckBox,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
    )

    dialog = QDialog(parent)
    dialog.setObjectName("report_period")
    dialog.setWindowTitle(tr("Report for a clinician"))
    form = QFormLayout(dialog)
    note = QLabel(
        tr(
            "A PDF of the chosen days to show a doctor or therapist: two summary pages with "
            "the sleep diary week by week (month by month for long periods), night sweats, "
            "bleeding, medicines, gut symptoms, the latest checklist, notable patterns and "
            "completed experiments. The data is marked as self-reported."
        ),
        dialog,
    )
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    form.addRow(note)
    edits = []
    for label, value, name in (
        (tr("&From:"), first, "report_from"),
        (tr("&To:"), last, "report_to"),
    ):
        edit = QDateEdit(QDate(value.year, value.month, value.day), dialog)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_numeric_date_format())
        form.addRow(label, edit)
        edits.append(edit)
    appendix = QCheckBox(tr("Add the daily sleep diary as an &appendix"), dialog)
    appendix.setObjectName("report_appendix")
    appendix.setToolTip(tr("One row per day after the summary; a long period adds many pages."))
    form.addRow(appendix)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        start, end = (_day(e) for e in edits)
        if start > end:
            start, end = end, start
        return ReportChoice(start, end, appendix.isChecked())
    finally:
        dialog.deleteLater()


def pick_backup(
    parent: QWidget | None, title: str, text: str, backups: list[tuple[str, str]]
) -> str | None:
    """Pick one of ``backups`` ((label, path) pairs) or another file; the path or None."""
    from PySide6.QtWidgets import (
        QDialog,
        QDialogButtonBox,
        QLabel,
        QListWidget,
        QListWidgetItem,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label)
    listing = QListWidget(dialog)
    listing.setAccessibleName(tr("Backups"))
    for caption, path in backups:
        item = QListWidgetItem(caption)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        listing.addItem(item)
    if backups:
        listing.setCurrentRow(0)
    layout.addWidget(listing)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    other = buttons.addButton(tr("Another &file…"), QDialogButtonBox.ButtonRole.ActionRole)
    chosen: list[str] = []

    def browse() -> None:
        path = open_path(dialog, title, tr("gutsleep backups (*.sqlite3);;All files (*)"))
        if path:
            chosen.append(path)
            dialog.accept()

    other.clicked.connect(browse)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    listing.itemDoubleClicked.connect(lambda _item: dialog.accept())
    layout.addWidget(buttons)
    dialog.resize(520, 360)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if chosen:
            return chosen[-1]
        item = listing.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None
    finally:
        dialog.deleteLater()


def show_report(parent: QWidget | None, title: str, text: str, lines: list[str]) -> None:
    """A warning with a short sentence and the full report (line by line) under Details."""
    box = _box(QMessageBox.Icon.Warning, parent, title, text)
    box.setDetailedText("\n".join(lines))
    box.exec()
