"""Evaluating a self-experiment (n-of-1, AB or ABAB) in plain, honest words.

This module does not know how schedules are built (that is
:mod:`gutsleep.domain.experiments`): it takes each scheduled day's phase ("A"
baseline, "B" the change), the outcome per day and the daily "did you do
it?" answer, and reports per-phase means, the days missing, adherence, the
difference B − A with its bootstrap interval, and a verdict that says no more
than the numbers do.

The interval comes from :func:`gutsleep.analysis.stats.diff_in_means_ci`,
which resamples the two phases separately (their lengths are fixed by the
design). Days close together tend to resemble each other, which makes any
day-by-day interval somewhat too narrow; the result says so.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from gutsleep.analysis.series import MEASURES, Measure, rounded
from gutsleep.analysis.stats import diff_in_means_ci
from gutsleep.domain.text import N_, Message

__all__ = [
    "BASELINE",
    "CHANGE",
    "CONFOUNDERS",
    "MIN_VALUES_PER_PHASE",
    "ExperimentResult",
    "Finding",
    "PhaseSummary",
    "evaluate_experiment",
]

BASELINE = "A"
CHANGE = "B"
#: Each phase needs this many days with the outcome before phases are compared.
MIN_VALUES_PER_PHASE = 3
DEFAULT_N_BOOT = 2000


class Finding(enum.Enum):
    """The verdict's gist, for icons and colours; the words are in ``verdict``."""

    NOT_ENOUGH_DATA = "not_enough_data"
    NO_CLEAR_DIFFERENCE = "no_clear_difference"
    UNCLEAR = "unclear"  # a direction, but the interval includes no change
    BETTER = "better"  # the interval excludes no change, in the good direction
    WORSE = "worse"  # the interval excludes no change, in the bad direction


@dataclass(frozen=True)
class PhaseSummary:
    """One phase (all its days, or one contiguous run of them).

    ``days`` scheduled, ``n`` with an outcome value, ``missing`` without;
    adherence answers are counted exactly: ``done`` (yes), ``not_done`` (no),
    ``unanswered`` (no answer, or None).
    """

    phase: str
    first_day: date | None
    last_day: date | None
    days: int
    n: int
    missing: int
    mean: float | None
    done: int
    not_done: int
    unanswered: int


@dataclass(frozen=True)
class ExperimentResult:
    """The evaluation of one experiment on one outcome.

    ``difference`` is mean(change) − mean(baseline) in the outcome's unit,
    with its bootstrap interval ``ci_low``..``ci_high`` at ``level`` (None
    when a phase has fewer than :data:`MIN_VALUES_PER_PHASE` values).
    ``segments`` are the contiguous runs of one phase in date order (A, B, A,
    B for ABAB). ``notes`` hold facts about this run (ended early, missing
    days, adherence, day-to-day similarity); ``confounders`` other things
    that could explain a difference.
    """

    outcome: str
    baseline: PhaseSummary
    change: PhaseSummary
    segments: tuple[PhaseSummary, ...]
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    level: float
    finding: Finding
    verdict: Message
    notes: tuple[Message, ...]
    confounders: tuple[Message, ...]
    ended_early: bool


_NOT_ENOUGH = N_(
    "Not enough days to compare yet: {outcome} was recorded on {n_a} baseline days and "
    "{n_b} change days, and each phase needs at least {min_days}."
)
_NO_CLEAR = N_(
    "{outcome}: no clear difference between the change and baseline ({diff} {unit} on "
    "average, change minus baseline; {level}% interval {low} to {high} {unit})."
)
_CLEAR: dict[tuple[bool, bool], str] = {
    # (higher during the change, that is better)
    (True, True): N_(
        "{outcome} was higher during the change, by {diff} {unit} on average ({level}% "
        "interval {low} to {high} {unit}), and the interval excludes no change: an "
        "improvement during this experiment."
    ),
    (True, False): N_(
        "{outcome} was higher during the change, by {diff} {unit} on average ({level}% "
        "interval {low} to {high} {unit}), and the interval excludes no change. For this "
        "measure lower is better, so it went the wrong way."
    ),
    (False, True): N_(
        "{outcome} was lower during the change, by {diff} {unit} on average ({level}% "
        "interval {low} to {high} {unit}), and the interval excludes no change: an "
        "improvement during this experiment."
    ),
    (False, False): N_(
        "{outcome} was lower during the change, by {diff} {unit} on average ({level}% "
        "interval {low} to {high} {unit}), and the interval excludes no change. For this "
        "measure higher is better, so it went the wrong way."
    ),
}
_UNCLEAR: dict[bool, str] = {
    True: N_(
        "{outcome} was higher during the change, by {diff} {unit} on average, but the "
        "{level}% interval ({low} to {high} {unit}) includes no change, so this could "
        "be chance."
    ),
    False: N_(
        "{outcome} was lower during the change, by {diff} {unit} on average, but the "
        "{level}% interval ({low} to {high} {unit}) includes no change, so this could "
        "be chance."
    ),
}

