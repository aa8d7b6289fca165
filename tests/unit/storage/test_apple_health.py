"""Apple Health export.xml: one night from several sources counted once; symptoms in place."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from gutsleep.domain.journal import Bleeding, DayEntry, Gut
from gutsleep.storage.features import device_nights_repo
from gutsleep.storage.features.device_nights_repo import Applied, DeviceNightRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.foreign import ForeignRefused, detect, read_foreign
from gutsleep.storage.journal.repository import JournalRepository
from tests.helpers import foreign_files as ff

R = ff.apple_record
SLEEP = "SleepAnalysis"
V = "HKCategoryValueSleepAnalysis"


def _night_records() -> list[str]:
    # The night of 1-2 March 2026 (CET, +0100), by the watch and by the phone.
    return [
        R(SLEEP, "2026-03-01 22:40:00 +0100", "2026-03-02 06:50:00 +0100", V + "InBed", "Phone"),
        R(SLEEP, "2026-03-01 23:00:00 +0100", "2026-03-02 02:00:00 +0100", V + "AsleepCore"),
        R(SLEEP, "2026-03-02 02:00:00 +0100", "2026-03-02 03:00:00 +0100", V + "AsleepDeep"),
        R(SLEEP, "2026-03-02 03:00:00 +0100", "2026-03-02 03:10:00 +0100", V + "Awake"),
        R(SLEEP, "2026-03-02 03:10:00 +0100", "2026-03-02 06:30:00 +0100", V + "AsleepREM"),
        # the phone's own estimate of the same night overlaps the watch's
        R(SLEEP, "2026-03-01 23:05:00 +0100", "2026-03-02 02:55:00 +0100", V + "Asleep", "Phone"),
    ]


def _symptom_records() -> list[str]:
    sev = "HKCategoryValueSeverity"
    return [
        R("HotFlashes", "2026-03-02 14:00:00 +0100", "2026-03-02 14:05:00 +0100", sev + "Mild"),
        R("HotFlashes", "2026-03-02 02:30:00 +0100", "2026-03-02 02:35:00 +0100", sev + "Severe"),
        R("HotFlashes", "2026-03-01 23:30:00 +0100", "2026-03-01 23:35:00 +0100", sev + "Moderate"),
        R(
            "HotFlashes",
            "2026-03-02 16:00:00 +0100",
            "2026-03-02 16:00:00 +0100",
            sev + "Unspecified",
        ),
        R("NightSweats", "2026-03-02 03:00:00 +0100", "2026-03-02 03:00:00 +0100", sev + "Mild"),
        R("Bloating", "2026-03-03 12:00:00 +0100", "2026-03-03 12:00:00 +0100", sev + "Moderate"),
        R(
            "MenstrualFlow",
            "2026-03-04 08:00:00 +0100",
            "2026-03-04 08:00:00 +0100",
            "HKCategoryValueMenstrualFlowLight",
        ),
        R("IntermenstrualBleeding", "2026-03-05 08:00:00 +0100", "2026-03-05 08:00:00 +0100"),
        R("Headache", "2026-03-03 09:00:00 +0100", "2026-03-03 10:00:00 +0100", sev + "Mild"),
        R(
            "MoodChanges",
            "2026-03-03 09:00:00 +0100",
            "2026-03-03 09:00:00 +0100",
            "HKCategoryValuePresencePresent",
        ),
        R(
            "AbdominalCramps",
            "2026-03-03 11:00:00 +0100",
            "2026-03-03 11:00:00 +0100",
            sev + "Mild",
        ),
    ]


def test_a_night_recorded_by_watch_and_phone_counts_once(tmp_path: Path) -> None:
    path = ff.apple_zip(tmp_path / "export.zip", ff.apple_xml(_night_records()))
    assert detect(path) == "apple_health"
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None and read.source == "apple_health"
    (night,) = read.nights
    assert night.night == date(2026, 3, 2)
    assert night.local(night.start_utc) == datetime(2026, 3, 1, 22, 40)
    assert night.local(night.end_utc) == datetime(2026, 3, 2, 6, 50)
    # asleep: 23:00-03:00 and 03:10-06:30 from the watch, the phone's 23:05-02:55 inside
    assert night.asleep_min == 240 + 200
    assert night.sol_min == 20  # in bed 22:40, first asleep 23:00
    assert (night.deep_min, night.light_min, night.rem_min) == (60, 180, 200)
    assert night.awakenings == 1 and night.record_id == "2026-03-02T2240"


def test_a_night_across_the_spring_clock_change_has_its_real_length(tmp_path: Path) -> None:
    records = [
        R(SLEEP, "2026-03-28 23:00:00 +0100", "2026-03-29 07:00:00 +0200", V + "AsleepCore"),
    ]
    read = read_foreign(
        ff.apple_zip(tmp_path / "export.zip", ff.apple_xml(records)), "Europe/Berlin"
    )
    assert read is not None
    (night,) = read.nights
    assert night.in_bed_min == 7 * 60 and night.asleep_min == 7 * 60
    assert night.local(night.end_utc) == datetime(2026, 3, 29, 7, 0)


def test_symptoms_land_in_the_diary_fields_with_their_scales(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    path.write_text(ff.apple_xml(_symptom_records()), encoding="utf-8")
    assert detect(path) == "apple_health"  # export.xml on its own, not zipped
    read = read_foreign(path, "Europe/Berlin")
    assert read is not None and not read.nights
    day2 = read.days[date(2026, 3, 2)]
    assert day2["flushes_day_mild"] == 1
    assert day2["flushes_night_severe"] == 1 and day2["flushes_night_moderate"] == 1
    assert day2["flushes_night_mild"] == 0 and day2["flushes_day_severe"] == 0
    assert day2["night_sweats"] == 1
    assert read.days[date(2026, 3, 4)] == {"bleeding": Bleeding.LIGHT}
    assert read.days[date(2026, 3, 5)] == {"bleeding": Bleeding.SPOTTING}
    assert read.days[date(2026, 3, 3)] == {"bloating": 6, "symptom_headache": 1}
    assert dict(read.skipped) == {
        "hot flushes without a severity (the diary counts them by severity)": 1,
        "symptom records without a severity (the journal rates symptoms 0-3)": 1,
        "abdominal cramp records": 1,
    }


def test_symptoms_fill_only_empty_fields_and_twice_adds_nothing(tmp_path: Path) -> None:
    path = ff.apple_zip(
        tmp_path / "export.zip", ff.apple_xml(_night_records() + _symptom_records())
    )
    database = Database.open(tmp_path / "data")
    try:
        journal = JournalRepository(database)
        journal.save(DayEntry(date(2026, 3, 3), gut=Gut(bloating=2)))  # the person's own rating
        read = read_foreign(path, "Europe/Berlin")
        assert read is not None
        plan = device_nights_repo.plan(database, read.nights, read.days)
        assert [(day, sorted(values)) for day, values in plan.day_values][1] == (
            date(2026, 3, 3),
            ["symptom_headache"],  # the person's bloating rating stays; the headache is new
        )
        assert len(plan.day_values) == 4
        assert plan.kept_days == 1  # the bloating of 3 March: the person's, said in the preview
        repo = DeviceNightRepository(database)
        assert repo.apply(plan, fill_diary_with="From Apple Health") == Applied(1, 1, 4)
        day2 = journal.get(date(2026, 3, 2))
        assert day2 is not None
        assert day2.flushes.score() == 1 + 3 + 2
        assert day2.sleep.night_sweats == 1 and day2.sleep.comments == "From Apple Health"
        day3 = journal.get(date(2026, 3, 3))
        assert day3 is not None and (day3.gut.bloating, day3.symptoms.headache) == (2, 1)
        assert journal.get(date(2026, 3, 5)).bleeding is Bleeding.SPOTTING  # type: ignore[union-attr]
        again = device_nights_repo.plan(database, read.nights, read.days)
        assert not again.new and not again.day_values
    finally:
        database.close()


def test_entity_declarations_and_cut_files_are_refused(tmp_path: Path) -> None:
    laughs = ff.APPLE_DOCTYPE.replace(
        "]>",
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
    )
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        ff.apple_xml(_night_records(), doctype=laughs).replace('value="Phone"', 'value="&lol2;"'),
        encoding="utf-8",
    )
    with pytest.raises(ForeignRefused, match="declares entities"):
        read_foreign(bomb, "UTC")
    external = tmp_path / "external.xml"
    external.write_text(
        ff.APPLE_DOCTYPE.replace("]>", '<!ENTITY ext SYSTEM "file:///etc/passwd">]>')
        + "<HealthData>&ext;</HealthData>",
        encoding="utf-8",
    )
    with pytest.raises(ForeignRefused, match="declares entities"):
        read_foreign(external, "UTC")
    cut = tmp_path / "cut.zip"
    ff.apple_zip(cut, ff.apple_xml(_night_records())[:-200])
    with pytest.raises(ForeignRefused, match="cut short"):
        read_foreign(cut, "UTC")
