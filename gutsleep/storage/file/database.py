"""Opening the journal: private folder, schema check, engine and sessions.

SQLAlchemy (a quarter of a second to import here) is not needed to show a
day: :meth:`Database.open` opens one driver connection, and reads go through
it (:meth:`Database.reading`) until the engine is first needed, for a write
or a query built with SQLAlchemy. The app builds it in the background once
the Journal page is on screen (:meth:`Database.load_engine`); the engine's
pool then takes that connection as its first, and reads go through the pool.
"""

from __future__ import annotations

import os
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gutsleep.domain.text import N_
from gutsleep.storage.file import crypto, protection, wal
from gutsleep.storage.file.connection import connect
from gutsleep.storage.file.lockfile import LockInfo, holder
from gutsleep.storage.file.paths import (
    DATABASE_NAME,
    create_private_file,
    ensure_private_dir,
    writable,
)
from gutsleep.storage.file.private_files import discard_dead_writers
from gutsleep.storage.file.save_failures import JournalFileGone, file_identity
from gutsleep.storage.file.schema import (
    DamagedFileError,
    FileState,
    Inspection,
    ReadOnlyFolderError,
    StoreError,
    inspect_file,
    prepare,
)
from gutsleep.storage.file.snapshot import copy_database
from gutsleep.storage.file.wal import WalState

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

#: Written at a clean close: the journal file's size, modification time and CRC-32
#: when it was last known sound. A file whose bytes still match at the next open is
#: the file gutsleep closed (or an exact copy), so SQLite's whole-file quick_check
#: (25-80 ms on 10-20 years, on the way to the Journal) is skipped for a CRC of the
#: bytes (3-6 ms); any change to the file, a crash (the note is removed at open), a
#: restore or a passphrase change brings the check back.
VERIFIED_NAME = "journal.verified"

#: What a save on a journal opened read-only (:attr:`Database.read_only`) says.
READ_ONLY_SAVE = N_(
    "This journal is in a folder that can't be written (a read-only disk, or a folder its "
    "owner made read-only), so nothing can be saved. Reading, exporting and checking still work."
)


class ReadOnlyJournalError(StoreError):
    """A change to a journal opened read-only; the message is :data:`READ_ONLY_SAVE`."""


@dataclass(frozen=True)
class Opening:
    """What :meth:`Database.open` found before SQLite replayed anything (for the check)."""

    wal: WalState = field(default_factory=WalState)
    clean_close: bool = True  # the file is the one the last clean close noted
    other_holder: LockInfo | None = None  # another process had the journal open then


