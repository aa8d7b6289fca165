"""Trackers of your own through the service: add, rename, values, delete after a backup."""

from __future__ import annotations

from datetime import date, time, timedelta

import numpy as np
import pytest

from gutsleep.domain.trackers import TrackerKind
from gutsleep.services.context import Services
from gutsleep.services.trackers import TrackerRefused
from gutsleep.storage.backups.copies import BEFORE_DELETE, list_backups

DAY = date(2026, 3, 10)


def test_a_tracker_keeps_its_values_and_missing_days_stay_missing(services: Services) -> None:
    outdoors = services.trackers.add("Time outdoors", TrackerKind.MINUTES)
    services.trackers.set_value(outdoors.uid, DAY, 0)
    services.trackers.set_value(outdoors.uid, DAY + timedelta(days=2), 45)
    values = services.trackers.values()[outdoors.uid]
    assert values == {DAY: 0.0, DAY + timedelta(days=2): 45.0}  # day 2 has no value, not 0
    services.trackers.set_value(outdoors.uid, DAY, None)
    assert services.trackers.day_values(DAY) == {}


def test_a_value_outside_the_kind_is_refused_and_nothing_is_written(services: Services) -> None:
    scale = services.trackers.add("Energy", TrackerKind.SCALE)
    with pytest.raises(TrackerRefused):
        services.trackers.set_value(scale.uid, DAY, 11)
    with pytest.raises(TrackerRefused):
        services.trackers.set_day(DAY, {scale.uid: 2.5})
    assert services.trackers.values() == {}


def test_renaming_keeps_the_history(services: Services) -> None:
    tracker = services.trackers.add("Outdoors", TrackerKind.MINUTES)
    services.trackers.set_value(tracker.uid, DAY, 30)
    services.trackers.update(tracker.uid, "Time outside", "", time(20, 0))
    (renamed,) = services.trackers.trackers()
    assert renamed.uid == tracker.uid and renamed.name == "Time outside"
    assert renamed.reminder == time(20, 0)
    assert services.trackers.values()[tracker.uid] == {DAY: 30.0}


def test_two_trackers_cannot_share_a_name(services: Services) -> None:
    services.trackers.add("Weight", TrackerKind.AMOUNT, "kg")
    with pytest.raises(TrackerRefused):
        services.trackers.add(" weight ", TrackerKind.COUNT)
    with pytest.raises(TrackerRefused):
        services.trackers.add("", TrackerKind.COUNT)


def test_only_an_amount_keeps_a_unit(services: Services) -> None:
    weight = services.trackers.add("Weight", TrackerKind.AMOUNT, " kg ")
    minutes = services.trackers.add("Outdoors", TrackerKind.MINUTES, "kg")
    assert (weight.unit, minutes.unit) == ("kg", "")


def test_deleting_takes_a_backup_first_that_holds_the_tracker(services: Services) -> None:
    tracker = services.trackers.add("Caffeine after 2 pm", TrackerKind.YES_NO)
    services.trackers.set_value(tracker.uid, DAY, 1)
    backup = services.trackers.delete(tracker.uid)
    assert services.trackers.trackers() == [] and services.trackers.values() == {}
    (info,) = [b for b in list_backups(services.data_dir) if b.reason == BEFORE_DELETE]
    assert info.path == backup
    from gutsleep.services.context import open_services

    copy_dir = services.data_dir.parent / "restored"
    copy_dir.mkdir()
    (copy_dir / services.database.path.name).write_bytes(backup.read_bytes())
    restored = open_services(copy_dir, zone="Europe/London")
    try:
        assert [t.name for t in restored.trackers.trackers()] == ["Caffeine after 2 pm"]
        assert restored.trackers.values()[tracker.uid] == {DAY: 1.0}
    finally:
        restored.close()


def test_when_the_backup_fails_nothing_is_deleted(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gutsleep.storage.backups import copies

    tracker = services.trackers.add("Weight", TrackerKind.AMOUNT, "kg")

    def fail(*args: object, **kwargs: object) -> None:
        raise copies.BackupError("disk full")

    monkeypatch.setattr(copies, "back_up", fail)
    with pytest.raises(copies.BackupError):
        services.trackers.delete(tracker.uid)
    assert [t.uid for t in services.trackers.trackers()] == [tracker.uid]


def test_sixty_days_survive_an_export_and_import(services: Services, tmp_path) -> None:
    from gutsleep.services.context import open_services
    from gutsleep.storage.transfer import export_journal, import_file

    tracker = services.trackers.add("Bedtime screen", TrackerKind.CLOCK)
    weight = services.trackers.add("Weight", TrackerKind.AMOUNT, "kg")
    for i in range(60):
        services.trackers.set_value(tracker.uid, DAY + timedelta(days=i), 21 * 60 + i)
        if i % 3:
            services.trackers.set_value(weight.uid, DAY + timedelta(days=i), 70 + i / 8)
    path = tmp_path / "out.json"
    export_journal(services.database, path, exported_at=None)
    other = open_services(tmp_path / "other", zone="Europe/London")
    try:
        import_file(other.database, path)
        assert other.trackers.trackers() == services.trackers.trackers()
        assert other.trackers.values() == services.trackers.values()
    finally:
        other.close()


def test_sixty_days_of_a_tracker_are_charted_and_found_by_insights(services: Services) -> None:
    """A journal with a built-in effect: 30+ min outdoors, a longer night after it."""
    import random
    from datetime import datetime

    from gutsleep.domain.journal import DayEntry, SleepDiary, StressMood

    rng = random.Random(7)
    outdoors = services.trackers.add("Time outdoors", TrackerKind.MINUTES)
    first = date(2026, 1, 1)
    minutes = [rng.choice([0, 15, 45, 60]) for _ in range(61)]
    entries = []
    for i in range(61):
        day = first + timedelta(days=i)
        asleep = 400 + rng.randint(-15, 15) + (45 if i and minutes[i - 1] >= 30 else 0)
        wake = datetime.combine(day, time(6, 30))
        into = wake - timedelta(minutes=asleep)
        sleep = SleepDiary(
            into_bed=into,
            lights_out=into,
            sleep_onset_min=0,
            awakenings=0,
            waso_min=0,
            final_wake=wake,
            out_of_bed=wake,
            zone="Europe/London",
        )
        entries.append(DayEntry(day=day, sleep=sleep, stress=StressMood(stress=rng.randint(0, 10))))
        if i < 60:
            services.trackers.set_value(outdoors.uid, day, minutes[i])
    services.journal.repository.save_many(entries)

    frame = services.trends.frame(first, first + timedelta(days=60))
    series = frame[outdoors.key]
    assert int((~np.isnan(series)).sum()) == 60 and np.isnan(series[-1])
    report = services.trends.insights()
    (hit,) = [i for i in report.tested if (i.factor, i.outcome) == (outdoors.key, "tst")]
    assert hit.finding and hit.effect > 20
    assert "Time outdoors" in str(hit.sentence)
    services.trackers.update(outdoors.uid, "Outside", "", None)  # renamed: the same series
    renamed = services.trends.insights()
    assert any(i.factor == outdoors.key and "Outside" in str(i.sentence) for i in renamed.tested)
