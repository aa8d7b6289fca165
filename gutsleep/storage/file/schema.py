"""Which schema a journal file has, and bringing it up to date safely.

Reading the revision is a single cheap query with the stdlib driver, so the
common start (nothing to migrate) never imports Alembic. A file from a newer
gutsleep, a foreign SQLite file or a damaged one is refused untouched.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gutsleep.storage.errors import StoreError as StoreError  # re-exported: it lives there
from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import read_only_uri, writable
from gutsleep.storage.file.snapshot import backup_before

MIGRATIONS_DIR = Path(__file__).parents[1] / "migrations"  # gutsleep/storage/migrations

#: Every released revision, oldest first; a migration appends its id here.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_journal",
    "0002_checklist",
    "0003_articles",
    "0004_experiments",
    "0005_experiment_design",
    "0006_checklist_draft",
    "0007_sleep_window",
    "0008_exercise",
    "0009_hot_flushes",
    "0010_regimens",
    "0011_symptoms",
    "0012_trackers",
    "0013_search",
    "0014_device_nights",
)
HEAD = KNOWN_REVISIONS[-1]


class NewerSchemaError(StoreError):
    pass


class ForeignFileError(StoreError):
    pass


class DamagedFileError(StoreError):
    pass


class ReadOnlyFolderError(StoreError):
    """The journal can't be used as it is in a folder that can't be written."""


class FileState(enum.Enum):
    NEW = "new"
    CURRENT = "current"
    OLDER = "older"


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None


def _open_read_only(path: Path, passphrase: str | None) -> tuple[Any, tuple[type[Exception], ...]]:
    """A read-only connection (SQLCipher when keyed) and the errors its driver raises."""
    errors: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    try:
        if passphrase is None:
            return sqlite3.connect(read_only_uri(path), uri=True), errors
        errors = tuple(e for e in crypto.database_errors() if issubclass(e, Exception))
        return crypto.connect(path, passphrase, read_only=True), errors
    except errors as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: Exception) -> StoreError:
    """Why ``path`` can't be read: damaged, or its -wal can't be read in a read-only folder."""
    wal = path.with_name(path.name + "-wal")
    if not writable(path.parent) and wal.exists():
        return ReadOnlyFolderError(
            f"{path} is in a folder that can't be written, and its last session did not "
            "close cleanly: reading the changes in its write-ahead log needs files SQLite "
            "can't create there. Copy the data folder somewhere writable and open the copy "
            f"(gutsleep --data-dir COPY), or make the folder writable ({exc})."
        )
    return DamagedFileError(f"{path} can't be read as a journal ({exc}).")


def inspect_file(path: Path, passphrase: str | None = None) -> Inspection:
    """Classify ``path`` without changing it; raise StoreError if it can't be used.

    ``passphrase`` opens an encrypted journal (see storage.file.crypto).
    """
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(FileState.NEW, None)
    con, errors = _open_read_only(path, passphrase)
    try:
        try:
            tables = {
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise ForeignFileError(
                        f"{path} is an SQLite database, but not a gutsleep journal."
                    )
                return Inspection(FileState.NEW, None)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except errors as exc:
        raise _unreadable(path, exc) from exc
    revision = row[0] if row else None
    if revision == HEAD:
        return Inspection(FileState.CURRENT, revision)
    if revision is None:
        return Inspection(FileState.NEW, None)
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(
            f"This journal was written by a newer version of gutsleep (schema {revision}). "
            "Please update gutsleep to open it; the file has been left untouched."
        )
    return Inspection(FileState.OLDER, revision)


def upgrade(path: Path, target: str = "head", passphrase: str | None = None) -> None:
    """Run Alembic migrations in one transaction, foreign keys off, then check them."""
    from alembic import command
    from alembic.config import Config

    from gutsleep.storage.file.engine import make_engine

    engine = make_engine(path, foreign_keys=False, passphrase=passphrase)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DamagedFileError(
                    f"The upgrade left {len(broken)} rows pointing at nothing; "
                    "it was rolled back and the journal is unchanged."
                )
    finally:
        engine.dispose()


def prepare(path: Path, data_dir: Path, passphrase: str | None = None) -> Inspection:
    """Make ``path`` a current journal: create, or back up then upgrade."""
    inspection = inspect_file(path, passphrase)
    if inspection.state is FileState.OLDER:
        backup_before(path, data_dir, f"before-upgrade-from-{inspection.revision}", passphrase)
    if inspection.state is not FileState.CURRENT:
        upgrade(path, passphrase=passphrase)
    return inspection
