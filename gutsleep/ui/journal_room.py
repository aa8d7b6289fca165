"""The Journal page as the main window's :class:`~gutsleep.ui.pages.Page`.

The window learns of a saved day from here (announced like any write, see
:mod:`gutsleep.ui.operations`) and tells the pages that show days, such as
Trends; no page listens to the Journal itself. Kept apart from
``journal_page.py`` while that is rewritten (issue 17); it can move into it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from gutsleep.storage.settings import CLOCK
from gutsleep.ui.journal_page import JournalPage

if TYPE_CHECKING:  # operations is imported at the first save, not before the day shows
    from gutsleep.services.context import Services
    from gutsleep.ui.operations import Changes


class JournalRoom(JournalPage):
    """The Journal, the day first and its details after (``defer_details``), told of changes."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(services, parent, defer_details=True)
        self.day_saved.connect(self._announce_saved)

    def _announce_saved(self, day: date) -> None:
        from gutsleep.ui.operations import Changes, announce_changes

        announce_changes(Changes(days=frozenset({day})), self)

    def apply_changes(self, changes: Changes) -> None:
        """A replaced journal or a display setting (the clock): show the day again."""
        if changes.everything or CLOCK.key in changes.settings:
            self.reload()
