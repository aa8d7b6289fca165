"""Protecting the journal with a passphrase, changing it, and removing protection.

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
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from gutsleep.domain.text import N_
from gutsleep.storage.errors import StoreError
from gutsleep.storage.file.crypto import (
    PassphraseRequired,
    database_errors,
    driver,
    export_file,
    is_plain_sqlite,
    looks_encrypted,
    opens_with,
    passphrase_problem,
)
from gutsleep.storage.file.paths import (
    DAMAGED_PREFIX,
    DATABASE_NAME,
    ensure_private_dir,
    fsync_dir,
    make_private,
)
from gutsleep.storage.file.private_files import write_private
from gutsleep.storage.file.snapshot import backup_dir, copy_database, unique_backup_path

log = logging.getLogger(__name__)

#: A conversion writes the new journal here before the atomic swap.
CONVERTING_SUFFIX = ".converting"
#: Present from the start of a protect until every copy is encrypted (names only).
PROTECTING_NAME = "protecting.txt"


def discard_partials(path: Path) -> None:
    """Remove a half-written conversion left by a crash; the journal itself is intact."""
    partial = path.with_name(path.name + CONVERTING_SUFFIX)
    for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)


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
