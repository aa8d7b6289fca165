"""Experiment analysis rules: washout left out, as planned and per protocol, the verdict's edges."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from gutsleep.analysis.ar1 import phase_effect, t_quantile
from gutsleep.analysis.experiments import Finding, evaluate_experiment, verdict_for, verdict_word
from gutsleep.analysis.series import MEASURES

START = date(2026, 2, 2)


def plan(*phases: tuple[str, int]) -> list[tuple[date, str]]:
    days: list[tuple[date, str]] = []
    for phase, length in phases:
        for _ in range(length):
            days.append((START + timedelta(days=len(days)), phase))
    return days


def noisy(schedule: list[tuple[date, str]], effect: float, seed: int) -> dict[date, float | None]:
    rng = np.random.default_rng(seed)
    return {d: 420.0 + rng.normal(0, 20) + (effect if p == "B" else 0.0) for d, p in schedule}


def test_t_quantiles_match_the_tables() -> None:
    assert t_quantile(0.975, 10) == pytest.approx(2.228139, abs=1e-5)
    assert t_quantile(0.975, 26) == pytest.approx(2.055529, abs=1e-5)
    assert t_quantile(0.025, 1) == pytest.approx(-12.7062, abs=1e-3)


def test_washout_days_are_left_out_of_the_comparison() -> None:
    schedule = plan(("A", 14), ("W", 3), ("B", 14))
    outcome = noisy(schedule, 0, seed=5)
    for day, phase in schedule:
        if phase == "W":
            outcome[day] = 10_000.0  # would swamp either phase if it were counted
    result = evaluate_experiment(outcome, schedule, {}, "tst")
    assert result.washout_days == 3
    assert (result.baseline.days, result.change.days) == (14, 14)
    assert result.difference is not None and abs(result.difference) < 40
    assert [s.phase for s in result.segments] == ["A", "B"]
    assert any("3 washout days" in str(n) for n in result.notes)


def test_as_planned_counts_every_day_and_per_protocol_leaves_out_days_against_the_plan() -> None:
    schedule = plan(("A", 14), ("B", 14), ("A", 14), ("B", 14))
    outcome = noisy(schedule, 30, seed=8)
    b_days = [d for d, p in schedule if p == "B"]
    a_days = [d for d, p in schedule if p == "A"]
    adherence: dict[date, bool | None] = {d: True for d in b_days}
    for day in b_days[:6]:  # not done: these nights look like baseline
        adherence[day] = False
        outcome[day] = float(outcome[day] or 0) - 30
    adherence[a_days[0]] = True  # the change made during baseline
    result = evaluate_experiment(outcome, schedule, adherence, "tst")
    assert result.per_protocol is not None and result.difference is not None
    assert (result.per_protocol.n_a, result.per_protocol.n_b) == (27, 22)
    assert result.per_protocol.difference > result.difference
    notes = " ".join(str(n) for n in result.notes)
    assert "(intention to treat)" in notes
    assert "Without the 7 days that went against the plan" in notes
    assert "marked as made anyway on 1 of 28 days" in notes


def test_no_check_in_against_the_plan_gives_no_second_estimate() -> None:
    schedule = plan(("A", 14), ("B", 14))
    result = evaluate_experiment(noisy(schedule, 0, 3), schedule, {}, "tst")
    assert result.per_protocol is None


MIN = MEASURES["tst"]


@pytest.mark.parametrize(
    ("diff", "low", "high", "finding"),
    [
        (22, 4, 40, Finding.BETTER),  # clear of zero, estimate above 15
        (15, 1, 29, Finding.BETTER),  # estimate exactly the smallest change
        (14.9, 1, 28.8, Finding.UNCLEAR),  # clear of zero but smaller than what matters
        (22, -1, 45, Finding.UNCLEAR),  # includes no change
        (-22, -40, -4, Finding.WORSE),
        (3, -14.9, 14.9, Finding.NO_CLEAR_DIFFERENCE),  # whole interval within ± 15
        (3, -15, 14, Finding.UNCLEAR),  # touches -15: a change that matters is possible
        (8, 1, 14, Finding.NO_CLEAR_DIFFERENCE),  # real but too small to matter
    ],
)
def test_the_verdict_at_the_edges_of_the_smallest_change(
    diff: float, low: float, high: float, finding: Finding
) -> None:
    got, words = verdict_for(MIN, diff, low, high, 0.95, 15)
    assert got is finding
    text = str(words)
    assert "{" not in text and "15 min" in text
    if finding is Finding.BETTER:
        assert "that is more than the 15 min you said would matter" in text
    if finding is Finding.UNCLEAR:
        assert "so this experiment cannot tell" in text


def test_verdict_words_for_the_command_line() -> None:
    assert [verdict_word(f) for f in Finding] == [
        "unclear",
        "unclear",
        "unclear",
        "better",
        "worse",
    ]


def test_the_effect_fit_handles_gaps_and_finds_a_clear_effect() -> None:
    rng = np.random.default_rng(2)
    days = np.array([d for d in range(56) if d % 9 != 4])  # some days missing
    phase = (days // 14) % 2
    values = 400 + 40 * phase + rng.normal(0, 10, days.size)
    fit = phase_effect(days, values, phase)
    assert fit.low < 40 < fit.high and fit.low > 20
    with pytest.raises(ValueError):
        phase_effect([0, 0, 1, 2], [1, 2, 3, 4], [0, 0, 1, 1])