class Database:
    """One journal file. Open with :meth:`open`; close with :meth:`close`."""

    opening: Opening = Opening()
    #: Opened so that nothing can be written: the folder or the file can't be (a
    #: read-only mount, a folder its owner set to 0500). Reads, exports and checks
    #: work; every save fails, and the app says so up front.
    read_only: bool = False

    def __init__(
        self,
        data_dir: Path,
        path: Path,
        connection: Any,
        inspection: Inspection,
        passphrase: str | None = None,
    ):
        """``connection``: a configured driver connection (storage.file.connection) to ``path``."""
        self.data_dir = data_dir
        self.path = path
        self.inspection = inspection
        self._passphrase = passphrase  # in memory only, never written anywhere
        self._lock = threading.RLock()  # the driver connection is used by one thread at a time
        self._connection: Any = connection  # until the engine is built
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # The file the connections are open on; None after release() until one opens again.
        self._file_id = file_identity(path)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str | None = None) -> Database:
        """Open (creating or upgrading as needed) the journal in ``data_dir``.

        Raises a StoreError subclass, with a sentence for a person, when the
        file is damaged, foreign or from a newer gutsleep; crypto.PassphraseRequired
        when it is encrypted and ``passphrase`` is missing or wrong (ask again:
        there is no lock-out). A passphrase given for a plain journal is ignored.

        A journal whose folder (or file) can't be written is opened read-only
        (:attr:`read_only`): nothing is created, removed or upgraded, and
        ReadOnlyFolderError says so when it can't be used as it is. What the
        -wal and the clean-close note looked like is kept in :attr:`opening`.
        """
        ensure_private_dir(data_dir)
        path = data_dir / DATABASE_NAME
        read_only = not writable(data_dir) or (path.exists() and not os.access(path, os.W_OK))
        if not read_only:
            protection.discard_partials(path)
            discard_dead_writers(data_dir)
        other = holder(data_dir)  # then its -wal is live: not read (nor judged by the check)
        log_state = wal.inspect(path) if other is None else WalState()
        found = Opening(log_state, _unchanged_since_verified(path), other)
        if not path.exists():
            if read_only:
                raise ReadOnlyFolderError(
                    f"There is no journal in {data_dir}, and that folder can't be written, "
                    "so none can be made there."
                )
            create_private_file(path)
        key = crypto.unlock(path, passphrase)
        if not read_only:
            protection.finish_interrupted_protect(data_dir, key)
        inspection = _inspect_read_only(path, key) if read_only else prepare(path, data_dir, key)
        database = cls(data_dir, path, connect(path, key, read_only=read_only), inspection, key)
        database.opening = found
        database.read_only = read_only
        if inspection.state is FileState.CURRENT and not found.clean_close:
            problem = database.quick_check()
            if problem:
                database.release()
                raise DamagedFileError(f"{path} is damaged: {problem}")
        if not read_only:
            (data_dir / VERIFIED_NAME).unlink(missing_ok=True)  # only a clean close vouches again
        return database

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, built (and SQLAlchemy imported) on first use."""
        return self.load_engine()

    @property
    def engine_loaded(self) -> bool:
        return self._engine is not None

    @property
    def driver_connection(self) -> Any:
        """The driver connection reads use before the engine exists; None once the
        engine's pool has taken it over, or after :meth:`release`."""
        return self._connection

    def load_engine(self) -> Engine:
        """Import SQLAlchemy and build the engine, if not done yet; safe from any thread.

        The import runs outside the lock, so reads on another thread carry on
        through the driver connection meanwhile; once the engine exists, reads
        go through its pool, which takes that connection as its first.
        """
        if self._engine is None:
            from sqlalchemy import event
            from sqlalchemy.orm import sessionmaker

            from gutsleep.storage.file.engine import make_engine

            with self._lock:
                if self._engine is None:
                    engine = make_engine(
                        self.path,
                        passphrase=self._passphrase,
                        adopt=self._hand_over,
                        read_only=self.read_only,
                    )
                    event.listen(engine, "connect", self._learn_file)
                    event.listen(engine, "engine_disposed", self._forget_file)
                    if self.read_only:
                        _refuse_writes(engine)
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
                    self._engine = engine
        assert self._engine is not None
        return self._engine

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A DB-API connection for plain reads, inside one read transaction.

        Before the engine exists this is the connection :meth:`open` made (no
        SQLAlchemy needed); afterwards, one of the engine's. Statements only:
        nothing here commits a change.
        """
        with self._lock:
            connection = self._connection if self._engine is None else None
            if connection is not None:
                connection.execute("BEGIN")
                try:
                    yield connection
                finally:
                    connection.execute("ROLLBACK")
                return
        with self.session(write=False) as session:
            yield session.connection().connection

    @property
    def created(self) -> bool:
        return self.inspection.state is FileState.NEW

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on error.

        A writing session begins with BEGIN IMMEDIATE (storage.file.engine), so it waits
        for another writer instead of failing; ``write=False`` begins a plain one.
        A writing session also checks the file is still the one open, before and
        after (:meth:`check_same_file`): a write into a removed or replaced file is lost.
        """
        from gutsleep.storage.file.engine import WRITE

        self.load_engine()
        assert self._sessions is not None
        if write:
            self.check_same_file()
        with self._sessions.begin() as session:
            if write:
                session.connection(execution_options={WRITE: True})
            yield session
        if write:
            self.check_same_file()

    def check_same_file(self) -> None:
        """Raise JournalFileGone when the journal file was removed or replaced while open.

        The open connections would carry on writing into the old file, which
        nothing reads again; a new one would never be created (storage.file.connection).
        """
        known = self._file_id
        if known is None:  # released: the next connection learns the file
            return
        if file_identity(self.path) != known:
            raise JournalFileGone(f"{self.path} was removed or replaced while it was open.")

    def _learn_file(self, *_args: object) -> None:
        """A connection was opened: after a release it is on the file from now on."""
        if self._file_id is None:
            self._file_id = file_identity(self.path)

    def _forget_file(self, *_args: object) -> None:
        """Every connection was closed: a restore or a conversion may swap the file now."""
        self._file_id = None

    def quick_check(self) -> str | None:
        """None when SQLite's quick_check passes, else its first complaint.

        A file too damaged for the check itself to run counts as a complaint,
        so callers get a DamagedFileError, never a raw driver error.
        """
        try:
            with self.reading() as connection:
                cursor = connection.cursor()
                try:
                    rows = cursor.execute("PRAGMA quick_check").fetchall()
                finally:
                    cursor.close()
        except crypto.database_errors() as exc:
            return str(exc).splitlines()[0]
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

    def protect(self, passphrase: str, *, delete_damaged: bool = False) -> protection.Conversion:
        """Encrypt the journal with ``passphrase`` (a new file, then an atomic swap).

        ``delete_damaged``: the person agreed to delete the damaged copies set
        aside earlier, which can't be encrypted (see protection.encrypt).
        """
        return self._convert(
            lambda: protection.encrypt(self.data_dir, passphrase, delete_damaged=delete_damaged),
            passphrase,
        )

    def change_passphrase(self, current: str, new: str) -> protection.Conversion:
        """Re-encrypt with ``new``; PassphraseRequired if ``current`` is wrong."""
        return self._convert(lambda: protection.change_passphrase(self.data_dir, current, new), new)

    def remove_protection(self, current: str) -> protection.Conversion:
        """Store the journal unencrypted again; PassphraseRequired if ``current`` is wrong."""
        return self._convert(lambda: protection.decrypt(self.data_dir, current), None)

    def _convert(
        self, conversion: Callable[[], protection.Conversion], passphrase: str | None
    ) -> protection.Conversion:
        """Close every pooled connection, convert the file, reopen with the new key.

        On failure the journal is reopened as it was, so the app carries on.
        """
        self.release()
        try:
            outcome = conversion()
        except BaseException:
            self._rebind(self._passphrase)
            raise
        self._rebind(passphrase)
        return outcome

    def _rebind(self, passphrase: str | None) -> None:
        with self._lock:
            self.release()
            self._passphrase = passphrase
            self._engine = None
            self._sessions = None
        self.load_engine()

    def release(self) -> None:
        """Close every connection to the file (before it is swapped or restored).

        The journal stays usable: the next use opens new connections. What the
        open found (:attr:`opening`) no longer describes a file swapped after this.
        """
        self.opening = Opening()
        with self._lock:
            self._close_connection()
            if self._engine is not None:
                self._engine.dispose()
            self._forget_file()

    def _hand_over(self) -> Any:
        """The driver connection, for the engine's pool to keep (once; None after).

        Handed over, not closed: closing the last connection to a WAL journal
        checkpoints it, a write for nothing, and opening another would derive a
        protected journal's key again.
        """
        with self._lock:
            connection, self._connection = self._connection, None
            return connection

    def _close_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def close(self) -> None:
        self.release()
        if not self.read_only:
            note_verified(self.path)


