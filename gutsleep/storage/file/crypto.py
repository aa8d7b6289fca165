"""Encryption at rest, on request, with SQLCipher (the optional ``sqlcipher3`` driver).

A protected journal is an SQLCipher 4 file: every page is encrypted and
authenticated with a key derived from the passphrase (PBKDF2-HMAC-SHA512).
The passphrase lives only in memory while the journal is open; it is never
written to the settings, a log, an exception message or any file.

Protecting, changing the passphrase and removing protection each write a
complete NEW file next to the journal (``sqlcipher_export`` into an attached
database), check it, and only then swap it in with one atomic ``os.replace``,
after a safety copy in ``backups/``. A crash at any moment leaves either the
old file or the new one, never a mix. Copies in ``backups/`` are converted the
same way afterwards, so an encrypted journal has encrypted backups.

Protecting notes what it is doing in ``protecting.txt`` (file names only) until
every copy is converted. A protect killed half-way is finished at the next
open: with the journal already encrypted, the plain copies left in
``backups/`` are encrypted with the passphrase just typed (or removed if they
can't be read), and the damaged copies the person agreed to delete are
deleted; with the journal still plain, the plain safety copy goes. Damaged
copies set aside by recovery (``journal.damaged-*``) can't be converted
reliably, so protecting deletes them, once the person has agreed.

Telling an encrypted file from a damaged one: a plain SQLite file starts with
``SQLite format 3``; an SQLCipher file starts with a random 16-byte salt and is
a whole number of pages long. A file that is neither is damaged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from gutsleep.domain.text import N_
from gutsleep.storage.file.paths import (
    DATABASE_NAME,
    create_private_file,
    ensure_private_dir,
    fsync_dir,
    fsync_file,
    make_private,
)
from gutsleep.storage.file.private_files import write_private
from gutsleep.storage.file.schema import StoreError
from gutsleep.storage.file.snapshot import (
    backup_dir,
    copy_database,
    read_only_uri,
    unique_backup_path,
)

log = logging.getLogger(__name__)

#: What to tell someone whose installation lacks the optional driver.
INSTALL_HINT = 'pip install "gutsleep[encryption]"'
SQLITE_MAGIC = b"SQLite format 3\x00"
#: A conversion writes the new journal here before the atomic swap.
CONVERTING_SUFFIX = ".converting"
#: Present from the start of a protect until every copy is encrypted (names only).
PROTECTING_NAME = "protecting.txt"
DAMAGED_PREFIX = "journal.damaged-"
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


def discard_partials(path: Path) -> None:
    """Remove a half-written conversion left by a crash; the journal itself is intact."""
    partial = path.with_name(path.name + CONVERTING_SUFFIX)
    for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


# conversions ---------------------------------------------------------------


@dataclass
class Conversion:
    """What a conversion did: the safety copy, and backups it could not convert."""

    safety_copy: Path
    backups_converted: int = 0
    backups_left: list[Path] = field(default_factory=list)


def damaged_copies(data_dir: Path) -> list[Path]:
    """Journal files recovery set aside (``journal.damaged-*``, with their -wal/-shm)."""
    try:
        return sorted(p for p in data_dir.glob(f"{DAMAGED_PREFIX}*") if p.is_file())
    except OSError:
        return []


def unencrypted_copies(data_dir: Path) -> list[Path]:
    """Copies of journal content in ``data_dir`` that are stored in plain text.

    Backups with SQLite's plain header and damaged copies set aside: what a
    person protecting the journal would not expect to find readable.
    """
    plain = [p for p in damaged_copies(data_dir) if not p.name.endswith(("-wal", "-shm"))]
    plain = [p for p in plain if not looks_encrypted(p)]
    folder = backup_dir(data_dir)
    if folder.is_dir():
        for copy in sorted(folder.glob("*.sqlite3")):
            try:
                if copy.is_file() and is_plain_sqlite(copy):
                    plain.append(copy)
            except OSError:
                continue
    return plain


def encrypt(data_dir: Path, passphrase: str, *, delete_damaged: bool = False) -> Conversion:
    """Protect the (closed) plain journal in ``data_dir`` with ``passphrase``.

    Damaged copies set aside earlier are deleted with ``delete_damaged``;
    without it their presence refuses the protect (nothing is changed), so
    no plain copy of the journal stays behind unasked.
    """
    problem = passphrase_problem(passphrase)
    if problem:
        raise StoreError(problem)
    driver()
    path = data_dir / DATABASE_NAME
    if not opens_with(path, None):
        raise StoreError("The journal is not a plain journal; it may already be protected.")
    damaged = damaged_copies(data_dir)
    if damaged and not delete_damaged:
        raise StoreError(
            N_(
                "Damaged copies of the journal set aside earlier are in the data folder; "
                "they can't be encrypted. Delete them (or move them elsewhere) first."
            )
        )
    marker = data_dir / PROTECTING_NAME
    try:
        outcome = _convert(data_dir, None, passphrase, "before-encrypting", marker, damaged)
    except BaseException:
        if opens_with(path, None):  # refused before the swap: undo what was started
            finish_interrupted_protect(data_dir, None)
        raise
    _remove_damaged(damaged)
    marker.unlink(missing_ok=True)
    return outcome


def _note_protecting(marker: Path, safety: Path, damaged: list[Path]) -> None:
    """Write down, before anything changes, what a finished protect removes."""
    lines = [f"safety {safety.name}", *(f"damaged {p.name}" for p in damaged)]
    write_private(marker, ("\n".join(lines) + "\n").encode("utf-8"))


def _remove_damaged(damaged: list[Path]) -> None:
    for path in damaged:
        path.unlink(missing_ok=True)


def finish_interrupted_protect(data_dir: Path, key: str | None) -> bool:
    """Complete or roll back a protect that was killed half-way; True when there was one.

    ``key`` is the passphrase the journal was just opened with (None: plain).
    An encrypted journal gets its remaining plain backups encrypted with it
    (a copy SQLite can't read is removed: it would stay plain text otherwise;
    one the system can't read is left, and Settings lists it) and the damaged
    copies the person agreed to delete deleted. A
    journal still plain means the swap never happened: only the plain safety
    copy of it goes, everything else is as before the protect.
    """
    marker = data_dir / PROTECTING_NAME
    try:
        noted = marker.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return False
    except OSError:
        noted = []
    folder = backup_dir(data_dir)
    for partial in folder.glob(f"*{CONVERTING_SUFFIX}*"):
        partial.unlink(missing_ok=True)
    entries = [line.split(" ", 1) for line in noted if " " in line]
    named = {kind: [name for k, name in entries if k == kind] for kind in ("safety", "damaged")}
    if key is None:
        for name in named["safety"]:
            safety = folder / Path(name).name
            if safety.is_file() and is_plain_sqlite(safety):
                safety.unlink()
    else:
        _encrypt_plain_backups(folder, key)
        _remove_damaged([data_dir / Path(name).name for name in named["damaged"]])
    marker.unlink(missing_ok=True)
    return True


def _encrypt_plain_backups(folder: Path, key: str) -> None:
    unreadable: tuple[type[BaseException], ...] = (StoreError, *database_errors())
    for copy in sorted(folder.glob("*.sqlite3")):
        try:
            if not (copy.is_file() and is_plain_sqlite(copy)):
                continue
            partial = copy.with_name(copy.name + CONVERTING_SUFFIX)
            try:
                export_file(copy, None, partial, key)
            except unreadable:
                log.warning("The plain backup %s could not be encrypted; removed", copy.name)
                copy.unlink(missing_ok=True)
                continue
            _swap_in(partial, copy)
        except OSError:
            log.exception("The plain backup %s could not be encrypted; left", copy.name)


def change_passphrase(data_dir: Path, current: str, new: str) -> Conversion:
    """Re-encrypt the (closed) protected journal with ``new``; ``current`` must open it."""
    problem = passphrase_problem(new)
    if problem:
        raise StoreError(problem)
    driver()
    if not opens_with(data_dir / DATABASE_NAME, current):
        raise PassphraseRequired(wrong=True)
    return _convert(data_dir, current, new, "before-new-passphrase")


def decrypt(data_dir: Path, passphrase: str) -> Conversion:
    """Remove protection from the (closed) journal; ``passphrase`` must open it."""
    driver()
    if not opens_with(data_dir / DATABASE_NAME, passphrase):
        raise PassphraseRequired(wrong=True)
    return _convert(data_dir, passphrase, None, "before-decrypting")


def _convert(
    data_dir: Path,
    source_key: str | None,
    target_key: str | None,
    reason: str,
    marker: Path | None = None,
    damaged: list[Path] | None = None,
) -> Conversion:
    path = data_dir / DATABASE_NAME
    safety = unique_backup_path(ensure_private_dir(backup_dir(data_dir)), reason)
    if marker is not None:
        _note_protecting(marker, safety, damaged or [])
    copy_database(path, safety, source_key)
    export_file(path, source_key, path.with_name(path.name + CONVERTING_SUFFIX), target_key)
    _swap_in(path.with_name(path.name + CONVERTING_SUFFIX), path)
    outcome = Conversion(safety)
    conversion_errors: tuple[type[BaseException], ...] = (StoreError, *database_errors())
    for copy in sorted(backup_dir(data_dir).glob("*.sqlite3")):
        plain = is_plain_sqlite(copy)
        if plain and target_key is None:
            continue
        key = None if plain else source_key
        partial = copy.with_name(copy.name + CONVERTING_SUFFIX)
        try:
            if not plain and key is None:
                raise StoreError("an encrypted copy, but the journal had no passphrase")
            export_file(copy, key, partial, target_key)
        except conversion_errors:
            # Already converted (a conversion that crashed earlier), under some older
            # passphrase, or damaged: either way it is left exactly as it is.
            if plain or target_key is None or not opens_with(copy, target_key):
                outcome.backups_left.append(copy)
            continue
        _swap_in(partial, copy)
        outcome.backups_converted += 1
    return outcome


def _summary(con: Any) -> list[tuple[str, int]]:
    """Every table of ``con``'s main database with its row count."""
    tables = [
        str(r[0])
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [(t, int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])) for t in tables]


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


def _swap_in(new: Path, path: Path) -> None:
    """Replace ``path`` by ``new`` atomically, leaving no stale WAL of the old file."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        new.unlink(missing_ok=True)
        raise StoreError(
            "The journal is still open in another program; close it and try again. "
            "Nothing was changed."
        )
    for leftover in (wal, Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    _replace(new, path)
    make_private(path)
    fsync_dir(path.parent)


def _replace(new: Path, path: Path) -> None:
    """The one atomic step of a conversion (a seam for the crash test)."""
    os.replace(new, path)
