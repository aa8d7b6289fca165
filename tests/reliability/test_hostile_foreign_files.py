"""Hostile files offered as another app's export: refused in one sentence, the journal unchanged.

Run through the real command (``gutsleep import``), as a person would: a 100 MB line,
a zip whose member climbs out of its folder, a zip bomb, an XML entity bomb and a
file cut short. Each ends in one line on stderr, nothing written and no file created
outside the data folder.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry
from gutsleep.storage.features.device_nights_repo import DeviceNightRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
from tests.helpers import foreign_files as ff


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    database = Database.open(folder)
    JournalRepository(database).save(DayEntry(date(2026, 3, 1), notes="mine"))
    database.close()
    return folder


def _unchanged(data: Path) -> None:
    database = Database.open(data)
    try:
        assert DeviceNightRepository(database).count() == 0
        assert [e.day for e in JournalRepository(database).between()] == [date(2026, 3, 1)]
    finally:
        database.close()


def _refused(capsys: pytest.CaptureFixture[str], data: Path, path: Path) -> str:
    code = main(["--data-dir", str(data), "import", "--yes", str(path)])
    _out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 1 and lines[0].startswith("gutsleep: "), err
    _unchanged(data)
    return lines[0]


def test_a_100_mb_line_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sleep.csv"
    with path.open("wb") as out:
        out.write(b"Id,Tz,From,To,Sched,Hours\n")
        block = b"x" * (1024 * 1024)
        for _ in range(100):
            out.write(block)
        out.write(b"\n")
    assert "line" in _refused(capsys, data, path)


def test_zip_members_outside_the_folder_a_bomb_and_entities_are_refused_or_contained(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "sleep-export.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../sleep-export.csv", b"Id," + b"0" * (70 * 1024 * 1024))
    assert "more than 64 MB" in _refused(capsys, data, bomb)
    assert not (tmp_path.parent / "sleep-export.csv").exists()

    laughs = ff.APPLE_DOCTYPE.replace(
        "]>",
        "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(9)) + "]>",
    )
    entities = ff.apple_zip(tmp_path / "export.zip", laughs + "<HealthData>&l8;</HealthData>")
    assert "declares entities" in _refused(capsys, data, entities)

    cut = ff.apple_zip(
        tmp_path / "cut.zip",
        ff.apple_xml(
            [
                ff.apple_record(
                    "SleepAnalysis",
                    "2026-03-01 23:00:00 +0100",
                    "2026-03-02 07:00:00 +0100",
                    "HKCategoryValueSleepAnalysisAsleepCore",
                )
            ]
        )[:-30],
    )
    assert "cut short" in _refused(capsys, data, cut)
