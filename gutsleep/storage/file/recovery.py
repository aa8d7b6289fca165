"""What to do with a journal file that is damaged or isn't a gutsleep journal.

The rule is that such a file is never overwritten or deleted: it is moved
aside to ``journal.damaged-<timestamp>.sqlite3`` (with its -wal and -shm, so
that nothing SQLite still needs is separated from it), and the person chooses
between the newest backup that passes ``integrity_check`` and a new, empty
journal. Both the GUI (ui.startup) and the command line use these functions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import (
    DAMAGED_PREFIX,
    DATABASE_NAME,
    fsync_dir,
    make_private,
    read_only_uri,
)
from gutsleep.storage.file.schema import (
    DamagedFileError,
    FileState,
    ForeignFileError,
    StoreError,
    inspect_file,
)
from gutsleep.storage.file.snapshot import backup_dir, copy_database

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class GoodBackup:
    """A backup that passed every check, with the schema revision it holds."""

    path: Path
    revision: str | None
    encrypted: bool


def is_unusable(error: BaseException) -> bool:
    """True for the refusals this module handles: a damaged or a foreign file."""
    return isinstance(error, DamagedFileError | ForeignFileError)


def check_backup(path: Path, passphrase: str | None = None) -> GoodBackup | None:
    """``path`` as a GoodBackup if it is a sound journal of a known schema, else None.

    An encrypted backup is only checked when ``passphrase`` opens it.
    """
    errors: tuple[type[BaseException], ...] = (StoreError, OSError, *crypto.database_errors())
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        key = None if crypto.is_plain_sqlite(path) else passphrase
        if key is None and not crypto.is_plain_sqlite(path):
            return None
        if key is not None and not crypto.opens_with(path, key):
            return None
        inspection = inspect_file(path, key)
        if inspection.state is FileState.NEW or _integrity(path, key) is not None:
            return None
    except errors:
        return None
    return GoodBackup(path, inspection.revision, key is not None)


def _integrity(path: Path, passphrase: str | None) -> str | None:
    if passphrase is None:
        import sqlite3

        con = sqlite3.connect(read_only_uri(path), uri=True)
    else:
        con = crypto.connect(path, passphrase, read_only=True)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    result = "; ".join(str(r[0]) for r in rows[:5])
    return None if result == "ok" else result


def newest_good_backup(data_dir: Path, passphrase: str | None = None) -> GoodBackup | None:
    """The most recent copy in ``backups/`` that passes integrity_check, or None.

    Newest by modification time; copies are checked newest first and the
    first sound one wins, so one damaged copy doesn't hide an older good one.
    """
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return None
    candidates = [p for p in folder.glob("*.sqlite3") if p.is_file()]
    candidates.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    for candidate in candidates:
        good = check_backup(candidate, passphrase)
        if good is not None:
            return good
    return None


def damaged_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{DAMAGED_PREFIX}{stamp}.sqlite3"


def move_aside(data_dir: Path, now: datetime | None = None) -> Path | None:
    """Move the journal (and its -wal/-shm) to ``journal.damaged-<stamp>.sqlite3``.

    Never overwrites: a name already taken gets ``-2``, ``-3``... Returns the
    new path, or None when there was no journal file. The moved file stays
    private (0600). Call only while nothing has the journal open.
    """
    path = data_dir / DATABASE_NAME
    if not path.exists():
        return None
    target = data_dir / damaged_name(now)
    number = 2
    while any(Path(f"{target}{s}").exists() for s in ("", *SIDE_FILES)):
        target = data_dir / damaged_name(now).replace(".sqlite3", f"-{number}.sqlite3")
        number += 1
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
            make_private(Path(f"{target}{suffix}"))
    os.replace(path, target)
    make_private(target)
    fsync_dir(data_dir)
    return target


def restore_backup(backup: GoodBackup, data_dir: Path, passphrase: str | None = None) -> Path:
    """Make a consistent copy of ``backup`` the journal (the old file must be moved aside).

    Refuses to write over an existing journal: moving aside comes first.
    """
    path = data_dir / DATABASE_NAME
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(f"{path} is still there; it must be moved aside first.")
    copy_database(backup.path, path, passphrase if backup.encrypted else None)
    fsync_dir(data_dir)
    return path


def cli_message(error: BaseException, data_dir: Path) -> str:
    """One line for the terminal naming the file and the way out."""
    path = data_dir / DATABASE_NAME
    what = "isn't a gutsleep journal" if isinstance(error, ForeignFileError) else "is damaged"
    good = newest_good_backup(data_dir)
    suggestion = (
        f"gutsleep --data-dir {data_dir} restore {good.path}"
        if good
        else "gutsleep restore PATH (a backup of your journal)"
    )
    return (
        f"gutsleep: {path} {what} and was left untouched. "
        f"To restore a backup: {suggestion}; or start the app to choose."
    )
