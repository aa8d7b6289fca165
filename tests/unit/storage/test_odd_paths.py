"""A data folder whose name has URI characters (%41, %, #, ?), spaces or non-Latin letters.

SQLite reads ``file:`` URIs: such a name must be quoted, or ``%41`` becomes
``A`` (a sound journal looks unreadable) and ``#``/``?`` cut the path short
(SQLite opens, and creates, a file in the parent folder).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file import crypto, relocate
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.paths import sqlite_uri
from gutsleep.storage.file.schema import FileState, inspect_file
from gutsleep.storage.journal.repository import JournalRepository

ODD_NAMES = [
    "Schlaf tagebuch #1 ?%41 ünïcødé 睡眠",
    "%41",
    "100%",
    "a#b",
    "what?mode=rw",
]


def _journal(data: Path, days: int = 3) -> None:
    database = Database.open(data)
    JournalRepository(database).save_many(
        [DayEntry(day=date(2026, 4, n), notes=f"day {n}") for n in range(1, days + 1)]
    )
    database.close()


def _days(data: Path) -> int:
    database = Database.open(data)
    try:
        return JournalRepository(database).count()
    finally:
        database.close()


def _listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_uri_keeps_every_character_of_the_name(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / ODD_NAMES[0] / "journal.sqlite3"
    path.parent.mkdir()
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        assert con.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("CREATE TABLE u (x)")
    finally:
        con.close()
    assert _listing(tmp_path) == {ODD_NAMES[0]}


@pytest.mark.parametrize("name", ODD_NAMES)
def test_create_save_reopen_check_backup_restore_export_move(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / name
    _journal(data)
    assert inspect_file(data / "journal.sqlite3").state is FileState.CURRENT
    assert _days(data) == 3
    assert main(["--data-dir", str(data), "check"]) == 0
    assert "sound" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "backup"]) == 0
    backup = Path(capsys.readouterr().out.strip().removeprefix("Backed up the journal to ")[:-1])
    assert backup.is_file()
    assert main(["--data-dir", str(data), "export", str(data / "export #1?.json")]) == 0
    assert (data / "export #1?.json").is_file()
    assert main(["--data-dir", str(data), "restore", str(backup)]) == 0, capsys.readouterr()
    assert _days(data) == 3
    moved = relocate.move_data_dir(data, tmp_path / f"moved {name}", tmp_path / "pointer.txt")
    assert _days(moved) == 3
    assert _listing(tmp_path) == {name, f"moved {name}", "pointer.txt"}  # no stray files


@pytest.mark.skipif(not crypto.encryption_available(), reason="SQLCipher is not installed")
def test_an_encrypted_journal_in_an_odd_folder(tmp_path: Path) -> None:
    data = tmp_path / ODD_NAMES[0]
    _journal(data)
    database = Database.open(data)
    database.protect("correct horse battery")
    database.close()
    database = Database.open(data, "correct horse battery")
    try:
        assert database.encrypted
        assert JournalRepository(database).count() == 3
        copy = database.copy_to(data / "backups" / "copy #1?.sqlite3")
    finally:
        database.close()
    assert crypto.opens_with(copy, "correct horse battery")
    assert _listing(tmp_path) == {ODD_NAMES[0]}


def test_moving_a_folder_whose_journal_sqlite_cannot_read_says_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _journal(data)
    (data / "journal.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    with pytest.raises(relocate.MoveError, match="stays where it was"):
        relocate.move_data_dir(data, tmp_path / "moved", tmp_path / "pointer.txt")
    assert not (tmp_path / "pointer.txt").exists()
