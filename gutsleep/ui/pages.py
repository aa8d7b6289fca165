"""The pages of the main window, in sidebar order.

A feature adds its page here; pages are built the first time they are shown,
so start-up only pays for the Journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from gutsleep.domain.text import N_

if TYPE_CHECKING:  # the window's shell is shown before the journal's layers are imported
    from gutsleep.services.context import Services


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: str  # untranslated source; the window translates it
    build: Callable[[Services, QWidget], QWidget]


def _journal(services: Services, parent: QWidget) -> QWidget:
    from gutsleep.ui.journal_page import JournalPage

    return JournalPage(services, parent, defer_details=True)  # the day first, then the rest


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
