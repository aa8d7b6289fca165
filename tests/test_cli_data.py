"""The data commands on a temporary data folder: exit codes and one-line messages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[1]


def make_journal(data: Path, *days: int) -> None:
    database = Database.open(data)
    JournalRepository(database).save_many(
        [
            DayEntry(day=date(2026, 4, n), notes=f"day {n}", stress=StressMood(stress=2))
            for n in days
        ]
    )
    database.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("gutsleep: ")
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_journal(folder, 1, 2, 3)
    return folder


def test_export_json_and_csv(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data), "export", str(tmp_path / "all.json"))
    assert (code, err) == (0, "")
    assert out == f"Exported 3 days to {tmp_path / 'all.json'} (json).\n"
    assert "\r" not in out  # no progress when stdout is not a terminal
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "export",
        "--format",
        "csv",
        "--from",
        "2026-04-02",
        "--to",
        "2026-04-02",
        str(tmp_path / "one.zip"),
    )
    assert code == 0 and "Exported 1 day to" in out
    code, out, _ = run(capsys, "--data-dir", str(data), "export", str(tmp_path / "auto.zip"))
    assert code == 0 and out.endswith("(csv).\n")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert [d["day"] for d in document["days"]] == ["2026-04-01", "2026-04-02", "2026-04-03"]


def test_export_failures(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "export", "x.json")
    assert code == 1 and "There is no journal in" in one_line_error(err)
    assert not (tmp_path / "empty").exists()
    code, _, err = run(
        capsys, "--data-dir", str(data), "export", "--format", "csv", str(tmp_path / "x.csv")
    )
    assert code == 1 and ".zip" in one_line_error(err)
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "export",
        "--from",
        "2026-04-03",
        "--to",
        "2026-04-01",
        str(tmp_path / "x.json"),
    )
    assert code == 1 and "--from comes after --to" in one_line_error(err)
    code, _, err = run(capsys, "--data-dir", str(data), "export", str(tmp_path / "no" / "x.json"))
    assert code == 0  # missing folders are created
    with pytest.raises(SystemExit) as bad_date:
        main(["--data-dir", str(data), "export", "--from", "April", str(tmp_path / "x.json")])
    assert bad_date.value.code == 2
    capsys.readouterr()


def test_import_into_an_empty_folder_then_conflicts(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "all.json"
    assert run(capsys, "--data-dir", str(data), "export", str(export))[0] == 0
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, "--data-dir", str(fresh), "import", str(export))
    assert (code, err) == (0, "")
    assert out == f"Imported 3 new days from {export}.\n"
    code, _, err = run(capsys, "--data-dir", str(fresh), "import", str(export))
    line = one_line_error(err)
    assert code == 1
    assert "3 of the file's days are already in the journal" in line
    assert "--on-conflict skip" in line
    code, out, _ = run(
        capsys, "--data-dir", str(fresh), "import", "--on-conflict", "skip", str(export)
    )
    assert code == 0 and "3 skipped" in out
    code, out, _ = run(
        capsys, "--data-dir", str(fresh), "import", "--on-conflict", "overwrite", str(export)
    )
    assert code == 0 and "3 overwritten" in out


def test_import_refuses_a_bad_row_naming_it(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "sheet.csv"
    bad.write_text("date,stress,mood\n2026-05-01,3,4\n2026-05-02,3,40\n2026-05-03,x,4\n")
    before = (data / "journal.sqlite3").stat().st_size
    code, _, err = run(capsys, "--data-dir", str(data), "import", str(bad))
    assert code == 1
    assert one_line_error(err) == (
        "gutsleep: sheet.csv was not imported: Line 3, column “mood”: Use a number from 0 to 10. "
        "(and 1 more)"
    )
    code, _, err = run(capsys, "--data-dir", str(data), "import", str(tmp_path / "missing.csv"))
    assert code == 1 and "does not exist" in one_line_error(err)
    database = Database.open(data)
    assert len(JournalRepository(database).between()) == 3
    database.close()
    assert (data / "journal.sqlite3").stat().st_size == before


def test_backup_restore_and_check(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "backup")
    assert code == 0 and "backups" in out
    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", str(copy))
    assert code == 0 and copy.exists()
    make_journal(data, 20)
    code, out, _ = run(capsys, "--data-dir", str(data), "restore", str(copy))
    assert code == 0
    assert out.startswith(f"Restored the journal from {copy}. The journal it replaced is kept in")
    database = Database.open(data)
    assert [e.day.day for e in JournalRepository(database).between()] == [1, 2, 3]
    database.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 0 and out.startswith("The journal is sound")

    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(tmp_path / "nope.sqlite3"))
    assert code == 1 and "does not exist" in one_line_error(err)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "backup")
    assert code == 1 and "no journal" in one_line_error(err)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "check")
    assert code == 1 and "no journal" in one_line_error(err)


@pytest.mark.parametrize("damage", ["pages", "header"])
def test_restoring_a_damaged_backup_names_the_backup_not_the_journal(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    other = tmp_path / "other"
    make_journal(other, 7, 8, 9)
    raw = bytearray((other / "journal.sqlite3").read_bytes())
    if damage == "pages":
        raw[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200
    else:
        raw[16:] = b"\xff" * (len(raw) - 16)
    backup = tmp_path / "damaged backup.sqlite3"
    backup.write_bytes(bytes(raw))
    before = (data / "journal.sqlite3").read_bytes()
    code, _, err = run(capsys, "--data-dir", str(data), "restore", str(backup))
    line = one_line_error(err)
    assert code == 1
    assert str(backup) in line and "The backup can't be restored" in line
    assert str(data / "journal.sqlite3") not in line and "left untouched" not in line
    assert "Your journal was not changed." in line
    assert (data / "journal.sqlite3").read_bytes() == before


def test_check_fails_on_impossible_values(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(data / "journal.sqlite3")
    con.execute("update day_entry set stress = 99 where day = '2026-04-02'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 1
    assert "2026-04-02, stress.stress: Use a number from 0 to 10." in out


def test_help_lists_the_data_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in ("export", "import", "backup", "restore", "check"):
        assert name in out


def test_a_real_process_checks_and_stays_without_qt(data: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The journal is sound")
    probe = (
        "import sys; from gutsleep.cli import main; code = main(sys.argv[1:]); "
        "print('qt' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(data), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("no qt")
    missing = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data.parent / "nothing"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("gutsleep: There is no journal in")


def test_an_export_carries_every_feature_to_another_data_folder(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gutsleep.domain.screening.questions import Answer
    from gutsleep.storage.features.articles_repo import ArticlesRepository
    from gutsleep.storage.features.checklist_repo import ChecklistRepository

    database = Database.open(data)
    ChecklistRepository(database).save(date(2026, 4, 2), {"antibiotics": Answer.YES})
    ArticlesRepository(database).add_bookmark("sleep-basics", "", "Top", note="=1+1")
    database.close()
    for name in ("all.json", "all.zip"):
        code, out, _ = run(capsys, "--data-dir", str(data), "export", str(tmp_path / name))
        assert code == 0
        assert out.startswith("Exported 3 days, bookmarks, checklist_runs to ")
        other = tmp_path / f"other-{name}"
        code, out, err = run(capsys, "--data-dir", str(other), "import", str(tmp_path / name))
        assert (code, err) == (0, "")
        assert (
            out == f"Imported 3 new days, 1 bookmarks, 1 checklist_runs from {tmp_path / name}.\n"
        )
        code, out, _ = run(
            capsys,
            "--data-dir",
            str(other),
            "import",
            "--on-conflict",
            "skip",
            str(tmp_path / name),
        )
        assert out.startswith(
            "Imported 0 new days, 3 skipped (already in the journal), 0 bookmarks"
        )
        database = Database.open(other)
        assert [b.note for b in ArticlesRepository(database).bookmarks()] == ["=1+1"]
        assert ChecklistRepository(database).count() == 1
        database.close()


def test_dates_outside_the_journal_are_refused_in_one_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command, target in (("export", "out.json"), ("report", "out.pdf")):
        code, out, err = run(
            capsys, "--data-dir", str(data), command, "--from", "0001-01-01", str(tmp_path / target)
        )
        assert code == 1 and out == ""
        assert "0001-01-01 is outside the dates the journal keeps" in one_line_error(err)
        code, _, err = run(
            capsys, "--data-dir", str(data), command, "--to", "9999-12-31", str(tmp_path / target)
        )
        assert code == 1 and "9999-12-31 is outside" in one_line_error(err)


def test_control_characters_from_a_file_are_printed_escaped(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An escape sequence clears no screen; a carriage return fakes no success line."""
    path = tmp_path / "evil\x1b[2J.csv"
    path.write_text('date,stress\n2026-05-01,"\x1b[2J\x1b[H\rImported 5 days"\n', encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data), "import", str(path))
    assert code == 1 and out == ""
    line = one_line_error(err)
    assert "\x1b" not in err and "\r" not in err
    assert "evil\\x1b[2J.csv was not imported" in line
    assert "“\\x1b[2J\\x1b[H\\rImported 5 days” is not a whole number" in line


