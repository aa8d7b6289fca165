"""Nothing lost: every table of a journal goes out in an export and comes back on import.

The tables are discovered from a freshly created journal, so a table added
later fails here until export and import carry it (or it is allowed below,
with the reason).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select, text

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.domain.experiments import Design, Experiment
from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    HotFlushes,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
    StressMood,
    Symptoms,
)
from gutsleep.domain.regimens import ChangeKind, Regimen, RegimenChange, RegimenKind
from gutsleep.domain.screening.questions import Answer
from gutsleep.domain.sleep_window import Question, Window, WindowRecord
from gutsleep.domain.trackers import Tracker, TrackerKind
from gutsleep.storage.features import device_nights_repo
from gutsleep.storage.features.articles_repo import ArticlesRepository
from gutsleep.storage.features.checklist_repo import ChecklistRepository
from gutsleep.storage.features.device_nights_repo import DeviceNightRepository
from gutsleep.storage.features.experiments_repo import ExperimentsRepository
from gutsleep.storage.features.regimens_repo import RegimensRepository
from gutsleep.storage.features.sleep_window_repo import SleepWindowRepository
from gutsleep.storage.features.trackers_repo import TrackersRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal import search
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.models import Base
from gutsleep.storage.settings import (
    READER_ZOOM,
    REGISTRY,
    REMINDER_ON,
    REMINDER_TIME,
    TRENDS_COMPARE,
    TRENDS_CUSTOM_FROM,
    TRENDS_CUSTOM_TO,
    TRENDS_CYCLE_OVERLAY,
    TRENDS_FACTORS,
    TRENDS_RANGE,
    WINDOW_GEOMETRY,
    SettingsStore,
)
from gutsleep.storage.transfer import (
    ConflictPolicy,
    ImportDiffers,
    ImportRefused,
    export_journal,
    import_file,
    plan_import,
    read_file,
)

ZONE = "Europe/London"

#: Tables an export leaves out on purpose, each with its reason.
INTERNAL_TABLES = {
    "alembic_version": "the schema's revision: the importing journal has its own",
    **{
        name: "the search index: derived from the days, made again by every import"
        for name in (search.INDEX, *search.SHADOW_TABLES)
    },
}
#: Columns whose value is not carried, each with its reason (surrogate ids, i.e. integer
#: primary keys named ``id`` and the foreign keys pointing at them, are compared through
#: the rows they point at instead).
NOT_CARRIED = {
    ("day_entry", "updated_at"): "when the day was last written into this journal",
    ("checklist_draft", "run_id"): "the saved run a draft changes is this journal's own id",
}
#: Columns that may keep their default in the filled journal (none today), with the reason.
MAY_STAY_DEFAULT: dict[tuple[str, str], str] = {}

FORMULAS = ('=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "'quoted")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / "journal.sqlite3"


@pytest.fixture
def fresh(template: Path, tmp_path: Path) -> Iterator[Any]:
    opened: list[Database] = []

    def make() -> Database:
        folder = Path(tempfile.mkdtemp(dir=tmp_path))
        shutil.copy(template, folder / "journal.sqlite3")
        database = Database.open(folder)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


def full_day(day: date, note: str) -> DayEntry:
    """A day with every field and every list filled, none at its default."""
    evening = datetime.combine(day, time(0, 0)).replace(day=day.day - 1)
    return DayEntry(
        day=day,
        sleep=SleepDiary(
            zone=ZONE,
            into_bed=evening.replace(hour=22, minute=50),
            lights_out=evening.replace(hour=23, minute=5),
            sleep_onset_min=20,
            awakenings=2,
            waso_min=25,
            final_wake=datetime.combine(day, time(6, 30)),
            out_of_bed=datetime.combine(day, time(6, 50)),
            quality=4,
            comments=note,
            woke_early_min=15,
            naps=1,
            nap_min=20,
            sleep_aids="-2 drops",
            night_sweats=3,
            sweats_disturbance=2,
        ),
        food=Food(
            foods=(FoodItem("=1+1", ("+fibre", "@tag")), FoodItem("soup", ("warm",))),
            plants=("'oats", "leek"),
            trigger_foods=("-dairy", "wheat"),
            fermented_servings=2,
            fibre_servings=3,
            sugar_upf_servings=1,
            mediterranean=True,
            alcohol_drinks=1,
            last_alcohol=time(19, 0),
            caffeine_drinks=2,
            last_caffeine=time(11, 0),
            last_meal=time(19, 30),
        ),
        gut=Gut(
            bloating=4,
            discomfort=3,
            notes="@gut",
            bowel_movements=(BowelMovement(4, time(8, 0)), BowelMovement(5, time(17, 0))),
        ),
        stress=StressMood(
            stress=6,
            mood=5,
            exercise_min=40,
            practices=(Practice("+walk", 30), Practice("breathing", 10)),
        ),
        flushes=HotFlushes(3, 2, 1, 1, 1, 2, 1, 1),
        symptoms=Symptoms(1, 2, 3, 1, 2, 3, 1, 2, 3, 1),
        intakes=(
            Intake("=LGG", "-1 capsule", IntakeKind.PROBIOTIC, "@L. rhamnosus", "+10 billion"),
            Intake("magnesium", "200 mg", IntakeKind.SUPPLEMENT),
        ),
        bleeding=Bleeding.SPOTTING,
        notes=note,
    )


def fill(database: Database) -> SettingsStore:
    """Every table with rows whose values are not the defaults, through the repositories."""
    JournalRepository(database).save_many(
        [full_day(date(2026, 3, 10), FORMULAS[0]), full_day(date(2026, 3, 11), FORMULAS[5])]
    )
    experiments = ExperimentsRepository(database)
    saved = experiments.save(
        Experiment(
            title="=Kefir trial",
            template="fermented",
            outcome="tst",
            start=date(2026, 2, 1),
            design=Design.AB,
            phase_days=14,
            change="+one glass of kefir",
            strain="@L. kefiri",
            cfu="-1e9",
            blocks=2,
            pauses=((date(2026, 2, 20), date(2026, 2, 22)),),
            ended_on=date(2026, 3, 5),
            ended_early=True,
            created=datetime(2026, 1, 31, 20, 15, 7),
            washout_days=2,
            order="BAAB",
            randomised=True,
            seed=424242,
            smallest_change=12.5,
            plan_changes=((date(2026, 2, 3), "=outcome changed"),),
        )
    )
    assert saved.id is not None
    experiments.set_checkin(saved.id, date(2026, 2, 15), True)
    experiments.set_checkin(saved.id, date(2026, 2, 16), False)
    checklist = ChecklistRepository(database)
    run = checklist.save(date(2026, 3, 1), {"digestive-symptoms": Answer.YES})
    checklist.update(
        run, {"digestive-symptoms": Answer.UNSURE, "antibiotics": Answer.NO}, date(2026, 3, 2)
    )
    checklist.keep_draft({"autoimmune": Answer.NO, "mood-symptoms": Answer.UNSURE}, run)
    planner = SleepWindowRepository(database)
    planner.save_screen(dict.fromkeys(Question, False) | {Question.AGE: True}, date(2026, 3, 16))
    planner.save_window(
        WindowRecord(date(2026, 3, 16), Window(time(7), 390), 390, 7, 390.5, 81.25, True)
    )
    nights = DeviceNightRepository(database)
    nights.apply(
        device_nights_repo.plan(
            database,
            [
                DeviceNight(
                    "fitbit",
                    "=1",
                    datetime(2026, 3, 2, 22, 10),
                    datetime(2026, 3, 3, 6, 5, 30),
                    "Europe/Berlin",
                    asleep_min=431,
                    awake_min=44,
                    sol_min=12,
                    awakenings=3,
                    deep_min=70,
                    light_min=250,
                    rem_min=111,
                    rating=7.5,
                    device="+Charge 6",
                )
            ],
        )
    )
    RegimensRepository(database).add(
        Regimen(
            "=Estradiol gel",
            RegimenKind.HORMONE_THERAPY,
            "-on the skin",
            (
                RegimenChange(date(2026, 2, 1), ChangeKind.START, "+1 pump"),
                RegimenChange(date(2026, 3, 1), ChangeKind.DOSE, "2 pumps"),
            ),
        )
    )
    articles = ArticlesRepository(database)
    articles.mark_opened("sleep-basics", datetime(2026, 3, 3, 21, 0, 5))
    articles.set_position("sleep-basics", 1234)
    articles.add_bookmark(
        "sleep-basics",
        "-anchor",
        "=Section",
        quote="@quote",
        note=FORMULAS[1],
        when=datetime(2026, 3, 3, 21, 1, 0, 250000),
    )
    articles.add_user_article(
        "my-notes",
        "+My notes",
        "-notes.md",
        "markdown",
        "# Heading\n\n=not a formula, " + FORMULAS[5],
        when=datetime(2026, 3, 4, 9, 30),
    )
    trackers = TrackersRepository(database)
    outdoors = trackers.add(
        Tracker(
            "a1b2c3d4e5f6",
            "=Time outdoors",
            TrackerKind.MINUTES,
            reminder=time(20, 30),
            archived=True,
            created_at=datetime(2026, 3, 2, 8, 0, 0, 125000),
        )
    )
    trackers.set_value(outdoors.uid, date(2026, 3, 10), 45)
    weight = trackers.add(
        Tracker(
            "0f0f0f0f0f0f", "Weight", TrackerKind.AMOUNT, "-kg", created_at=datetime(2026, 3, 3)
        )
    )
    trackers.set_value(weight.uid, date(2026, 3, 11), 71.25)
    settings = SettingsStore(database.data_dir)
    settings.set(REMINDER_ON, True)
    settings.set(REMINDER_TIME, "-07:30")
    settings.set(TRENDS_RANGE, "custom")
    settings.set(TRENDS_CUSTOM_FROM, "2026-01-01")
    settings.set(TRENDS_CUSTOM_TO, "2026-03-01")
    settings.set(TRENDS_FACTORS, "=stress,alcohol")
    settings.set(TRENDS_COMPARE, "alcohol,tst")
    settings.set(TRENDS_CYCLE_OVERLAY, True)
    settings.set(READER_ZOOM, 3)  # stays on this computer
    settings.set(WINDOW_GEOMETRY, "AdnQywADAAA=")  # stays on this computer
    return settings


def table_names(database: Database) -> set[str]:
    with database.session() as session:
        rows = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
        return {row[0] for row in rows}


def _surrogate(table: Table, column: str) -> bool:
    col = table.c[column]
    return column == "id" and col.primary_key


def contents(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every carried table's rows, without surrogate ids: a foreign key is the row it names."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    with database.session() as session:
        raw = {
            name: [dict(row._mapping) for row in session.execute(select(table))]
            for name, table in tables.items()
        }

    def describe(name: str, row: dict[str, Any]) -> tuple[Any, ...]:
        table = tables[name]
        out: list[Any] = []
        for column in table.c:
            if _surrogate(table, column.name) or (name, column.name) in NOT_CARRIED:
                continue
            value = row[column.name]
            for key in column.foreign_keys:
                parent = key.column.table.name
                value = describe(parent, next(r for r in raw[parent] if r["id"] == value))
            out.append((column.name, value))
        return tuple(out)

    return {name: sorted((describe(name, r) for r in rows), key=repr) for name, rows in raw.items()}


def travelling(data_dir: Path) -> dict[str, Any]:
    store = SettingsStore(data_dir)
    return {k: store.get(s) for k, s in REGISTRY.items() if s.travels}


def test_every_table_is_known_and_filled(fresh: Any) -> None:
    database = fresh()
    discovered = table_names(database)
    carried = {t.name for t in Base.metadata.sorted_tables}
    assert discovered == carried | set(INTERNAL_TABLES), (
        "a table is neither carried by export nor allowed as internal"
    )
    fill(database)
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    with database.session() as session:
        for name, table in tables.items():
            rows = [dict(r._mapping) for r in session.execute(select(table))]
            assert rows, f"fill() leaves {name} empty: fill it so the round trip covers it"
            for column in table.c:
                if _surrogate(table, column.name) or (name, column.name) in MAY_STAY_DEFAULT:
                    continue
                default = getattr(column.default, "arg", None)
                values = [r[column.name] for r in rows]
                assert any(v not in (None, "", 0, False, default) for v in values), (
                    f"{name}.{column.name} only holds its default"
                )


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_every_table_comes_back_from_an_export(fresh: Any, tmp_path: Path, fmt: str) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / ("journal.json" if fmt == "json" else "journal.zip")
    export_journal(source, path, format=fmt, exported_at=None)  # type: ignore[arg-type]
    target = fresh()
    report = import_file(target, path)
    assert report.sections == {
        "article_states": 1,
        "bookmarks": 1,
        "checklist_draft": 1,
        "checklist_runs": 1,
        "device_nights": 1,
        "experiments": 1,
        "regimens": 1,
        "settings": 8,  # trends.compare travels too
        "sleep_window_screen": len(Question),
        "sleep_windows": 1,
        "trackers": 2,
        "user_articles": 1,
    }
    assert contents(target) == contents(source)
    assert travelling(target.data_dir) == travelling(source.data_dir)
    assert SettingsStore(target.data_dir).get(READER_ZOOM) == 0
    assert SettingsStore(target.data_dir).get(WINDOW_GEOMETRY) == ""

    again = import_file(target, path, ConflictPolicy.SKIP)
    assert again.written == 0 and sum(again.sections.values()) == 0
    assert contents(target) == contents(source), "a second import of the same file changed data"
    second = tmp_path / f"again.{path.suffix}"
    export_journal(target, second, format=fmt, exported_at=None)  # type: ignore[arg-type]
    assert second.read_bytes() == path.read_bytes()


def test_a_date_range_exports_the_sections_whole(fresh: Any, tmp_path: Path) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / "range.json"
    export_journal(source, path, first=date(2026, 3, 11), last=date(2026, 3, 11), exported_at=None)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [d["day"] for d in document["days"]] == ["2026-03-11"]
    assert len(document["sections"]["experiments"][0]["checkins"]) == 2
    assert set(document["sections"]) == {
        "article_states",
        "bookmarks",
        "checklist_draft",
        "device_nights",
        "checklist_runs",
        "experiments",
        "regimens",
        "settings",
        "sleep_window_screen",
        "sleep_windows",
        "trackers",
        "user_articles",
    }


def test_items_with_other_content_follow_the_policy(fresh: Any, tmp_path: Path) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / "x.json"
    export_journal(source, path, exported_at=None)
    target = fresh()
    import_file(target, path)
    bookmark = ArticlesRepository(target).bookmarks()[0]
    ArticlesRepository(target).set_note(bookmark.id, "mine")
    SettingsStore(target.data_dir).set(TRENDS_RANGE, "90d")

    plan = plan_import(target, path)
    assert plan.differing == (
        "bookmarks: sleep-basics -anchor 2026-03-03T21:01:00.250000",
        "settings: trends.range",
    )
    no_days = tmp_path / "no-days.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    no_days.write_text(json.dumps(document | {"days": []}), encoding="utf-8")
    with pytest.raises(ImportDiffers, match="bookmarks: sleep-basics"):
        import_file(target, no_days, ConflictPolicy.FAIL)
    assert ArticlesRepository(target).bookmarks()[0].note == "mine"

    import_file(target, path, ConflictPolicy.SKIP)
    assert ArticlesRepository(target).bookmarks()[0].note == "mine"
    assert SettingsStore(target.data_dir).get(TRENDS_RANGE) == "90d"

    report = import_file(target, path, ConflictPolicy.OVERWRITE)
    assert report.sections["bookmarks"] == 1 and report.sections["settings"] == 1
    assert [b.note for b in ArticlesRepository(target).bookmarks()] == [FORMULAS[1]]
    assert SettingsStore(target.data_dir).get(TRENDS_RANGE) == "custom"
    assert contents(target) == contents(source)


def test_a_wrong_value_in_a_section_names_it_and_writes_nothing(fresh: Any, tmp_path: Path) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / "x.json"
    export_journal(source, path, exported_at=None)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["sections"]["experiments"][0]["checkins"][1]["done"] = "no"
    document["sections"]["settings"]["reminder.enabled"] = 1
    path.write_text(json.dumps(document), encoding="utf-8")
    target = fresh()
    with pytest.raises(ImportRefused) as caught:
        import_file(target, path)
    problems = [str(p) for p in caught.value.problems]
    assert "experiments: item 1, checkins[1], field “done”: Expected true or false." in problems
    assert "settings: setting, field “reminder.enabled”: Expected true or false." in problems
    assert contents(target) == contents(fresh())


GOOD_STATE = {"article_id": "a", "read": True, "position": 3, "last_opened": None}


@pytest.mark.parametrize(
    ("section", "data", "expected"),
    [
        ("article_states", {"a": 1}, "article_states: Expected a list ([...])."),
        ("article_states", [3], "article_states: item 1: Expected an object ({...})."),
        (
            "article_states",
            [GOOD_STATE | {"colour": "red"}],
            "article_states: item 1, field “colour”: Unknown field.",
        ),
        (
            "article_states",
            [{"article_id": "a", "read": True, "position": 3}],
            "article_states: item 1, field “last_opened”: The field is missing.",
        ),
        (
            "article_states",
            [GOOD_STATE | {"position": 2**70}],
            "article_states: item 1, field “position”: Use a whole number.",
        ),
        (
            "article_states",
            [GOOD_STATE | {"position": -1}],
            "article_states: item 1, field “position”: Use a number of at least 0.",
        ),
        (
            "article_states",
            [GOOD_STATE | {"article_id": None}],
            "article_states: item 1, field “article_id”: A value is needed here.",
        ),
        (
            "article_states",
            [GOOD_STATE | {"last_opened": "yesterday"}],
            "article_states: item 1, field “last_opened”: “yesterday” is not a local date-time "
            "like 2026-03-28T23:10 (no time-zone offset).",
        ),
        (
            "article_states",
            [GOOD_STATE, GOOD_STATE],
            "article_states: Item 2 is item 1 again (the same article_id).",
        ),
        (
            "user_articles",
            [
                {
                    "article_id": "x",
                    "title": "t",
                    "source_name": "",
                    "source_format": "pdf",
                    "content": "",
                    "imported_at": "2026-01-01T00:00:00",
                }
            ],
            "user_articles: item 1, field “source_format”: Use one of: markdown, text, html.",
        ),
        (
            "checklist_runs",
            [
                {
                    "taken_on": "2026-01-01",
                    "created_at": "2026-01-01T00:00:00",
                    "updated_at": "2026-01-01T00:00:00",
                    "answers": {"q": "yes"},
                }
            ],
            "checklist_runs: item 1, field “answers”: Expected a list ([...]).",
        ),
        (
            "checklist_runs",
            [
                {
                    "taken_on": "2026-01-01",
                    "created_at": "2026-01-01T00:00:00",
                    "updated_at": "2026-01-01T00:00:00",
                    "answers": [{"question": "q", "answer": "yes"}] * 2,
                }
            ],
            "checklist_runs: item 1, answers[1] is answers[0] again (the same question).",
        ),
        (
            "user_articles",
            [
                {
                    "article_id": "x",
                    "title": "t\ud800",
                    "source_name": "",
                    "source_format": "text",
                    "content": "",
                    "imported_at": "2026-01-01T00:00:00",
                }
            ],
            # The whole file's check for lone surrogates (hostile input) comes first.
            "The section “user_articles” holds a broken character (a lone surrogate).",
        ),
        ("settings", [1], "settings: Expected an object ({...})."),
        (
            "settings",
            {"window.geometry": "x"},
            "settings: setting, field “window.geometry”: Unknown setting.",
        ),
    ],
)
def test_a_section_of_the_wrong_shape_is_refused_naming_section_and_item(
    fresh: Any, tmp_path: Path, section: str, data: Any, expected: str
) -> None:
    path = tmp_path / "bad.json"
    document = {"format": "gutsleep-journal", "version": 2, "days": [], "sections": {}}
    document["sections"] = {section: data}
    path.write_text(json.dumps(document), encoding="utf-8")
    target = fresh()
    with pytest.raises(ImportRefused) as caught:
        import_file(target, path)
    assert [str(p) for p in caught.value.problems] == [expected]
    assert contents(target) == contents(fresh())


def test_a_csv_export_missing_an_items_table_is_refused(fresh: Any, tmp_path: Path) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / "x.zip"
    export_journal(source, path, format="csv", exported_at=None)
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    (folder / "experiments.csv").unlink()
    problems = [str(p) for p in read_file(folder, ZONE).problems]
    assert problems == [
        "Experiment_pauses.csv: The export has experiment_pauses.csv but no experiments.csv.",
        "Experiment_checkins.csv: The export has experiment_checkins.csv but no experiments.csv.",
    ]
    (folder / "bookmarks.csv").write_text("item,article_id\r\n1,x\r\n", encoding="utf-8")
    problems = [str(p) for p in read_file(folder, ZONE).problems]
    assert "Bookmarks.csv, line 1: The “anchor” column is missing." in problems


# CSV formula guard ------------------------------------------------------------------


def _csv_member(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def test_csv_cells_that_look_like_formulas_are_guarded_and_come_back(
    fresh: Any, tmp_path: Path
) -> None:
    source = fresh()
    fill(source)
    path = tmp_path / "x.zip"
    export_journal(source, path, format="csv", exported_at=None)
    days = _csv_member(path, "days.csv")
    assert '"\'=HYPERLINK(""http://x"",""y"")"' in days
    assert "''quoted" in days
    assert ",'-2 drops," in days
    assert "'=cmd|' /C calc'!A0" in _csv_member(path, "bookmarks.csv")
    assert "'+1,'@tag" not in days  # tags are in their own table
    assert "'@tag" in _csv_member(path, "food_tags.csv")
    assert "reminder.time,'-07:30" in _csv_member(path, "settings.csv")
    movements = _csv_member(path, "experiments.csv")
    assert ",14," in movements and "'-1e9" in movements  # numbers are never guarded
    parsed = read_file(path, ZONE)
    assert not parsed.problems
    by_day = {d.entry.day: d.entry for d in parsed.days}
    assert by_day[date(2026, 3, 10)].notes == FORMULAS[0]
    assert by_day[date(2026, 3, 11)].notes == "'quoted"
    assert by_day[date(2026, 3, 10)].sleep.sleep_aids == "-2 drops"
    assert by_day[date(2026, 3, 10)].intakes[0].cfu == "+10 billion"


@pytest.mark.parametrize("value", FORMULAS)
def test_every_formula_start_round_trips(value: str) -> None:
    from gutsleep.storage.transfer.csv_format import neutralise, restore

    assert neutralise(value).startswith("'")
    assert restore(neutralise(value)) == value
    assert restore(neutralise("plain")) == "plain"
    assert neutralise("\tx") == "'\tx" and neutralise("\rx") == "'\rx"


def test_only_text_columns_are_guarded_so_numbers_stay_numbers() -> None:
    from gutsleep.storage.transfer.csv_format import _guard_rows

    header = ("item", "minutes", "note")
    assert _guard_rows(header, [["1", "-2", "-2"]], frozenset({"note"})) == [["1", "-2", "'-2"]]


@pytest.mark.parametrize("value", FORMULAS)
def test_each_formula_in_a_note_survives_a_csv_export_and_import(
    fresh: Any, tmp_path: Path, value: str
) -> None:
    source = fresh()
    JournalRepository(source).save_many([DayEntry(date(2026, 3, 1), notes=value)])
    path = tmp_path / "x.zip"
    export_journal(source, path, format="csv", exported_at=None)
    rows = list(csv.DictReader(io.StringIO(_csv_member(path, "days.csv"))))
    assert rows[0]["notes"] == "'" + value
    target = fresh()
    import_file(target, path)
    assert JournalRepository(target).between()[0].notes == value


# the previous format version --------------------------------------------------------

V1_JSON = """{
  "format": "gutsleep-journal", "version": 1, "exported_at": null,
  "generator": "gutsleep 0.1.0", "range": {"from": null, "to": null},
  "days": [{"day": "2026-03-29", "sleep": {"zone": "Europe/London", "quality": 3},
            "notes": "'kept as written"}],
  "sections": {}
}
"""


def test_a_version_1_json_export_still_imports(fresh: Any, tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    path.write_text(V1_JSON, encoding="utf-8")
    target = fresh()
    report = import_file(target, path)
    assert report.added == (date(2026, 3, 29),)
    assert JournalRepository(target).between()[0].notes == "'kept as written"


def test_a_version_1_csv_export_still_imports_its_text_as_written(
    fresh: Any, tmp_path: Path
) -> None:
    from gutsleep.storage.transfer.csv_format import DAY_HEADER

    folder = tmp_path / "v1"
    folder.mkdir()
    (folder / "manifest.csv").write_text(
        "key,value\r\nformat,gutsleep-journal-csv\r\nversion,1\r\n", encoding="utf-8"
    )
    cells = dict.fromkeys(DAY_HEADER, "") | {
        "date": "2026-03-29",
        "zone": "Europe/London",
        "quality": "3",
        "notes": "'kept as written",
    }
    (folder / "days.csv").write_text(
        ",".join(DAY_HEADER) + "\r\n" + ",".join(cells[h] for h in DAY_HEADER) + "\r\n",
        encoding="utf-8",
    )
    target = fresh()
    import_file(target, folder)
    assert JournalRepository(target).between()[0].notes == "'kept as written"


def test_the_documentation_describes_every_section_table_and_travelling_setting() -> None:
    from gutsleep.storage.transfer import SECTIONS

    docs = (Path(__file__).resolve().parents[3] / "docs" / "export-format.md").read_text(
        encoding="utf-8"
    )
    for name, section in SECTIONS.items():
        assert section.items is not None, name
        assert f"| `{name}` |" in docs, name
        for table in section.items.tables:
            assert f"`{table.file}`" in docs, table.file
            for column in table.fields:
                assert f"`{column.name}`" in docs, f"{table.file}: {column.name}"
    for key, setting in REGISTRY.items():
        if setting.travels:
            assert f"`{key}`" in docs, key


def test_settings_are_put_back_when_the_database_part_fails_at_commit(
    fresh: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import SessionTransaction

    source = fresh()
    fill(source)
    path = tmp_path / "x.json"
    export_journal(source, path, exported_at=None)
    target = fresh()
    untouched = travelling(target.data_dir)

    commit = SessionTransaction.commit

    def fail(self: SessionTransaction, _to_root: bool = False) -> None:
        if self._parent is None:  # the import's own transaction, not a flush
            raise OSError("disk full")
        commit(self, _to_root)

    monkeypatch.setattr(SessionTransaction, "commit", fail)
    with pytest.raises(OSError, match="disk full"):
        import_file(target, path)
    monkeypatch.undo()
    assert travelling(target.data_dir) == untouched
    assert contents(target) == contents(fresh())


def test_a_cancel_that_comes_after_the_commit_does_not_report_a_written_import_as_cancelled(
    fresh: Any, tmp_path: Path
) -> None:
    import sqlite3

    from gutsleep.storage.transfer import Work

    source = fresh()
    fill(source)
    path = tmp_path / "x.json"
    export_journal(source, path, exported_at=None)
    target = fresh()

    class PressedOnceWritten:
        """The Cancel button, pressed the moment the import's commit is done."""

        def is_set(self) -> bool:
            with sqlite3.connect(target.path) as connection:
                return bool(connection.execute("SELECT count(*) FROM day_entry").fetchone()[0])

    report = import_file(target, path, work=Work(cancel=PressedOnceWritten()))
    assert len(report.added) == 2
