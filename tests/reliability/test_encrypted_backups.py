"""Backups, restore and checks of a journal protected with a passphrase.

Every copy of a protected journal is encrypted with the passphrase the open
journal holds in memory; a restore keeps the journal's own protection, whatever
the backup's; checks open encrypted files with the same passphrase.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from gutsleep.domain.journal import DayEntry, Gut, StressMood
from gutsleep.services import data
from gutsleep.services.context import Services, open_services
from gutsleep.storage.backups import health, restoring
from gutsleep.storage.file import crypto
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.paths import DATABASE_NAME

pytestmark = pytest.mark.skipif(
    not crypto.encryption_available(),
    reason='SQLCipher is not installed (no encrypted journals): pip install -e ".[encryption]"',
)

SECRET = "a long ' passphrase \" for tests"
ZONE = "Europe/London"


def day(n: int, note: str = "") -> DayEntry:
    return DayEntry(
        day=date(2026, 5, n),
        stress=StressMood(stress=n % 10),
        gut=Gut(bloating=2, notes="kefir helped"),
        notes=note or f"day {n}",
    )


def fill(services: Services, *days: int, note: str = "") -> None:
    for n in days:
        services.journal.save(day(n, note))


def plain_sqlite_reads(path: Path) -> bool:
    """True when the stdlib driver, with no key, can read ``path``."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError as exc:
        assert "not a database" in str(exc)
        return False
    finally:
        con.close()


def assert_encrypted(path: Path) -> None:
    assert not crypto.is_plain_sqlite(path), path
    assert not plain_sqlite_reads(path), path
    assert b"kefir helped" not in path.read_bytes()
    assert crypto.opens_with(path, SECRET), path


