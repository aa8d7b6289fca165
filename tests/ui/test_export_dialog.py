"""The real export dialog (the other UI tests answer it through a fake)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from gutsleep.ui import dialogs


def test_the_export_dialog_offers_only_what_the_export_uses(qtbot: QtBot) -> None:
    """It once showed the report's "daily diary as an appendix" box, which an export ignores."""
    seen: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):  # not shown yet: try again shortly
            QTimer.singleShot(20, answer)
            return
        seen.append(sorted(box.text() for box in dialog.findChildren(QCheckBox)))
        dialog.reject()

    QTimer.singleShot(0, answer)
    assert dialogs.export_options(None, date(2026, 3, 1), date(2026, 3, 14)) is None
    assert seen == [["Only &some days"]]
