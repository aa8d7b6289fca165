"""Driver connections to the journal file, set up the way every journal connection is.

No SQLAlchemy here: the start-up path reads today's entry through one of these
before SQLAlchemy is even imported (see storage.file.database), and the engine's
pool (storage.file.engine) applies the same settings to each connection it opens.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import read_only_uri, sqlite_uri

BUSY_TIMEOUT_MS = 5000


def configure(dbapi_connection: Any, *, foreign_keys: bool = True) -> None:
    """Autocommit at the driver (BEGIN is explicit), foreign keys, busy timeout, WAL, FULL."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def open_file(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path`` as the driver gives it (SQLCipher, keyed, with a
    passphrase), usable from any thread (as SQLAlchemy's pool makes them), one at a time.

    Never creates the file (storage.file.database does, privately): a journal removed
    while the app runs must not come back empty under the next connection.
    ``read_only`` opens it so that nothing can be written (storage.file.paths.read_only_uri).
    """
    if passphrase is None:
        if read_only:
            return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
        return sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True, check_same_thread=False)
    if not Path(path).exists():
        raise sqlite3.OperationalError("unable to open database file")

    return crypto.connect(path, passphrase, read_only=read_only)


def connect(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> Any:
    """:func:`open_file`, then :func:`configure`d like every journal connection."""
    connection = open_file(path, passphrase, read_only=read_only)
    try:
        configure(connection)
    except BaseException:
        connection.close()
        raise
    return connection
