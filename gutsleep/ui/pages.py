"""The pages of the main window, in sidebar order, and what the window calls on them.

A feature adds its page here; pages are built the first time they are shown,
so start-up only pays for the Journal. The window talks to a page only
through the protocols below: it is told when it is shown and what a write
changed (:class:`Page`), never reached into by another page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from gutsleep.domain.text import N_

if TYPE_CHECKING:  # the window's shell is shown before the journal's layers are imported
    from gutsleep.domain.journal import DayEntry
    from gutsleep.services.context import Services
    from gutsleep.ui.operations import Changes


@runtime_checkable
class Page(Protocol):
    """A page the window keeps current."""

    def on_shown(self) -> None:
        """The page is now on screen (each time it is chosen)."""

    def apply_changes(self, changes: Changes) -> None:
        """Something was written elsewhere (another page, an import): show it if it matters."""


@runtime_checkable
class Flushing(Protocol):
    """A page with work to finish before the window closes (a save, an export)."""

    def flush(self) -> None: ...


@runtime_checkable
class HoldsUnsaved(Protocol):
    """A page that keeps days it could not save, to offer them at quit, and knows what
    was typed but can't be read (asked about before it is dropped)."""

    def unsaved_entries(self) -> list[DayEntry]: ...

    def unreadable(self) -> list[str]:
        """Typed values that can't be read (so can't be saved), each as "label “text”"."""
        ...


@runtime_checkable
class Searchable(Protocol):
    """A page with its own find (Ctrl+F, Edit → Find); the window says when there is none."""

    def open_find(self) -> None: ...


@runtime_checkable
class Undoable(Protocol):
    """A page whose edits Edit → Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) step through.

    ``watch_undo(changed)``: the page calls ``changed()`` whenever what can be
    undone or redone changes, so the window enables its menu items.
    """

    def can_undo(self) -> bool: ...

    def can_redo(self) -> bool: ...

    def undo(self) -> None: ...

    def redo(self) -> None: ...

    def watch_undo(self, changed: Callable[[], None]) -> None: ...


@runtime_checkable
class PageHost(Protocol):
    """What a page may ask of the window it is in (the main window): its other pages."""

    def has_page(self, page_id: str) -> bool: ...

    def open_article(self, article_id: str, anchor: str = "") -> bool: ...


@runtime_checkable
class ArticleReader(Protocol):
    """The page that opens an article at an anchor (the pages' "read more" links)."""

    def open_article(self, article_id: str, anchor: str = "") -> object: ...


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: str  # untranslated source; the window translates it
    build: Callable[[Services, QWidget], QWidget]


def _journal(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.journal.page import JournalPage

    return JournalPage(services, parent, defer_details=True)


def _checklist(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.checklist.page import ChecklistPage

    return ChecklistPage(services, parent)


def _articles(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.articles.page import ArticlesPage

    return ArticlesPage(services, parent)


def _settings(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.settings_page import SettingsPage

    return SettingsPage(services, parent)


def _trends(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.trends.page import TrendsPage

    return TrendsPage(services, parent)


def _experiments(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.experiments.page import ExperimentsPage

    return ExperimentsPage(services, parent)


def _sleep_window(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.sleep_window_page import SleepWindowPage

    return SleepWindowPage(services, parent)


PAGES: list[PageSpec] = [
    PageSpec("journal", N_("Journal"), _journal),
    PageSpec("checklist", N_("Checklist"), _checklist),
    PageSpec("articles", N_("Articles"), _articles),
    PageSpec("trends", N_("Trends"), _trends),
    PageSpec("experiments", N_("Experiments"), _experiments),
    PageSpec("sleep_window", N_("Sleep window"), _sleep_window),
    PageSpec("settings", N_("Settings"), _settings),
]
