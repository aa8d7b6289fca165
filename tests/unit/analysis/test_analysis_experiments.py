"""Evaluating AB / ABAB self-experiments: effects, no effects, adherence, missing days, words."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from gutsleep.analysis.experiments import (
    CONFOUNDERS,
    MIN_VALUES_PER_PHASE,
    ExperimentResult,
    Finding,
    evaluate_experiment,
)
from gutsleep.domain.text import Message

START = date(2026, 2, 2)


def plan(*phases: tuple[str, int]) -> list[tuple[date, str]]:
    days: list[tuple[date, str]] = []
    for phase, length in phases:
        for _ in range(length):
            days.append((START + timedelta(days=len(days)), phase))
    return days


def simulate(
    schedule: list[tuple[date, str]], effect: float, seed: int, base: float = 420, sd: float = 20
) -> dict[date, float | None]:
    rng = np.random.default_rng(seed)
    return {
        day: float(base + rng.normal(0, sd) + (effect if phase == "B" else 0))
        for day, phase in schedule
    }


def text(message: Message) -> str:
    rendered = str(message)
    assert "{" not in rendered
    return rendered


def test_a_thirty_minute_effect_is_found() -> None:
    schedule = plan(("A", 14), ("B", 14))
    result = evaluate_experiment(simulate(schedule, 30, seed=1), schedule, {}, "tst")
    assert result.difference is not None and result.ci_low is not None
    assert result.ci_low > 0 and result.ci_high is not None and result.ci_high > result.ci_low
    assert result.ci_low < 30 < result.ci_high
    assert result.finding is Finding.BETTER
    words = text(result.verdict)
    assert words.startswith("Total sleep time was ")
    assert "min higher during the change (95% interval" in words
    assert "more than the 10 min you said would matter" in words
    assert "excludes no change: an improvement" in words


def test_no_effect_mostly_gives_an_interval_including_zero() -> None:
    schedule = plan(("A", 14), ("B", 14), ("A", 14), ("B", 14))
    includes = 0
    for seed in range(20):
        result = evaluate_experiment(simulate(schedule, 0, seed=100 + seed), schedule, {}, "tst")
        assert result.ci_low is not None and result.ci_high is not None
        includes += result.ci_low <= 0 <= result.ci_high
        if result.ci_low <= 0 <= result.ci_high:
            assert result.finding in (Finding.NO_CLEAR_DIFFERENCE, Finding.UNCLEAR)
    assert includes >= 16


def test_phases_segments_adherence_and_missing_days_are_counted_exactly() -> None:
    schedule = plan(("A", 7), ("B", 7), ("A", 7), ("B", 7))
    outcome = simulate(schedule, 10, seed=3)
    days = [d for d, _ in schedule]
    outcome[days[0]] = None  # A: missing as None
    outcome[days[1]] = float("nan")  # A: missing as NaN
    del outcome[days[15]]  # second A: missing as no key
    outcome[days[8]] = None  # B
    change_days = days[7:14] + days[21:28]
    answers: list[bool | None] = [True] * 7 + [False] * 3 + [None] * 2  # last two: no key
    adherence: dict[date, bool | None] = dict(zip(change_days, answers, strict=False))
    adherence[days[2]] = True  # answers on baseline days are counted for baseline
    adherence[days[3]] = False
    result = evaluate_experiment(outcome, schedule, adherence, "tst")
    a, b = result.baseline, result.change
    assert (a.days, a.n, a.missing) == (14, 11, 3)
    assert (b.days, b.n, b.missing) == (14, 13, 1)
    assert (b.done, b.not_done, b.unanswered) == (7, 3, 4)
    assert (a.done, a.not_done, a.unanswered) == (1, 1, 12)
    assert [s.phase for s in result.segments] == ["A", "B", "A", "B"]
    assert [s.days for s in result.segments] == [7, 7, 7, 7]
    assert [s.missing for s in result.segments] == [2, 1, 1, 0]
    assert result.segments[2].first_day == days[14] and result.segments[2].last_day == days[20]
    assert a.mean == pytest.approx(np.mean([v for v in _values(outcome, schedule, "A")]))
    notes = [text(n) for n in result.notes]
    assert any("missing on 3 of 14 baseline days and 1 of 14 change days" in n for n in notes)
    assert any("done on 7 of the 14 change days (3 not done, 4 not answered)" in n for n in notes)


def _values(outcome: dict[date, float | None], schedule: list[tuple[date, str]], phase: str):  # type: ignore[no-untyped-def]
    for day, p in schedule:
        v = outcome.get(day)
        if p == phase and v is not None and not np.isnan(v):
            yield v


@pytest.mark.parametrize(
    ("key", "effect", "finding", "start", "tail"),
    [
        ("sol", -12.0, Finding.BETTER, "lower during the change", "an improvement"),
        ("waso", 20.0, Finding.WORSE, "higher during the change", "wrong way"),
        ("bloating", -2.0, Finding.BETTER, "lower during the change", "an improvement"),
        ("tst", -40.0, Finding.WORSE, "lower during the change", "higher is better"),
    ],
)
def test_lower_is_better_outcomes_are_worded_the_right_way(
    key: str, effect: float, finding: Finding, start: str, tail: str
) -> None:
    schedule = plan(("A", 14), ("B", 14))
    base, sd = {"sol": (25, 4), "waso": (30, 5), "bloating": (5, 0.6), "tst": (420, 15)}[key]
    outcome = simulate(schedule, effect, seed=4, base=base, sd=sd)
    result = evaluate_experiment(outcome, schedule, {}, key)
    assert result.finding is finding
    words = text(result.verdict)
    assert start in words and tail in words


def test_a_direction_without_a_clear_interval_says_it_could_be_chance() -> None:
    schedule = plan(("A", 7), ("B", 7))
    spread = [-60.0, 50.0, -20.0, 70.0, -45.0, 10.0, -5.0]
    outcome: dict[date, float | None] = {
        day: 420 + spread[i % 7] + (15 if phase == "B" else 0)
        for i, (day, phase) in enumerate(schedule)
    }
    result = evaluate_experiment(outcome, schedule, {}, "tst")
    assert result.ci_low is not None and result.ci_low < 0 < (result.ci_high or 0)
    assert result.finding is Finding.UNCLEAR
    words = text(result.verdict)
    assert "includes changes smaller than the 10 min that would matter" in words
    assert "so this experiment cannot tell" in words


def test_a_tiny_difference_is_no_clear_difference() -> None:
    schedule = plan(("A", 14), ("B", 14))
    outcome = {d: 420.0 + (i % 3) for i, (d, _) in enumerate(schedule)}
    result = evaluate_experiment(outcome, schedule, {}, "tst")
    assert result.finding is Finding.NO_CLEAR_DIFFERENCE
    assert "so any change was too small to matter" in text(result.verdict)
    assert any("(ABAB) would make chance" in text(n) for n in result.notes)


def test_too_few_values_and_ending_early_are_said_plainly() -> None:
    schedule = plan(("A", 14), ("B", 3))
    outcome = simulate(schedule, 0, seed=2)
    outcome[schedule[-1][0]] = None
    result = evaluate_experiment(outcome, schedule, {}, "quality", ended_early=True)
    assert result.finding is Finding.NOT_ENOUGH_DATA
    assert result.ci_low is None and result.ci_high is None
    assert result.difference is not None  # both phases have a mean, shown without an interval
    assert f"needs at least {MIN_VALUES_PER_PHASE}" in text(result.verdict)
    assert result.ended_early
    assert "ended early" in text(result.notes[0])
    empty = evaluate_experiment({}, [], {}, "tst")
    assert empty.finding is Finding.NOT_ENOUGH_DATA and empty.difference is None
    assert empty.segments == ()


def test_confounders_are_listed_and_render() -> None:
    schedule = plan(("A", 14), ("B", 14))
    result: ExperimentResult = evaluate_experiment(simulate(schedule, 0, 1), schedule, {}, "se")
    assert result.confounders == CONFOUNDERS
    words = " ".join(text(m) for m in result.confounders)
    for topic in ("Cycle phase", "Season", "Other changes", "Expecting an effect"):
        assert topic in words


def test_bad_input_is_refused() -> None:
    schedule = plan(("A", 7), ("B", 7))
    with pytest.raises(ValueError, match="unknown outcome"):
        evaluate_experiment({}, schedule, {}, "happiness")
    with pytest.raises(ValueError, match="phase"):
        evaluate_experiment({}, [(START, "C")], {}, "tst")
    with pytest.raises(ValueError, match="twice"):
        evaluate_experiment({}, [(START, "A"), (START, "B")], {}, "tst")
