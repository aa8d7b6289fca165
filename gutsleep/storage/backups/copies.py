"""Automatic and manual backups: taking them, naming them, and thinning them out.

Every copy goes through SQLite's online backup API (storage.file.snapshot), so
it is consistent even while another connection writes. Copies live in
``<data>/backups/`` and are named ``journal-YYYYmmdd-HHMMSS-<reason>.sqlite3``:

- ``daily``: taken at start-up at most once a day, thinned like ``borg prune
  --keep-daily 7 --keep-weekly 4 --keep-monthly 12``;
- ``before-…`` (before an upgrade, an import, a restore or deleting a tracker): the last 10 kept;
- anything else (``manual``, files you put there) is never deleted.

An encrypted journal (see :mod:`gutsleep.storage.file.crypto`) is copied and
checked with the passphrase it is open with, so its copies are encrypted
too; the passphrase is passed in, held in memory only, never written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gutsleep.domain.text import N_, Message
from gutsleep.storage.errors import StoreError
from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import ensure_private_dir, read_only_uri
from gutsleep.storage.file.snapshot import (
    backup_dir,
    copy_database,
    unique_backup_path,
)

DAILY = "daily"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
BEFORE_DELETE = "before-delete"
SAFETY_PREFIX = "before-"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_SAFETY = 10

_SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(StoreError):
    """A backup that can't be made or used; the message is for a person."""


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder."""

    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason == DAILY

    @property
    def safety(self) -> bool:
        return self.reason.startswith(SAFETY_PREFIX)

    def describe(self) -> Message:
        """Why the copy was made, in words."""
        reason = self.reason
        if reason == DAILY:
            return Message(N_("automatic daily copy"))
        if reason.startswith(BEFORE_IMPORT):
            return Message(N_("before an import"))
        if reason.startswith(BEFORE_RESTORE):
            return Message(N_("before a restore"))
        if reason.startswith(BEFORE_DELETE):
            return Message(N_("before a tracker was deleted"))
        if reason.startswith("before-upgrade"):
            return Message(N_("before an upgrade of the file's format"))
        if reason.startswith(MANUAL):
            return Message(N_("made by hand"))
        return Message(N_("{reason}"), {"reason": reason})


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(time taken, reason) from a backup's file name, or None if it isn't one of ours."""
    if not (name.startswith("journal-") and name.endswith(".sqlite3")):
        return None
    stem = name[len("journal-") : -len(".sqlite3")]
    parts = stem.split("-", 2)
    if len(parts) != 3 or not parts[2]:
        return None
    try:
        taken = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    reason = parts[2]
    if reason.startswith(DAILY) and reason[len(DAILY) :].lstrip("-").isdigit():
        reason = DAILY  # a second daily copy in the same second, numbered
    return taken, reason


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The copies in ``<data>/backups/``, newest first."""
    folder = backup_dir(data_dir)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


# rotation ------------------------------------------------------------------------


def _keep_by_period(
    backups: Sequence[BackupInfo],
    period: Callable[[datetime], object],
    count: int,
    kept: set[Path],
) -> None:
    """Borg's rule: newest first, the first copy of each new period, ``count`` periods."""
    last: object = None
    added = 0
    for backup in backups:
        if added >= count:
            return
        key = period(backup.taken_at)
        if key == last:
            continue
        last = key
        if backup.path not in kept:
            kept.add(backup.path)
            added += 1


def plan_rotation(
    backups: Iterable[BackupInfo],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    safety: int = KEEP_SAFETY,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """(keep, remove): which copies a rotation keeps and which it deletes."""
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    automatic = [b for b in ordered if b.automatic]
    kept: set[Path] = set()
    _keep_by_period(automatic, lambda t: t.date(), daily, kept)
    _keep_by_period(automatic, lambda t: t.isocalendar()[:2], weekly, kept)
    _keep_by_period(automatic, lambda t: (t.year, t.month), monthly, kept)
    kept.update(b.path for b in [b for b in ordered if b.safety][:safety])
    kept.update(b.path for b in ordered if not b.automatic and not b.safety)
    keep = [b for b in ordered if b.path in kept]
    remove = [b for b in ordered if b.path not in kept]
    return keep, remove


def rotate(data_dir: Path) -> list[Path]:
    """Delete the copies the rotation no longer keeps; returns what was deleted."""
    _, remove = plan_rotation(list_backups(data_dir))
    removed: list[Path] = []
    for backup in remove:
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(backup.path)
    return removed


# taking copies --------------------------------------------------------------------


def pragma_check(path: Path, pragma: str, passphrase: str | None = None) -> str | None:
    """None when ``PRAGMA <pragma>`` says ok on ``path`` (read-only), else what it said."""
    errors = crypto.database_errors() if passphrase is not None else (sqlite3.DatabaseError,)
    try:
        if passphrase is None:
            con = sqlite3.connect(read_only_uri(path), uri=True)
        else:
            con = crypto.connect(path, passphrase, read_only=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except errors as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:5])
    return None if result == "ok" else result


def quick_check(path: Path, passphrase: str | None = None) -> str | None:
    """None when SQLite's quick_check passes on ``path``, else what it said."""
    return pragma_check(path, "quick_check", passphrase)


def back_up_to(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """A consistent, checked copy of the journal at ``source`` written to ``target``.

    A folder as ``target`` gets a time-stamped file inside it. Refuses to write
    over the journal itself. With the ``passphrase`` of an encrypted journal
    the copy is encrypted with it too.
    """
    if not source.exists():
        raise BackupError(f"There is no journal at {source}.")
    if target.is_dir():
        target = unique_backup_path(target, MANUAL)
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("A backup can't be written over the journal itself.")
    if (
        target.exists()
        and target.is_file()
        and not is_sqlite(target)
        and not crypto.looks_encrypted(target)
    ):
        raise BackupError(f"{target} exists and is not a journal backup; choose another name.")
    errors = crypto.database_errors() if passphrase is not None else (sqlite3.DatabaseError,)
    try:
        copy_database(source, target, passphrase)
    except errors as exc:
        raise BackupError(f"The journal could not be copied: {exc}.") from exc
    problem = quick_check(target, passphrase)
    if problem:
        target.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its check ({problem}); the journal may be damaged.")
    return target


def back_up(
    source: Path,
    data_dir: Path,
    reason: str = MANUAL,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Path:
    """A copy in ``<data>/backups/`` for ``reason``, then a rotation of the folder.

    ``passphrase``: the encrypted journal's key; the copy is encrypted with it.
    """
    folder = ensure_private_dir(backup_dir(data_dir))
    target = back_up_to(source, unique_backup_path(folder, reason, now), passphrase)
    rotate(data_dir)
    return target


def daily_backup_if_due(
    source: Path, data_dir: Path, now: datetime | None = None, passphrase: str | None = None
) -> Path | None:
    """The start-up copy: taken when none was taken today; returns it, or None.

    An encrypted journal (``passphrase`` given) gets an encrypted copy.
    """
    if not source.exists() or source.stat().st_size == 0:
        return None
    today = (now or datetime.now()).date()
    if any(b.automatic and b.taken_at.date() == today for b in list_backups(data_dir)):
        return None
    return back_up(source, data_dir, DAILY, now, passphrase)


def is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False
