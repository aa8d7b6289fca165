"""Bad input everywhere: hostile values never crash validation; valid ones round-trip.

Hypothesis builds DayEntry objects from huge and negative numbers, NaN and
infinite floats and strings where whole numbers belong, booleans, unicode,
control characters, SQL-looking text and 1 MB notes. ``validate_day`` must
return (never raise), refuse every invalid value with a Message, and whatever
it accepts must be stored and read back unchanged by JournalRepository.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    Intake,
    IntakeKind,
    Practice,
    SleepDiary,
    StressMood,
)
from gutsleep.domain.text import Message
from gutsleep.domain.validation import MAX_NAME, MAX_TEXT, RANGES, validate_day
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

SQLISH = (
    "'; DROP TABLE day_entry; --",
    "Robert'); DELETE FROM day_entry WHERE ('1'='1",
    '" OR 1=1 --',
    "%_\\%",
    "NULL",
    "<script>alert(1)</script>",
    "<img src=http://x/y.png>",
    "{0}{day}{}",
    "\u202eevil",
    "𝓢𝓵𝓮𝓮𝓹 😴",
    "ß\u0301\ufeff",
)
BIG_NOTE = "n" * 1_000_000 + "\n"  # a 1 MB note (over MAX_TEXT: refused, not a crash)

hostile_numbers = st.one_of(
    st.none(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=-5, max_value=1500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(math.nan),
    st.booleans(),
    st.text(max_size=5),
)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),
    st.sampled_from(SQLISH),
    st.text(min_size=MAX_NAME - 2, max_size=MAX_NAME + 2),
)
note_text = st.one_of(hostile_text, st.just(BIG_NOTE), st.just("x" * MAX_TEXT))
times = st.one_of(st.none(), st.times())
moments = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(2025, 12, 30), max_value=datetime(2026, 1, 3)),
    st.datetimes(),
)
names = st.one_of(st.sampled_from(("kefir", "leek", "walk")), hostile_text)


@st.composite
def hostile_entries(draw: st.DrawFn) -> DayEntry:
    number = lambda: draw(hostile_numbers)  # noqa: E731
    sleep = SleepDiary(
        into_bed=draw(moments),
        lights_out=draw(moments),
        final_wake=draw(moments),
        out_of_bed=draw(moments),
        zone=draw(st.sampled_from(("UTC", "Europe/London", "Not/AZone", "", "../../etc"))),
        comments=draw(hostile_text),
        sleep_aids=draw(hostile_text),
        **{
            k: number()
            for k in (
                "sleep_onset_min",
                "awakenings",
                "waso_min",
                "quality",
                "woke_early_min",
                "naps",
                "nap_min",
                "night_sweats",
                "sweats_disturbance",
            )
        },
    )
    food = Food(
        foods=tuple(
            FoodItem(draw(names), tuple(draw(st.lists(names, max_size=2))))
            for _ in range(draw(st.integers(0, 2)))
        ),
        plants=tuple(draw(st.lists(names, max_size=3))),
        trigger_foods=tuple(draw(st.lists(names, max_size=2))),
        mediterranean=draw(st.sampled_from((None, True, False))),
        last_alcohol=draw(times),
        last_caffeine=draw(times),
        last_meal=draw(times),
        **{
            k: number()
            for k in (
                "fermented_servings",
                "fibre_servings",
                "sugar_upf_servings",
                "alcohol_drinks",
                "caffeine_drinks",
            )
        },
    )
    gut = Gut(
        bloating=number(),
        discomfort=number(),
        bowel_movements=tuple(
            BowelMovement(number(), draw(times)) for _ in range(draw(st.integers(0, 2)))
        ),
        notes=draw(note_text),
    )
    stress = StressMood(
        stress=number(),
        mood=number(),
        practices=tuple(Practice(draw(names), number()) for _ in range(draw(st.integers(0, 2)))),
    )
    intakes = tuple(
        Intake(
            draw(names),
            draw(hostile_text),
            draw(st.sampled_from(list(IntakeKind))),
            draw(hostile_text),
            draw(hostile_text),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    return DayEntry(
        day=draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))),
        sleep=sleep,
        food=food,
        gut=gut,
        stress=stress,
        intakes=intakes,
        bleeding=draw(st.sampled_from((None, *Bleeding))),
        notes=draw(note_text),
    )


def _invalid_numbers(entry: DayEntry) -> list[str]:
    """The number fields holding something that is not an in-range whole number."""
    bad = []

    def check(key: str, value: object) -> None:
        if value is None:
            return
        bounds = RANGES[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not bounds.low <= value <= bounds.high
        ):
            bad.append(key)

    for key in RANGES:
        section, _, name = key.partition(".")
        part = getattr(entry, section, None)
        if part is not None and hasattr(part, name):
            check(key, getattr(part, name))
    for movement in entry.gut.bowel_movements:
        if movement.bristol is None:
            bad.append("gut.bristol")  # a movement without its Bristol type
        check("gut.bristol", movement.bristol)
    for practice in entry.stress.practices:
        check("stress.practice_minutes", practice.minutes)
    return bad


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JournalRepository]:
    database = Database.open(Path(tmp_path_factory.mktemp("hostile")) / "data")
    yield JournalRepository(database)
    database.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(entry=hostile_entries())
def test_hostile_entries_never_crash_invalid_is_refused_valid_round_trips(
    entry: DayEntry, repository: JournalRepository
) -> None:
    problems = validate_day(entry)  # must not raise
    for problem in problems:
        assert isinstance(problem.message, Message)
        assert problem.message.render()  # a sentence can always be made
        assert problem.field
    flagged = {p.field for p in problems}
    for key in _invalid_numbers(entry):
        assert key in flagged, key
    if len(entry.notes) > MAX_TEXT:
        assert "notes" in flagged
    if any(ord(c) < 32 and c not in "\n\r\t" for c in entry.notes):
        assert "notes" in flagged
    if problems:
        return
    repository.save(entry)
    stored = repository.get(entry.day)
    if entry.is_empty():
        assert stored is None
    else:
        assert stored == entry


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    value=st.one_of(st.floats(allow_nan=True), st.text(max_size=3), st.booleans()),
    key=st.sampled_from(sorted(RANGES)),
)
def test_a_non_integer_number_is_refused_with_a_message(value: object, key: str) -> None:
    section, _, name = key.partition(".")
    entry = DayEntry(day=date(2026, 1, 1))
    if key == "gut.bristol":
        entry = replace(entry, gut=Gut(bowel_movements=(BowelMovement(value),)))  # type: ignore[arg-type]
    elif key == "stress.practice_minutes":
        entry = replace(entry, stress=StressMood(practices=(Practice("walk", value),)))  # type: ignore[arg-type]
    else:
        part = replace(getattr(entry, section), **{name: value})
        entry = replace(entry, **{section: part})
    assert any(p.field == key for p in validate_day(entry))


def test_sql_looking_and_huge_text_is_stored_literally(repository: JournalRepository) -> None:
    notes = "\n".join(SQLISH) + "\n" + "é" * (MAX_TEXT - 1000)
    entry = DayEntry(
        day=date(2026, 2, 2),
        food=Food(plants=tuple(s[:MAX_NAME] for s in SQLISH)),
        notes=notes,
        sleep=SleepDiary(
            lights_out=datetime(2026, 2, 1, 23, 0),
            final_wake=datetime(2026, 2, 2, 6, 30),
            comments=SQLISH[0],
        ),
    )
    assert validate_day(entry) == []
    repository.save(entry)
    assert repository.get(entry.day) == entry
    assert repository.get(entry.day - timedelta(days=1)) is None  # nothing else was touched


def test_control_characters_and_a_1mb_note_are_refused_not_crashing() -> None:
    for notes in (BIG_NOTE, "bell\x07", "nul\x00byte", "esc\x1b[31m"):
        problems = validate_day(DayEntry(day=date(2026, 1, 1), notes=notes))
        assert [p.field for p in problems] == ["notes"]
    assert validate_day(DayEntry(day=date(2026, 1, 1), food=Food(last_meal=time(23, 59)))) == []


# hostile import files: one sentence, exit 1, the journal unchanged --------------------

HOSTILE_DAY = {"day": "2026-01-01"}


def _document(days: list[object]) -> str:
    from gutsleep.storage.transfer import FORMAT_NAME

    return json.dumps({"format": FORMAT_NAME, "version": 1, "days": days})


def _zip_with_days(days_csv: bytes, *, encrypted: bool = False, corrupt: bool = False) -> bytes:
    """A CSV export zip whose days.csv is ``days_csv``, optionally damaged or encrypted."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.csv", "key,value\nformat,gutsleep-journal-csv\nversion,1\n")
        archive.writestr("days.csv", days_csv)
    data = bytearray(buffer.getvalue())
    start = data.index(b"days.csv") + len(b"days.csv")  # the local header's name, then data
    if corrupt:
        data[start + 4 : start + 24] = b"\xff" * 20
    if encrypted:  # the "encrypted" flag bit of days.csv, in its local and central header
        local = data.rindex(b"PK\x03\x04", 0, start)
        central = data.index(b"PK\x01\x02", start)
        central = data.index(b"PK\x01\x02", central + 4)  # manifest.csv's entry comes first
        data[local + 6] |= 0x01
        data[central + 8] |= 0x01
    return bytes(data)


