"""Export and import: lossless round trips, all-or-nothing refusals, conflicts, generic CSV."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from sqlalchemy.orm import Session
from strategies import day_entries, journals

from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    Gut,
    SleepDiary,
    StressMood,
)
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.transfer import (
    FORMAT_VERSION,
    SECTIONS,
    Cancelled,
    ConflictPolicy,
    FileKind,
    ImportConflict,
    ImportRefused,
    Section,
    Work,
    export_journal,
    import_file,
    plan_import,
    read_file,
    register_section,
    unregister_section,
)

ZONE = "Europe/London"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated journal file to copy: opening a copy skips the migrations."""
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / "journal.sqlite3"


class Folders:
    def __init__(self, template: Path, root: Path):
        self.template = template
        self.root = root
        self.opened: list[Database] = []

    def fresh(self) -> Database:
        folder = Path(tempfile.mkdtemp(dir=self.root))
        shutil.copy(self.template, folder / "journal.sqlite3")
        database = Database.open(folder)
        self.opened.append(database)
        return database

    def with_days(self, entries: list[DayEntry]) -> Database:
        database = self.fresh()
        JournalRepository(database).save_many(entries)
        return database

    def close(self) -> None:
        for database in self.opened:
            database.close()


@pytest.fixture
def folders(template: Path, tmp_path: Path) -> Iterator[Folders]:
    made = Folders(template, tmp_path)
    yield made
    made.close()


def export_bytes(database: Database, fmt: str = "json", **kw: Any) -> bytes:
    target = Path(tempfile.mkdtemp(dir=database.data_dir.parent)) / f"out.{fmt}"
    export_journal(database, target, format=fmt, exported_at=None, **kw)  # type: ignore[arg-type]
    return target.read_bytes()


def stored(database: Database) -> list[DayEntry]:
    return JournalRepository(database).between()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


DAY = date(2026, 3, 29)
NIGHT = DayEntry(
    day=DAY,
    sleep=SleepDiary(
        into_bed=datetime(2026, 3, 28, 23, 0),
        lights_out=datetime(2026, 3, 28, 23, 15),
        sleep_onset_min=20,
        final_wake=datetime(2026, 3, 29, 6, 45),
        out_of_bed=datetime(2026, 3, 29, 7, 0),
        quality=3,
        zone=ZONE,
    ),
    food=Food(plants=("oats", "leek"), fermented_servings=2),
    gut=Gut(bloating=3, bowel_movements=(BowelMovement(4, time(8, 0)),)),
    stress=StressMood(stress=5, mood=6),
    bleeding=Bleeding.LIGHT,
    notes="first",
)


def days(*numbers: int) -> list[DayEntry]:
    return [
        DayEntry(day=date(2026, 1, n), notes=f"day {n}", stress=StressMood(stress=n % 11))
        for n in numbers
    ]


# round trips --------------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(journal=journals())
def test_json_export_import_export_is_byte_identical(
    journal: list[DayEntry], template: Path, tmp_path: Path
) -> None:
    made = Folders(template, tmp_path)
    try:
        source = made.with_days(journal)
        first = export_bytes(source, "json")
        target = made.fresh()
        path = Path(tempfile.mkdtemp(dir=tmp_path)) / "x.json"
        path.write_bytes(first)
        report = import_file(target, path)
        assert len(report.added) == len(journal)
        assert stored(target) == sorted(journal, key=lambda e: e.day)
        assert export_bytes(target, "json") == first
    finally:
        made.close()


@settings(max_examples=25, deadline=None)
@given(journal=journals())
def test_csv_export_import_export_is_byte_identical(
    journal: list[DayEntry], template: Path, tmp_path: Path
) -> None:
    made = Folders(template, tmp_path)
    try:
        source = made.with_days(journal)
        first = export_bytes(source, "csv")
        target = made.fresh()
        path = Path(tempfile.mkdtemp(dir=tmp_path)) / "x.zip"
        path.write_bytes(first)
        import_file(target, path)
        assert stored(target) == sorted(journal, key=lambda e: e.day)
        assert export_bytes(target, "csv") == first
    finally:
        made.close()


@settings(max_examples=15, deadline=None)
@given(entry=day_entries())
def test_unzipped_csv_folder_imports_too(entry: DayEntry, template: Path, tmp_path: Path) -> None:
    made = Folders(template, tmp_path)
    try:
        source = made.with_days([entry])
        folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "unzipped"
        zip_path = folder.with_suffix(".zip")
        zip_path.write_bytes(export_bytes(source, "csv"))
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(folder)
        target = made.fresh()
        import_file(target, folder)
        assert stored(target) == [entry]
    finally:
        made.close()


