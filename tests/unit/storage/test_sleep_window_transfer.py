"""The planner's tables through export and import (JSON and CSV): no loss, no duplicates."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from gutsleep.domain.sleep_window import Question, Window, WindowRecord
from gutsleep.storage.features.sleep_window_repo import SleepWindowRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.transfer import (
    FORMAT_VERSION,
    ConflictPolicy,
    ImportRefused,
    export_journal,
    import_file,
)


@pytest.fixture
def section() -> Iterator[None]:
    """The planner's sections are registered with every other feature's."""
    yield


def fill(database: Database) -> SleepWindowRepository:
    repo = SleepWindowRepository(database)
    repo.save_screen(dict.fromkeys(Question, False) | {Question.AGE: True}, date(2026, 3, 16))
    repo.save_window(
        WindowRecord(date(2026, 3, 16), Window(time(7), 390), 390, 7, 390.0, 81.25, False)
    )
    repo.save_window(
        WindowRecord(date(2026, 3, 23), Window(time(7), 420), 375, 6, None, None, True)
    )
    return repo


def state(database: Database) -> tuple[object, object]:
    repo = SleepWindowRepository(database)
    return repo.screen(), repo.windows()


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_and_a_second_import_changes_nothing(
    section: None, tmp_path: Path, fmt: str
) -> None:
    source = Database.open(tmp_path / "a")
    target = Database.open(tmp_path / "b")
    try:
        fill(source)
        path = tmp_path / f"out.{fmt}"
        export_journal(source, path, format=fmt, exported_at=None)  # type: ignore[arg-type]
        first = import_file(target, path)
        written = {name: n for name, n in first.sections.items() if n}
        assert written == {"sleep_window_screen": len(Question), "sleep_windows": 2}
        assert state(target) == state(source)
        again = import_file(target, path)
        assert sum(again.sections.values()) == 0
        assert state(target) == state(source)
    finally:
        source.close()
        target.close()


def test_overwrite_replaces_a_differing_window_and_skip_keeps_it(
    section: None, tmp_path: Path
) -> None:
    source = Database.open(tmp_path / "a")
    target = Database.open(tmp_path / "b")
    try:
        fill(source)
        path = tmp_path / "out.json"
        export_journal(source, path, format="json", exported_at=None)
        fill(target)
        SleepWindowRepository(target).save_window(
            WindowRecord(date(2026, 3, 23), Window(time(6, 30), 360), 375, 6, None, None, True)
        )
        import_file(target, path, policy=ConflictPolicy.SKIP)
        assert SleepWindowRepository(target).windows()[1].window == Window(time(6, 30), 360)
        import_file(target, path, policy=ConflictPolicy.OVERWRITE)
        assert state(target) == state(source)
    finally:
        source.close()
        target.close()


def test_bad_section_data_is_refused_before_writing(section: None, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    document = {
        "format": "gutsleep-journal",
        "version": FORMAT_VERSION,
        "days": [],
        "sections": {
            "sleep_window_screen": [
                {"question": "nope", "answer": True, "answered_on": "2026-01-01"}
            ],
            "sleep_windows": [{"week_start": "x"}],
        },
    }
    path.write_text(json.dumps(document))
    target = Database.open(Path(tempfile.mkdtemp(dir=tmp_path)))
    try:
        with pytest.raises(ImportRefused) as refused:
            import_file(target, path)
        text = " ".join(p.render() for p in refused.value.problems)
        assert "sleep_window_screen: item 1, field “question”" in text
        assert "sleep_windows: item 1" in text
        assert SleepWindowRepository(target).screen() == ({}, None)
    finally:
        target.close()
