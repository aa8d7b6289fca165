"""The night after a change day belongs to the change phase (sleep is filed by wake-up day)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gutsleep.domain.experiments import Design, Experiment
from gutsleep.domain.journal import DayEntry, Gut
from gutsleep.services.context import Services
from tests.helpers.diary import night

START = date(2026, 1, 5)


def make(services: Services, **kw: object) -> Experiment:
    fields: dict[str, object] = {
        "title": "Kefir",
        "template": "fermented",
        "outcome": "tst",
        "start": START,
        "design": Design.AB,
        "phase_days": 7,
    }
    fields.update(kw)
    outcome = services.experiments.create(Experiment(**fields))  # type: ignore[arg-type]
    assert outcome.experiment is not None, outcome.problems
    return outcome.experiment


def test_the_first_night_of_the_change_phase_is_the_night_after_the_change_day(
    services: Services,
) -> None:
    """Nights ending on days 1..7 (morning after each A day) are 400 min; the
    nights after the seven B days (ending days 8..14) are 460 min. The night
    that ended on the first change day's morning came before any change."""
    change_day = START + timedelta(days=7)
    entries = [
        DayEntry(day=START + timedelta(days=i), sleep=night(START + timedelta(days=i), minutes))
        for i, minutes in [(i, 400) for i in range(1, 8)] + [(i, 460) for i in range(8, 15)]
    ]
    services.journal.repository.save_many(entries)
    exp = make(services)
    values = services.experiments.outcome_values(exp)
    assert values[change_day - timedelta(days=1)] == 400  # last A day: the night that followed it
    assert values[change_day] == 460  # first change day: the night after it
    result = services.experiments.result(exp)
    assert (result.baseline.n, result.change.n) == (7, 7)
    assert result.baseline.mean == 400 and result.change.mean == 460
    assert result.difference == pytest.approx(60)


def test_gut_outcomes_stay_on_their_own_day(services: Services) -> None:
    entries = [
        DayEntry(day=START + timedelta(days=i), gut=Gut(bloating=6 if i < 7 else 2))
        for i in range(14)
    ]
    services.journal.repository.save_many(entries)
    exp = make(services, outcome="bloating")
    result = services.experiments.result(exp)
    assert result.baseline.mean == 6 and result.change.mean == 2


def test_tonights_sleep_is_not_counted_as_missing_yet(services: Services) -> None:
    exp = make(services)
    today = START + timedelta(days=3)
    services.journal.repository.save_many(
        [
            DayEntry(day=START + timedelta(days=i), sleep=night(START + timedelta(days=i), 420))
            for i in range(1, 4)
        ]
    )
    result = services.experiments.result(exp, today)
    assert (result.baseline.days, result.baseline.n, result.baseline.missing) == (3, 3, 0)


def test_a_randomised_experiment_gets_a_seed_and_its_drawn_order(services: Services) -> None:
    from gutsleep.domain.experiments import draw_order

    exp = make(services, design=Design.ABAB, randomised=True, washout_days=2)
    assert exp.seed is not None and exp.order == draw_order(exp.seed, 2)
    again = services.experiments.get(exp.id or 0)
    assert again is not None and (again.seed, again.order) == (exp.seed, exp.order)
    fixed = make(services, design=Design.ABAB, randomised=True, seed=3)
    assert fixed.order == draw_order(3, 2)


def test_washout_days_count_for_no_phase_in_adherence(services: Services) -> None:
    exp = make(services, design=Design.ABAB, washout_days=2)
    assert exp.id is not None
    washout = [d for d, p in services.experiments.schedule(exp) if p == "W"]
    assert len(washout) == 6
    services.experiments.check_in(exp.id, washout[0], True)
    adherence = services.experiments.adherence(exp)
    assert (adherence["A"].days, adherence["B"].days) == (14, 14)
    assert adherence["A"].done == adherence["B"].done == 0