_ENDED_EARLY = Message(
    N_(
        "The experiment was ended early, so it has fewer days than planned and the "
        "comparison is weaker than it would have been."
    )
)
_MISSING = N_(
    "{outcome} is missing on {missing_a} of {days_a} baseline days and {missing_b} of "
    "{days_b} change days; missing days are left out, not counted as zero."
)
_ADHERENCE = N_(
    "The change was marked as done on {done} of the {days} change days ({not_done} not "
    "done, {unanswered} not answered)."
)
_NEARBY_DAYS = Message(
    N_(
        "Nearby days tend to resemble each other, so the interval may be narrower than "
        "it should be."
    )
)
_NEARBY_DAYS_AB = Message(
    N_(
        "Nearby days tend to resemble each other, so the interval may be narrower than "
        "it should be; repeating the phases (ABAB) would make chance a weaker explanation."
    )
)

#: Other explanations for a difference, listed with every result.
CONFOUNDERS: tuple[Message, ...] = (
    Message(
        N_(
            "Cycle phase: bleeding, hot flushes, sleep and digestion shift across a "
            "cycle, so phases that fell at different points of it can differ for that "
            "reason alone."
        )
    ),
    Message(
        N_(
            "Season: daylight, temperature and routines change over the weeks, which "
            "can move sleep and digestion whatever else you do."
        )
    ),
    Message(
        N_(
            "Other changes at the same time: a new medicine or supplement, travel, "
            "illness, or events at work or at home during one phase can explain a "
            "difference."
        )
    ),
    Message(
        N_(
            "Expecting an effect: knowing that you were trying something can change how "
            "you sleep, how you feel and how you rate your days."
        )
    ),
)


def _summary(
    phase: str,
    days: Sequence[date],
    outcome: Mapping[date, float | None],
    adherence: Mapping[date, bool | None],
) -> tuple[PhaseSummary, list[float]]:
    values: list[float] = []
    for day in days:
        value = outcome.get(day)
        if value is not None and not math.isnan(value):
            values.append(float(value))
    answers = [adherence.get(d) for d in days]
    done = sum(a is True for a in answers)
    not_done = sum(a is False for a in answers)
    summary = PhaseSummary(
        phase=phase,
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
        days=len(days),
        n=len(values),
        missing=len(days) - len(values),
        mean=math.fsum(values) / len(values) if values else None,
        done=done,
        not_done=not_done,
        unanswered=len(days) - done - not_done,
    )
    return summary, values


def _segments(ordered: Sequence[tuple[date, str]]) -> list[tuple[str, list[date]]]:
    runs: list[tuple[str, list[date]]] = []
    for day, phase in ordered:
        if runs and runs[-1][0] == phase:
            runs[-1][1].append(day)
        else:
            runs.append((phase, [day]))
    return runs


def _verdict(
    measure: Measure, diff: float, low: float, high: float, level: float
) -> tuple[Finding, Message]:
    digits = measure.digits
    common = {
        "outcome": Message(measure.label),
        "unit": Message(measure.difference_unit),
        "level": rounded(level * 100, 0),
    }
    excludes = low > 0 or high < 0
    if not excludes and abs(diff) < measure.smallest_change:
        return Finding.NO_CLEAR_DIFFERENCE, Message(
            _NO_CLEAR,
            {
                **common,
                "diff": rounded(diff, digits),
                "low": rounded(low, digits),
                "high": rounded(high, digits),
            },
        )
    higher = diff >= 0
    lo, hi = (low, high) if higher else (-high, -low)
    args = {
        **common,
        "diff": rounded(abs(diff), digits),
        "low": rounded(lo, digits),
        "high": rounded(hi, digits),
    }
    if not excludes:
        return Finding.UNCLEAR, Message(_UNCLEAR[higher], args)
    better = higher != measure.lower_is_better
    return (Finding.BETTER if better else Finding.WORSE), Message(_CLEAR[(higher, better)], args)


