"""Consistent copies of the journal through SQLite's online backup API, and the
safety copies the file's own operations (an upgrade, a protect) take first.

A plain file copy of a live WAL database can miss committed pages; the
backup API copies a consistent snapshot even while another connection writes.
What is done with the copies in backups/ (daily copies, rotation, restoring
one) is storage.backups, which builds on this.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from gutsleep.storage.file.crypto import connect
from gutsleep.storage.file.paths import BACKUP_DIR_NAME, ensure_private_dir, read_only_uri
from gutsleep.storage.file.private_files import private_path


def copy_database(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (mode 0600).

    With the ``passphrase`` of an encrypted journal the copy is encrypted with
    it too (through SQLCipher; see storage.file.crypto).
    """
    ensure_private_dir(target.parent)
    if passphrase is not None:
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
