"""Why a write to the journal failed, sorted into the few kinds a person can act on.

The Journal page shows the kind in words ("the disk is full") and keeps what
was typed; the exception itself goes to the log. SQLite's messages name the
failure, never the values (the engine hides statement parameters).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from gutsleep.storage.errors import StoreError

DISK_FULL, READ_ONLY, BUSY, GONE, OTHER = "disk_full", "read_only", "busy", "gone", "other"

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
#: SQLite's own sentences (the stdlib driver and SQLCipher's say the same).
_MESSAGES = (
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("database schema is locked", BUSY),
)


class JournalFileGone(StoreError):
    """The journal file was removed or replaced while it was open."""


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, the driver error SQLAlchemy wrapped in it, and what caused either."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return found


def failure_kind(exc: BaseException) -> str:
    """DISK_FULL, READ_ONLY, BUSY, GONE or OTHER for an exception a write raised."""
    for cause in _causes(exc):
        if isinstance(cause, JournalFileGone):
            return GONE
        if isinstance(cause, OSError) and cause.errno is not None:
            if cause.errno in _DISK_FULL_ERRNOS:
                return DISK_FULL
            if cause.errno in _READ_ONLY_ERRNOS:
                return READ_ONLY
            if cause.errno == errno.ENOENT:
                return GONE
    for cause in _causes(exc):
        message = str(cause).splitlines()[0].lower() if str(cause) else ""
        for words, kind in _MESSAGES:
            if words in message:
                return kind
    return OTHER


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of ``path`` (None when there is no file there)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino
