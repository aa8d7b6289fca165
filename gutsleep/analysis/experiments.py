"""Evaluating a self-experiment (n-of-1, AB or ABAB) in plain, honest words.

This module does not know how schedules are built (that is
:mod:`gutsleep.domain.experiments`): it takes each scheduled day's phase ("A"
baseline, "B" the change), the outcome per day and the daily "did you do
it?" answer, and reports per-phase means, the days missing, adherence, the
difference B − A with its interval, and a verdict that says no more than the
numbers do. Washout days ("W") are in the calendar but not compared.

Nearby days resemble each other, so the days are not treated as independent:
the difference and its interval come from a regression on the phase with
AR(1) errors (:func:`gutsleep.analysis.ar1.phase_effect`), which the
calibration study shows keeps the share of no-effect experiments called
better or worse near 5 % for AB 2×14 and ABAB 4×14 days with a lag-1
correlation up to 0.5.

The primary analysis is as planned (intention to treat): every day of each
phase, whatever the check-in said. A secondary per-protocol estimate leaves
out change days marked "not done" and baseline days marked "done"; both are
shown, and only the primary decides the verdict.

The verdict (docs/experiments-statistics.md) compares the interval with zero
and with the smallest change that would matter (``smallest_change``):
better / worse when the whole interval lies on one side of no change and the
estimate is at least that big; no difference that matters when the whole
interval lies within ± that change; unclear otherwise.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from gutsleep.analysis.ar1 import phase_effect
from gutsleep.analysis.insights import Number
from gutsleep.analysis.series import MEASURES, Measure, rounded
from gutsleep.domain.text import N_, Message

__all__ = [
    "BASELINE",
    "CHANGE",
    "CONFOUNDERS",
    "MIN_VALUES_PER_PHASE",
    "WASHOUT",
    "Estimate",
    "ExperimentResult",
    "Finding",
    "PhaseSummary",
    "evaluate_experiment",
    "verdict_for",
    "verdict_word",
]

BASELINE = "A"
CHANGE = "B"
WASHOUT = "W"
#: Each phase needs this many days with the outcome before phases are compared.
MIN_VALUES_PER_PHASE = 3


class Finding(enum.Enum):
    """The verdict's gist, for icons and colours; the words are in ``verdict``."""

    NOT_ENOUGH_DATA = "not_enough_data"
    NO_CLEAR_DIFFERENCE = "no_clear_difference"  # the interval lies within ± smallest change
    UNCLEAR = "unclear"  # the interval reaches both "no change" (or less) and a change that matters
    BETTER = "better"  # interval excludes no change, good direction, estimate ≥ smallest change
    WORSE = "worse"  # interval excludes no change, bad direction, estimate ≥ smallest change


def verdict_word(finding: Finding) -> str:
    """The verdict as one of "better", "worse", "unclear" (for the command line)."""
    if finding in (Finding.BETTER, Finding.WORSE):
        return str(finding.value)
    return "unclear"


@dataclass(frozen=True)
class Estimate:
    """A difference B − A with its interval, and the days it rests on."""

    difference: float
    low: float
    high: float
    n_a: int
    n_b: int
    rho: float


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

    ``difference`` is the change minus baseline difference in the outcome's
    unit (as planned: every day of each phase), with its interval
    ``ci_low``..``ci_high`` at ``level`` (None when a phase has fewer than
    :data:`MIN_VALUES_PER_PHASE` values); ``rho`` is the day-to-day
    correlation the interval allowed for. ``per_protocol`` is the secondary
    estimate without the days the check-in says went against the plan.
    ``segments`` are the contiguous runs of one phase in date order (A, B, A,
    B for ABAB); ``washout_days`` counts the calendar days left out as
    washout. ``notes`` hold facts about this run (ended early, missing days,
    adherence); ``confounders`` other things that could explain a difference.
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
    smallest_change: float = 0.0
    rho: float | None = None
    per_protocol: Estimate | None = None
    washout_days: int = 0


