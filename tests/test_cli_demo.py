"""``gutsleep demo``: a generated journal in a folder of its own, never over a real one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import main
from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from gutsleep.storage.settings import DEMO_JOURNAL


def test_demo_fills_a_new_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    assert main(["--data-dir", str(target), "demo", "--days", "30", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Stored ") and str(target) in out
    assert "\r" not in out  # progress only on a terminal
    services = open_services(target)
    try:
        stored = services.journal.repository.count()
        assert 20 < stored <= 30
        assert f"Stored {stored} demo days" in out
        assert services.settings.get(DEMO_JOURNAL)
    finally:
        services.close()
    # a second run on the demo folder is fine: it replaces the demo days
    assert main(["--data-dir", str(target), "demo", "--days", "30", "--seed", "3"]) == 0


def test_demo_refuses_a_folder_with_a_real_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine"
    services = open_services(target)
    services.journal.save(DayEntry(day=date(2026, 1, 5), notes="my own day"))
    services.close()
    assert main(["--data-dir", str(target), "demo", "--days", "10"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("gutsleep: ") and "already holds a journal" in err
    services = open_services(target)
    try:
        assert services.journal.repository.count() == 1
        assert not services.settings.get(DEMO_JOURNAL)
    finally:
        services.close()


def test_without_data_dir_the_demo_goes_beside_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GUTSLEEP_DATA_DIR", str(tmp_path / "journal"))
    assert main(["demo", "--days", "5"]) == 0
    assert (tmp_path / "journal-demo" / "journal.sqlite3").exists()
    assert not (tmp_path / "journal").exists()
    assert str(tmp_path / "journal-demo") in capsys.readouterr().out


def test_days_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["demo", "--days", "0"])
    assert exit_info.value.code == 2
    assert "needs at least 1 day" in capsys.readouterr().err
