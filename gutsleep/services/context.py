"""Everything a front end needs for one data folder, built in one place.

The GUI's composition root and the CLI both call :func:`open_services`, so the
two never disagree on how a journal is opened.

Only the journal and the settings are built when the journal is opened: the
checklist, articles, trends and experiments services (and their modules) are
built the first time they are used, so start-up pays only for the Journal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from gutsleep.services.journal import JournalService
from gutsleep.services.zone import system_zone
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.settings import SettingsStore

if TYPE_CHECKING:
    from gutsleep.services.articles import ArticlesService
    from gutsleep.services.checklist import ChecklistService
    from gutsleep.services.experiments import ExperimentsService
    from gutsleep.services.regimens import RegimensService
    from gutsleep.services.sleep_window import SleepWindowService
    from gutsleep.services.trackers import TrackersService
    from gutsleep.services.trends import TrendsService

T = TypeVar("T")


class _Lazy(Generic[T]):
    """A service built on first access, then kept in the instance (thread-safe)."""

    def __init__(self, build: Callable[[Services], T]):
        self.build = build
        self.name = build.__name__
        # One build of this service at a time, from any thread; another service's
        # build (the start-up's preload on a worker) never waits for this one.
        self.building = threading.RLock()

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _Lazy[T]: ...
    @overload
    def __get__(self, obj: Services, owner: type | None = None) -> T: ...
    def __get__(self, obj: Services | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        values = obj.__dict__
        if self.name not in values:
            with self.building:
                if self.name not in values:
                    values[self.name] = self.build(obj)
        return values[self.name]


def _checklist(services: Services) -> ChecklistService:
    from gutsleep.services.checklist import ChecklistService
    from gutsleep.storage.features.checklist_repo import ChecklistRepository

    return ChecklistService(ChecklistRepository(services.database), services.journal.repository)


def _articles(services: Services) -> ArticlesService:
    from gutsleep.services.articles import ArticlesService
    from gutsleep.storage.features.articles_repo import ArticlesRepository

    return ArticlesService(ArticlesRepository(services.database))


def _trends(services: Services) -> TrendsService:
    from gutsleep.services.trends import TrendsService

    def trackers() -> TrackersService | None:
        # Asked with the driver first, so a journal without trackers never loads their ORM
        # (a cold command-line report stays without SQLAlchemy).
        from gutsleep.storage.features.presence import kept_features

        return services.trackers if "trackers" in kept_features(services.database) else None

    return TrendsService(services.journal.repository, trackers)


def _experiments(services: Services) -> ExperimentsService:
    from gutsleep.services.experiments import ExperimentsService
    from gutsleep.storage.features.experiments_repo import ExperimentsRepository

    return ExperimentsService(ExperimentsRepository(services.database), services.journal.repository)


def _sleep_window(services: Services) -> SleepWindowService:
    from gutsleep.services.sleep_window import SleepWindowService
    from gutsleep.storage.features.sleep_window_repo import SleepWindowRepository

    return SleepWindowService(SleepWindowRepository(services.database), services.journal.repository)


def _trackers(services: Services) -> TrackersService:
    from gutsleep.services.trackers import TrackersService
    from gutsleep.storage.features.trackers_repo import TrackersRepository

    return TrackersService(
        TrackersRepository(services.database), services.database, services.data_dir
    )


def _regimens(services: Services) -> RegimensService:
    from gutsleep.services.regimens import RegimensService
    from gutsleep.storage.features.regimens_repo import RegimensRepository

    return RegimensService(RegimensRepository(services.database))


@dataclass
class Services:
    data_dir: Path
    database: Database
    settings: SettingsStore
    journal: JournalService

    # Built on first use (the same attribute names; assigning one replaces it).
    checklist = _Lazy(_checklist)
    articles = _Lazy(_articles)
    trends = _Lazy(_trends)
    experiments = _Lazy(_experiments)
    sleep_window = _Lazy(_sleep_window)
    trackers = _Lazy(_trackers)
    regimens = _Lazy(_regimens)

    def preload(self) -> None:
        """Load ahead what writing and the other pages need; call it off the GUI thread.

        The Journal page shows a day without SQLAlchemy (storage.file.database); this
        imports it and builds the engine, builds the journal's tables (the first save),
        counts the suggestion lists and looks up today's experiments (the page's
        details), so none of it makes the window wait later.
        """
        from gutsleep.services.collector import collector_paused

        with collector_paused():  # SQLAlchemy's import: no full collection stalls the GUI
            import gutsleep.storage.journal.writes  # noqa: F401  (the tables, for saves)

            self.database.load_engine()
        self.journal.count_suggestions()
        self.experiments.running_on(date.today())

    def close(self) -> None:
        self.database.close()


def open_services(
    data_dir: Path, zone: str | None = None, *, passphrase: str | None = None
) -> Services:
    """Open the journal in ``data_dir``; raises storage.file.schema.StoreError on refusal.

    ``passphrase`` opens a protected journal; without it (or with a wrong one)
    storage.file.crypto.PassphraseRequired is raised, and the caller may ask again.
    """
    database = Database.open(data_dir, passphrase=passphrase)
    return Services(
        data_dir=data_dir,
        database=database,
        settings=SettingsStore(data_dir),
        journal=JournalService(JournalRepository(database), zone or system_zone()),
    )
