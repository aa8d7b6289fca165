"""`gutsleep experiments [--json]`: every experiment's effect, interval and verdict."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gutsleep.cli import build_parser, main
from gutsleep.domain.experiments import Design, Experiment, outcome_day
from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import open_services
from tests.helpers.diary import night

START = date(2026, 1, 5)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    services = open_services(folder, zone="Europe/London")
    try:
        exp = services.experiments.create(
            Experiment("Kefir", "fermented", "tst", START, design=Design.ABAB, phase_days=7)
        ).experiment
        assert exp is not None and exp.id is not None
        schedule = services.experiments.schedule(exp)
        wobble = [0, 9, -7, 4, -3, 6, -8]
        services.journal.repository.save_many(
            [
                DayEntry(
                    day=outcome_day("tst", d),
                    sleep=night(
                        outcome_day("tst", d), 400 + wobble[i % 7] + (60 if p == "B" else 0)
                    ),
                )
                for i, (d, p) in enumerate(schedule)
            ]
        )
        for d, _p in schedule[7:14]:
            services.experiments.check_in(exp.id, d, True)
        services.experiments.create(
            Experiment(
                "Nothing yet",
                "stress_practice",
                "sol",
                date(2099, 1, 1),
                design=Design.AB,
                phase_days=7,
            )
        )
    finally:
        services.close()
    return folder


def test_the_synopsis() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    usage = sub.choices["experiments"].format_usage()
    assert usage.strip() == "usage: gutsleep experiments [-h] [--json]"


def test_json_lists_every_experiment_with_its_verdict(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data), "experiments", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["name"] for item in items] == ["Kefir", "Nothing yet"]
    kefir, later = items
    for key in ("name", "outcome", "effect", "low", "high", "verdict", "smallest_change"):
        assert key in kefir
    assert kefir["outcome"] == "tst" and kefir["verdict"] == "better"
    assert kefir["effect"] == pytest.approx(60, abs=5) and kefir["low"] > 15
    assert kefir["smallest_change"] == 15
    assert (kefir["nights_a"], kefir["nights_b"]) == (14, 14)
    assert kefir["adherence"]["change"] == {"days": 14, "done": 7, "not_done": 0}
    assert later["verdict"] == "unclear" and later["effect"] is None
    assert later["smallest_change"] == 10


def test_sentences_without_json(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "experiments"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kefir (tst, ABAB, finished): better. Total sleep time was ")
    assert "that is more than the 15 min you said would matter" in out


def test_no_journal_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "none"), "experiments"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("gutsleep: There is no journal in") and "\n" not in err
