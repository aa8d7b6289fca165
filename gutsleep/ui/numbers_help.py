"""The page "How gutsleep computes its numbers", shown in the app (it works offline).

The text is ``resources/docs/numbers.md`` (shipped with the package; the
repository's ``docs/numbers.md`` points to it), rendered by a read-only
QTextBrowser. It is written in English only: a translated page would need
every engineer's changes to reach the translators first.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gutsleep.locate import resources_dir
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import name_widget

__all__ = ["NumbersDialog", "numbers_markdown", "show_numbers_help"]

log = logging.getLogger(__name__)


def numbers_markdown() -> str:
    """The page's Markdown source; a short apology when the file is missing."""
    try:
        return (resources_dir() / "docs" / "numbers.md").read_text(encoding="utf-8")
    except OSError:
        log.exception("the page on how numbers are computed could not be read")
        return tr(
            "The page on how gutsleep computes its numbers is missing from this installation."
        )


class NumbersDialog(QDialog):
    """A window with the page; links to other sites are not followed (the app is offline)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("numbers_dialog")
        title = tr("How gutsleep computes its numbers")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        name_widget(self.browser, "numbers_text", title)
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(numbers_markdown())
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.browser.setFocus()


def show_numbers_help(parent: QWidget) -> NumbersDialog:
    """Open the page beside ``parent`` (non-modal, closed with Escape)."""
    dialog = NumbersDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
