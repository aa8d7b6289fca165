"""A journal closed cleanly and unchanged since skips the whole-file check; any change doesn't."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file.database import VERIFIED_NAME, Database
from gutsleep.storage.file.schema import DamagedFileError
from gutsleep.storage.journal.repository import JournalRepository


def _journal(data: Path, days: int = 40) -> Path:
    database = Database.open(data)
    repo = JournalRepository(database)
    for n in range(days):
        repo.save(DayEntry(day=date(2026, 1, 1).replace(day=1 + n % 28, month=1 + n // 28)))
    database.close()
    return data / "journal.sqlite3"


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = Database.quick_check

    def counted(self: Database) -> str | None:
        calls.append(1)
        return original(self)

    monkeypatch.setattr(Database, "quick_check", counted)
    return calls


def test_a_clean_close_vouches_for_the_next_open_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    _journal(data)
    assert (data / VERIFIED_NAME).exists()
    if os.name == "posix":
        assert (data / VERIFIED_NAME).stat().st_mode & 0o777 == 0o600
    calls = _checks(monkeypatch)
    database = Database.open(data)
    assert calls == []  # the very file the last clean close left
    assert not (data / VERIFIED_NAME).exists()  # a crash from here on brings the check back
    JournalRepository(database).save(DayEntry(day=date(2026, 3, 1), notes="new"))
    Database.open(data).close()  # (a second opener while this one is open: checked)
    assert calls == [1]
    database.close()


def test_a_crash_leaves_no_note_so_the_next_open_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    _journal(data)
    Database.open(data)  # never closed: as after a crash
    calls = _checks(monkeypatch)
    Database.open(data).close()
    assert calls == [1]


@settings(max_examples=20, deadline=None)
@given(offset=st.integers(min_value=4096, max_value=40_000), byte=st.integers(0, 255))
def test_any_changed_byte_brings_the_check_back(
    tmp_path_factory: pytest.TempPathFactory, offset: int, byte: int
) -> None:
    data = tmp_path_factory.mktemp("data")
    path = _journal(data)
    stat = path.stat()
    at = offset % stat.st_size
    with open(path, "r+b") as handle:  # one byte, size and time kept
        handle.seek(at)
        changed = handle.read(1) != bytes([byte])
        handle.seek(at)
        handle.write(bytes([byte]))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    calls: list[int] = []
    original = Database.quick_check

    def counted(self: Database) -> str | None:
        calls.append(1)
        return original(self)

    refused = False
    with mock.patch.object(Database, "quick_check", counted):
        try:
            Database.open(data).close()
        except DamagedFileError:
            refused = True  # found by reading the schema or by the check
    if changed:
        assert calls == [1] or refused  # never trusted as the file that was closed
    else:
        assert calls == [] and not refused


def test_pages_smashed_after_a_clean_close_are_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _journal(data, days=120)
    stat = path.stat()
    with open(path, "r+b") as handle:  # a whole page in the middle overwritten
        handle.seek(stat.st_size // 2 // 4096 * 4096)
        handle.write(b"\xa5" * 4096)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the time put back
    with pytest.raises(DamagedFileError):
        Database.open(data)
