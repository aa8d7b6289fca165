"""Damaged or foreign journal files: refused clearly, kept aside, never overwritten or deleted."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry
from gutsleep.storage.file import recovery
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.schema import DamagedFileError, ForeignFileError, StoreError
from gutsleep.storage.file.snapshot import backup_before
from gutsleep.storage.journal.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 4, 1)


def make_journal(data: Path, notes: str = "kept safe") -> None:
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=DAY, notes=notes))
    database.close()


def truncated(path: Path) -> None:
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 3 + 100])


def zero_filled(path: Path) -> None:
    path.write_bytes(b"\0" * path.stat().st_size)


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(10_000 + 123))


def foreign(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ann', '123')")
    con.commit()
    con.close()


def header_smashed(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(0)
        handle.write(b"definitely not sqlite")


DAMAGE = {
    "truncated": (truncated, DamagedFileError),
    "zero-filled": (zero_filled, DamagedFileError),
    "random-bytes": (random_bytes, DamagedFileError),
    "header-smashed": (header_smashed, DamagedFileError),
    "foreign": (foreign, ForeignFileError),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def journal_with_backup(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    make_journal(data, "the backed-up day")
    backup_before(data / "journal.sqlite3", data, "daily")
    make_journal(data, "after the backup")
    return data


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_opening_refuses_and_leaves_the_file_untouched(
    journal_with_backup: Path, kind: str
) -> None:
    damage, error = DAMAGE[kind]
    path = journal_with_backup / "journal.sqlite3"
    damage(path)
    before = digest(path)
    with pytest.raises(error) as raised:
        Database.open(journal_with_backup)
    assert str(path) in str(raised.value)
    assert recovery.is_unusable(raised.value)
    assert digest(path) == before


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_move_aside_then_restore_the_newest_good_backup(
    journal_with_backup: Path, kind: str
) -> None:
    damage, _ = DAMAGE[kind]
    path = journal_with_backup / "journal.sqlite3"
    damage(path)
    before = digest(path)
    good = recovery.newest_good_backup(journal_with_backup)
    assert good is not None and good.path.parent.name == "backups"
    aside = recovery.move_aside(journal_with_backup, now=datetime(2026, 4, 2, 8, 30, 0))
    assert aside is not None and aside.name == "journal.damaged-20260402-083000.sqlite3"
    assert digest(aside) == before  # kept, byte for byte
    assert not path.exists()
    recovery.restore_backup(good, journal_with_backup)
    database = Database.open(journal_with_backup)
    assert JournalRepository(database).get(DAY).notes == "the backed-up day"
    database.close()
    assert digest(aside) == before


def test_start_new_keeps_the_damaged_file_and_never_overwrites_an_earlier_one(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    stamp = datetime(2026, 4, 2, 8, 30, 0)
    kept = []
    for round_ in range(3):
        make_journal(data, f"round {round_}")
        (data / "journal.sqlite3-wal").write_bytes(b"wal of round %d" % round_)
        zero_filled(data / "journal.sqlite3")
        with pytest.raises(DamagedFileError):
            Database.open(data)
        kept.append(recovery.move_aside(data, now=stamp))
        assert Path(f"{kept[-1]}-wal").read_bytes() == b"wal of round %d" % round_
    assert [p.name for p in kept] == [
        "journal.damaged-20260402-083000.sqlite3",
        "journal.damaged-20260402-083000-2.sqlite3",
        "journal.damaged-20260402-083000-3.sqlite3",
    ]
    database = Database.open(data)  # a new, empty journal
    assert JournalRepository(database).count() == 0
    database.close()


def test_a_damaged_backup_is_skipped_for_an_older_good_one(journal_with_backup: Path) -> None:
    older = recovery.newest_good_backup(journal_with_backup)
    assert older is not None
    newer = journal_with_backup / "backups" / "journal-20990101-000000-daily.sqlite3"
    newer.write_bytes(b"\0" * 8192)
    foreign_copy = journal_with_backup / "backups" / "journal-20990102-000000-daily.sqlite3"
    foreign_copy.write_bytes(b"")
    foreign(foreign_copy)
    good = recovery.newest_good_backup(journal_with_backup)
    assert good is not None and good.path == older.path


def test_no_backup_means_no_restore_offer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_journal(data)
    assert recovery.newest_good_backup(data) is None
    with pytest.raises(StoreError):  # restoring over an existing journal is refused
        recovery.restore_backup(recovery.GoodBackup(data / "x", None, False), data)


def test_cli_prints_one_line_naming_the_file_and_the_restore_command(
    journal_with_backup: Path,
) -> None:
    from gutsleep.cli import COMMANDS, build_parser

    build_parser()
    if "check" not in COMMANDS:
        pytest.skip("the check command is not there yet")
    path = journal_with_backup / "journal.sqlite3"
    zero_filled(path)
    before = digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(journal_with_backup), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    assert "restore" in lines[0] and "backups" in lines[0]
    assert "Traceback" not in result.stderr
    assert digest(path) == before


# the GUI flow, with the dialogs patched ----------------------------------------


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    from gutsleep.ui import dialogs, passphrase

    seen: dict[str, list] = {"damaged": [], "inform": [], "choice": []}

    def damaged_journal(parent, text, can_restore):
        seen["damaged"].append((text, can_restore))
        return seen["choice"].pop(0)

    def no_passphrase_prompt(*args, **kwargs):
        raise AssertionError("a damaged file must not be taken for a protected one")

    monkeypatch.setattr(passphrase, "unlock_at_start", no_passphrase_prompt)
    monkeypatch.setattr(dialogs, "damaged_journal", damaged_journal)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: seen["inform"].append(text))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: seen["inform"].append(text))
    return seen


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_gui_restore_the_newest_good_backup(
    qtbot, journal_with_backup: Path, answers: dict[str, list], kind: str
) -> None:
    from gutsleep.ui import startup

    damage, _ = DAMAGE[kind]
    damage(journal_with_backup / "journal.sqlite3")
    before = digest(journal_with_backup / "journal.sqlite3")
    answers["choice"].append("restore")
    services = startup.open_journal(journal_with_backup)
    try:
        assert services.journal.load(DAY).notes == "the backed-up day"
    finally:
        services.close()
    ((text, can_restore),) = answers["damaged"]
    assert can_restore and "journal.sqlite3" in text
    kept = list(journal_with_backup.glob("journal.damaged-*.sqlite3"))
    assert len(kept) == 1 and digest(kept[0]) == before
    assert kept[0].name in answers["inform"][-1]


def test_gui_start_a_new_journal(qtbot, journal_with_backup: Path, answers) -> None:
    from gutsleep.ui import startup

    random_bytes(journal_with_backup / "journal.sqlite3")
    answers["choice"].append("new")
    services = startup.open_journal(journal_with_backup)
    try:
        assert services.journal.load(DAY).is_empty()
    finally:
        services.close()
    assert len(list(journal_with_backup.glob("journal.damaged-*.sqlite3"))) == 1


def test_gui_quit_changes_nothing(qtbot, journal_with_backup: Path, answers, capsys) -> None:
    from gutsleep.ui import startup

    path = journal_with_backup / "journal.sqlite3"
    foreign(path)
    before = digest(path)
    listing = sorted(os.listdir(journal_with_backup))
    answers["choice"].append("quit")
    with pytest.raises(startup.Quit) as quit_:
        startup.open_journal(journal_with_backup)
    assert quit_.value.code == 2
    assert digest(path) == before
    assert sorted(os.listdir(journal_with_backup)) == listing
    assert "isn't a gutsleep journal" in capsys.readouterr().err


def test_gui_without_a_backup_offers_only_new_or_quit(qtbot, tmp_path: Path, answers) -> None:
    from gutsleep.ui import startup

    data = tmp_path / "data"
    make_journal(data)
    truncated(data / "journal.sqlite3")
    answers["choice"].append("quit")
    with pytest.raises(startup.Quit):
        startup.open_journal(data)
    assert answers["damaged"][0][1] is False


def test_random_whole_pages_look_protected_and_i_never_set_one_leads_to_recovery(
    qtbot, journal_with_backup: Path, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Random bytes a whole number of pages long can't be told from an encrypted file.

    The passphrase prompt then offers "I never set a passphrase", which leads to
    the same recovery as any damaged file.
    """
    from gutsleep.storage.file import crypto
    from gutsleep.ui import passphrase, startup

    if not crypto.encryption_available():
        pytest.skip("without SQLCipher such a file is simply reported damaged")
    path = journal_with_backup / "journal.sqlite3"
    path.write_bytes(random.Random(3).randbytes(8192))
    with pytest.raises(crypto.PassphraseRequired):
        Database.open(journal_with_backup)
    monkeypatch.setattr(passphrase, "unlock_at_start", lambda *a, **k: passphrase.NOT_PROTECTED)
    answers["choice"].append("restore")
    services = startup.open_journal(journal_with_backup)
    try:
        assert services.journal.load(DAY).notes == "the backed-up day"
    finally:
        services.close()
    assert len(list(journal_with_backup.glob("journal.damaged-*.sqlite3"))) == 1
