"""Restoring a backup over the journal: checked first, swapped in atomically.

Restoring keeps the journal's own protection: a plain backup restored into a
protected journal comes back encrypted with the journal's passphrase, and an
encrypted backup restored into a plain journal (given the backup's
passphrase) comes back plain. Protection is a choice made for the journal in
Settings, not a property of one old copy; :class:`RestoreResult` says when the
backup was converted.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gutsleep.storage.backups.copies import (
    BEFORE_RESTORE,
    BackupError,
    back_up_to,
    is_sqlite,
    pragma_check,
    quick_check,
    rotate,
)
from gutsleep.storage.file import crypto
from gutsleep.storage.file.database import note_verified
from gutsleep.storage.file.paths import DATABASE_NAME, ensure_private_dir, fsync_dir
from gutsleep.storage.file.private_files import private_path
from gutsleep.storage.file.schema import (
    DamagedFileError,
    FileState,
    Inspection,
    inspect_file,
    prepare,
)
from gutsleep.storage.file.snapshot import backup_dir, copy_database, unique_backup_path


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where it came from and where the replaced journal went.

    ``encrypted``: the restored journal is protected with a passphrase (the
    journal's own, as before the restore). ``converted``: the backup's
    protection (or passphrase) differed from the journal's, and the restored
    copy was encrypted, decrypted or re-keyed to match the journal.
    """

    restored_from: Path
    previous: Path | None
    revision: str | None
    upgraded: bool
    encrypted: bool = False
    converted: bool = False


def validate_backup(path: Path, passphrase: str | None = None) -> Inspection:
    """Check that ``path`` is a sound gutsleep journal of a schema we know.

    An encrypted backup is opened with ``passphrase``. Raises BackupError (or
    another StoreError: newer, foreign, damaged, crypto.PassphraseRequired
    when the backup is encrypted and ``passphrase`` is missing or doesn't
    open it) with a sentence saying why it can't be restored.
    """
    return _validate(path, passphrase)[0]


def _backup_key(path: Path, passphrase: str | None) -> str | None:
    """The key that opens the backup at ``path``: None when it is a plain file."""
    if is_sqlite(path):
        return None
    if not crypto.looks_encrypted(path):
        raise BackupError(f"{path} is not a gutsleep backup (not an SQLite database).")
    if not crypto.encryption_available():
        raise crypto.EncryptionUnavailableError(
            f"{path} is protected with a passphrase, and this installation of gutsleep can't "
            f"open protected files. Install the encryption extra: {crypto.INSTALL_HINT}"
        )
    if passphrase is None:
        raise crypto.PassphraseRequired(
            f"{path} is protected with a passphrase, and this journal isn't; gutsleep needs "
            "that backup's passphrase to restore it."
        )
    if not crypto.opens_with(path, passphrase):
        raise crypto.PassphraseRequired(
            f"{path} is protected with a different passphrase from this journal's "
            "(perhaps one used before it was changed); it can't be opened with it.",
            wrong=True,
        )
    return passphrase


def _validate(path: Path, passphrase: str | None) -> tuple[Inspection, str | None]:
    """:func:`validate_backup`, and the key the backup opens with (None: plain)."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    key = _backup_key(path, passphrase)
    inspection = inspect_file(path, key)
    if inspection.state is FileState.NEW:
        raise BackupError(f"{path} holds no journal.")
    problem = _integrity(path, key)
    if problem:
        raise DamagedFileError(f"{path} is damaged ({problem}); it can't be restored.")
    return inspection, key


def _integrity(path: Path, passphrase: str | None = None) -> str | None:
    return pragma_check(path, "integrity_check", passphrase)


def _protected(journal: Path) -> bool:
    """True when ``journal`` looks like an encrypted file (not plain SQLite)."""
    try:
        return (
            journal.is_file()
            and journal.stat().st_size > 0
            and not is_sqlite(journal)
            and crypto.looks_encrypted(journal)
        )
    except OSError:
        return False


def _stage(source: Path, source_key: str | None, staging: Path, target_key: str | None) -> None:
    """A consistent copy of the backup at ``staging``, protected like the journal."""
    if source_key == target_key:
        copy_database(source, staging, target_key)
    else:  # plain to encrypted or back, through SQLCipher's checked export
        crypto.export_file(source, source_key, staging, target_key)


def keep_damaged(current: Path, data_dir: Path) -> Path:
    """A plain, private copy of a journal the backup API can't read (closed by now),
    with its write-ahead log; the copy's path."""
    folder = ensure_private_dir(backup_dir(data_dir))
    target = unique_backup_path(folder, f"{BEFORE_RESTORE}-damaged")
    with private_path(target) as part:
        shutil.copyfile(current, part)
    wal = Path(f"{current}-wal")
    if wal.exists():
        with private_path(Path(f"{target}-wal")) as part:
            shutil.copyfile(wal, part)
    return target


def restore(
    data_dir: Path,
    backup_path: Path,
    *,
    release: Callable[[], None] | None = None,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> RestoreResult:
    """Replace the journal in ``data_dir`` with the copy at ``backup_path``.

    The copy is checked first; then the current journal is backed up
    (``before-restore``); then ``release`` must close every connection to it
    (e.g. ``database.engine.dispose``); then the checked copy, already written
    next to the journal, replaces it with one atomic rename. An older schema is
    upgraded afterwards. On any refusal the journal is untouched.

    ``passphrase`` is the key of the (encrypted) journal being replaced: its
    safety copy and the restored journal are encrypted with it, whatever the
    backup's own state. ``backup_passphrase`` opens an encrypted backup
    (by default ``passphrase``).
    """
    backup_path = Path(backup_path)
    target = data_dir / DATABASE_NAME
    if target.exists() and backup_path.exists() and backup_path.resolve() == target.resolve():
        raise BackupError("That is the journal itself, not a backup of it.")
    if passphrase is None and _protected(target):
        # Without the key the restored journal would silently lose its protection.
        raise crypto.PassphraseRequired(
            f"The journal in {data_dir} is protected with a passphrase, and a restore needs it "
            "so that the restored journal stays protected. Restore from the app's File menu "
            "(Restore from backup…)."
        )
    inspection, backup_key = _validate(
        backup_path, passphrase if backup_passphrase is None else backup_passphrase
    )
    ensure_private_dir(data_dir)
    staging = data_dir / f"{DATABASE_NAME}.restoring"
    staging.unlink(missing_ok=True)
    try:
        _stage(backup_path, backup_key, staging, passphrase)
        problem = quick_check(staging, passphrase)
        if problem:
            raise DamagedFileError(f"The copy of {backup_path} failed its check ({problem}).")
        previous: Path | None = None
        damaged = False
        if target.exists() and target.stat().st_size > 0:
            try:
                previous = back_up_to(
                    target,
                    unique_backup_path(ensure_private_dir(backup_dir(data_dir)), BEFORE_RESTORE),
                    passphrase,
                )
            except BackupError:
                damaged = True
        if release is not None:
            release()
        if damaged:
            previous = keep_damaged(target, data_dir)
        # A -wal or -shm left by the old file must never be replayed onto the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staging, target)
        fsync_dir(data_dir)
    finally:
        staging.unlink(missing_ok=True)
    upgraded = False
    if inspection.state is FileState.OLDER:
        prepare(target, data_dir, passphrase)
        upgraded = True
    note_verified(target)  # checked above: the next open needs no check, and no note of a crash
    rotate(data_dir)
    return RestoreResult(
        backup_path,
        previous,
        inspection.revision,
        upgraded,
        encrypted=passphrase is not None,
        converted=backup_key != passphrase,
    )