def test_exports_carry_a_time_stamp_unless_told_not_to(folders: Folders, tmp_path: Path) -> None:
    database = folders.with_days([NIGHT])
    path = tmp_path / "stamped.json"
    export_journal(database, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "gutsleep-journal"
    assert document["version"] == FORMAT_VERSION == 2
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    export_journal(database, path, exported_at=datetime(2026, 1, 2, 3, 4, 5))
    assert json.loads(path.read_text(encoding="utf-8"))["exported_at"] == "2026-01-02T03:04:05"
    assert export_bytes(database) == export_bytes(database)
    assert export_bytes(database, "csv") == export_bytes(database, "csv")


def test_a_date_range_exports_only_those_days(folders: Folders) -> None:
    database = folders.with_days(days(1, 2, 3, 4, 5))
    document = json.loads(export_bytes(database, first=date(2026, 1, 2), last=date(2026, 1, 4)))
    assert [d["day"] for d in document["days"]] == ["2026-01-02", "2026-01-03", "2026-01-04"]
    assert document["range"] == {"from": "2026-01-02", "to": "2026-01-04"}
    with zipfile.ZipFile(
        __import__("io").BytesIO(export_bytes(database, "csv", first=date(2026, 1, 5)))
    ) as z:
        rows = z.read("days.csv").decode().splitlines()
    assert len(rows) == 2 and rows[1].startswith("2026-01-05,")


def test_the_zip_holds_one_csv_per_table_with_documented_columns(folders: Folders) -> None:
    database = folders.with_days([NIGHT])
    with zipfile.ZipFile(__import__("io").BytesIO(export_bytes(database, "csv"))) as archive:
        names = archive.namelist()
        header = archive.read("days.csv").decode().splitlines()[0].split(",")
        movements = archive.read("bowel_movements.csv").decode()
    assert names[:3] == ["manifest.csv", "days.csv", "foods.csv"]
    assert {
        "plants.csv",
        "trigger_foods.csv",
        "practices.csv",
        "intakes.csv",
        "food_tags.csv",
    } <= set(names)
    assert header[:4] == ["date", "zone", "into_bed", "lights_out"]
    assert "sleep_onset_min" in header and "bleeding" in header
    assert movements == "date,bristol,at\r\n2026-03-29,4,08:00:00\r\n"


# all or nothing ---------------------------------------------------------------------


def full_state(database: Database) -> bytes:
    return export_bytes(database, "json")


def test_generic_csv_with_one_bad_row_in_the_middle_is_refused_whole(
    folders: Folders, tmp_path: Path
) -> None:
    database = folders.with_days([NIGHT, *days(1)])
    before = full_state(database)
    path = write(
        tmp_path / "daily.csv",
        "date,stress,mood,notes\n"
        "2026-02-01,3,5,fine\n"
        "2026-02-02,4,6,\n"
        "2026-02-03,12,6,too much\n"
        "2026-02-04,2,7,\n",
    )
    plan = plan_import(database, path)
    assert not plan.ok
    with pytest.raises(ImportRefused) as caught:
        import_file(database, path, ConflictPolicy.OVERWRITE)
    assert [str(p) for p in caught.value.problems] == [
        "Line 4, column “stress”: Use a number from 0 to 10."
    ]
    assert full_state(database) == before


def test_json_with_one_bad_day_is_refused_and_names_its_line(
    folders: Folders, tmp_path: Path
) -> None:
    source = folders.with_days(days(1, 2, 3))
    document = json.loads(export_bytes(source))
    document["days"][1]["sleep"]["quality"] = 9
    path = tmp_path / "bad.json"
    text = json.dumps(document, indent=2)
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index('      "day": "2026-01-02",') + 1
    target = folders.with_days([NIGHT])
    before = full_state(target)
    with pytest.raises(ImportRefused) as caught:
        import_file(target, path, "skip")
    message = str(caught.value.problems[0])
    assert message == (
        f"Line {line}, day 2026-01-02, field “sleep.quality”: Use a number from 1 to 5."
    )
    assert full_state(target) == before


def test_csv_zip_with_a_bad_child_row_names_file_line_and_column(
    folders: Folders, tmp_path: Path
) -> None:
    source = folders.with_days([NIGHT, *days(1, 2)])
    data = export_bytes(source, "csv")
    path = tmp_path / "bad.zip"
    with (
        zipfile.ZipFile(__import__("io").BytesIO(data)) as original,
        zipfile.ZipFile(path, "w") as changed,
    ):
        for name in original.namelist():
            content = original.read(name)
            if name == "bowel_movements.csv":
                content = content.replace(b",4,", b",9,")
            if name == "days.csv":
                content = content.replace(b"\r\n2026-01-02,UTC", b"\r\n2026-01-02,UTC")
            changed.writestr(name, content)
    target = folders.fresh()
    plan = plan_import(target, path)
    assert [str(p) for p in plan.problems] == [
        "Bowel_movements.csv, line 2, column “bristol”: Use a number from 1 to 7."
    ]
    with pytest.raises(ImportRefused):
        import_file(target, path)
    assert stored(target) == []


def test_cancel_rolls_the_import_back(folders: Folders, tmp_path: Path) -> None:
    source = folders.with_days(days(*range(1, 29)))
    path = tmp_path / "all.json"
    path.write_bytes(export_bytes(source))
    target = folders.with_days([NIGHT])
    before = full_state(target)
    flag = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        flag.set()

    with pytest.raises(Cancelled):
        import_file(target, path, work=Work(progress, flag))
    assert full_state(target) == before
    assert seen


def test_a_failing_section_rolls_the_days_back(folders: Folders, tmp_path: Path) -> None:
    def explode(session: Session, data: Any, policy: ConflictPolicy) -> int:
        raise RuntimeError("section broke")

    register_section(Section("broken", export=lambda s, a, b: None, import_=explode))
    try:
        path = tmp_path / "with-section.json"
        document = json.loads(export_bytes(folders.with_days(days(1))))
        document["sections"] = {"broken": {"x": 1}}
        path.write_text(json.dumps(document), encoding="utf-8")
        target = folders.fresh()
        with pytest.raises(RuntimeError):
            import_file(target, path)
        assert stored(target) == []
    finally:
        unregister_section("broken")


# conflicts ----------------------------------------------------------------------------


@pytest.fixture
def overlapping(folders: Folders, tmp_path: Path) -> tuple[Database, Path]:
    """A journal holding days 1-3 and an export of days 2-5 with different notes."""
    incoming = [DayEntry(day=d.day, notes="from the file") for d in days(2, 3, 4, 5)]
    path = tmp_path / "incoming.json"
    path.write_bytes(export_bytes(folders.with_days(incoming)))
    return folders.with_days(days(1, 2, 3)), path


def test_plan_tells_new_from_existing_days(overlapping: tuple[Database, Path]) -> None:
    database, path = overlapping
    plan = plan_import(database, path)
    assert plan.ok and plan.kind is FileKind.JSON and plan.version == FORMAT_VERSION
    assert plan.new_days == (date(2026, 1, 4), date(2026, 1, 5))
    assert plan.existing_days == (date(2026, 1, 2), date(2026, 1, 3))


def test_fail_policy_writes_nothing_if_any_day_exists(overlapping: tuple[Database, Path]) -> None:
    database, path = overlapping
    before = full_state(database)
    with pytest.raises(ImportConflict) as caught:
        import_file(database, path, "fail")
    assert caught.value.days == (date(2026, 1, 2), date(2026, 1, 3))
    assert full_state(database) == before


def test_skip_policy_keeps_existing_days(overlapping: tuple[Database, Path]) -> None:
    database, path = overlapping
    report = import_file(database, path, "skip")
    assert report.skipped == (date(2026, 1, 2), date(2026, 1, 3))
    assert report.added == (date(2026, 1, 4), date(2026, 1, 5))
    notes = {e.day.day: e.notes for e in stored(database)}
    assert notes == {1: "day 1", 2: "day 2", 3: "day 3", 4: "from the file", 5: "from the file"}


def test_overwrite_policy_replaces_whole_days(overlapping: tuple[Database, Path]) -> None:
    database, path = overlapping
    report = import_file(database, path, ConflictPolicy.OVERWRITE)
    assert report.overwritten == (date(2026, 1, 2), date(2026, 1, 3))
    entries = {e.day.day: e for e in stored(database)}
    assert entries[2] == DayEntry(day=date(2026, 1, 2), notes="from the file")
    assert entries[1].notes == "day 1"


# the generic CSV ------------------------------------------------------------------------


def test_generic_csv_reads_clock_times_and_leaves_empty_cells_missing(
    folders: Folders, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "tracker.csv",
        "\ufeffDate,Into bed,lights_out,Sleep-Onset Min,final_wake,out_of_bed,quality,"
        "bloating,mediterranean,last_caffeine,bleeding,plants,notes\r\n"
        '2026-03-29,23:10,23:20:30,15,06:40,7:05,4,,yes,11.30,Light,oats; leek ;,"a, b"\r\n'
        "2026-03-30,,,,,,,0,no,,,,\r\n"
        ",,,,,,,,,,,,\r\n",
    )
    database = folders.fresh()
    report = import_file(database, path, default_zone="America/New_York")
    assert report.added == (date(2026, 3, 29), date(2026, 3, 30))
    first, second = stored(database)
    assert first.sleep == SleepDiary(
        into_bed=datetime(2026, 3, 28, 23, 10),
        lights_out=datetime(2026, 3, 28, 23, 20, 30),
        sleep_onset_min=15,
        final_wake=datetime(2026, 3, 29, 6, 40),
        out_of_bed=datetime(2026, 3, 29, 7, 5),
        quality=4,
        zone="America/New_York",
    )
    assert first.gut.bloating is None
    assert first.food.mediterranean is True
    assert first.food.last_caffeine == time(11, 30)
    assert first.food.plants == ("oats", "leek")
    assert first.bleeding is Bleeding.LIGHT
    assert first.notes == "a, b"
    assert second.gut.bloating == 0
    assert second.food.mediterranean is False
    assert second.sleep.quality is None


def test_generic_csv_with_semicolons_and_full_date_times(folders: Folders, tmp_path: Path) -> None:
    path = write(
        tmp_path / "european.csv",
        "date;into_bed;final_wake;stress\n2026-01-10;2026-01-09 22:45;2026-01-10T06:30:00;4\n",
    )
    database = folders.fresh()
    import_file(database, path)
    (entry,) = stored(database)
    assert entry.sleep.into_bed == datetime(2026, 1, 9, 22, 45)
    assert entry.sleep.final_wake == datetime(2026, 1, 10, 6, 30)
    assert entry.stress.stress == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date,stres\n2026-01-01,3\n",
            "Line 1, column “stres”: Unknown column; did you mean “stress”?",
        ),
        ("stress\n3\n", "Line 1: The “date” column is missing."),
        (
            "date,stress\n01/02/2026,3\n",
            "Line 2, column “date”: “01/02/2026” is not a date like 2026-03-29.",
        ),
        (
            "date,quality\n2026-01-01,3.5\n",
            "Line 2, column “quality”: “3.5” is not a whole number.",
        ),
        (
            "date,into_bed\n2026-01-01,late\n",
            "Line 2, column “into_bed”: “late”: Type a time like 23:10 or 06:40.",
        ),
        (
            "date,bleeding\n2026-01-01,lots\n",
            "Line 2, column “bleeding”: “lots” is not one of none, spotting, light, medium, heavy.",
        ),
        (
            "date,notes\n2026-01-01,a\n2026-01-01,b\n",
            "Line 3: The day 2026-01-01 appears twice (first at line 2).",
        ),
        (
            "date,lights_out,final_wake\n2026-01-01,23:00,2025-12-31T22:00\n",
            "Line 2, column “final_wake”: The final awakening can't come before lights out.",
        ),
        (
            'date,notes\n2026-01-01,"multi\nline"\n2026-01-02,x,extra\n',
            "Line 4: This row has 3 cells but the header names 2 columns.",
        ),
    ],
)
def test_generic_csv_problems_name_line_and_column(
    folders: Folders, tmp_path: Path, text: str, expected: str
) -> None:
    plan = plan_import(folders.fresh(), write(tmp_path / "x.csv", text))
    assert [str(p) for p in plan.problems] == [expected]


