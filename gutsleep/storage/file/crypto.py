"""Encryption at rest, on request, with SQLCipher (the optional ``sqlcipher3`` driver).

A protected journal is an SQLCipher 4 file: every page is encrypted and
authenticated with a key derived from the passphrase (PBKDF2-HMAC-SHA512).
The passphrase lives only in memory while the journal is open; it is never
written to the settings, a log, an exception message or any file.

Telling an encrypted file from a damaged one: a plain SQLite file starts with
``SQLite format 3``; an SQLCipher file starts with a random 16-byte salt and is
a whole number of pages long. A file that is neither is damaged.

Protecting the journal, changing its passphrase and removing protection (the
conversions of the whole file): storage.file.protection.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from gutsleep.domain.text import N_
from gutsleep.storage.errors import StoreError
from gutsleep.storage.file.paths import create_private_file, fsync_file, read_only_uri

#: What to tell someone whose installation lacks the optional driver.
INSTALL_HINT = 'pip install "gutsleep[encryption]"'
SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8
_PAGE_GRANULE = 512  # SQLCipher page sizes are powers of two from 512 up


class EncryptionUnavailableError(StoreError):
    """The journal is encrypted (or encryption was asked for) but SQLCipher is missing."""

    def __init__(self, message: str | None = None):
        super().__init__(
            message
            or (
                "This journal is protected with a passphrase, but this installation of "
                f"gutsleep can't open protected journals. Install the encryption extra: "
                f"{INSTALL_HINT}"
            )
        )


class PassphraseRequired(StoreError):
    """The journal is encrypted and no passphrase, or a wrong one, was given.

    ``wrong`` tells the two apart. There is no lock-out: ask again as often as
    the person likes.
    """

    def __init__(self, message: str | None = None, *, wrong: bool = False):
        self.wrong = wrong
        if message is None:
            message = (
                N_(
                    "That passphrase doesn't open this journal. "
                    "Check it (and Caps Lock) and try again."
                )
                if wrong
                else N_("This journal is protected with a passphrase.")
            )
        super().__init__(message)


def encryption_available() -> bool:
    """True when the optional SQLCipher driver is installed.

    Found without loading it (its native library adds about 5 MiB to the
    process): the Settings page asks this to word its status line. A driver
    that is found but fails to load still raises EncryptionUnavailableError
    from :func:`driver`, where it is used.
    """
    if sys.modules.get("sqlcipher3") is not None:
        return True
    from importlib.util import find_spec

    return find_spec("sqlcipher3") is not None  # None too when blocked in sys.modules


def driver() -> ModuleType:
    """The ``sqlcipher3`` DB-API module; EncryptionUnavailableError without it."""
    try:
        import sqlcipher3  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise EncryptionUnavailableError(
            "Protecting the journal needs the optional encryption support. "
            f"Install it with: {INSTALL_HINT}"
        ) from None
    module: ModuleType = sqlcipher3
    return module


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors either driver raises for an unreadable file."""
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    if encryption_available():
        errors.append(driver().DatabaseError)
    return tuple(errors)


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` can't protect a journal (an N_ source string), or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return N_("Use at least 8 characters.")
    if "\x00" in passphrase:
        return N_("The passphrase can't contain a NUL character.")
    return None


def _literal(passphrase: str) -> str:
    """``passphrase`` as an SQL string literal (PRAGMA key takes no bound parameters)."""
    if "\x00" in passphrase:
        raise PassphraseRequired(wrong=True)
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """An SQLCipher DB-API connection to ``path``, keyed when ``passphrase`` is given.

    Without a passphrase it reads and writes plain SQLite files, like sqlite3.
    The key is set before anything is read; a wrong key shows up at the first
    read as ``file is not a database``.
    """
    module = driver()
    target = read_only_uri(path) if read_only else str(path)
    con = module.connect(target, uri=read_only, check_same_thread=False)
    try:
        # SQLCipher logs failed HMAC checks (a wrong passphrase) to stderr; keep quiet.
        con.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            con.execute(f"PRAGMA key = {_literal(passphrase)}")
    except BaseException:
        con.close()
        raise
    return con


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plain-text header."""
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def looks_encrypted(path: Path) -> bool:
    """True when ``path`` could be an SQLCipher file: whole pages of random-looking bytes.

    An SQLCipher file starts with a random 16-byte salt and every page is
    ciphertext, so zero bytes are rare (about 1 in 256). A zero-filled,
    truncated or overwritten plain file fails one of these tests and is
    reported damaged. Random bytes a whole number of pages long can't be told
    from an encrypted journal without the key; that is the point of encryption.
    """
    try:
        size = path.stat().st_size
        if size < _PAGE_GRANULE or size % _PAGE_GRANULE:
            return False
        with open(path, "rb") as handle:
            page = handle.read(4096)
    except OSError:
        return False
    head = page[:16]
    if head == SQLITE_MAGIC or len(set(head)) < 8:
        return False
    if all(0x20 <= b < 0x7F for b in head):  # text written over the header
        return False
    return page.count(0) <= len(page) // 32


def opens_with(path: Path, passphrase: str | None) -> bool:
    """True when ``path`` can be read with ``passphrase`` (None: as plain SQLite)."""
    if passphrase is None:
        if not is_plain_sqlite(path):
            return False
        try:
            con = sqlite3.connect(read_only_uri(path), uri=True)
        except sqlite3.Error:
            return False
    else:
        try:
            con = connect(path, passphrase, read_only=True)
        except database_errors():
            return False
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except database_errors():
        return False
    finally:
        con.close()


def unlock(path: Path, passphrase: str | None) -> str | None:
    """The key to open ``path`` with: None for a plain (or new, or damaged) file.

    Raises PassphraseRequired when the file is encrypted and ``passphrase`` is
    missing or wrong, EncryptionUnavailableError when SQLCipher isn't installed.
    """
    if not path.exists() or path.stat().st_size == 0 or is_plain_sqlite(path):
        return None
    if not looks_encrypted(path):
        return None  # damaged: schema.inspect_file says so in words
    if not encryption_available():
        raise EncryptionUnavailableError()
    if not passphrase:
        raise PassphraseRequired()
    if not opens_with(path, passphrase):
        raise PassphraseRequired(wrong=True)
    return passphrase


def _summary(con: Any) -> list[tuple[str, int]]:
    """Every table of ``con``'s main database with its row count, by name.

    Sorted: sqlcipher_export writes a virtual table (the search index) after its
    shadow tables, so the copy lists the same tables in another order.
    """
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return sorted(
        (t, int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])) for t in tables
    )


def export_file(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    """Write a complete, checked copy of ``source`` to ``target`` with ``target_key``.

    ``target`` is created 0600, checked (integrity_check and the row count of
    every table, opened afresh with its key) and fsynced; it is removed again
    if anything fails. The source is never written to, except for a WAL
    checkpoint, which changes no content.
    """
    target.unlink(missing_ok=True)
    create_private_file(target)
    try:
        con = connect(source, source_key)
        try:
            mode = con.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() == "wal":
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_key or ""))
            con.execute("BEGIN")  # one read snapshot for the export and the counts
            expected = _summary(con)
            con.execute("SELECT sqlcipher_export('converted')")
            version = con.execute("PRAGMA main.user_version").fetchone()[0]
            con.execute(f"PRAGMA converted.user_version = {int(version)}")
            con.execute("COMMIT")
            con.execute("DETACH DATABASE converted")
        finally:
            con.close()
        with _closing(connect(target, target_key)) as check:
            verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
            got = _summary(check)
        if verdict != "ok" or got != expected:
            raise StoreError("The converted copy did not check out; nothing was changed.")
        fsync_file(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _closing(con: Any) -> Iterator[Any]:
    try:
        yield con
    finally:
        con.close()