Content = bytes | str | Callable[[], bytes]

HOSTILE_FILES: dict[str, tuple[str, Content, str]] = {
    "null-day": (".json", _document([None]), "Expected an object (names with values), found null"),
    "list-day": (".json", _document([[1, 2]]), "found a list"),
    "null-sleep": (
        ".json",
        _document([{**HOSTILE_DAY, "sleep": None}]),
        "field “sleep”: Expected an object",
    ),
    "list-in-foods": (
        ".json",
        _document([{**HOSTILE_DAY, "food": {"foods": [[]]}}]),
        "field “food.foods[0]”",
    ),
    "huge-int-json": (
        ".json",
        _document([{**HOSTILE_DAY, "sleep": {"quality": 7}}]).replace("7}", "7" * 5000 + "}"),
        "Line 1: A number here is far too long",
    ),
    "huge-int-csv": (".csv", "date,stress\n2026-01-01," + "9" * 5000 + "\n", "5000 digits"),
    "deep-nesting": (
        ".json",
        _document([{**HOSTILE_DAY, "notes": "X"}]).replace('"X"', "[" * 50_000 + "]" * 50_000),
        "nest more than 100 levels deep",
    ),
    "deep-nesting-in-a-field": (
        ".json",
        _document([{**HOSTILE_DAY, "sleep": {"quality": "X"}}]).replace(
            '"X"', "[" * 900 + "]" * 900
        ),
        "Expected a whole number, found a list",
    ),
    "lone-surrogate": (
        ".json",
        _document([{**HOSTILE_DAY, "notes": "a\ud800b"}]),
        "field “notes”: This text holds a broken character",
    ),
    "surrogate-in-a-section": (
        ".json",
        _document([]).replace("}", ', "sections": {"checklist": {"x": "\\udc00"}}}'),
        "broken character",
    ),
    "year-0001-json": (
        ".json",
        _document(
            [
                {
                    "day": "0001-01-01",
                    "sleep": {
                        "lights_out": "0001-01-01T00:30",
                        "final_wake": "0001-01-01T07:00",
                        "zone": "Europe/Berlin",
                    },
                }
            ]
        ),
        "0001-01-01 is outside the dates the journal keeps",
    ),
    "year-9999-json": (
        ".json",
        _document(
            [
                {
                    "day": "9999-12-31",
                    "sleep": {"lights_out": "9999-12-30T23:00", "final_wake": "9999-12-31T23:59"},
                }
            ]
        ),
        "9999-12-31 is outside the dates",
    ),
    "far-sleep-time": (
        ".json",
        _document(
            [
                {
                    **HOSTILE_DAY,
                    "sleep": {"lights_out": "9999-12-31T23:00", "zone": "America/New_York"},
                }
            ]
        ),
        "field “sleep.lights_out”: This time is not in the night before 2026-01-01",
    ),
    "year-0001-csv": (
        ".csv",
        "date,lights_out,final_wake\n0001-01-01,23:00,07:00\n",
        "Line 2, column “date”: 0001-01-01 is outside",
    ),
    "zone-folder": (
        ".json",
        _document([{**HOSTILE_DAY, "sleep": {"zone": "America"}}]),
        "Unknown time zone “America”",
    ),
    "midnight-24": (
        ".json",
        _document([{**HOSTILE_DAY, "food": {"last_meal": "24:00"}}]),
        "“24:00” is not a clock time",
    ),
    "corrupt-deflate": (
        ".zip",
        lambda: _zip_with_days(b"date,notes\n" + b"2026-01-01,hello there\n" * 50, corrupt=True),
        "days.csv: This file in the zip is damaged",
    ),
    "encrypted-member": (
        ".zip",
        lambda: _zip_with_days(b"date,notes\n2026-01-01,hello\n", encrypted=True),
        "days.csv: This file is encrypted",
    ),
    "zip-bomb": (
        ".zip",
        lambda: _zip_with_days(b"," * (70 * 1024 * 1024)),
        "unpacks to more than 64 MB",
    ),
    "zip-bomb-ratio": (".zip", lambda: _zip_with_days(b"," * (8 * 1024 * 1024)), "times its size"),
    "wide-row": (
        ".csv",
        "date,notes\n2026-01-01," + "," * 1_000_000 + "\n",
        "a record longer than 400000 characters",
    ),
}


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    database = Database.open(data)
    JournalRepository(database).save(DayEntry(day=date(2026, 4, 1), notes="before"))
    database.close()
    return data


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_a_hostile_import_file_is_refused_in_one_sentence_and_changes_nothing(
    case: str, journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gutsleep.cli import main

    suffix, content, sentence = HOSTILE_FILES[case]
    path = tmp_path / f"{case}{suffix}"
    if callable(content):
        content = content()
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    path.write_bytes(content)
    before = sorted(p.name for p in journal_dir.rglob("*"))
    code = main(["--data-dir", str(journal_dir), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"gutsleep: {path.name} was not imported: ")
    assert sentence.lower() in lines[0].lower()  # a member's name is capitalised at the start
    assert "Traceback" not in err and out == ""

    # Only the lock and the log (which notes that the command failed) may change.
    def kept(name: str) -> bool:
        return "lock" not in name and not name.startswith("gutsleep.log")

    after = sorted(p.name for p in journal_dir.rglob("*") if kept(p.name))
    assert after == [n for n in before if kept(n)]  # no backup was taken either
    database = Database.open(journal_dir)
    try:
        assert JournalRepository(database).get(date(2026, 4, 1)) == DayEntry(
            day=date(2026, 4, 1), notes="before"
        )
        assert JournalRepository(database).get(date(2026, 1, 1)) is None
    finally:
        database.close()


def test_an_unpacked_export_folder_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    from gutsleep.storage.transfer import read_file
    from gutsleep.storage.transfer.csv_format import MAX_MEMBER_BYTES

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "manifest.csv").write_text(
        "key,value\nformat,gutsleep-journal-csv\nversion,1\n", encoding="utf-8"
    )
    with open(folder / "days.csv", "wb") as handle:  # sparse: no disk or memory used
        handle.truncate(MAX_MEMBER_BYTES + 1)
    parsed = read_file(folder, "UTC")
    assert [p.render() for p in parsed.problems] == [
        "The folder's CSV and JSON files hold more than 64 MB."
    ]
