"""The experiment PDF: the plan, the per-period table and the n-of-1 diagram; written 0600."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from gutsleep.domain.experiments import Design, Experiment, draw_order, outcome_day
from gutsleep.domain.journal import DayEntry
from gutsleep.services.context import Services
from gutsleep.services.experiments import periods, timeline
from tests.helpers.diary import night

START = date(2026, 1, 5)


def experiment(services: Services) -> Experiment:
    made = services.experiments.create(
        Experiment(
            "Kefir and my sleep",
            "fermented",
            "tst",
            START,
            design=Design.ABAB,
            phase_days=7,
            washout_days=2,
            randomised=True,
            seed=4,
            smallest_change=20.0,
        )
    ).experiment
    assert made is not None and made.id is not None
    schedule = services.experiments.schedule(made)
    services.journal.repository.save_many(
        [
            DayEntry(
                day=outcome_day("tst", d),
                sleep=night(outcome_day("tst", d), 450 if p == "B" else 400),
            )
            for d, p in schedule
        ]
    )
    for d, p in schedule:
        if p == "B":
            services.experiments.check_in(made.id, d, True)
    return made


def test_periods_and_timeline_follow_the_calendar(services: Services) -> None:
    exp = experiment(services)
    schedule = services.experiments.schedule(exp)
    rows = periods(
        schedule, services.experiments.outcome_values(exp), services.experiments.checkins(exp)
    )
    order = draw_order(4, 2)
    letters = [r.phase for r in rows]
    assert [x for x in letters if x != "W"] == list(order)
    assert all(r.days == 2 and r.mean is not None for r in rows if r.phase == "W")
    assert all(r.days == 7 and r.recorded == 7 for r in rows if r.phase != "W")
    assert all(r.done == (7 if r.phase == "B" else 0) for r in rows if r.phase != "W")
    diagram = timeline(exp, schedule)
    assert diagram.planned == diagram.actual  # no pauses: the plan was kept
    assert sum(length for _, _, length in diagram.planned) == exp.total_days


def test_the_pdf_has_the_plan_and_the_per_period_table(services: Services, tmp_path: Path) -> None:
    exp = experiment(services)
    target = services.experiments.export_pdf(exp, tmp_path / "kefir.pdf")
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    order = "-".join(draw_order(4, 2)[i : i + 2] for i in (0, 2))
    assert f"Order drawn at random within each pair: {order} (seed 4)" in text
    assert "2 washout days between phases" in text
    assert "Smallest change that would matter: 20 min, set before the start" in text
    for heading in ("Period", "Nights recorded", "Adherence"):
        assert heading in text
    assert "Baseline 1" in text and "Change 2" in text and "Washout 1" in text
    assert "7 / 7" in text and "not compared" in text
    assert "Planned" in text and "Actual" in text  # the n-of-1 diagram
    assert "that is more than the 20 min you said would matter" in text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
