"""A -wal cut short while the journal was closed: the check says so, in words.

Reproduction of the issue: days saved without a clean close (the files copied
while the journal was open, as a sync tool or a crash leaves them), the -wal
then truncated: SQLite replays what is left without a word, days are gone, and
``check`` used to call the journal sound.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.backups import health
from gutsleep.storage.file import wal
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

DAYS = 60


def _unclean_copy(tmp_path: Path) -> Path:
    """A journal whose last session never closed: its days are in the -wal only."""
    source = tmp_path / "source"
    database = Database.open(source)
    JournalRepository(database).save(DayEntry(day=date(2025, 1, 1), notes="first"))
    database.close()  # a clean close: the days below are in the -wal only
    database = Database.open(source)
    repo = JournalRepository(database)
    for n in range(1, DAYS):
        repo.save(DayEntry(day=date(2025, 1, 1) + timedelta(days=n), notes=f"day {n}"))
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("journal.sqlite3", "journal.sqlite3-wal"):
        shutil.copyfile(source / name, copy / name)  # copied while open: no clean close
    database.close()
    return copy


def _count(data: Path) -> int:
    database = Database.open(data)
    try:
        return JournalRepository(database).count()
    finally:
        database.close()


def test_an_intact_wal_reads_as_sound_with_every_transaction(tmp_path: Path) -> None:
    copy = _unclean_copy(tmp_path)
    state = wal.inspect(copy / "journal.sqlite3")
    assert state.exists and state.sound
    assert state.transactions >= DAYS - 1 and state.partial_bytes == 0


def test_a_truncated_wal_loses_days_and_the_check_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _unclean_copy(tmp_path)
    log = copy / "journal.sqlite3-wal"
    with open(log, "r+b") as handle:
        handle.truncate(log.stat().st_size * 2 // 3 + 1000)
    assert not wal.inspect(copy / "journal.sqlite3").sound
    code = main(["--data-dir", str(copy), "check"])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "The journal is sound" not in out
    assert "write-ahead log (journal.sqlite3-wal) was cut short or damaged" in out
    assert "did not end with a clean close" in out
    assert "restore a backup" in out
    assert 1 < _count(copy) < DAYS  # the days really are gone: SQLite said nothing


def test_a_wal_cut_at_a_page_boundary_and_a_damaged_page_are_reported(tmp_path: Path) -> None:
    copy = _unclean_copy(tmp_path)
    path = copy / "journal.sqlite3"
    log = copy / "journal.sqlite3-wal"
    state = wal.inspect(path)
    frame = wal.FRAME_HEADER_SIZE + 4096
    raw = bytearray(log.read_bytes())
    middle = wal.HEADER_SIZE + (state.frames // 2) * frame
    raw[middle + wal.FRAME_HEADER_SIZE + 100] ^= 0xFF  # one byte of one page
    log.write_bytes(bytes(raw))
    damaged = wal.inspect(path)
    assert damaged.bad_frames == state.frames - state.frames // 2
    assert damaged.committed_frames <= state.frames // 2
    log.write_bytes(b"\0" * 32 + bytes(raw[32:]))
    assert not wal.inspect(path).header_ok
    database = Database.open(copy)
    try:
        report = health.check_database(database)
    finally:
        database.close()
    assert not report.ok
    assert "had no valid header" in "\n".join(report.lines())


def test_a_clean_close_and_an_empty_wal_say_nothing_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2025, 1, 1)))
    database.close()
    assert main(["--data-dir", str(data), "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The journal is sound") and "clean close" not in out
    assert wal.inspect(data / "journal.sqlite3") == wal.WalState()


def test_an_unclean_close_with_a_sound_wal_is_a_note_not_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _unclean_copy(tmp_path)
    assert main(["--data-dir", str(copy), "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The journal is sound")
    assert "did not end with a clean close" in out
    assert _count(copy) == DAYS


def test_a_leftover_of_an_older_log_is_normal(tmp_path: Path) -> None:
    """After a checkpoint SQLite writes the log again from its start with new salts;
    the older frames behind the new ones are not replayed, and that is no loss."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / "journal.sqlite3"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (x)")
    for n in range(30):
        con.execute("INSERT INTO t VALUES (?)", (str(n) * 500,))
    keep = sqlite3.connect(path)  # a second connection keeps the -wal from being deleted
    keep.execute("SELECT 1").fetchall()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    for n in range(30):
        con.execute("INSERT INTO t VALUES (?)", (str(n) * 500,))
    con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    con.execute("INSERT INTO t VALUES ('after restart')")  # restarts the log: new salts
    state = wal.inspect(path)
    keep.close()
    con.close()
    assert state.sound, state
    assert state.frames > state.committed_frames  # the older frames are there, not replayed


def test_while_another_process_has_the_journal_open_its_live_log_is_not_judged(
    tmp_path: Path,
) -> None:
    import os
    import platform

    from gutsleep.storage.file import lockfile

    copy = _unclean_copy(tmp_path)
    with open(copy / "journal.sqlite3-wal", "r+b") as handle:
        handle.truncate(5000)  # what a reader may see of a log that is being written
    lockfile.lock_path(copy).write_text(
        f"{os.getppid()}\npython3\n{platform.node()}\n", encoding="utf-8"
    )
    database = Database.open(copy)
    try:
        report = health.check_database(database)
    finally:
        database.close()
    text = "\n".join(report.lines())
    assert report.ok, text
    assert "were not judged" in text and "clean close" not in text