def evaluate_experiment(
    outcome: Mapping[date, float | None],
    schedule: Sequence[tuple[date, str]],
    adherence: Mapping[date, bool | None],
    outcome_key: str,
    ended_early: bool = False,
    seed: int = 0,
    *,
    n_boot: int = DEFAULT_N_BOOT,
    level: float = 0.95,
) -> ExperimentResult:
    """Compare the change phase (B) with baseline (A) on ``outcome_key``.

    ``schedule`` gives every experiment day its phase, "A" or "B" (days out of
    the schedule, such as pauses, are ignored in ``outcome`` and
    ``adherence``). ``outcome`` maps a day to its value; None, NaN or no key
    is a missing day. ``adherence`` maps a day to True (done), False (not
    done) or None / no key (not answered).
    """
    if outcome_key not in MEASURES:
        raise ValueError(f"unknown outcome {outcome_key!r}")
    measure = MEASURES[outcome_key]
    ordered = sorted(schedule)
    seen: set[date] = set()
    for day, phase in ordered:
        if phase not in (BASELINE, CHANGE):
            raise ValueError(f"phase must be 'A' or 'B', not {phase!r} ({day})")
        if day in seen:
            raise ValueError(f"{day} is scheduled twice")
        seen.add(day)

    def phase_days(which: str) -> list[date]:
        return [d for d, p in ordered if p == which]

    baseline, a_values = _summary(BASELINE, phase_days(BASELINE), outcome, adherence)
    change, b_values = _summary(CHANGE, phase_days(CHANGE), outcome, adherence)
    segments = tuple(
        _summary(phase, days, outcome, adherence)[0] for phase, days in _segments(ordered)
    )
    label = Message(measure.label)

    notes: list[Message] = []
    if ended_early:
        notes.append(_ENDED_EARLY)
    if baseline.missing or change.missing:
        notes.append(
            Message(
                _MISSING,
                {
                    "outcome": label,
                    "missing_a": baseline.missing,
                    "days_a": baseline.days,
                    "missing_b": change.missing,
                    "days_b": change.days,
                },
            )
        )
    if change.days:
        notes.append(
            Message(
                _ADHERENCE,
                {
                    "done": change.done,
                    "days": change.days,
                    "not_done": change.not_done,
                    "unanswered": change.unanswered,
                },
            )
        )

    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    if baseline.mean is not None and change.mean is not None:
        difference = change.mean - baseline.mean
    if len(a_values) < MIN_VALUES_PER_PHASE or len(b_values) < MIN_VALUES_PER_PHASE:
        finding = Finding.NOT_ENOUGH_DATA
        verdict = Message(
            _NOT_ENOUGH,
            {
                "outcome": label,
                "n_a": len(a_values),
                "n_b": len(b_values),
                "min_days": MIN_VALUES_PER_PHASE,
            },
        )
    else:
        interval = diff_in_means_ci(b_values, a_values, n_boot=n_boot, seed=seed, level=level)
        difference, ci_low, ci_high = interval.estimate, interval.low, interval.high
        finding, verdict = _verdict(measure, difference, ci_low, ci_high, level)
        repeated = sum(seg.phase == CHANGE for seg in segments) > 1
        notes.append(_NEARBY_DAYS if repeated else _NEARBY_DAYS_AB)

    return ExperimentResult(
        outcome=outcome_key,
        baseline=baseline,
        change=change,
        segments=segments,
        difference=difference,
        ci_low=ci_low,
        ci_high=ci_high,
        level=level,
        finding=finding,
        verdict=verdict,
        notes=tuple(notes),
        confounders=CONFOUNDERS,
        ended_early=ended_early,
    )
