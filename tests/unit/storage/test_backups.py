"""Backups: rotation, consistency under writes, restore with a safety copy, health checks."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.storage.backups.copies import (
    BackupError,
    BackupInfo,
    back_up,
    back_up_to,
    daily_backup_if_due,
    list_backups,
    parse_backup_name,
    plan_rotation,
    rotate,
)
from gutsleep.storage.backups.health import check_database, check_file
from gutsleep.storage.backups.restoring import restore, validate_backup
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.schema import (
    DamagedFileError,
    ForeignFileError,
    NewerSchemaError,
    inspect_file,
)
from gutsleep.storage.file.snapshot import backup_dir
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.transfer import export_journal

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def day(n: int, note: str = "") -> DayEntry:
    return DayEntry(
        day=date(2026, 1, 1) + timedelta(days=n),
        notes=note or f"day {n}",
        stress=StressMood(stress=n % 11),
    )


def journal(folder: Path, count: int = 3) -> Database:
    database = Database.open(folder)
    JournalRepository(database).save_many([day(n) for n in range(count)])
    return database


def corrupt(path: Path, table: str = "day_entry") -> None:
    """Overwrite the header of ``table``'s b-tree page: SQLite will call the file malformed."""
    con = sqlite3.connect(path)
    (root,) = con.execute("select rootpage from sqlite_master where name = ?", (table,)).fetchone()
    (page_size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def state(database: Database, tmp: Path) -> bytes:
    target = tmp / "state.json"
    export_journal(database, target, exported_at=None)
    return target.read_bytes()


# names and rotation ---------------------------------------------------------------


def test_backup_names_are_parsed() -> None:
    assert parse_backup_name("journal-20260329-071200-daily.sqlite3") == (
        datetime(2026, 3, 29, 7, 12),
        "daily",
    )
    assert parse_backup_name("journal-20260329-071200-daily-2.sqlite3") == (
        datetime(2026, 3, 29, 7, 12),
        "daily",
    )
    assert parse_backup_name(
        "journal-20260329-071200-before-upgrade-from-0001_journal.sqlite3"
    ) == (datetime(2026, 3, 29, 7, 12), "before-upgrade-from-0001_journal")
    for name in (
        "journal.sqlite3",
        "journal-2026-daily.sqlite3",
        "notes.txt",
        "journal-20261399-071200-daily.sqlite3",
        "journal-20260329-071200-.sqlite3",
    ):
        assert parse_backup_name(name) is None


def fake(taken: datetime, reason: str = "daily") -> BackupInfo:
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    return BackupInfo(Path(f"journal-{stamp}-{reason}.sqlite3"), taken, reason, 1)


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = date(2025, 1, 1)
    every_day = [
        fake(datetime.combine(start + timedelta(days=n), datetime.min.time()).replace(hour=9))
        for n in range((date(2026, 12, 31) - start).days + 1)
    ]
    # two copies on the newest day: only the newer of them counts for that day
    every_day.append(fake(datetime(2026, 12, 31, 8, 0)))
    keep, remove = plan_rotation(every_day)
    kept = sorted(b.taken_at.date() for b in keep)
    daily = [date(2026, 12, d) for d in range(25, 32)]
    weekly = [date(2026, 11, 29), date(2026, 12, 6), date(2026, 12, 13), date(2026, 12, 20)]
    monthly = [date(2025, 12, 31)] + [
        (date(2026, m + 1, 1) - timedelta(days=1)) for m in range(1, 12)
    ]
    assert kept == sorted(daily + weekly + monthly)
    assert len(keep) == 7 + 4 + 12
    assert len(keep) + len(remove) == len(every_day)
    assert datetime(2026, 12, 31, 8, 0) in [b.taken_at for b in remove]


def test_rotation_bounds_safety_copies_and_never_touches_others() -> None:
    now = datetime(2026, 6, 1, 12, 0)
    safety = [fake(now - timedelta(hours=h), "before-import") for h in range(15)]
    safety += [fake(now - timedelta(days=400), "before-upgrade-from-0001_journal")]
    manual = [fake(now - timedelta(days=d), "manual") for d in (1, 500)]
    keep, remove = plan_rotation(safety + manual)
    assert {b.path for b in remove} == {b.path for b in safety[10:]}
    assert set(manual) <= set(keep)


def test_rotate_deletes_files_in_the_backups_folder(tmp_path: Path) -> None:
    folder = backup_dir(tmp_path)
    folder.mkdir()
    now = datetime(2026, 6, 30, 9, 0)
    for n in range(20):
        (folder / f"journal-{(now - timedelta(days=n)):%Y%m%d-%H%M%S}-daily.sqlite3").touch()
    (folder / "my-own-copy.sqlite3").touch()
    removed = rotate(tmp_path)
    names = sorted(p.name for p in folder.iterdir())
    assert len(removed) == 20 - 7 - 2  # 7 days, then the Sundays 2026-06-21, 06-14
    assert "my-own-copy.sqlite3" in names
    assert len(list_backups(tmp_path)) == 9


def test_daily_backup_at_most_once_a_day(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    monday = datetime(2026, 3, 2, 8, 0)
    first = daily_backup_if_due(database.path, database.data_dir, monday)
    assert first is not None and first.name == "journal-20260302-080000-daily.sqlite3"
    assert (
        daily_backup_if_due(database.path, database.data_dir, monday + timedelta(hours=5)) is None
    )
    assert daily_backup_if_due(database.path, database.data_dir, monday + timedelta(days=1))
    assert [b.reason for b in list_backups(database.data_dir)] == ["daily", "daily"]
    database.close()


def test_copies_within_one_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    now = datetime(2026, 3, 2, 8, 0)
    paths = {back_up(database.path, database.data_dir, "before-import", now) for _ in range(3)}
    assert len(paths) == 3
    database.close()


# consistency ------------------------------------------------------------------------


def test_a_backup_taken_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    database = journal(tmp_path / "data", count=50)
    stop = threading.Event()
    written: list[int] = []
    failed: list[BaseException] = []

    def writer() -> None:
        writer_db = Database.open(database.data_dir)
        try:
            repo = JournalRepository(writer_db)
            n = 100
            while not stop.is_set():
                repo.save(day(n % 300, "x" * (n % 500)))
                n += 1
                written.append(n)
        except BaseException as exc:  # reported below: a dead writer must not hang the test
            failed.append(exc)
        finally:
            writer_db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        while len(written) < 30 and thread.is_alive():
            time.sleep(0.001)
        assert not failed, failed
        for index in range(5):
            copies.append(back_up_to(database.path, tmp_path / f"copy-{index}.sqlite3"))
    finally:
        stop.set()
        thread.join()
    assert len(written) > 30
    for copy in copies:
        con = sqlite3.connect(copy)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        con.close()
        assert check_file(copy).ok
    database.close()


def test_back_up_to_a_folder_and_never_over_the_journal(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    target = back_up_to(database.path, tmp_path)
    assert target.parent == tmp_path and target.name.endswith("-manual.sqlite3")
    with pytest.raises(BackupError):
        back_up_to(database.path, database.path)
    text = tmp_path / "notes.txt"
    text.write_text("mine")
    with pytest.raises(BackupError):
        back_up_to(database.path, text)
    assert text.read_text() == "mine"
    database.close()


# restore -----------------------------------------------------------------------------


def test_restore_brings_back_an_earlier_state_and_keeps_the_replaced_one(tmp_path: Path) -> None:
    database = journal(tmp_path / "data", count=3)
    earlier = state(database, tmp_path)
    copy = back_up(database.path, database.data_dir)
    repo = JournalRepository(database)
    repo.save(day(10, "written after the backup"))
    repo.delete(date(2026, 1, 1))
    later = state(database, tmp_path)
    assert later != earlier

    result = restore(database.data_dir, copy, release=database.engine.dispose)

    assert result.restored_from == copy and not result.upgraded
    assert state(database, tmp_path) == earlier  # the same Database object reconnects
    assert result.previous is not None and result.previous.name.endswith("before-restore.sqlite3")
    kept = Database.open(tmp_path / "kept")
    kept.close()
    shutil.copy(result.previous, kept.path)
    kept = Database.open(kept.data_dir)
    assert state(kept, tmp_path) == later
    kept.close()
    assert not (database.data_dir / "journal.sqlite3.restoring").exists()
    database.close()
    assert inspect_file(database.path).revision is not None


def test_restore_refuses_what_is_not_a_sound_journal(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    before = state(database, tmp_path)
    text = tmp_path / "text.sqlite3"
    text.write_text("hello")
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    newer = back_up_to(database.path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("update alembic_version set version_num = '9999_future'")
    con.commit()
    con.close()
    damaged = back_up_to(database.path, tmp_path / "damaged.sqlite3")
    corrupt(damaged)
    for path, error in (
        (tmp_path / "missing.sqlite3", BackupError),
        (text, BackupError),
        (foreign, ForeignFileError),
        (newer, NewerSchemaError),
        (damaged, DamagedFileError),
        (database.path, BackupError),
    ):
        with pytest.raises(error):
            restore(database.data_dir, path, release=database.engine.dispose)
    assert state(database, tmp_path) == before
    assert [b.reason for b in list_backups(database.data_dir)] == []
    database.close()


def test_restoring_an_older_schema_upgrades_it(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "0001_journal.sqlite3", old)
    assert validate_backup(old).revision == "0001_journal"
    result = restore(database.data_dir, old, release=database.engine.dispose)
    assert result.upgraded and result.revision == "0001_journal"
    assert [e.day for e in JournalRepository(database).between()] == [date(2026, 3, 29)]
    assert check_database(database).ok
    database.close()


def test_restore_over_a_damaged_journal_keeps_a_raw_copy(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    good = back_up(database.path, database.data_dir)
    database.close()
    data = bytearray(database.path.read_bytes())
    data[0:16] = b"not sqlite at al"
    database.path.write_bytes(bytes(data))
    result = restore(database.data_dir, good)
    assert result.previous is not None and "damaged" in result.previous.name
    assert result.previous.read_bytes()[:16] == b"not sqlite at al"
    reopened = Database.open(database.data_dir)
    assert len(JournalRepository(reopened).between()) == 3
    reopened.close()


def test_restore_into_an_empty_folder(tmp_path: Path) -> None:
    database = journal(tmp_path / "data")
    copy = back_up_to(database.path, tmp_path / "copy.sqlite3")
    database.close()
    result = restore(tmp_path / "new", copy)
    assert result.previous is None
    reopened = Database.open(tmp_path / "new")
    assert len(JournalRepository(reopened).between()) == 3
    reopened.close()


# checks ----------------------------------------------------------------------------------


def test_check_reports_a_sound_journal(tmp_path: Path) -> None:
    database = journal(tmp_path / "data", count=4)
    report = check_database(database)
    assert report.ok and report.days_checked == 4
    assert report.lines() == [
        "The journal is sound: the file passed SQLite's checks and all 4 days are valid."
    ]
    database.close()


def test_check_finds_impossible_values_and_orphans(tmp_path: Path) -> None:
    database = journal(tmp_path / "data", count=2)
    con = sqlite3.connect(database.path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("update day_entry set quality = 9 where day = '2026-01-02'")
    con.execute(
        "insert into intake (day_id, position, name, dose, kind, strain, cfu)"
        " values (999, 0, 'ghost', '', 'supplement', '', '')"
    )
    con.commit()
    con.close()
    report = check_database(database)
    assert not report.ok
    text = "\n".join(report.lines())
    assert "2026-01-02, sleep.quality: Use a number from 1 to 5." in text
    assert "1 row(s) of “intake” point at a missing row of “day_entry”." in text
    database.close()


def test_check_file_reports_a_damaged_file_without_raising(tmp_path: Path) -> None:
    database = journal(tmp_path / "data", count=30)
    database.close()
    assert not Path(f"{database.path}-wal").exists()
    corrupt(database.path)
    report = check_file(database.path)
    assert not report.ok
    lines = report.lines()
    assert lines[0].startswith("The journal has")
    assert any("integrity" in line or "can't read" in line for line in lines[1:])
