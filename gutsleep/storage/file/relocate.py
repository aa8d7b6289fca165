"""Moving the data folder safely, and remembering where it went.

The journal is copied through SQLite's backup API (a consistent snapshot), the
copy is checked, and only then does a small pointer file in the user's config
folder name the new place. The old folder is left as it was, so nothing is lost
if anything goes wrong; the person deletes it when they are satisfied.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from gutsleep.storage.file import crypto
from gutsleep.storage.file.paths import (
    DATABASE_NAME,
    ensure_private_dir,
    make_private,
    pointer_file,
    read_only_uri,
)
from gutsleep.storage.file.private_files import write_private
from gutsleep.storage.file.snapshot import copy_database


class MoveError(Exception):
    """The move could not be done; the message says why, in words."""


def _read_only(path: Path, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(read_only_uri(path), uri=True)
    return crypto.connect(path, passphrase, read_only=True)


def _days(path: Path, passphrase: str | None = None) -> int:
    con = _read_only(path, passphrase)
    try:
        return int(con.execute("SELECT count(*) FROM day_entry").fetchone()[0])
    finally:
        con.close()


def move_data_dir(
    source: Path, target: Path, pointer: Path | None = None, passphrase: str | None = None
) -> Path:
    """Copy the journal folder to ``target``, verify it, and point future starts at it.

    ``passphrase`` opens a protected journal; the copy is checked with it and
    stays encrypted. On any failure what was copied is removed again (the
    folder was empty) and nothing points at it.
    """
    source, target = source.resolve(), target.resolve()
    if target == source or source in target.parents:
        raise MoveError("Choose a folder outside the current data folder.")
    if target.exists() and any(target.iterdir()):
        raise MoveError(f"{target} is not empty; choose an empty or new folder.")
    created = not target.exists()
    try:
        _copy_and_check(source, target, passphrase)
    except BaseException:
        _clear(target, remove_folder=created)
        raise
    record = pointer or pointer_file()
    ensure_private_dir(record.parent)
    write_private(record, str(target).encode("utf-8"))
    return target


def _clear(target: Path, *, remove_folder: bool) -> None:
    """Remove what a failed move copied into ``target`` (which was empty before)."""
    if not target.is_dir():
        return
    for item in target.iterdir():
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
    if remove_folder:
        with contextlib.suppress(OSError):
            target.rmdir()


def _copy_and_check(source: Path, target: Path, passphrase: str | None) -> None:
    try:
        ensure_private_dir(target)
        try:
            copy_database(source / DATABASE_NAME, target / DATABASE_NAME, passphrase)
        except crypto.database_errors() as exc:
            raise MoveError(
                "The journal could not be read (is it protected, and is gutsleep unlocked with "
                "its passphrase?); your journal stays where it was."
            ) from exc
        for item in source.iterdir():
            if item.name.startswith(DATABASE_NAME) or item.name.endswith((".partial", ".part")):
                continue
            if item.is_dir():
                shutil.copytree(item, target / item.name)
            else:
                shutil.copy2(item, target / item.name)
                make_private(target / item.name)
        con = _read_only(target / DATABASE_NAME, passphrase)
        try:
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
        copied, kept = (_days(p / DATABASE_NAME, passphrase) for p in (target, source))
        if check != "ok" or copied != kept:
            raise MoveError("The copy did not check out; your journal stays where it was.")
    except (OSError, sqlite3.Error) as exc:
        raise MoveError(f"The folder could not be copied ({exc}); nothing was changed.") from exc