def _refuse_writes(engine: Engine) -> None:
    """Make every statement that would change a read-only journal raise ReadOnlyJournalError.

    SQLite would refuse it too, but with its statement and values in the message;
    this says what happened, and quotes nothing.
    """
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute")
    def _before(
        _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in _WRITES:
            raise ReadOnlyJournalError(READ_ONLY_SAVE)


_WRITES = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"})


def _inspect_read_only(path: Path, passphrase: str | None) -> Inspection:
    """inspect_file, for a journal that can't be written: it must be usable as it is."""
    inspection = inspect_file(path, passphrase)
    if inspection.state is FileState.NEW:
        raise ReadOnlyFolderError(
            f"{path} holds no journal yet, and its folder can't be written, so none can be "
            "made there."
        )
    if inspection.state is FileState.OLDER:
        raise ReadOnlyFolderError(
            f"{path} was written by an older gutsleep and must be brought up to date, which "
            "needs a folder that can be written. Make the folder writable, or copy it "
            "somewhere writable and open the copy (gutsleep --data-dir COPY)."
        )
    return inspection


def _identity(path: Path, stat: os.stat_result | None = None) -> str | None:
    """Size, modification time and CRC-32 of the file's bytes (a few ms for years)."""
    try:
        stat = stat or path.stat()
        crc = 0
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                crc = zlib.crc32(block, crc)
    except OSError:
        return None
    return f"{stat.st_size} {stat.st_mtime_ns} {crc:08x}"


def _unchanged_since_verified(path: Path) -> bool:
    """Whether ``path`` holds exactly the bytes a clean close left (see VERIFIED_NAME)."""
    try:
        noted = (path.parent / VERIFIED_NAME).read_text(encoding="ascii").split()
        stat = path.stat()
    except (OSError, ValueError):
        return False
    if noted[:2] != [str(stat.st_size), str(stat.st_mtime_ns)]:
        return False  # changed (the usual case after a crash or a restore): no need to read it
    return " ".join(noted) == _identity(path, stat)


def note_verified(path: Path) -> None:
    """After a clean close: note the file's identity, if everything reached it.

    A write-ahead log left with content (another connection still open) means
    the file alone is not the whole journal yet: nothing is noted then.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    identity = _identity(path)
    if identity is None:
        return
    note = path.parent / VERIFIED_NAME
    try:
        create_private_file(note)
        note.write_text(identity + "\n", encoding="ascii")
    except OSError:
        note.unlink(missing_ok=True)
