"""Where the journal lives, and making its files private before anything is written."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "gutsleep"
DATA_DIR_ENV = "GUTSLEEP_DATA_DIR"
DATABASE_NAME = "journal.sqlite3"
BACKUP_DIR_NAME = "backups"


def platform_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    """GUTSLEEP_DATA_DIR, else where a Settings move put it, else the platform's folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from gutsleep.storage.relocate import pointed_data_dir

    return pointed_data_dir() or platform_data_dir()


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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


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
    """Tighten an existing file to mode 0600 (backups, exports)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)
