"""Opening the journal: private folder, schema check, engine and sessions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from gutsleep.storage import crypto
from gutsleep.storage.backup import copy_database
from gutsleep.storage.engine import make_engine
from gutsleep.storage.paths import DATABASE_NAME, create_private_file, ensure_private_dir
from gutsleep.storage.schema import DamagedFileError, FileState, Inspection, prepare


class Database:
    """One journal file. Open with :meth:`open`; close with :meth:`close`."""

    def __init__(
        self,
        data_dir: Path,
        path: Path,
        engine: Engine,
        inspection: Inspection,
        passphrase: str | None = None,
    ):
        self.data_dir = data_dir
        self.path = path
        self.engine = engine
        self.inspection = inspection
        self._passphrase = passphrase  # in memory only, never written anywhere
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None = None) -> Database:
        """Open (creating or upgrading as needed) the journal in ``data_dir``.

        Raises a StoreError subclass, with a sentence for a person, when the
        file is damaged, foreign or from a newer gutsleep; crypto.PassphraseRequired
        when it is encrypted and ``passphrase`` is missing or wrong (ask again:
        there is no lock-out). A passphrase given for a plain journal is ignored.
        """
        ensure_private_dir(data_dir)
        path = data_dir / DATABASE_NAME
        crypto.discard_partials(path)
        if not path.exists():
            create_private_file(path)
        key = crypto.unlock(path, passphrase)
        inspection = prepare(path, data_dir, key)
        engine = make_engine(path, passphrase=key)
        database = cls(data_dir, path, engine, inspection, key)
        if inspection.state is FileState.CURRENT:
            problem = database.quick_check()
            if problem:
                engine.dispose()
                raise DamagedFileError(f"{path} is damaged: {problem}")
        return database

    @property
    def created(self) -> bool:
        return self.inspection.state is FileState.NEW

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def quick_check(self) -> str | None:
        """None when SQLite's quick_check passes, else its first complaint.

        A file too damaged for the check itself to run counts as a complaint,
        so callers get a DamagedFileError, never a raw driver error.
        """
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        except DBAPIError as exc:
            return str(exc.orig or exc).splitlines()[0]
        result = "; ".join(str(r[0]) for r in rows[:5])
        return None if result == "ok" else result

    @property
    def encrypted(self) -> bool:
        """True when the journal is protected with a passphrase."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The key the journal is open with (None when plain), for its backups and restores.

        In memory only: never log it, store it or put it in a message.
        """
        return self._passphrase

    def copy_to(self, target: Path) -> Path:
        """A consistent copy at ``target`` (0600), encrypted like the journal."""
        return copy_database(self.path, target, self._passphrase)

    def protect(self, passphrase: str) -> crypto.Conversion:
        """Encrypt the journal with ``passphrase`` (a new file, then an atomic swap)."""
        return self._convert(lambda: crypto.encrypt(self.data_dir, passphrase), passphrase)

    def change_passphrase(self, current: str, new: str) -> crypto.Conversion:
        """Re-encrypt with ``new``; PassphraseRequired if ``current`` is wrong."""
        return self._convert(lambda: crypto.change_passphrase(self.data_dir, current, new), new)

    def remove_protection(self, current: str) -> crypto.Conversion:
        """Store the journal unencrypted again; PassphraseRequired if ``current`` is wrong."""
        return self._convert(lambda: crypto.decrypt(self.data_dir, current), None)

    def _convert(
        self, conversion: Callable[[], crypto.Conversion], passphrase: str | None
    ) -> crypto.Conversion:
        """Close every pooled connection, convert the file, reopen with the new key.

        On failure the journal is reopened as it was, so the app carries on.
        """
        self.engine.dispose()
        try:
            outcome = conversion()
        except BaseException:
            self._rebind(self._passphrase)
            raise
        self._rebind(passphrase)
        return outcome

    def _rebind(self, passphrase: str | None) -> None:
        self._passphrase = passphrase
        self.engine = make_engine(self.path, passphrase=passphrase)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
