"""Regimens stored and read back whole; replacing keeps one change per day; delete cascades."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from gutsleep.domain.regimens import ChangeKind, Regimen, RegimenChange, RegimenKind
from gutsleep.storage.features.regimens_repo import RegimensRepository
from gutsleep.storage.file.database import Database
from gutsleep.storage.transfer import ImportRefused, export_journal, import_file

GEL = Regimen(
    "Estradiol gel",
    RegimenKind.HORMONE_THERAPY,
    "on the skin",
    (
        RegimenChange(date(2026, 2, 1), ChangeKind.START, "1 pump"),
        RegimenChange(date(2026, 3, 1), ChangeKind.DOSE, "2 pumps"),
    ),
)


def test_add_replace_and_delete_round_trip(tmp_path: Path) -> None:
    database = Database.open(tmp_path)
    try:
        repo = RegimensRepository(database)
        stored = repo.add(GEL)
        assert stored.id is not None
        assert repo.regimens() == [stored]
        assert stored.changes == GEL.changes
        # The dose change moved to a day the old rows held: the unique day is met in order.
        moved = Regimen(
            stored.name,
            stored.kind,
            stored.route,
            (
                RegimenChange(date(2026, 2, 1), ChangeKind.START, "1 pump"),
                RegimenChange(date(2026, 3, 1), ChangeKind.STOP),
                RegimenChange(date(2026, 2, 15), ChangeKind.DOSE, "2 pumps"),
            ),
            stored.id,
        )
        repo.replace(moved)
        (back,) = repo.regimens()
        assert back.dose_on(date(2026, 2, 20)) == "2 pumps"
        assert back.dose_on(date(2026, 3, 1)) is None
        repo.delete(stored.id)
        assert repo.regimens() == []
    finally:
        database.close()


def test_a_file_with_a_stop_before_the_start_is_refused_in_words(tmp_path: Path) -> None:
    source = Database.open(tmp_path / "a")
    target = Database.open(tmp_path / "b")
    try:
        RegimensRepository(source).add(GEL)
        path = tmp_path / "out.json"
        export_journal(source, path, format="json", exported_at=None)
        document = json.loads(path.read_text(encoding="utf-8"))
        document["sections"]["regimens"][0]["changes"][0]["change"] = "stop"
        document["sections"]["regimens"][0]["changes"][0]["dose"] = ""
        path.write_text(json.dumps(document), encoding="utf-8")
        try:
            import_file(target, path)
        except ImportRefused as refused:
            assert "comes before the start" in refused.summary()
        else:
            raise AssertionError("a regimen the app would refuse was imported")
        assert RegimensRepository(target).regimens() == []
    finally:
        source.close()
        target.close()


def test_an_export_without_the_section_imports_and_leaves_regimens_alone(tmp_path: Path) -> None:
    source = Database.open(tmp_path / "a")
    target = Database.open(tmp_path / "b")
    try:
        path = tmp_path / "old.json"
        export_journal(source, path, format="json", exported_at=None)
        document = json.loads(path.read_text(encoding="utf-8"))
        document.get("sections", {}).pop("regimens", None)
        path.write_text(json.dumps(document), encoding="utf-8")
        RegimensRepository(target).add(GEL)
        import_file(target, path)
        assert [r.name for r in RegimensRepository(target).regimens()] == ["Estradiol gel"]
    finally:
        source.close()
        target.close()


def test_check_database_passes_with_regimens(tmp_path: Path) -> None:
    from gutsleep.storage.backups.health import check_database

    database = Database.open(tmp_path)
    try:
        RegimensRepository(database).add(GEL)
        report = check_database(database)
        assert report.ok, [str(p) for p in report.problems]
    finally:
        database.close()