def test_refusals_of_files_that_are_not_exports(folders: Folders, tmp_path: Path) -> None:
    database = folders.fresh()
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "gutsleep-journal", "version": 99, "days": []}')
    assert "newer gutsleep" in str(plan_import(database, newer).problems[0])
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    assert "not a gutsleep journal export" in str(plan_import(database, other).problems[0])
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "format": "gutsleep-journal",\n  "days": [\n}')
    assert str(plan_import(database, broken).problems[0]).startswith(
        "Line 4: This is not valid JSON"
    )
    assert "Restore" in str(plan_import(database, database.path).problems[0])
    latin = tmp_path / "latin.csv"
    latin.write_bytes("date,notes\n2026-01-01,caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in str(plan_import(database, latin).problems[0])
    assert "does not exist" in str(plan_import(database, tmp_path / "nope.csv").problems[0])
    unknown = tmp_path / "unknown-section.json"
    unknown.write_text(
        '{"format": "gutsleep-journal", "version": 1, "days": [], "sections": {"teleport": {}}}'
    )
    assert "“teleport”" in str(plan_import(database, unknown).problems[0])


def test_json_refuses_unknown_fields_and_wrong_types(folders: Folders, tmp_path: Path) -> None:
    document = json.loads(export_bytes(folders.with_days([NIGHT])))
    document["days"][0]["sleep"]["qualty"] = 3
    document["days"][0]["gut"]["bloating"] = "3"
    document["days"][0]["intakes"] = [{"name": "x", "kind": "potion"}]
    path = tmp_path / "typos.json"
    path.write_text(json.dumps(document, indent=1))
    problems = [str(p) for p in read_file(path, ZONE).problems]
    assert any("field “sleep.qualty”: Unknown field." in p for p in problems)
    assert any("field “gut.bloating”: Expected a whole number, found “3”." in p for p in problems)
    assert any("“potion” is not one of supplement, probiotic, medicine." in p for p in problems)


# sections -------------------------------------------------------------------------------


@pytest.fixture
def bookmarks() -> Iterator[dict[str, Any]]:
    """A pretend feature keeping its data in a dict, registered as a section."""
    store: dict[str, Any] = {"items": []}

    def export(session: Session, first: date | None, last: date | None) -> Any:
        return (
            {"items": list(store["items"]), "zz": 1, "aa": [{"b": 2, "a": 1}]}
            if store["items"]
            else None
        )

    def import_(session: Session, data: Any, policy: ConflictPolicy) -> int:
        store["items"] = list(data["items"])
        return len(data["items"])

    def validate(data: Any) -> list[str]:
        return [] if isinstance(data.get("items"), list) else ["items must be a list"]

    register_section(Section("pretend", export, import_, validate))
    yield store
    unregister_section("pretend")
    assert "pretend" not in SECTIONS


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_registered_sections_travel_with_the_days(
    bookmarks: dict[str, Any], folders: Folders, tmp_path: Path, fmt: str
) -> None:
    bookmarks["items"] = ["article-1", "article-2"]
    source = folders.with_days([NIGHT])
    data = export_bytes(source, fmt)
    assert data == export_bytes(source, fmt)
    bookmarks["items"] = []
    path = tmp_path / f"x.{'zip' if fmt == 'csv' else 'json'}"
    path.write_bytes(data)
    target = folders.fresh()
    report = import_file(target, path)
    assert report.sections == {"pretend": 2}
    assert bookmarks["items"] == ["article-1", "article-2"]
    if fmt == "json":
        text = data.decode()
        assert text.index('"aa"') < text.index('"items"') < text.index('"zz"')


def test_section_validation_refuses_before_writing(
    bookmarks: dict[str, Any], folders: Folders, tmp_path: Path
) -> None:
    path = tmp_path / "bad-section.json"
    path.write_text(
        '{"format": "gutsleep-journal", "version": 1, "days": [],'
        ' "sections": {"pretend": {"items": 3}}}'
    )
    with pytest.raises(ImportRefused) as caught:
        import_file(folders.fresh(), path)
    assert str(caught.value) == "pretend: items must be a list"


def test_the_documentation_lists_every_column_and_table() -> None:
    from gutsleep.storage.transfer.csv_format import LIST_TABLES
    from gutsleep.storage.transfer.fields import DAY_COLUMNS

    docs = (Path(__file__).resolve().parents[3] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    for column in DAY_COLUMNS:
        assert f"| `{column.name}` | `{column.key}` |" in docs, column.name
    for table, header in LIST_TABLES.items():
        assert f"`{table}`" in docs and f"`{','.join(header)}" in docs, table


LAZY_PROBE = """
import json, sys
from gutsleep.storage.transfer.problems import Cancelled
light = "sqlalchemy" not in sys.modules
from gutsleep.storage.transfer import SECTIONS, Cancelled as Again
print(json.dumps([light, Again is Cancelled, sorted(SECTIONS)]))
"""


def test_the_cancel_flag_comes_without_sqlalchemy_and_the_package_stays_whole() -> None:
    """The report needs only ``problems`` (cancelling); the package's names still load
    on first use, with every feature's section registered, as before."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    light, same, sections = json.loads(out.stdout.strip().splitlines()[-1])
    assert light, "importing storage.transfer.problems imported SQLAlchemy"
    assert same
    assert {"experiments", "checklist_runs", "sleep_windows"} <= set(sections)
