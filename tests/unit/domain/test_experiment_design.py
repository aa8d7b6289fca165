"""CENT 2015 design rules: washout days, a drawn phase order, the night after a day, the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from gutsleep.domain.experiments import (
    WASHOUT,
    Experiment,
    ExperimentError,
    change_plan,
    draw_order,
    end_date,
    extend,
    lived_phase,
    outcome_day,
    phase_order,
    planned_blocks,
    schedule,
    smallest_change_for,
    status_on,
    validate_experiment,
)

START = date(2026, 3, 2)


def experiment(**changes: object) -> Experiment:
    base = Experiment("Kefir", "fermented", "tst", START, phase_days=7)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_night_after_a_change_day_is_read_from_the_next_day() -> None:
    assert outcome_day("tst", START) == START + timedelta(days=1)
    assert outcome_day("se", START) == START + timedelta(days=1)
    assert outcome_day("bloating", START) == START  # gut: the day itself


def test_washout_days_come_between_different_phases_and_are_marked() -> None:
    exp = experiment(washout_days=2)
    phases = [p for _, p in schedule(exp)]
    assert (
        phases
        == ["A"] * 7
        + [WASHOUT] * 2
        + ["B"] * 7
        + [WASHOUT] * 2
        + ["A"] * 7
        + [WASHOUT] * 2
        + ["B"] * 7
    )
    assert exp.total_days == 34
    assert end_date(exp) == START + timedelta(days=33)
    status = status_on(exp, START + timedelta(days=8))
    assert status.phase == WASHOUT and status.day == 2 and status.phase_length == 2
    assert "Washout day 2 of 2: make the change" in str(status.message)
    assert lived_phase(exp, START + timedelta(days=8)) == "B"
    before_a = status_on(exp, START + timedelta(days=17))
    assert before_a.phase == WASHOUT and "live as usual again" in str(before_a.message)
    assert lived_phase(exp, START + timedelta(days=17)) == "A"
    assert lived_phase(exp, START - timedelta(days=1)) is None


def test_no_washout_keeps_the_old_calendar() -> None:
    exp = experiment()
    assert [p for _, p in schedule(exp)] == (["A"] * 7 + ["B"] * 7) * 2
    assert planned_blocks(exp) == [("A", 7), ("B", 7), ("A", 7), ("B", 7)]


def test_a_drawn_order_is_stored_reproducible_and_kept_when_extending() -> None:
    orders = {draw_order(seed, 2) for seed in range(40)}
    assert orders == {"ABAB", "ABBA", "BAAB", "BABA"}
    assert draw_order(7, 3) == draw_order(7, 3)
    assert draw_order(7, 4).startswith(draw_order(7, 3))
    order = draw_order(11, 2)
    exp = experiment(order=order, randomised=True, seed=11, washout_days=1)
    assert phase_order(exp) == order
    letters = [p for _, p in schedule(exp) if p != WASHOUT]
    assert "".join(letters[::7]) == order
    longer = extend(exp)
    assert longer.order == draw_order(11, 3) and longer.order.startswith(order)


def test_adjacent_phases_of_the_same_kind_get_no_washout() -> None:
    exp = experiment(order="ABBA", washout_days=3)
    assert planned_blocks(exp) == [
        ("A", 7),
        (WASHOUT, 3),
        ("B", 7),
        ("B", 7),
        (WASHOUT, 3),
        ("A", 7),
    ]


def test_old_experiments_read_as_ab_pairs_without_washout() -> None:
    exp = experiment(order="", blocks=3)
    assert phase_order(exp) == "ABABAB"
    assert extend(exp).order == ""


def test_bad_design_values_are_refused() -> None:
    fields = {p.field for p in validate_experiment(experiment(washout_days=15))}
    assert "experiment.washout_days" in fields
    fields = {p.field for p in validate_experiment(experiment(order="AABB"))}
    assert "experiment.order" in fields
    fields = {p.field for p in validate_experiment(experiment(blocks=1, randomised=True))}
    assert "experiment.randomised" in fields
    fields = {p.field for p in validate_experiment(experiment(smallest_change=0.0))}
    assert "experiment.smallest_change" in fields
    assert validate_experiment(experiment(order="BAAB", washout_days=2, smallest_change=20.0)) == []


def test_the_smallest_change_defaults_per_outcome() -> None:
    assert smallest_change_for(experiment()) == 15
    assert smallest_change_for(experiment(outcome="se")) == 5
    assert smallest_change_for(experiment(smallest_change=25.0)) == 25


def test_the_plan_is_free_before_the_start_and_recorded_after() -> None:
    exp = experiment()
    before = change_plan(exp, START - timedelta(days=1), smallest=20.0)
    assert before.smallest_change == 20 and before.plan_changes == ()
    after = change_plan(exp, START + timedelta(days=3), outcome="se", smallest=4.0)
    assert after.outcome == "se" and after.smallest_change == 4
    assert after.plan_changes == ((START + timedelta(days=3), "tst 15 -> se 4"),)
    with pytest.raises(ExperimentError):
        change_plan(exp, START, smallest=-1.0)
