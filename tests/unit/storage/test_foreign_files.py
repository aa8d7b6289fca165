"""Other apps' files: recognised from their content, read value by value, imported once.

The fixtures are written here from the formats' documentation (tests/helpers/foreign_files.py);
the real exports in ../shared/import-samples are read too when they are present.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gutsleep.domain.device_nights import DeviceNight, diary_from_device
from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep import compute_metrics
from gutsleep.storage.features import device_nights_repo
from gutsleep.storage.features.device_nights_repo import Applied, DeviceNightRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.foreign import ForeignRefused, detect, read_foreign
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.transfer import ConflictPolicy, export_journal, import_file
from tests.helpers import foreign_files as ff

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "import-samples"


def test_sleep_as_android_reads_each_record_under_its_own_header(tmp_path: Path) -> None:
    # 22:30 BST on the night the clocks go back: 8.5 hours end at 05:00 GMT.
    dst_start = datetime(2026, 10, 24, 21, 30)
    path = ff.sleep_as_android_zip(
        tmp_path / "sleep-export.zip",
        [
            ff.saa_record(
                dst_start, 8.5, rating="3.5", comment='slept "ok" \\n #stress_2x', times=5
            ),
            ff.saa_record(
                datetime(2026, 10, 26, 20, 0), 11.0, cycles="-1", deep="-1.0", adjust="0", times=1
            ),
            ff.saa_record(datetime(2026, 10, 27, 7, 38), 0.03, times=2),
        ],
    )
    assert detect(path) == "sleep_as_android"
    read = read_foreign(path, "UTC")
    assert read is not None and read.source == "sleep_as_android"
    first, manual = read.nights
    assert (first.start_utc, first.end_utc) == (dst_start, datetime(2026, 10, 25, 6, 0))
    assert first.zone == "Europe/London" and first.night == date(2026, 10, 25)
    assert first.local(first.start_utc) == datetime(2026, 10, 24, 22, 30)
    assert first.local(first.end_utc) == datetime(2026, 10, 25, 6, 0)
    assert (first.in_bed_min, first.asleep_min, first.awake_min, first.deep_min) == (
        510,
        480,
        30,
        120,
    )
    assert first.rating == 7.0
    # added by hand: nothing measured, so time asleep is unknown, not the whole record
    assert (manual.asleep_min, manual.awake_min, manual.deep_min, manual.rating) == (
        None,
        None,
        None,
        None,
    )
    assert dict(read.skipped) == {
        "recordings shorter than 10 minutes (tests or false starts)": 1,
        "comments and tags (gutsleep keeps its own notes)": 1,
    }


def test_plees_tracker_nights_take_the_journal_zone(tmp_path: Path) -> None:
    path = ff.plees_csv(
        tmp_path / "plees.csv",
        [
            (datetime(2026, 3, 1, 22, 0), datetime(2026, 3, 2, 6, 15), 4),
            (datetime(2026, 3, 2, 22, 30), datetime(2026, 3, 3, 6, 0), 0),
            (datetime(2026, 3, 3, 12, 0), datetime(2026, 3, 3, 12, 1), 3),
        ],
    )
    assert detect(path) == "plees_tracker"
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None
    assert [(n.night, n.in_bed_min, n.rating, n.zone) for n in read.nights] == [
        (date(2026, 3, 2), 495, 8.0, "Europe/Berlin"),
        (date(2026, 3, 3), 450, None, "Europe/Berlin"),
    ]
    assert sum(read.skipped.values()) == 1


def test_fitbit_csv_inside_a_larger_export_with_12_hour_times(tmp_path: Path) -> None:
    path = ff.fitbit_csv(
        tmp_path / "fitbit.csv",
        [
            ("2026-03-01 10:50PM", "2026-03-02 6:45AM", "431", "44", "3", "475"),
            ("2026-03-02 11:58PM", "2026-03-03 7:02AM", "1,010", "20", "1", "1,030"),
        ],
    )
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None and read.source == "fitbit"
    first, second = read.nights
    assert first.local(first.end_utc) == datetime(2026, 3, 2, 6, 45)
    assert first.local(first.start_utc) == datetime(2026, 3, 1, 22, 50)  # end - asleep - awake
    assert (first.asleep_min, first.awake_min, first.awakenings, first.rem_min) == (431, 44, 3, 90)
    assert second.asleep_min == 1010  # thousands comma
    assert second.local(second.start_utc) == datetime(2026, 3, 2, 13, 52)


def test_fitbit_csv_behind_another_section_is_found_by_its_title(tmp_path: Path) -> None:
    before = 'Body\nDate,Weight,BMI\n"2026-03-01","70.0","24"\n\n'
    path = ff.fitbit_csv(
        tmp_path / "fitbit.csv",
        [("2026-03-01 10:50PM", "2026-03-02 6:45AM", "431", "44", "3", "475")],
        before=before,
    )
    # The title is not on the first line: name the app, and the sleep section is found.
    assert detect(path) is None
    read = read_foreign(path, "UTC", force="fitbit")
    assert read is not None and len(read.nights) == 1


def test_fitbit_takeout_json_keeps_naps_and_minutes_to_fall_asleep(tmp_path: Path) -> None:
    path = ff.fitbit_takeout_zip(
        tmp_path / "takeout.zip",
        {
            "2026-02-28": [
                ff.fitbit_log(
                    11,
                    "2026-02-28T23:10:00.000",
                    "2026-03-01T07:02:30.000",
                    asleep=420,
                    awake=40,
                    to_fall_asleep=12,
                ),
            ],
            "2026-03-30": [
                ff.fitbit_log(
                    12,
                    "2026-03-01T14:00:00.000",
                    "2026-03-01T14:40:00.000",
                    asleep=35,
                    awake=5,
                    main=False,
                    stages=False,
                ),
            ],
        },
    )
    assert detect(path) == "fitbit"
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None
    night, nap = read.nights
    assert (night.record_id, night.sol_min, night.asleep_min, night.deep_min, night.awakenings) == (
        "11",
        12,
        420,
        60,
        17,
    )
    assert nap.main_sleep is False and nap.awakenings == 2
    diary = diary_from_device(night, "from Fitbit")
    metrics = compute_metrics(diary)
    assert diary.final_wake == datetime(2026, 3, 1, 7, 2)
    assert metrics.total_sleep_min == pytest.approx(420, abs=1)  # the device's own total


def test_files_of_no_known_app_are_not_claimed(tmp_path: Path) -> None:
    daily = tmp_path / "daily.csv"
    daily.write_text("day,notes\n2026-03-01,hello\n", encoding="utf-8")
    export = tmp_path / "export.json"
    export.write_text('{"format": "gutsleep"}', encoding="utf-8")
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("days.csv", "day\n")
    for path in (daily, export, other_zip):
        assert detect(path) is None
        assert read_foreign(path, "UTC") is None


def test_hostile_zips_are_refused_or_read_without_unpacking(tmp_path: Path) -> None:
    traversal = tmp_path / "inner" / "evil.zip"
    traversal.parent.mkdir()
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../../sleep-export.csv", ff.saa_record(datetime(2026, 3, 1, 22), 8.0))
    read = read_foreign(traversal, "UTC")
    assert read is not None and len(read.nights) == 1
    assert not (tmp_path / "sleep-export.csv").exists()  # read in memory, never extracted

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sleep-export.csv", b"Id," + b"0" * (65 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(ForeignRefused, match="more than 64 MB"):
        read_foreign(bomb, "UTC")

    long_line = tmp_path / "long.csv"
    long_line.write_bytes(b"Id,Tz,From,To,Sched\n" + b"x" * (3 * 1024 * 1024) + b"\n")
    with pytest.raises(ForeignRefused, match="line"):
        read_foreign(long_line, "UTC")

    damaged = tmp_path / "damaged.zip"
    good = ff.sleep_as_android_zip(
        tmp_path / "good.zip", [ff.saa_record(datetime(2026, 3, 1, 22), 8.0)]
    )
    damaged.write_bytes(good.read_bytes()[:-40])
    with pytest.raises(ForeignRefused):
        read_foreign(damaged, "UTC", force="sleep_as_android")


def _night(record: str, start: datetime, hours: float = 8.0, **values: object) -> DeviceNight:
    return DeviceNight(
        "fitbit",
        record,
        start,
        start + timedelta(hours=hours),
        "Europe/Berlin",
        **values,  # type: ignore[arg-type]
    )


def test_importing_twice_adds_nothing_and_a_newer_export_adds_only_new_nights(
    tmp_path: Path,
) -> None:
    database = Database.open(tmp_path / "data")
    try:
        repo = DeviceNightRepository(database)
        older = [_night(str(i), datetime(2026, 3, i, 21)) for i in range(1, 5)]
        plan = device_nights_repo.plan(database, older)
        assert len(plan.new) == 4 and plan.known == 0
        assert repo.apply(plan) == Applied(4, 0, 0)
        again = device_nights_repo.plan(database, older)
        assert (len(again.new), again.known) == (0, 4)
        assert repo.apply(again) == Applied(0, 0, 0)
        newer = [*older, _night("5", datetime(2026, 3, 5, 21))]
        assert repo.apply(device_nights_repo.plan(database, newer)) == Applied(1, 0, 0)
        assert repo.count() == 5
        # a plan made before someone else applied it adds nothing twice
        assert repo.apply(plan) == Applied(0, 0, 0)
    finally:
        database.close()


def test_the_diary_is_filled_only_where_empty_and_only_when_asked(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "data")
    try:
        journal = JournalRepository(database)
        written = SleepDiary(
            into_bed=datetime(2026, 3, 1, 23, 0),
            lights_out=datetime(2026, 3, 1, 23, 10),
            final_wake=datetime(2026, 3, 2, 6, 0),
            out_of_bed=datetime(2026, 3, 2, 6, 20),
            quality=6,
            zone="Europe/Berlin",
        )
        journal.save(DayEntry(date(2026, 3, 2), sleep=written))
        journal.save(DayEntry(date(2026, 3, 3), notes="no diary night, a note"))
        nights = [
            _night("a", datetime(2026, 3, 1, 21, 30), asleep_min=420, sol_min=15),
            _night("b", datetime(2026, 3, 2, 21, 45), asleep_min=400, sol_min=20),
            _night("c", datetime(2026, 3, 3, 22, 0), asleep_min=410, sol_min=5),
        ]
        plan = device_nights_repo.plan(database, nights)
        assert plan.fillable == (date(2026, 3, 3), date(2026, 3, 4))
        repo = DeviceNightRepository(database)
        assert repo.apply(plan) == Applied(3, 0, 0)
        assert journal.get(date(2026, 3, 4)) is None  # not asked: the diary is untouched

        second = [_night("d", datetime(2026, 3, 4, 22, 0), asleep_min=400, sol_min=10)]
        repo.apply(device_nights_repo.plan(database, second), fill_diary_with="From Fitbit")
        assert journal.get(date(2026, 3, 2)).sleep == written  # type: ignore[union-attr]
        filled = journal.get(date(2026, 3, 5))
        assert filled is not None and filled.sleep.comments == "From Fitbit"
        assert filled.sleep.lights_out == datetime(2026, 3, 4, 23, 0)
        assert compute_metrics(filled.sleep).total_sleep_min == pytest.approx(400)
    finally:
        database.close()


def test_a_cancel_before_commit_writes_nothing(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "data")
    try:
        plan = device_nights_repo.plan(database, [_night("x", datetime(2026, 3, 1, 21))])

        def cancel() -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            DeviceNightRepository(database).apply(plan, fill_diary_with="x", check=cancel)
        assert DeviceNightRepository(database).count() == 0
        assert JournalRepository(database).count() == 0
    finally:
        database.close()


_minutes = st.one_of(st.none(), st.integers(0, 600))


@st.composite
def _nights(draw: st.DrawFn) -> list[DeviceNight]:
    count = draw(st.integers(0, 6))
    result = []
    for index in range(count):
        start = datetime(2026, 1, 1, 20) + timedelta(
            days=draw(st.integers(0, 60)), minutes=draw(st.integers(0, 300))
        )
        result.append(
            DeviceNight(
                draw(st.sampled_from(["fitbit", "plees_tracker", "sleep_as_android"])),
                f"r{index}",
                start,
                start + timedelta(minutes=draw(st.integers(10, 900))),
                draw(st.sampled_from(["UTC", "Europe/Berlin", "America/New_York"])),
                asleep_min=draw(_minutes),
                awake_min=draw(_minutes),
                sol_min=draw(_minutes),
                awakenings=draw(st.one_of(st.none(), st.integers(0, 30))),
                rating=draw(st.one_of(st.none(), st.sampled_from([0.5, 5.0, 10.0]))),
                main_sleep=draw(st.booleans()),
            )
        )
    return result


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(nights=_nights())
def test_import_twice_then_export_and_import_elsewhere_is_lossless(
    tmp_path_factory: pytest.TempPathFactory, nights: list[DeviceNight]
) -> None:
    root = tmp_path_factory.mktemp("nights")
    source = Database.open(root / "source")
    target = Database.open(root / "target")
    try:
        repo = DeviceNightRepository(source)
        repo.apply(device_nights_repo.plan(source, nights))
        stored = repo.between()
        assert repo.apply(device_nights_repo.plan(source, nights)) == Applied(0, 0, 0)
        assert repo.between() == stored
        export_journal(source, root / "all.json", exported_at=None)
        import_file(target, root / "all.json", ConflictPolicy.FAIL)
        assert DeviceNightRepository(target).between() == stored
        import_file(target, root / "all.json", ConflictPolicy.SKIP)
        assert DeviceNightRepository(target).between() == stored
    finally:
        source.close()
        target.close()


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the real export samples (../shared) are absent")
def test_real_sleep_as_android_and_plees_exports_are_read() -> None:
    saa = sorted((SAMPLES / "sleepdiary-core" / "SleepAsAndroid").glob("*.zip"))
    assert saa
    for path in saa:
        assert detect(path) == "sleep_as_android"
        read = read_foreign(path, "UTC")
        assert read is not None and read.nights, path.name
        for night in read.nights:
            assert night.zone == "Europe/London"
            assert 10 <= night.in_bed_min <= 24 * 60
        # the real files' many test recordings of a minute are skipped with a reason
        assert read.skipped
    plees = SAMPLES / "sleepdiary-core" / "PleesTracker" / "plees-tracker.csv"
    assert detect(plees) == "plees_tracker"
    read = read_foreign(plees, "UTC")
    assert read is not None and not read.nights and sum(read.skipped.values()) == 3


def test_daylio_entries_of_a_day_become_one_and_unknown_moods_wait_for_a_value(
    tmp_path: Path,
) -> None:
    from gutsleep.storage.foreign import daylio

    path = tmp_path / "daylio_export.csv"
    path.write_text(
        "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
        '2026-03-02,2. März,Montag,21:30,gut,Arbeit | Spaziergang,,"Müde<br>aber &amp; gut"\n'
        "2026-03-02,2. März,Montag,08:00,super,Freunde | Arbeit,Morgens,\n"
        "2026-03-01,1. März,Sonntag,20:00,fabelhaft,,,\n"
        "not a date,,,,gut,,,\n",
        encoding="utf-8",
    )
    assert detect(path) == "daylio"
    read = read_foreign(path, "UTC")
    assert read is not None and read.source == "daylio" and not read.nights
    assert read.mood_values == {"fabelhaft": None, "gut": 8, "super": 10}
    assert read.days[date(2026, 3, 2)] == {
        "mood": 9,  # the mean of 8 and 10
        "notes": "Müde\naber & gut\n\nMorgens\n\nDaylio: Arbeit, Spaziergang, Freunde",
    }
    assert date(2026, 3, 1) not in read.days  # its only mood has no value yet
    assert sum(read.skipped.values()) == 1
    mapped = daylio.day_values(read, {**read.mood_values, "fabelhaft": 10, "gut": 7})
    assert mapped[date(2026, 3, 1)] == {"mood": 10}
    assert mapped[date(2026, 3, 2)]["mood"] == 9  # (7 + 10) / 2 = 8.5 rounds up


def test_garmin_nights_are_utc_instants_shown_in_the_journal_zone(tmp_path: Path) -> None:
    path = ff.garmin_zip(
        tmp_path / "garmin.zip",
        [
            ff.garmin_night(
                "2026-03-28T21:50:00.0",
                "2026-03-29T05:30:00.0",
                deep=80,
                light=250,
                rem=95,
                awake=35,
            ),
            {"calendarDate": "2026-03-30", "sleepStartTimestampGMT": None},
        ],
    )
    assert detect(path) == "garmin"
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None
    (night,) = read.nights
    # 21:50 UTC is 22:50 CET; 05:30 UTC is 07:30 CEST, after the clocks went forward
    assert night.local(night.start_utc) == datetime(2026, 3, 28, 22, 50)
    assert night.local(night.end_utc) == datetime(2026, 3, 29, 7, 30)
    assert (night.asleep_min, night.awake_min, night.deep_min, night.rem_min) == (425, 35, 80, 95)
    assert dict(read.skipped) == {"days without a measured night": 1}
