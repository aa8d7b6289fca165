"""A journal file removed or replaced while open: writes refuse, nothing recreates it empty."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from gutsleep.storage.file import save_failures
from gutsleep.storage.file.save_failures import JournalFileGone, failure_kind

DAY = date(2026, 2, 1)


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_a_save_into_a_removed_file_refuses_and_recreates_nothing(services) -> None:
    entry = replace(services.journal.blank(DAY), notes="before")
    services.journal.save(entry)
    path = services.database.path
    remove(path)
    assert services.journal.file_replaced()
    with pytest.raises(JournalFileGone):
        services.journal.save(replace(entry, notes="after"))
    assert not path.exists()


def test_a_new_connection_never_creates_a_removed_journal(services) -> None:
    services.journal.save(replace(services.journal.blank(DAY), notes="before"))
    path = services.database.path
    services.database.release()  # every connection closed: the next one opens the path
    remove(path)
    with pytest.raises(Exception) as caught:
        services.journal.load(DAY)
    assert "unable to open database file" in str(caught.value)
    assert not path.exists()


def test_a_replaced_file_is_noticed_but_a_restore_is_not(services, tmp_path: Path) -> None:
    services.journal.save(replace(services.journal.blank(DAY), notes="before"))
    path = services.database.path
    assert not services.journal.file_replaced()
    services.database.release()  # as a restore does before swapping the file in
    shutil.copy(path, tmp_path / "copy.sqlite3")
    os.replace(tmp_path / "copy.sqlite3", path)
    services.journal.save(replace(services.journal.blank(DAY), notes="restored, then saved"))
    assert not services.journal.file_replaced()
    shutil.copy(path, tmp_path / "other.sqlite3")
    os.replace(tmp_path / "other.sqlite3", path)  # behind the app's back
    assert services.journal.file_replaced()


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), save_failures.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), save_failures.READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), save_failures.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), save_failures.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), save_failures.BUSY),
        (JournalFileGone("gone"), save_failures.GONE),
        (ValueError("something else"), save_failures.OTHER),
    ],
)
def test_failures_are_sorted_into_kinds(error: Exception, kind: str) -> None:
    assert failure_kind(error) == kind


def test_a_driver_error_wrapped_by_sqlalchemy_is_sorted_by_its_cause() -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError(
        "UPDATE day_entry", {}, sqlite3.OperationalError("database is locked")
    )
    assert failure_kind(wrapped) == save_failures.BUSY