_NOT_ENOUGH = N_(
    "Not enough days to compare yet: {outcome} was recorded on {n_a} baseline days and "
    "{n_b} change days, and each phase needs at least {min_days}."
)
_DIRECTION = {True: N_("higher"), False: N_("lower")}
_BETTER = N_(
    "{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to "
    "{high} {unit}); that is more than the {smallest} {unit} you said would matter, and the "
    "interval excludes no change: an improvement during this experiment."
)
_WORSE = N_(
    "{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to "
    "{high} {unit}); that is more than the {smallest} {unit} you said would matter, and the "
    "interval excludes no change, but for this measure {good} is better, so it went the "
    "wrong way."
)
_CANNOT_TELL = N_(
    "{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to "
    "{high} {unit}); the interval includes changes smaller than the {smallest} {unit} that "
    "would matter, so this experiment cannot tell."
)
_TOO_SMALL = N_(
    "{outcome} was {diff} {unit} {direction} during the change ({level}% interval {low} to "
    "{high} {unit}); the whole interval is smaller than the {smallest} {unit} you said would "
    "matter, so any change was too small to matter."
)
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
_ADHERENCE_A = N_("During baseline the change was marked as made anyway on {done} of {days} days.")
_AS_PLANNED = Message(
    N_(
        "The result counts every day of each phase as planned, whatever the check-in said "
        "(intention to treat)."
    )
)
_PER_PROTOCOL = N_(
    "Without the {left_out} days that went against the plan, the difference is {diff} "
    "{unit} ({level}% interval {low} to {high} {unit}); this is a secondary estimate."
)
_NEARBY_DAYS = N_(
    "Nearby days resemble each other (correlation from one day to the next about {rho}); "
    "the interval allows for that."
)
_WASHOUT = N_("{days} washout days between phases are left out of the comparison.")
_AB_ONLY = Message(
    N_("Repeating the phases (ABAB) would make chance and slow drifts weaker explanations.")
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


def verdict_for(
    measure: Measure, diff: float, low: float, high: float, level: float, smallest: float
) -> tuple[Finding, Message]:
    """The finding and its sentence for ``diff`` in [``low``, ``high``] against ``smallest``.

    A decrease is worded as "lower by", with its interval turned round, so
    the numbers read as positive amounts.
    """
    digits = measure.digits
    higher = diff >= 0
    lo, hi = (low, high) if higher else (-high, -low)
    args = {
        "outcome": Message(measure.label),
        "unit": Message(measure.difference_unit),
        "level": rounded(level * 100, 0),
        "diff": Number(rounded(abs(diff), digits), digits),
        "low": Number(rounded(lo, digits), digits),
        "high": Number(rounded(hi, digits), digits),
        "direction": Message(_DIRECTION[higher]),
        "smallest": (
            Number(rounded(smallest, max(digits, 1)), max(digits, 1))
            if smallest % 1
            else round(smallest)
        ),
        "good": Message(_DIRECTION[not measure.lower_is_better]),
    }
    excludes = low > 0 or high < 0
    if excludes and abs(diff) >= smallest:
        better = higher != measure.lower_is_better
        return (
            (Finding.BETTER, Message(_BETTER, args))
            if better
            else (
                Finding.WORSE,
                Message(_WORSE, args),
            )
        )
    if -smallest < low and high < smallest:
        return Finding.NO_CLEAR_DIFFERENCE, Message(_TOO_SMALL, args)
    return Finding.UNCLEAR, Message(_CANNOT_TELL, args)


def _estimate(
    days: Sequence[date], values: Mapping[date, float], phases: Mapping[date, str], level: float
) -> Estimate | None:
    used = [d for d in days if d in values]
    n_a = sum(phases[d] == BASELINE for d in used)
    n_b = len(used) - n_a
    if min(n_a, n_b) < MIN_VALUES_PER_PHASE:
        return None
    fit = phase_effect(
        [d.toordinal() for d in used],
        [values[d] for d in used],
        [phases[d] == CHANGE for d in used],
        level,
    )
    return Estimate(fit.estimate, fit.low, fit.high, n_a, n_b, fit.rho)


def evaluate_experiment(
    outcome: Mapping[date, float | None],
    schedule: Sequence[tuple[date, str]],
    adherence: Mapping[date, bool | None],
    outcome_key: str,
    ended_early: bool = False,
    *,
    smallest_change: float | None = None,
    level: float = 0.95,
) -> ExperimentResult:
    """Compare the change phase (B) with baseline (A) on ``outcome_key``.

    ``schedule`` gives every experiment day its phase, "A", "B" or "W"
    (washout: not compared; days out of the schedule, such as pauses, are
    ignored in ``outcome`` and ``adherence``). ``outcome`` maps an
    experiment day to its value, already aligned (for sleep: the night after
    that day); None, NaN or no key is a missing day. ``adherence`` maps a day
    to True (done), False (not done) or None / no key (not answered).
    ``smallest_change`` is the difference that would matter (default: the
    measure's own).
    """
    if outcome_key not in MEASURES:
        raise ValueError(f"unknown outcome {outcome_key!r}")
    measure = MEASURES[outcome_key]
    smallest = measure.smallest_change if smallest_change is None else smallest_change
    ordered = sorted(schedule)
    seen: set[date] = set()
    for day, phase in ordered:
        if phase not in (BASELINE, CHANGE, WASHOUT):
            raise ValueError(f"phase must be 'A', 'B' or 'W', not {phase!r} ({day})")
        if day in seen:
            raise ValueError(f"{day} is scheduled twice")
        seen.add(day)
    washout_days = sum(p == WASHOUT for _, p in ordered)
    ordered = [(d, p) for d, p in ordered if p != WASHOUT]
    phases = dict(ordered)

    def phase_days(which: str) -> list[date]:
        return [d for d, p in ordered if p == which]

    baseline, _ = _summary(BASELINE, phase_days(BASELINE), outcome, adherence)
    change, _ = _summary(CHANGE, phase_days(CHANGE), outcome, adherence)
    segments = tuple(
        _summary(phase, days, outcome, adherence)[0] for phase, days in _segments(ordered)
    )
    label = Message(measure.label)
    values: dict[date, float] = {}
    for day, _ in ordered:
        value = outcome.get(day)
        if value is not None and not math.isnan(value):
            values[day] = float(value)

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
    if washout_days:
        notes.append(Message(_WASHOUT, {"days": washout_days}))
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
    if baseline.done:
        notes.append(Message(_ADHERENCE_A, {"done": baseline.done, "days": baseline.days}))

    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    rho: float | None = None
    per_protocol: Estimate | None = None
    if baseline.mean is not None and change.mean is not None:
        difference = change.mean - baseline.mean
    primary = _estimate([d for d, _ in ordered], values, phases, level)
    if primary is None:
        finding = Finding.NOT_ENOUGH_DATA
        verdict = Message(
            _NOT_ENOUGH,
            {
                "outcome": label,
                "n_a": baseline.n,
                "n_b": change.n,
                "min_days": MIN_VALUES_PER_PHASE,
            },
        )
    else:
        difference, ci_low, ci_high, rho = (
            primary.difference,
            primary.low,
            primary.high,
            primary.rho,
        )
        finding, verdict = verdict_for(measure, difference, ci_low, ci_high, level, smallest)
        notes.append(_AS_PLANNED)
        against_plan = {
            d for d, p in ordered if adherence.get(d) is (p == BASELINE) and d in values
        }
        if against_plan:
            kept = [d for d, _ in ordered if d not in against_plan]
            per_protocol = _estimate(kept, values, phases, level)
            if per_protocol is not None:
                notes.append(_per_protocol_note(measure, per_protocol, len(against_plan), level))
        notes.append(Message(_NEARBY_DAYS, {"rho": rounded(max(rho, 0.0), 1)}))
        if sum(seg.phase == CHANGE for seg in segments) < 2:
            notes.append(_AB_ONLY)

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
        smallest_change=smallest,
        rho=rho,
        per_protocol=per_protocol,
        washout_days=washout_days,
    )


def _per_protocol_note(
    measure: Measure, estimate: Estimate, left_out: int, level: float
) -> Message:
    digits = measure.digits
    return Message(
        _PER_PROTOCOL,
        {
            "left_out": left_out,
            "diff": rounded(estimate.difference, digits),
            "unit": Message(measure.difference_unit),
            "level": rounded(level * 100, 0),
            "low": rounded(estimate.low, digits),
            "high": rounded(estimate.high, digits),
        },
    )
