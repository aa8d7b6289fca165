"""The data operations the File menu and the command line share."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.services import data
from gutsleep.services.context import Services
from gutsleep.storage.transfer import Cancelled, ImportConflict, ImportRefused


def fill(services: Services, *days: int) -> None:
    for n in days:
        services.journal.save(
            DayEntry(day=date(2026, 2, n), notes=f"day {n}", stress=StressMood(stress=3))
        )


def snapshot(services: Services, tmp_path: Path) -> bytes:
    path = tmp_path / "snapshot.json"
    data.export_journal(services, path, exported_at=None)
    return path.read_bytes()


def test_export_reports_progress_and_writes_a_private_file(
    services: Services, tmp_path: Path
) -> None:
    fill(services, 1, 2, 3)
    calls: list[tuple[int, int]] = []
    result = data.export_journal(
        services, tmp_path / "out.json", progress=lambda d, t: calls.append((d, t))
    )
    assert result.days == 3 and result.format == "json"
    assert calls[-1][0] == calls[-1][1]
    assert (tmp_path / "out.json").stat().st_mode & 0o077 == 0
    zipped = data.export_journal(
        services, tmp_path / "out.zip", format="csv", first=date(2026, 2, 2)
    )
    assert zipped.days == 2
    with pytest.raises(ValueError):
        data.export_journal(
            services, tmp_path / "x.json", first=date(2026, 2, 3), last=date(2026, 2, 1)
        )


def test_import_takes_a_safety_copy_first(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "daily.csv"
    path.write_text("date,stress\n2026-02-10,4\n2026-02-11,5\n", encoding="utf-8")
    plan = data.plan_import(services, path)
    assert plan.ok and plan.new_days == (date(2026, 2, 10), date(2026, 2, 11))
    report = data.import_journal(services, path)
    assert report.written == 2
    assert [b.reason for b in data.list_backups(services)] == ["before-import"]
    assert services.journal.load(date(2026, 2, 10)).stress.stress == 4
    assert services.journal.load(date(2026, 2, 10)).sleep.zone == "Europe/London"


def test_a_refused_or_conflicting_import_writes_nothing_and_copies_nothing(
    services: Services, tmp_path: Path
) -> None:
    fill(services, 1, 2)
    before = snapshot(services, tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,mood\n2026-02-05,5\n2026-02-06,eleven\n2026-02-07,5\n")
    with pytest.raises(ImportRefused) as refused:
        data.import_journal(services, bad, on_conflict="overwrite")
    assert str(refused.value) == "Line 3, column “mood”: “eleven” is not a whole number."
    clash = tmp_path / "clash.csv"
    clash.write_text("date,mood\n2026-02-02,5\n2026-02-03,5\n")
    with pytest.raises(ImportConflict):
        data.import_journal(services, clash)
    assert snapshot(services, tmp_path) == before
    assert data.list_backups(services) == []
    report = data.import_journal(services, clash, on_conflict="skip")
    assert report.skipped == (date(2026, 2, 2),) and report.added == (date(2026, 2, 3),)


def test_cancel_leaves_the_journal_as_it_was(services: Services, tmp_path: Path) -> None:
    fill(services, 1)
    path = tmp_path / "many.csv"
    path.write_text(
        "date,stress\n" + "".join(f"2025-01-{d:02d},1\n" for d in range(1, 32)), encoding="utf-8"
    )
    before = snapshot(services, tmp_path)
    flag = threading.Event()
    flag.set()
    with pytest.raises(Cancelled):
        data.import_journal(services, path, cancel=flag)
    assert snapshot(services, tmp_path) == before
    with pytest.raises(Cancelled):
        data.export_journal(services, tmp_path / "never.json", cancel=flag)
    assert not (tmp_path / "never.json").exists()


def test_back_up_now_restore_and_keep_using_the_services(
    services: Services, tmp_path: Path
) -> None:
    fill(services, 1, 2)
    inside = data.back_up_now(services)
    assert inside.parent == services.data_dir / "backups"
    outside = data.back_up_now(services, tmp_path / "mine.sqlite3")
    assert outside == tmp_path / "mine.sqlite3"
    fill(services, 3)
    result = data.restore_backup(services, outside)
    assert result.previous is not None
    assert services.journal.logged_days(date(2026, 2, 1), date(2026, 2, 28)) == {
        date(2026, 2, 1),
        date(2026, 2, 2),
    }
    fill(services, 4)  # still writable after the swap
    assert services.journal.load(date(2026, 2, 4)).notes == "day 4"
    reasons = [b.reason for b in data.list_backups(services)]
    assert sorted(reasons) == ["before-restore", "manual"]


def test_check_and_the_daily_backup(services: Services) -> None:
    fill(services, 1)
    assert data.check(services).ok
    now = datetime(2026, 2, 1, 9, 0)
    assert data.daily_backup_if_due(services, now) is not None
    assert data.daily_backup_if_due(services, now) is None


def test_json_export_of_the_services_is_the_documented_format(
    services: Services, tmp_path: Path
) -> None:
    fill(services, 1)
    data.export_journal(services, tmp_path / "x.json", exported_at=None)
    document = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert list(document) == [
        "format",
        "version",
        "exported_at",
        "generator",
        "range",
        "days",
        "sections",
    ]
    assert document["days"][0]["notes"] == "day 1"
