"""Schema management: create, upgrade every released schema, refuse what we can't read."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from gutsleep.storage.file.database import Database
from gutsleep.storage.file.schema import (
    HEAD,
    KNOWN_REVISIONS,
    MIGRATIONS_DIR,
    DamagedFileError,
    FileState,
    ForeignFileError,
    NewerSchemaError,
    inspect_file,
)
from gutsleep.storage.journal.repository import JournalRepository

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_folder_gets_a_current_private_journal(tmp_path: Path) -> None:
    data = tmp_path / "new"
    database = Database.open(data)
    assert database.created
    database.close()
    assert inspect_file(data / "journal.sqlite3").state is FileState.CURRENT
    if os.name == "posix":
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
            if (data / name).exists():
                assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name


def test_pragmas_are_set(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    with database.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert con.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    database.close()


def test_revision_list_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(MIGRATIONS_DIR))
    chain = [s.revision for s in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from gutsleep.storage.journal.search import is_index_table
    from gutsleep.storage.models import Base

    def modelled(name: str | None, type_: str, parent: object) -> bool:
        return not (type_ == "table" and is_index_table(str(name)))  # a virtual table, by SQL

    database = Database.open(tmp_path)
    with database.engine.connect() as con:
        context = MigrationContext.configure(con, opts={"include_name": modelled})
        diff = compare_metadata(context, Base.metadata)
    database.close()
    assert diff == []


def test_every_released_schema_has_a_fixture() -> None:
    assert {p.stem for p in FIXTURES.glob("*.sqlite3")} == set(KNOWN_REVISIONS)


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_every_released_schema_upgrades_with_its_data(tmp_path: Path, revision: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURES / f"{revision}.sqlite3", data / "journal.sqlite3")
    database = Database.open(data)
    repo = JournalRepository(database)
    assert repo.count() == 1
    entry = repo.between()[0]
    assert entry.notes == "fixture day" and entry.food.plants == ("oats", "blueberries")
    database.close()
    assert inspect_file(data / "journal.sqlite3").revision == HEAD
    backups = list((data / "backups").glob("*before-upgrade*")) if revision != HEAD else []
    assert (revision == HEAD) or backups, "an upgrade must leave a copy of the old file"


@pytest.mark.parametrize("target", KNOWN_REVISIONS)
def test_upgrade_from_an_empty_file_through_each_step(tmp_path: Path, target: str) -> None:
    from gutsleep.storage.file.schema import upgrade

    path = tmp_path / "journal.sqlite3"
    sqlite3.connect(path).close()
    upgrade(path, target)
    assert inspect_file(path).revision == target
    database = Database.open(tmp_path)  # then on to the head
    database.close()
    assert inspect_file(path).revision == HEAD


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    database.close()
    path = tmp_path / "journal.sqlite3"
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        Database.open(tmp_path)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "journal.sqlite3")
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = digest(tmp_path / "journal.sqlite3")
    with pytest.raises(ForeignFileError, match="not a gutsleep journal"):
        Database.open(tmp_path)
    assert digest(tmp_path / "journal.sqlite3") == before


@pytest.mark.parametrize(
    "content", [b"\0" * 8192, os.urandom(5000), b"SQLite format 3\0" + b"x" * 100]
)
def test_a_damaged_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "journal.sqlite3").write_bytes(content)
    with pytest.raises(DamagedFileError):
        Database.open(tmp_path)
    assert (tmp_path / "journal.sqlite3").read_bytes() == content


def test_a_smashed_page_is_reported_as_damage_not_a_driver_error(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    repo = JournalRepository(database)
    from datetime import date, timedelta

    from gutsleep.domain.journal import DayEntry

    repo.save_many(
        [DayEntry(day=date(2020, 1, 1) + timedelta(days=i), notes="x" * 500) for i in range(400)]
    )
    with database.engine.connect() as con:
        con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    path = tmp_path / "journal.sqlite3"
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 12)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError):
        Database.open(tmp_path).close()
