"""`gutsleep insights`: sentences or JSON over a range of a temporary demo journal."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.cli import build_parser, main
from gutsleep.services.context import open_services
from gutsleep.services.demo import create_demo

END = date(2026, 3, 29)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("insights") / "data"
    services = open_services(folder, zone="Europe/London")
    try:
        create_demo(services, days=200, seed=2, end=END)
    finally:
        services.close()
    return folder


def test_the_synopsis() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    usage = sub.choices["insights"].format_usage()
    assert usage.strip() == "usage: gutsleep insights [-h] [--from DATE] [--to DATE] [--json]"


def test_json_lists_the_comparisons_and_the_findings(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = END - timedelta(days=119)
    code, out, err = run(
        capsys, "--data-dir", str(data), "insights", "--from", first.isoformat(), "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["first"] == first.isoformat() and report["last"] == END.isoformat()
    assert report["comparisons"] > 50
    assert report["findings"]
    for finding in report["findings"]:
        for key in ("factor", "outcome", "lag_days", "n", "effect", "low", "high", "unit"):
            assert key in finding
        assert finding["n"] <= 120
        assert finding["q_value"] <= 0.05 and finding["low"] <= finding["effect"] <= finding["high"]
        assert finding["adjusted_for"][-2:] == ["day_of_week", "linear_trend"]
    pairs = {(f["factor"], f["outcome"], f["lag_days"]) for f in report["findings"]}
    assert ("trigger_day", "bloating", 0) in pairs


def test_sentences_by_default(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", str(data), "insights")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert "comparisons tested; findings shown after correcting for that" in lines[0]
    assert lines[1].startswith("1. On the ")
    assert "not proof of cause" in lines[1] and "Taking into account" in lines[1]


def test_a_backwards_range_is_one_line(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(data), "insights", "--from", "2026-03-01", "--to", "2026-02-01"
    )
    assert code == 1 and not out
    assert err.strip() == "gutsleep: --from comes after --to."


def test_no_journal_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "insights")
    assert code == 1 and err.startswith("gutsleep: There is no journal in")
