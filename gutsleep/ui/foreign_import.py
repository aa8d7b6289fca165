"""File → Import from another app…: read, preview, choose, then import all or nothing.

The file is read and compared with the journal on the data worker; the preview
says what would be added, what is skipped and why, and offers to fill the diary's
empty nights from the device's estimate (off by default: a device never speaks
for the person unless asked). Nothing is written before "Import"; the import is
one transaction after a safety copy, and cancelling writes nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gutsleep.ui import dialogs
from gutsleep.ui.operations import EVERYTHING
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

if TYPE_CHECKING:
    from collections.abc import Callable

    from gutsleep.services.foreign import Applied, Preview
    from gutsleep.ui.data_actions import DataActions


def _date(value: Any) -> str:
    """A day as the reader's locale writes it in prose ("2 March 2026", "2. März 2026")."""
    from gutsleep.ui.tr import prose_date

    return prose_date(value)


def preview_lines(shown: Preview) -> list[str]:
    """The preview in sentences, as the dialog shows them (tests read them too)."""
    plan = shown.plan
    lines = [tr("This is an export of {app}.").format(app=tr(shown.label))]
    if plan.new:
        text = tr("New nights: {count}, from {first} to {last}.").format(
            count=len(plan.new), first=_date(plan.first), last=_date(plan.last)
        )
        if plan.naps:
            text += " " + tr("{count} of them are naps.").format(count=plan.naps)
        lines.append(text)
    if plan.known:
        lines.append(tr("Already in your journal: {count} nights.").format(count=plan.known))
    from gutsleep.services.foreign import day_field_counts

    for what, count in day_field_counts(shown):
        lines.append(
            tr("Into your diary where it is empty: {what} on {count} days.").format(
                what=tr(what), count=count
            )
        )
    if plan.kept_days:
        lines.append(
            tr(
                "Not imported: the file's values on {count} days where your diary has its "
                "own (yours are kept)."
            ).format(count=plan.kept_days)
        )
    for reason, count in shown.skipped:
        lines.append(tr("Not imported: {what} ({count}).").format(what=tr(reason), count=count))
    if plan.new:
        lines.append(
            tr(
                "The device's nights are kept beside your diary and shown with it in Trends; "
                "they never change a night you wrote."
            )
        )
    return lines


class ForeignPreviewDialog(QDialog):
    """The preview and the one choice: also fill the diary's empty nights."""

    def __init__(self, shown: Preview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("foreign_import_dialog")
        self.setWindowTitle(tr("Import from {app}").format(app=tr(shown.label)))
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n\n".join(preview_lines(shown)))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        name_widget(
            self.summary, "foreign_import_summary", tr("What the file adds"), self.summary.text()
        )
        layout.addWidget(self.summary)
        fillable = len(shown.plan.fillable)
        self.fill = QCheckBox(
            tr("Also &fill my diary's empty nights from these ({count})").format(count=fillable)
        )
        name_widget(
            self.fill,
            "foreign_import_fill",
            tr("Also fill my diary's empty nights from these"),
            tr(
                "Writes the device's times into diary nights you have not filled in, with a "
                "comment naming the app; nights you wrote are never changed."
            ),
        )
        self.fill.setEnabled(fillable > 0)
        self.fill.setVisible(bool(shown.plan.new))
        layout.addWidget(self.fill)
        self.moods: dict[str, QSpinBox] = {}
        if shown.mood_values:
            layout.addWidget(self._mood_box(shown.mood_values))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("foreign_import_accept")
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.import_button.setFocus()

    def _mood_box(self, values: dict[str, int | None]) -> QGroupBox:
        """One value 0-10 per mood word of the file, "not imported" below 0."""
        box = QGroupBox(tr("Your mood words on the journal's 0–10 scale"))
        grid = QFormLayout(box)
        for word, value in values.items():
            spin = QSpinBox()
            spin.setRange(-1, 10)
            spin.setSpecialValueText(tr("not imported"))
            spin.setValue(-1 if value is None else value)
            name_widget(
                spin,
                f"foreign_import_mood_{len(self.moods)}",
                tr("Mood “{word}”").format(word=word),
                tr("0 very low, 10 very good; lowest: not imported"),
            )
            label = QLabel(word)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            grid.addRow(label, spin)
            self.moods[word] = spin
        return box

    def mood_values(self) -> dict[str, int | None]:
        return {
            word: (None if spin.value() < 0 else spin.value()) for word, spin in self.moods.items()
        }


