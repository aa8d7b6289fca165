"""Moving the data folder safely, and remembering where it went.

The journal is copied through SQLite's backup API (a consistent snapshot), the
copy is checked, and only then does a small pointer file in the user's config
folder name the new place. The old folder is left as it was, so nothing is lost
if anything goes wrong; the person deletes it when they are satisfied.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from gutsleep.storage.backup import copy_database, read_only_uri
from gutsleep.storage.paths import DATABASE_NAME, ensure_private_dir, make_private

POINTER_NAME = "data-location.txt"


class MoveError(Exception):
    """The move could not be done; the message says why, in words."""


def pointer_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("gutsleep", appauthor=False)) / POINTER_NAME


def pointed_data_dir(pointer: Path | None = None) -> Path | None:
    """The folder a previous move recorded, if the record exists and is usable."""
    path = pointer or pointer_file()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text) if text else None


def _days(path: Path) -> int:
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM day_entry").fetchone()[0])
    finally:
        con.close()


def move_data_dir(source: Path, target: Path, pointer: Path | None = None) -> Path:
    """Copy the journal folder to ``target``, verify it, and point future starts at it."""
    source, target = source.resolve(), target.resolve()
    if target == source or source in target.parents:
        raise MoveError("Choose a folder outside the current data folder.")
    if target.exists() and any(target.iterdir()):
        raise MoveError(f"{target} is not empty; choose an empty or new folder.")
    try:
        ensure_private_dir(target)
        copy_database(source / DATABASE_NAME, target / DATABASE_NAME)
        for item in source.iterdir():
            if item.name.startswith(DATABASE_NAME) or item.name.endswith(".partial"):
                continue
            if item.is_dir():
                shutil.copytree(item, target / item.name)
            else:
                shutil.copy2(item, target / item.name)
                make_private(target / item.name)
        con = sqlite3.connect(read_only_uri(target / DATABASE_NAME), uri=True)
        try:
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
        if check != "ok" or _days(target / DATABASE_NAME) != _days(source / DATABASE_NAME):
            raise MoveError("The copy did not check out; your journal stays where it was.")
    except (OSError, sqlite3.Error) as exc:
        raise MoveError(f"The folder could not be copied ({exc}); nothing was changed.") from exc
    record = pointer or pointer_file()
    ensure_private_dir(record.parent)
    record.write_text(str(target), encoding="utf-8")
    make_private(record)
    return target
