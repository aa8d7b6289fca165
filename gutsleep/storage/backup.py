"""Consistent copies of the journal through SQLite's online backup API.

A plain file copy of a live WAL database can miss committed pages; the
backup API copies a consistent snapshot even while another connection writes.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from gutsleep.storage.paths import BACKUP_DIR_NAME, create_private_file, ensure_private_dir


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (mode 0600)."""
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def timestamped_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"journal-{stamp}-{reason}.sqlite3"


def backup_before(source: Path, data_dir: Path, reason: str) -> Path:
    """A safety copy in the data folder's backups/ before risky work."""
    return copy_database(source, backup_dir(data_dir) / timestamped_name(reason))
