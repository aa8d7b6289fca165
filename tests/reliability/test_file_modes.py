"""Private files: the data folder is 0700, everything gutsleep writes in it 0600.

Run under a permissive umask (0), so a file that relies on the umask instead
of being created private would show up as world-readable here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry
from gutsleep.storage import crypto
from gutsleep.storage.backup import backup_before, copy_database
from gutsleep.storage.database import Database
from gutsleep.storage.journal_repo import JournalRepository
from gutsleep.storage.settings import LAST_PAGE, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def assert_private_tree(data: Path) -> list[Path]:
    assert mode(data) == 0o700, data
    files = []
    for path in sorted(data.rglob("*")):
        if path.is_dir():
            assert mode(path) == 0o700, path
        else:
            assert mode(path) == 0o600, f"{path} is {oct(mode(path))}"
            files.append(path)
    return files


def test_journal_wal_shm_settings_and_backups_are_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 1), notes="private"))
    settings = SettingsStore(data)
    settings.set(LAST_PAGE, "journal")
    backup_before(database.path, data, "test")
    database.copy_to(data / "backups" / "manual.sqlite3")
    with database.engine.connect() as con:  # keep the -wal and -shm around while we look
        con.exec_driver_sql("SELECT count(*) FROM day_entry").fetchall()
        names = {p.name for p in assert_private_tree(data)}
    database.close()
    assert {"journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"} <= names
    assert {"settings.json", "manual.sqlite3"} <= names
    assert any(n.startswith("journal-") and n.endswith("-test.sqlite3") for n in names)
    assert_private_tree(data)


def test_an_existing_folder_is_tightened(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "shared"
    data.mkdir(mode=0o777)
    data.chmod(0o777)
    Database.open(data).close()
    assert_private_tree(data)


def test_a_copy_outside_the_data_folder_is_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    Database.open(data).close()
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    copy_database(data / "journal.sqlite3", target)
    assert mode(target) == 0o600


@pytest.mark.skipif(not crypto.encryption_available(), reason="the encryption extra is missing")
def test_an_encrypted_journal_and_its_conversions_stay_private(tmp_path: Path, open_umask) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 1), notes="private"))
    database.protect("a long passphrase")
    JournalRepository(database).save(DayEntry(day=date(2026, 5, 2), notes="more"))
    database.copy_to(data / "backups" / "manual.sqlite3")
    assert_private_tree(data)
    database.close()
