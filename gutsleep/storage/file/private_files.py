"""Files gutsleep writes for the person: private (0600) from the first byte, all or nothing.

Every writer (report and experiment PDFs, exports, tables and figures from
Trends, copies of the journal, settings) writes to a temporary file in the
target's own folder, created 0600 by ``tempfile.mkstemp`` whatever the umask,
and renames it over the target only once it is complete and on disk. A writer
killed half-way leaves at most a 0600 ``.<name>.<pid>-<random>.part`` (nobody
else can read it), which the next write into that folder, or the next start
for the data folder, removes (:func:`remove_stale`).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from gutsleep.storage.file.paths import BACKUP_DIR_NAME, DATABASE_NAME, fsync_dir, fsync_file

PART_SUFFIX = ".part"
#: ``.<name>.<pid>-<random>.part``, and what SQLite adds beside a database being written.
_STALE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[^.]+\.part(-journal|-wal|-shm)?$")
#: Fixed names older versions wrote to; a crash left them behind.
_LEGACY = (".part", ".partial", ".partial-journal")
#: Where a process can't be asked whether it still runs, an older part is stale.
_STALE_AFTER_SECONDS = 3600


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files of writers that died; returns what was removed."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        match = _STALE.match(name)
        if match is None:
            continue
        path = folder / name
        try:
            if os.name == "posix":
                stale = not _running(int(match["pid"]))
            else:
                stale = now - path.stat().st_mtime > _STALE_AFTER_SECONDS
            if stale and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def remove_legacy_parts(target: Path) -> None:
    """Remove a ``<name>.part``/``.partial`` an older version's crash left beside ``target``.

    Not suppressed: a leftover that can't be removed means the target can't be
    written cleanly either.
    """
    for suffix in _LEGACY:
        leftover = target.with_name(target.name + suffix)
        if leftover.exists() or leftover.is_symlink():
            leftover.unlink()
    target.with_name(f".{target.name}.partial").unlink(missing_ok=True)


def discard_dead_writers(data_dir: Path) -> None:
    """At start: clear the data folder and backups/ of parts crashed writers left."""
    remove_stale(data_dir)
    remove_stale(data_dir / BACKUP_DIR_NAME)
    with contextlib.suppress(OSError):
        remove_legacy_parts(data_dir / DATABASE_NAME)


def temporary_beside(target: Path) -> Path:
    """A new, empty 0600 file in ``target``'s folder that :func:`remove_stale` recognises."""
    import tempfile

    remove_stale(target.parent)
    remove_legacy_parts(target)
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}-", suffix=PART_SUFFIX, dir=target.parent
    )
    os.close(fd)
    return Path(name)


@contextlib.contextmanager
def private_path(target: Path) -> Iterator[Path]:
    """A private temporary path to write ``target``'s content to, renamed into place after.

    For writers that want a file name (SQLite, matplotlib): the file already
    exists, 0600, so whoever opens it by name keeps that mode. When the block
    finishes the file is fsynced and atomically replaces ``target``; when it
    raises the file is removed and ``target`` is untouched.
    """
    target = Path(target)
    part = temporary_beside(target)
    try:
        yield part
        fsync_file(part)
        if os.name == "posix":
            part.chmod(0o600)
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{part}{suffix}").unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


@contextlib.contextmanager
def open_private(target: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """``open(target, mode)`` for writing, but private from the first byte and all or nothing."""
    if not mode.startswith("w"):
        raise ValueError("open_private only writes")
    with private_path(target) as part, open(part, mode, **options) as handle:
        yield handle
        handle.flush()


def write_private(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` privately and atomically."""
    with open_private(target) as handle:
        handle.write(data)
    return target
