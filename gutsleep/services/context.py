"""Everything a front end needs for one data folder, built in one place.

The GUI's composition root and the CLI both call :func:`open_services`, so the
two never disagree on how a journal is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gutsleep.services.articles import ArticlesService
from gutsleep.services.checklist import ChecklistService
from gutsleep.services.experiments import ExperimentsService
from gutsleep.services.journal import JournalService
from gutsleep.services.trends import TrendsService
from gutsleep.services.zone import system_zone
from gutsleep.storage.articles_repo import ArticlesRepository
from gutsleep.storage.checklist_repo import ChecklistRepository
from gutsleep.storage.database import Database
from gutsleep.storage.experiments_repo import ExperimentsRepository
from gutsleep.storage.journal_repo import JournalRepository
from gutsleep.storage.settings import SettingsStore


@dataclass
class Services:
    data_dir: Path
    database: Database
    settings: SettingsStore
    journal: JournalService
    checklist: ChecklistService
    articles: ArticlesService
    trends: TrendsService
    experiments: ExperimentsService

    def close(self) -> None:
        self.database.close()


def open_services(
    data_dir: Path, zone: str | None = None, *, passphrase: str | None = None
) -> Services:
    """Open the journal in ``data_dir``; raises storage.schema.StoreError on refusal.

    ``passphrase`` opens a protected journal; without it (or with a wrong one)
    storage.crypto.PassphraseRequired is raised, and the caller may ask again.
    """
    database = Database.open(data_dir, passphrase=passphrase)
    repository = JournalRepository(database)
    return Services(
        data_dir=data_dir,
        database=database,
        settings=SettingsStore(data_dir),
        journal=JournalService(repository, zone or system_zone()),
        checklist=ChecklistService(ChecklistRepository(database), repository),
        articles=ArticlesService(ArticlesRepository(database)),
        trends=TrendsService(repository),
        experiments=ExperimentsService(ExperimentsRepository(database), repository),
    )