def test_check_reports_a_day_whose_zone_is_unknown(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(data / "journal.sqlite3")
    con.execute("update day_entry set zone = 'Europe/Lndon' where day = '2026-04-02'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 1
    assert (
        "2026-04-02, sleep.zone: Unknown time zone “Europe/Lndon”; "
        "did you mean “Europe/London”?" in out
    )


@pytest.mark.parametrize(
    ("zone", "sentence"),
    [
        (
            "Europe/Lndon",
            "Line 3, column “zone”: Unknown time zone “Europe/Lndon”; "
            "did you mean “Europe/London”?",
        ),
        ("BST", "Line 3, column “zone”: “BST” is an abbreviation, not a time zone"),
    ],
)
def test_import_refuses_an_unknown_zone_naming_the_line(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], zone: str, sentence: str
) -> None:
    path = tmp_path / "zones.csv"
    path.write_text(
        f"date,zone,stress\n2026-05-01,Europe/London,3\n2026-05-02,{zone},4\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "--data-dir", str(data), "import", str(path))
    assert code == 1 and out == ""
    assert sentence in one_line_error(err)


def test_import_recognises_another_apps_file_previews_and_imports_once(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    from tests.helpers import foreign_files as ff

    path = ff.sleep_as_android_zip(
        tmp_path / "sleep-export.zip",
        [
            ff.saa_record(datetime(2026, 4, 1, 21, 0), 8.0),  # wakes on 2 April: notes, no night
            ff.saa_record(datetime(2026, 4, 4, 21, 0), 8.0),
            ff.saa_record(datetime(2026, 4, 5, 7, 0), 0.01),
        ],
    )
    # not a terminal and no --yes: the preview, then nothing written
    code, out, err = run(capsys, "--data-dir", str(data), "import", str(path))
    assert code == 1
    assert "an export of Sleep as Android" in out
    assert "New: 2 nights from 2026-04-02 to 2026-04-05." in out
    assert "Not imported: recordings shorter than 10 minutes (tests or false starts) (1)." in out
    assert one_line_error(err) == (
        "gutsleep: Nothing was imported: add --yes to import without asking."
    )
    code, out, err = run(
        capsys, "--data-dir", str(data), "import", "--yes", "--fill-diary", str(path)
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "Imported from Sleep as Android: 2 nights, 2 empty diary nights filled from them."
    )
    code, out, err = run(capsys, "--data-dir", str(data), "import", "--yes", str(path))
    assert (code, err) == (0, "")
    assert "Already in the journal: 2 nights." in out
    assert out.splitlines()[-1] == (
        "Nothing to import: everything in the file is in the journal already."
    )
    database = Database.open(data)
    try:
        journal = JournalRepository(database)
        kept = journal.get(date(2026, 4, 2))
        assert kept is not None and kept.sleep.lights_out == datetime(2026, 4, 1, 22, 0)
        assert (kept.notes, kept.stress.stress) == ("day 2", 2)  # the rest of the day is kept
        filled = journal.get(date(2026, 4, 5))
        assert filled is not None and "Sleep as Android" in filled.sleep.comments
    finally:
        database.close()


def test_import_from_app_names_what_it_expected(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("day,notes\n2026-04-09,hello\n", encoding="utf-8")
    code, _out, err = run(
        capsys, "--data-dir", str(data), "import", "--from-app", "fitbit", str(path)
    )
    assert code == 1
    assert one_line_error(err) == (
        "gutsleep: notes.csv was not imported: The Fitbit file has no sleep records."
    )


def test_import_maps_a_mood_diarys_words_and_says_which_have_no_value(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-04-01,April 1,Wednesday,21:30,fab,,,\n"
        "2026-04-09,April 9,Thursday,21:30,meh,,,slept badly\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--data-dir", str(data), "import", "--yes", str(path))
    assert (code, err) == (0, "")
    assert (
        "Mood word 'fab' has no value and is not imported: give it one with --mood 'fab=N' (0-10)."
        in out
    )
    assert out.splitlines()[-1] == "Imported from Daylio: values on 1 diary day."
    code, out, err = run(
        capsys, "--data-dir", str(data), "import", "--yes", "--mood", "fab=9", str(path)
    )
    assert (code, err) == (0, "")
    # 9 April now holds the first import's mood and note: kept, and the preview says so
    assert (
        "Not imported: the file's values on 1 day where your diary has its own (yours are kept)."
        in out
    )
    assert out.splitlines()[-1] == "Imported from Daylio: values on 1 diary day."
    code, _out, err = run(capsys, "--data-dir", str(data), "import", "--mood", "fab", str(path))
    assert code == 1 and "write a mood word, =, and a value 0-10" in err
    database = Database.open(data)
    try:
        journal = JournalRepository(database)
        assert journal.get(date(2026, 4, 1)).stress.mood == 9  # type: ignore[union-attr]
        day9 = journal.get(date(2026, 4, 9))
        assert day9 is not None and (day9.stress.mood, day9.notes) == (5, "slept badly")
    finally:
        database.close()


def _foreign_exports(tmp_path: Path) -> dict[str, tuple[Path, int]]:
    """Each app's export (written from its format notes) and the nights it holds."""
    from datetime import datetime

    from tests.helpers import foreign_files as ff

    night = "HKCategoryValueSleepAnalysisAsleepCore"
    return {
        "apple_health": (
            ff.apple_zip(
                tmp_path / "export.zip",
                ff.apple_xml(
                    [
                        ff.apple_record(
                            "SleepAnalysis",
                            "2026-04-04 23:00:00 +0200",
                            "2026-04-05 07:00:00 +0200",
                            night,
                        )
                    ]
                ),
            ),
            1,
        ),
        "fitbit": (
            ff.fitbit_csv(
                tmp_path / "fitbit.csv",
                [
                    ("2026-04-04 11:00PM", "2026-04-05 6:45AM", "430", "35", "2", "465"),
                    ("2026-04-05 11:10PM", "2026-04-06 7:00AM", "440", "30", "1", "470"),
                ],
            ),
            2,
        ),
        "plees_tracker": (
            ff.plees_csv(
                tmp_path / "plees.csv", [(datetime(2026, 4, 4, 21), datetime(2026, 4, 5, 5), 4)]
            ),
            1,
        ),
        "garmin": (
            ff.garmin_zip(
                tmp_path / "garmin.zip",
                [
                    ff.garmin_night(
                        "2026-04-04T21:00:00.0",
                        "2026-04-05T05:00:00.0",
                        deep=60,
                        light=300,
                        rem=90,
                        awake=30,
                    )
                ],
            ),
            1,
        ),
        "sleep_as_android": (
            ff.sleep_as_android_zip(
                tmp_path / "sleep-export.zip", [ff.saa_record(datetime(2026, 4, 4, 21), 8.0)]
            ),
            1,
        ),
    }


@pytest.mark.parametrize(
    "app", ["apple_health", "fitbit", "garmin", "plees_tracker", "sleep_as_android"]
)
def test_each_apps_export_is_recognised_and_imported_once(
    app: str, data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gutsleep.storage.features.device_nights_repo import DeviceNightRepository

    path, nights = _foreign_exports(tmp_path)[app]
    code, out, err = run(capsys, "--data-dir", str(data), "import", "--yes", str(path))
    assert (code, err) == (0, ""), err
    assert out.splitlines()[-1].endswith(f": {_plural(nights)}.")
    code, out, _err = run(
        capsys, "--data-dir", str(data), "import", "--yes", "--from-app", app, str(path)
    )
    assert code == 0 and out.splitlines()[-1].startswith("Nothing to import")
    database = Database.open(data)
    try:
        stored = DeviceNightRepository(database).between()
        assert [n.source for n in stored] == [app] * nights
        assert stored[0].night == date(2026, 4, 5)
    finally:
        database.close()


def _plural(nights: int) -> str:
    return f"{nights} night" + ("" if nights == 1 else "s")
