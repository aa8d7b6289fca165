"""Where the journal lives, how SQLite names it, and making its files private before
anything is written.

Nothing here imports another storage module: every other module of storage.file
builds on these names and helpers.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

APP_NAME = "gutsleep"
DATA_DIR_ENV = "GUTSLEEP_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
BACKUP_DIR_NAME = "backups"
#: A damaged journal set aside (storage.file.recovery): ``journal.damaged-<stamp>.sqlite3``.
DAMAGED_PREFIX = "journal.damaged-"
#: In the user's config folder: where a Settings move put the data folder (storage.file.relocate).
POINTER_NAME = "data-location.txt"


def platform_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    """GUTSLEEP_DATA_DIR, else where a Settings move put it, else the platform's folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return pointed_data_dir() or platform_data_dir()


def pointer_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / POINTER_NAME


def pointed_data_dir(pointer: Path | None = None) -> Path | None:
    """The folder a previous move recorded, if the record exists and is usable."""
    path = pointer or pointer_file()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def sqlite_uri(path: Path, **parameters: str) -> str:
    """An SQLite ``file:`` URI naming exactly ``path``, with query ``parameters`` (mode="ro").

    The one way to build such a URI: the path is made absolute and percent-encoded
    (Path.as_uri), so ``%41``, ``%``, ``#``, ``?``, spaces and any letters in a
    folder name stay part of the name instead of being decoded, cutting the path
    short or becoming parameters (SQLite would then open, or create, another file).
    """
    uri = Path(os.path.abspath(path)).as_uri()
    if parameters:
        uri += "?" + "&".join(f"{key}={value}" for key, value in parameters.items())
    return uri


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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it readable by the owner only.

    Only ever tightens: group and others lose access (0755 becomes 0700), but a
    mode its owner made stricter (0500, a folder kept read-only) stays as it is,
    and a folder that can't be changed (a read-only mount) is left alone.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    _tighten(path, 0o700)
    return path


def _tighten(path: Path, allowed: int) -> None:
    """Take away every permission bit outside ``allowed``; never add one."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode & 0o7777
        if mode & ~allowed:
            path.chmod(mode & allowed)
    except OSError as exc:  # a read-only mount, or someone else's file
        log.warning("Can't make %s private: %s", path, exc.strerror or exc)


def writable(folder: Path) -> bool:
    """Whether files can be created and changed in ``folder`` (False on a read-only mount,
    or in a folder whose owner took away write permission)."""
    return os.access(folder, os.W_OK)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 before SQLite (or anyone) writes to it.

    SQLite gives its -wal and -shm files the mode of the database file, so this
    one call keeps all three private.
    """
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def make_private(path: Path) -> None:
    """Tighten an existing file to at most mode 0600 (backups, exports); 0400 stays 0400."""
    if path.exists():
        _tighten(path, 0o600)


def fsync_file(path: Path) -> None:
    """Push ``path``'s bytes to the disk (before it is renamed into place)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); best effort where a folder can't be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
