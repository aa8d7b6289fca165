"""Offering the checklist when someone opens a brand-new journal.

The checklist is offered once, never forced: a single question right after
the window first appears. Whatever the answer, the offer is remembered in
the FIRST_RUN_DONE setting and not repeated; the checklist stays in the
sidebar for later.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from gutsleep.services.context import Services
from gutsleep.storage.settings import FIRST_RUN_DONE
from gutsleep.ui import dialogs
from gutsleep.ui.tr import tr

CHECKLIST_PAGE = "checklist"


class _Window(Protocol):
    services: Services

    def has_page(self, page_id: str) -> bool: ...

    def show_page(self, page_id: str) -> QWidget: ...


def should_offer(services: Services) -> bool:
    """A new journal, no checklist saved yet, and not offered before."""
    return (
        not services.settings.get(FIRST_RUN_DONE)
        and services.database.created
        and not services.checklist.has_runs()
    )


def offer_checklist(window: _Window) -> bool:
    """Ask once whether to start with the checklist; True if it was opened.

    Only a new journal gets the question. The setting is written before
    asking, so a crash or a closed window never brings it back.
    """
    services = window.services
    if not window.has_page(CHECKLIST_PAGE) or services.settings.get(FIRST_RUN_DONE):
        return False
    offer = should_offer(services)
    services.settings.set(FIRST_RUN_DONE, True)  # an existing journal is past its first run
    if not offer:
        return False
    parent = window if isinstance(window, QWidget) else None
    wanted = dialogs.ask(
        parent,
        tr("Start with the short checklist?"),
        tr(
            "Would you like to start with the short checklist? It takes about five "
            "minutes and helps you see whether gut health is worth your attention for "
            "your sleep.\n\nYou can also find it any time under Checklist in the sidebar."
        ),
    )
    if wanted:
        window.show_page(CHECKLIST_PAGE)
    return wanted