@dataclass(frozen=True)
class Choice:
    """What the person chose in the preview."""

    fill_diary: bool
    mood_values: dict[str, int | None]


def ask_to_import(parent: QWidget, shown: Preview) -> Choice | None:
    """None: cancelled; else the choices made. Tests patch this."""
    dialog = ForeignPreviewDialog(shown, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Choice(dialog.fill.isChecked(), dialog.mood_values())


def start(actions: DataActions) -> None:
    """Ask for a file, read it on the worker, then show its preview."""
    from gutsleep.services import foreign

    chosen = dialogs.open_path(
        actions.window,
        tr("Import from another app"),
        tr("Exports of other apps (*.zip *.csv *.json *.xml);;All files (*)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    services = actions.services

    def read(progress: Callable[[int, int], None], cancel: threading.Event) -> Preview | None:
        from gutsleep.storage.transfer import Cancelled

        def step(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled
            progress(done, total)

        return foreign.preview(services, path, progress=step)

    actions.run(
        "foreign-plan",
        tr("Reading the file…"),
        read,
        lambda shown: _previewed(actions, path, shown),
    )


def _previewed(actions: DataActions, path: Path, shown: Preview | None) -> None:
    from gutsleep.services import foreign
    from gutsleep.storage.transfer import Cancelled

    window = actions.window
    if shown is None:
        dialogs.warn(
            window,
            tr("Nothing was imported"),
            tr(
                "{name} is not a file gutsleep can read. It reads exports of Apple Health "
                "(export.zip or export.xml), Sleep as Android (sleep-export.zip), Plees "
                "Tracker (CSV), Fitbit (the Sleep CSV, or sleep files in a Google "
                "Takeout zip), Garmin Connect (the data export zip) and Daylio (CSV)."
            ).format(name=path.name),
        )
        return
    if not shown.adds_anything:
        dialogs.inform(
            window,
            tr("Nothing to import"),
            tr("Everything in this file is in your journal already."),
        )
        return
    choice = ask_to_import(window, shown)
    if choice is None:
        return
    services = actions.services

    def work(_progress: object, cancel: threading.Event) -> Applied:
        def check() -> None:
            if cancel.is_set():
                raise Cancelled

        chosen = foreign.remap(services, shown, choice.mood_values) if choice.mood_values else shown
        return foreign.apply(
            services, chosen, fill_diary=choice.fill_diary, translate=tr, check=check
        )

    actions.run(
        "foreign-import",
        tr("Importing…"),
        work,
        lambda result: _imported(actions, shown, result),
        changes=EVERYTHING,
    )


def _imported(actions: DataActions, shown: Preview, result: Applied) -> None:
    actions.journal_replaced.emit()
    text = tr("Imported from {app}.").format(app=tr(shown.label))
    if result.nights:
        text += " " + tr("New nights: {count}.").format(count=result.nights)
    if result.diary_nights:
        text += " " + tr("Filled {count} empty diary nights from them.").format(
            count=result.diary_nights
        )
    if result.days:
        text += " " + tr("Added symptoms or bleeding on {count} days.").format(count=result.days)
    text += "\n\n" + tr("A copy of the journal as it was before is in the backups folder.")
    dialogs.inform(actions.window, tr("Imported"), text)


def explain_refusal(actions: DataActions, exc: BaseException) -> bool:
    """Show a foreign file's refusal in its one sentence; False for any other failure."""
    from gutsleep.storage.foreign import ForeignRefused

    if not isinstance(exc, ForeignRefused):
        return False
    dialogs.warn(actions.window, tr("Nothing was imported"), render(exc.message))
    return True
