"""Encryption at rest with SQLCipher: protect, reopen, refuse, change, remove, survive a crash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry, Food, FoodItem, Gut, Practice, StressMood
from gutsleep.storage.file import crypto, protection
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.schema import FileState, StoreError, inspect_file
from gutsleep.storage.file.snapshot import backup_dir
from gutsleep.storage.journal.repository import JournalRepository

pytestmark = pytest.mark.skipif(
    not crypto.encryption_available(),
    reason='SQLCipher is not installed: pip install -e ".[test,encryption]"',
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "correct horse ' battery \" staple"
DAY = date(2026, 5, 1)


def entry(day: date = DAY, notes: str = "slept badly; tried kefir") -> DayEntry:
    return DayEntry(
        day=day,
        food=Food(foods=(FoodItem("kefir", ("fermented",)),), plants=("leek", "oats")),
        gut=Gut(bloating=3, notes="calm"),
        stress=StressMood(stress=4, practices=(Practice("walk", 30),)),
        notes=notes,
    )


def plain_read(path: Path) -> list[object]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        con.close()


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(entry())
    database.close()
    return data


def test_encrypt_then_reopen_with_the_passphrase(journal: Path) -> None:
    database = Database.open(journal)
    assert not database.encrypted
    outcome = database.protect(SECRET)
    assert database.encrypted
    # the open journal keeps working, with the new key, without a restart
    repo = JournalRepository(database)
    assert repo.get(DAY) == entry()
    repo.save(entry(date(2026, 5, 2), "after protecting"))
    database.close()

    path = journal / "journal.sqlite3"
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain_read(path)
    assert b"kefir" not in path.read_bytes()
    assert crypto.looks_encrypted(path)
    # the safety copy and every backup are encrypted too
    assert outcome.safety_copy.exists()
    for copy in backup_dir(journal).glob("*.sqlite3"):
        assert not crypto.is_plain_sqlite(copy), copy
        assert b"kefir" not in copy.read_bytes()
        assert crypto.opens_with(copy, SECRET)

    database = Database.open(journal, passphrase=SECRET)
    repo = JournalRepository(database)
    assert repo.get(DAY) == entry()
    assert repo.get(date(2026, 5, 2)).notes == "after protecting"
    assert database.quick_check() is None
    with database.engine.connect() as con:  # the PRAGMAs still apply on SQLCipher
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert con.exec_driver_sql("PRAGMA cipher_version").scalar()
    database.close()


def test_no_or_a_wrong_passphrase_is_refused_with_a_message_and_no_lock_out(
    journal: Path,
) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    database.close()
    with pytest.raises(crypto.PassphraseRequired) as missing:
        Database.open(journal)
    assert not missing.value.wrong
    assert "protected with a passphrase" in str(missing.value)
    for _ in range(5):  # as many tries as the person likes
        with pytest.raises(crypto.PassphraseRequired) as wrong:
            Database.open(journal, passphrase="not it at all")
        assert wrong.value.wrong
        assert "doesn't open this journal" in str(wrong.value)
        assert "not it at all" not in str(wrong.value)
    database = Database.open(journal, passphrase=SECRET)
    assert JournalRepository(database).get(DAY) == entry()
    database.close()


def test_change_the_passphrase_then_remove_protection(journal: Path) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    with pytest.raises(crypto.PassphraseRequired):
        database.change_passphrase("wrong current", "a new passphrase")
    assert JournalRepository(database).get(DAY) == entry()  # still open after the refusal
    with pytest.raises(StoreError, match="at least 8"):
        database.change_passphrase(SECRET, "short")
    database.change_passphrase(SECRET, "a new passphrase")
    database.close()
    with pytest.raises(crypto.PassphraseRequired):
        Database.open(journal, passphrase=SECRET)
    database = Database.open(journal, passphrase="a new passphrase")
    for copy in backup_dir(journal).glob("*.sqlite3"):
        assert crypto.opens_with(copy, "a new passphrase"), copy

    with pytest.raises(crypto.PassphraseRequired):
        database.remove_protection("wrong")
    database.remove_protection("a new passphrase")
    assert not database.encrypted
    assert JournalRepository(database).get(DAY) == entry()
    database.close()
    path = journal / "journal.sqlite3"
    assert plain_read(path)
    assert inspect_file(path).state is FileState.CURRENT
    for copy in backup_dir(journal).glob("*.sqlite3"):
        assert crypto.is_plain_sqlite(copy), copy
    database = Database.open(journal)  # no passphrase needed any more
    assert JournalRepository(database).get(DAY) == entry()
    database.close()


def test_a_passphrase_given_for_a_plain_journal_is_ignored(journal: Path) -> None:
    database = Database.open(journal, passphrase="whatever it is")
    assert not database.encrypted
    database.close()
    assert plain_read(journal / "journal.sqlite3")


def test_the_passphrase_is_written_nowhere(journal: Path) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    JournalRepository(database).save(entry(date(2026, 5, 3)))
    database.copy_to(journal / "backups" / "manual.sqlite3")
    database.close()
    needle = SECRET.encode()
    for path in journal.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), path


def test_an_encrypted_backup_made_by_copy_to_restores_by_key(journal: Path, tmp_path: Path) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    copy = database.copy_to(tmp_path / "copy.sqlite3")
    database.close()
    assert not crypto.is_plain_sqlite(copy)
    assert crypto.opens_with(copy, SECRET)
    assert inspect_file(copy, SECRET).state is FileState.CURRENT


CRASH = """
import os, signal, sys
from pathlib import Path
from gutsleep.storage.file import protection

