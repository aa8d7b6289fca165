"""Consistent copies of the journal through SQLite's online backup API.

A plain file copy of a live WAL database can miss committed pages; the
backup API copies a consistent snapshot even while another connection writes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from gutsleep.storage.file.paths import (
    BACKUP_DIR_NAME,
    ensure_private_dir,
    sqlite_uri,
    writable,
)
from gutsleep.storage.file.private_files import private_path


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``?`` or ``#`` in a name stay literal.

    A WAL journal opened read-only needs its -shm file, which SQLite can't create
    in a folder it can't write (a read-only mount, a folder set to 0500). With no
    -wal there (a clean close removes it) and no way to create one, nobody can be
    changing the file, so it is opened ``immutable=1``, which needs no -shm. A
    -wal with content is never skipped that way (immutable would ignore the days
    saved in it): it is read through its -shm, or the open fails and says why.
    """
    wal = path.with_name(path.name + "-wal")
    if not writable(path.parent) and not (wal.exists() and wal.stat().st_size > 0):
        return sqlite_uri(path, mode="ro", immutable="1")
    return sqlite_uri(path, mode="ro")


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (mode 0600).

    With the ``passphrase`` of an encrypted journal the copy is encrypted with
    it too (through SQLCipher; see storage.file.crypto).
    """
    ensure_private_dir(target.parent)
    if passphrase is not None:
        from gutsleep.storage.file.crypto import connect

        src = connect(source, passphrase, read_only=True)
    else:
        src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        with private_path(target) as partial:
            dst = sqlite3.connect(partial) if passphrase is None else connect(partial, passphrase)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
    finally:
        src.close()
    return target


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def timestamped_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"journal-{stamp}-{reason}.sqlite3"


def unique_backup_path(directory: Path, reason: str, now: datetime | None = None) -> Path:
    """``directory/journal-<stamp>-<reason>.sqlite3``, numbered if that name is taken.

    Two copies within the same second (an import right after start-up) must
    not overwrite each other.
    """
    target = directory / timestamped_name(reason, now)
    number = 2
    while target.exists():
        target = directory / timestamped_name(f"{reason}-{number}", now)
        number += 1
    return target


def backup_before(source: Path, data_dir: Path, reason: str, passphrase: str | None = None) -> Path:
    """A safety copy in the data folder's backups/ before risky work."""
    return copy_database(source, unique_backup_path(backup_dir(data_dir), reason), passphrase)
