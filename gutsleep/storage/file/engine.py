"""SQLAlchemy engines for the journal file, with the PRAGMAs a journal needs.

The stdlib driver's implicit transactions break SAVEPOINT and transactional
DDL, so we follow SQLAlchemy's documented recipe: autocommit at the driver
level and an explicit BEGIN from the engine's ``begin`` event.

Writes begin with ``BEGIN IMMEDIATE`` (a connection with the :data:`WRITE`
execution option: ``Database.session()``): a save reads its day before it
writes, and a plain (deferred) BEGIN would then have to upgrade its read lock,
which SQLite refuses at once ("database is locked") when another connection is
writing, instead of waiting for the busy timeout. Everything else (reads, the
database check) begins plain, so it never holds the write lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from gutsleep.storage.file import crypto
from gutsleep.storage.file.connection import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS  # re-exported
from gutsleep.storage.file.connection import configure, open_file

#: Execution option of a connection that writes: its transaction begins IMMEDIATE.
WRITE = "gutsleep_write"


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    passphrase: str | None = None,
    adopt: Callable[[], Any] | None = None,
    read_only: bool = False,
) -> Engine:
    """An engine on ``path``: WAL, synchronous=FULL, foreign keys, busy timeout.

    ``foreign_keys=False`` is for migrations only: a table rebuild under
    ON DELETE CASCADE would otherwise silently empty child tables.

    With ``passphrase`` the file is an SQLCipher one: each connection comes
    from storage.file.crypto.connect (keyed before anything is read) and the
    same PRAGMAs and events apply. The passphrase stays in this closure only,
    never in the URL, so it can't show up in a log or an error message.

    ``adopt`` returns a connection already open on ``path`` (or None): the
    pool takes it as its first one instead of opening another (storage.file.database
    hands over the connection it read the first day with). ``read_only``: every
    connection is opened so that nothing can be written (a read-only data folder).

    ``hide_parameters``: a failed statement's message names the SQL but never the
    values (a note, a food name), so it can be logged and shown.
    """

    def creator() -> Any:
        adopted = adopt() if adopt is not None else None
        if adopted is not None:
            return adopted
        return open_file(path, passphrase, read_only=read_only)

    # A URL object, not "sqlite:///{path}": a "?" or "#" in a folder's name would be
    # parsed as the URL's query (the creator opens the file; the URL only names it).
    url = URL.create("sqlite", database=str(path))
    if passphrase is None:
        engine = create_engine(url, creator=creator, hide_parameters=True)
    else:
        engine = create_engine(url, creator=creator, module=crypto.driver(), hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        configure(dbapi_connection, foreign_keys=foreign_keys)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