def die(new, path):
    assert new.exists() and new.stat().st_size > 0  # the new file is complete
    os.kill(os.getpid(), signal.SIGKILL)

protection._replace = die
getattr(protection, sys.argv[2])(Path(sys.argv[1]), *sys.argv[3:])
"""


@pytest.mark.parametrize("operation", ["encrypt", "decrypt"])  # change shares their path
def test_a_crash_between_writing_the_new_file_and_the_swap_loses_nothing(
    journal: Path, operation: str
) -> None:
    if operation != "encrypt":
        database = Database.open(journal)
        database.protect(SECRET)
        database.close()
    key = None if operation == "encrypt" else SECRET
    before = (journal / "journal.sqlite3").read_bytes()
    args = {
        "encrypt": [SECRET],
        "change_passphrase": [SECRET, "another passphrase"],
        "decrypt": [SECRET],
    }[operation]
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(journal), operation, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert (journal / f"journal.sqlite3{protection.CONVERTING_SUFFIX}").exists()
    assert (journal / "journal.sqlite3").read_bytes() == before  # old file intact
    database = Database.open(journal, passphrase=key)
    assert database.encrypted is (key is not None)
    assert JournalRepository(database).get(DAY) == entry()
    database.close()
    # the half-done conversion is cleared away on the next open
    assert not (journal / f"journal.sqlite3{protection.CONVERTING_SUFFIX}").exists()


def test_encryption_unavailable_says_how_to_install(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    database.close()

    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if the extra were not installed
    with pytest.raises(crypto.EncryptionUnavailableError, match=r"gutsleep\[encryption\]"):
        Database.open(journal, passphrase=SECRET)
    assert not crypto.encryption_available()
    assert os.path.getsize(journal / "journal.sqlite3") > 0


PROTECT_KILLED = """
import os, signal, sys
from pathlib import Path
from gutsleep.storage.file import protection

survive = int(sys.argv[3])  # how many files are swapped in before the kill
original = protection._swap_in
swapped = []

def swap_or_die(new, path):
    if len(swapped) == survive:
        os.kill(os.getpid(), signal.SIGKILL)
    original(new, path)
    swapped.append(path)