@pytest.fixture
def protected(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data", zone=ZONE)
    fill(opened, 1, 2, 3)
    opened.database.protect(SECRET)
    assert opened.database.encrypted
    yield opened
    opened.close()


def test_back_up_then_restore_keeps_the_data_and_the_encryption(
    protected: Services, tmp_path: Path
) -> None:
    copy = data.back_up_now(protected)
    assert_encrypted(copy)
    outside = data.back_up_now(protected, tmp_path / "elsewhere.sqlite3")
    assert_encrypted(outside)
    assert outside.stat().st_mode & 0o077 == 0
    # a second "Back up now" to the same (encrypted) file is allowed
    assert data.back_up_now(protected, outside) == outside

    fill(protected, 4, note="after the backup")
    protected.journal.save(day(1, "changed after the backup"))
    result = data.restore_backup(protected, copy)

    assert result.encrypted and not result.converted
    assert result.previous is not None
    assert_encrypted(result.previous)  # the replaced journal's safety copy
    journal = protected.data_dir / DATABASE_NAME
    assert_encrypted(journal)
    # the open services carry on, on the restored file, with the same key
    assert protected.journal.load(date(2026, 5, 1)).notes == "day 1"
    assert protected.journal.repository.count() == 3
    assert protected.journal.repository.get(date(2026, 5, 4)) is None
    report = data.check(protected)
    assert report.ok, report.lines()
    assert report.days_checked == 3

    protected.close()
    with pytest.raises(crypto.PassphraseRequired):
        Database.open(protected.data_dir)
    reopened = Database.open(protected.data_dir, passphrase=SECRET)
    try:
        assert reopened.encrypted and reopened.quick_check() is None
    finally:
        reopened.close()
    assert health.check_file(journal, SECRET).ok
    assert not health.check_file(journal).ok  # without the key it can't be read


def test_restoring_the_encrypted_copy_put_aside_before_a_restore(protected: Services) -> None:
    first = data.back_up_now(protected)
    fill(protected, 9)
    result = data.restore_backup(protected, first)
    assert result.previous is not None
    undo = data.restore_backup(protected, result.previous)  # undo the restore
    assert undo.encrypted
    assert protected.journal.repository.count() == 4
    assert_encrypted(protected.data_dir / DATABASE_NAME)


def test_daily_backup_of_an_encrypted_journal_is_encrypted(protected: Services) -> None:
    copy = data.daily_backup_if_due(protected, datetime(2026, 5, 10, 8, 0))
    assert copy is not None
    assert_encrypted(copy)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    assert data.daily_backup_if_due(protected, datetime(2026, 5, 10, 18, 0)) is None
    assert [b.reason for b in data.list_backups(protected)].count("daily") == 1
    restoring.validate_backup(copy, SECRET)
    assert health.check_file(copy, SECRET).ok


def test_import_into_an_encrypted_journal_takes_an_encrypted_safety_copy(
    protected: Services, tmp_path: Path
) -> None:
    source = tmp_path / "daily.csv"
    source.write_text("date,stress\n2026-05-20,4\n", encoding="utf-8")
    report = data.import_journal(protected, source)
    assert report.written == 1
    (safety,) = [b for b in data.list_backups(protected) if b.reason == "before-import"]
    assert_encrypted(safety.path)


def test_a_plain_backup_restored_into_an_encrypted_journal_comes_back_encrypted(
    tmp_path: Path,
) -> None:
    services = open_services(tmp_path / "data", zone=ZONE)
    try:
        fill(services, 1, 2)
        plain = data.back_up_now(services, tmp_path / "plain-copy.sqlite3")
        assert crypto.is_plain_sqlite(plain)
        services.database.protect(SECRET)
        fill(services, 3)

        result = data.restore_backup(services, plain)

        assert result.converted and result.encrypted
        assert_encrypted(services.data_dir / DATABASE_NAME)
        assert services.database.encrypted  # the Settings status stays true
        assert services.journal.repository.count() == 2
        assert crypto.is_plain_sqlite(plain)  # the backup itself is left as it was
        assert data.check(services).ok
    finally:
        services.close()
    reopened = Database.open(tmp_path / "data", passphrase=SECRET)
    reopened.close()


def test_an_encrypted_backup_restored_into_a_plain_journal(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data", zone=ZONE)
    try:
        fill(services, 1, 2)
        services.database.protect(SECRET)
        locked = data.back_up_now(services, tmp_path / "locked.sqlite3")
        services.database.remove_protection(SECRET)
        fill(services, 3)
        journal = services.data_dir / DATABASE_NAME
        before = journal.read_bytes()

        with pytest.raises(crypto.PassphraseRequired, match="needs that backup's passphrase"):
            data.restore_backup(services, locked)
        with pytest.raises(crypto.PassphraseRequired, match="different passphrase") as wrong:
            data.restore_backup(services, locked, backup_passphrase="not the one at all")
        assert wrong.value.wrong and "not the one" not in str(wrong.value)
        assert journal.read_bytes() == before  # refused: untouched
        assert services.journal.repository.count() == 3

        result = data.restore_backup(services, locked, backup_passphrase=SECRET)
        assert result.converted and not result.encrypted
        assert crypto.is_plain_sqlite(journal) and plain_sqlite_reads(journal)
        assert services.journal.repository.count() == 2
        assert not services.database.encrypted
        assert data.check(services).ok
    finally:
        services.close()


def test_a_backup_under_another_passphrase_is_refused_with_a_sentence(
    protected: Services, tmp_path: Path
) -> None:
    copy = data.back_up_now(protected, tmp_path / "old-key.sqlite3")
    protected.database.change_passphrase(SECRET, "the next passphrase")
    with pytest.raises(crypto.PassphraseRequired) as refused:
        restoring.validate_backup(copy, "the next passphrase")
    assert refused.value.wrong and "different passphrase" in str(refused.value)
    with pytest.raises(crypto.PassphraseRequired):
        data.restore_backup(protected, copy)
    # given the old passphrase, it comes back under the journal's current one
    result = data.restore_backup(protected, copy, backup_passphrase=SECRET)
    assert result.converted and result.encrypted
    assert crypto.opens_with(protected.data_dir / DATABASE_NAME, "the next passphrase")
    assert protected.journal.repository.count() == 3


def test_the_command_line_refuses_to_restore_over_a_protected_journal(
    protected: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gutsleep.cli import main

    copy = data.back_up_now(protected)
    protected.close()  # the app is not running
    journal = protected.data_dir / DATABASE_NAME
    before = journal.read_bytes()
    code = main(["--data-dir", str(protected.data_dir), "restore", str(copy)])
    _out, err = capsys.readouterr()
    assert code == 1
    (line,) = err.strip().splitlines()
    assert line.startswith("gutsleep: ") and "protected with a passphrase" in line
    assert journal.read_bytes() == before
    # the storage layer, given the key, does it
    result = restoring.restore(protected.data_dir, copy, passphrase=SECRET)
    assert result.encrypted
    assert_encrypted(journal)


def test_the_file_menu_restores_a_plain_backup_into_a_protected_journal(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gutsleep.ui import dialogs
    from gutsleep.ui.main_window import MainWindow

    services = open_services(tmp_path / "data", zone=ZONE)
    fill(services, 1, 2)
    plain = data.back_up_now(services, tmp_path / "plain.sqlite3")
    services.database.protect(SECRET)
    fill(services, 3)
    informed: list[str] = []
    monkeypatch.setattr(dialogs, "pick_backup", lambda *args: str(plain))
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: informed.append(text))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: informed.append(text))
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.data_actions.finished, timeout=30000):
            window.data_actions.restore_action.trigger()
        (text,) = informed
        assert "keeps this journal's passphrase" in text
        assert_encrypted(services.data_dir / DATABASE_NAME)
        assert services.journal.repository.count() == 2
    finally:
        window.data_actions.wait()
        services.close()
