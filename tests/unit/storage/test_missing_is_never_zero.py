"""Sleep figures from stored days: a blank is never counted as 0 minutes.

The CSV export's days.csv carries the derived Consensus Sleep Diary columns
(empty where they can't be worked out, ignored on import), and the daily
summaries the charts use keep the awakenings the WASO rule needs.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep import compute_metrics
from gutsleep.domain.summary import DaySummary
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository
from gutsleep.storage.transfer import export_journal, import_file


def _night(day: int, **values: int | None) -> DayEntry:
    return DayEntry(
        day=date(2026, 5, day),
        sleep=SleepDiary(
            into_bed=datetime(2026, 5, day - 1, 23, 0),
            lights_out=datetime(2026, 5, day - 1, 23, 10),
            final_wake=datetime(2026, 5, day, 6, 40),
            out_of_bed=datetime(2026, 5, day, 7, 0),
            zone="Europe/London",
            **values,  # type: ignore[arg-type]
        ),
    )


NIGHTS = (
    _night(11, sleep_onset_min=10, awakenings=2, waso_min=20),  # all known
    _night(12, sleep_onset_min=None, awakenings=1, waso_min=20),  # SOL missing
    _night(13, sleep_onset_min=10, awakenings=0, waso_min=None),  # no awakenings: WASO 0
    _night(14, sleep_onset_min=10, awakenings=None, waso_min=None),  # WASO unknown
)


def _journal(folder: Path) -> Database:
    database = Database.open(folder)
    JournalRepository(database).save_many(list(NIGHTS))
    return database


def test_days_csv_has_the_derived_columns_empty_where_unknown(tmp_path: Path) -> None:
    database = _journal(tmp_path / "data")
    try:
        export_journal(database, tmp_path / "out.zip", format="csv", exported_at=None)
    finally:
        database.close()
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("days.csv").decode("utf-8"))))
    assert list(rows[0])[-3:] == ["tib_min", "tst_min", "se_pct"]
    figures = [(r["date"], r["tib_min"], r["tst_min"], r["se_pct"]) for r in rows]
    assert figures == [
        ("2026-05-11", "480", "420", "87.5"),  # 450 - 10 - 20
        ("2026-05-12", "480", "", ""),
        ("2026-05-13", "480", "440", "91.7"),
        ("2026-05-14", "480", "", ""),
    ]
    fresh = Database.open(tmp_path / "fresh")
    try:
        report = import_file(fresh, tmp_path / "out.zip")  # the derived columns are ignored
        assert len(report.added) == 4
        assert JournalRepository(fresh).get(date(2026, 5, 13)) == NIGHTS[2]
    finally:
        fresh.close()


def test_summaries_keep_awakenings_so_their_figures_match_the_entries(tmp_path: Path) -> None:
    database = _journal(tmp_path / "data")
    try:
        summaries = JournalRepository(database).summaries()
    finally:
        database.close()
    for entry, summary in zip(NIGHTS, summaries, strict=True):
        assert summary == DaySummary.of(entry)
        assert compute_metrics(summary.sleep) == compute_metrics(entry.sleep)
    assert [compute_metrics(s.sleep).total_sleep_min for s in summaries] == [420, None, 440, None]