protection._swap_in = swap_or_die
protection.encrypt(Path(sys.argv[1]), sys.argv[2])
"""


@pytest.mark.parametrize(
    "survive", [0, 1, 2], ids=["before-the-journal", "after-the-journal", "after-one-backup"]
)
def test_a_protect_killed_half_way_leaves_no_plain_copy_once_the_journal_is_encrypted(
    journal: Path, survive: int
) -> None:
    from gutsleep.storage.file.snapshot import backup_before

    for reason in ("daily", "before-import"):
        backup_before(journal / "journal.sqlite3", journal, reason)
    result = subprocess.run(
        [sys.executable, "-c", PROTECT_KILLED, str(journal), SECRET, str(survive)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    encrypted = not crypto.is_plain_sqlite(journal / "journal.sqlite3")
    assert encrypted is (survive > 0)

    database = Database.open(journal, passphrase=SECRET if encrypted else None)
    assert JournalRepository(database).get(DAY) == entry()
    database.close()
    copies = sorted(backup_dir(journal).iterdir())
    assert not [c for c in copies if protection.CONVERTING_SUFFIX in c.name]
    assert len([c for c in copies if "-daily" in c.name or "-before-import" in c.name]) == 2
    if encrypted:  # completed: every copy is encrypted with the passphrase
        for copy in copies:
            assert not crypto.is_plain_sqlite(copy), copy.name
            assert crypto.opens_with(copy, SECRET), copy.name
    else:  # rolled back: the journal is the plain one, its plain safety copy is gone
        assert not [c for c in copies if "before-encrypting" in c.name]
        assert all(crypto.is_plain_sqlite(c) for c in copies)
    assert not (journal / "protecting.txt").exists()


def test_damaged_copies_set_aside_are_deleted_with_consent_when_protecting(journal: Path) -> None:
    damaged = journal / "journal.damaged-20260101-000000.sqlite3"
    damaged.write_bytes((journal / "journal.sqlite3").read_bytes())
    Path(f"{damaged}-wal").write_bytes(b"kefir" * 100)
    database = Database.open(journal)
    with pytest.raises(StoreError, match="Damaged copies"):
        database.protect(SECRET)  # not without asking: nothing changes
    assert not database.encrypted and damaged.exists()
    assert JournalRepository(database).get(DAY) == entry()

    database.protect(SECRET, delete_damaged=True)
    database.close()
    assert not damaged.exists() and not Path(f"{damaged}-wal").exists()
    assert protection.unencrypted_copies(journal) == []
    for path in journal.rglob("*"):
        if path.is_file():
            assert b"kefir" not in path.read_bytes(), path


def test_a_protected_journal_moves_and_opens_with_its_passphrase(
    journal: Path, tmp_path: Path
) -> None:
    from gutsleep.storage.file.paths import pointed_data_dir
    from gutsleep.storage.file.relocate import move_data_dir

    database = Database.open(journal)
    database.protect(SECRET)
    database.close()
    pointer = tmp_path / "config" / "data-location.txt"
    moved = move_data_dir(journal, tmp_path / "moved", pointer=pointer, passphrase=SECRET)
    assert pointed_data_dir(pointer) == moved
    assert not crypto.is_plain_sqlite(moved / "journal.sqlite3")
    assert not [p for p in moved.rglob("*") if p.name.endswith((".partial", ".part"))]
    database = Database.open(moved, passphrase=SECRET)
    assert JournalRepository(database).get(DAY) == entry()
    database.close()
    for copy in backup_dir(moved).glob("*.sqlite3"):
        assert crypto.opens_with(copy, SECRET), copy


@pytest.mark.parametrize("passphrase", [None, "not the passphrase"])
def test_a_failed_move_of_a_protected_journal_leaves_nothing_behind(
    journal: Path, tmp_path: Path, passphrase: str | None
) -> None:
    from gutsleep.storage.file.relocate import MoveError, move_data_dir

    database = Database.open(journal)
    database.protect(SECRET)
    database.close()
    pointer = tmp_path / "config" / "data-location.txt"
    target = tmp_path / "moved"
    with pytest.raises(MoveError):
        move_data_dir(journal, target, pointer=pointer, passphrase=passphrase)
    assert not pointer.exists()
    assert not target.exists() or list(target.iterdir()) == []
    assert not [p for p in journal.iterdir() if p.name.endswith((".partial", ".part"))]


def test_a_protect_that_fails_leaves_the_journal_and_backups_as_they_were(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (
        sorted(p.name for p in backup_dir(journal).glob("*"))
        if backup_dir(journal).exists()
        else []
    )

    def refuse(new: Path, path: Path) -> None:
        new.unlink(missing_ok=True)
        raise StoreError("The journal is still open in another program")

    monkeypatch.setattr(protection, "_swap_in", refuse)
    database = Database.open(journal)
    with pytest.raises(StoreError, match="still open"):
        database.protect(SECRET)
    assert not database.encrypted
    assert JournalRepository(database).get(DAY) == entry()
    database.close()
    after = sorted(p.name for p in backup_dir(journal).glob("*"))
    assert after == before  # no plain before-encrypting copy of a journal that stayed plain
    assert not (journal / "protecting.txt").exists()


def test_after_an_interrupted_protect_a_plain_backup_sqlite_cannot_read_is_removed(
    journal: Path,
) -> None:
    database = Database.open(journal)
    database.protect(SECRET)
    database.close()
    broken = backup_dir(journal) / "journal-20260101-000000-daily.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"kefir" * 300)  # plain, and unreadable
    (journal / protection.PROTECTING_NAME).write_text("safety gone.sqlite3\n", encoding="utf-8")
    database = Database.open(journal, passphrase=SECRET)
    database.close()
    assert not broken.exists()
    assert protection.unencrypted_copies(journal) == []
    assert not (journal / protection.PROTECTING_NAME).exists()
