"""Menstrual cycles from the journal's bleeding days, with gaps in the diary kept as gaps.

The rule (the convention of menstrual-diary studies of the transition, such as the
ReSTAGE analyses behind STRAW+10, Harlow et al. 2012, Menopause 19:387 and J Clin
Endocrinol Metab 97:1159): a **cycle starts** on a day of bleeding (light, medium or
heavy) with no such day in the :data:`BLEED_FREE_DAYS` days before it. Spotting
alone never starts a cycle, and counts as a day without bleeding. A cycle's
**length** is the days from its start to the next start; the last cycle is still
running and has none.

A day without an answer about bleeding is **unknown**, never "no bleeding". A cycle
whose span (or the :data:`BLEED_FREE_DAYS` days before its start, which decide that
it is one) holds an unknown day is **uncertain**: a bleeding on that day could have
split it or moved its start. Variability is read from certain cycles only.

Nothing here says what the numbers mean for a person; the app shows them with the
source of the STRAW+10 criteria, as information, never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from gutsleep.domain.journal import Bleeding
from gutsleep.domain.text import N_, Message

#: Days without bleeding that must come before a bleeding day for it to start a cycle.
BLEED_FREE_DAYS = 3
#: How far back "the last year" reaches for variability.
YEAR_DAYS = 365
#: STRAW+10: a difference of this many days or more between consecutive cycle lengths
#: (persistent: again within 10 cycles) marks the early menopausal transition.
VARIABLE_DIFFERENCE_DAYS = 7
#: STRAW+10: an interval of this many days or more without bleeding marks the late
#: menopausal transition.
LONG_GAP_DAYS = 60

_BLEEDING = frozenset({Bleeding.LIGHT, Bleeding.MEDIUM, Bleeding.HEAVY})


@dataclass(frozen=True)
class Cycle:
    """One cycle: its first day, its length in days (None while it runs), and how many
    days of its span (and of the days deciding its start) have no answer."""

    start: date
    length: int | None
    unknown_days: int

    @property
    def uncertain(self) -> bool:
        return self.unknown_days > 0


@dataclass(frozen=True)
class Run:
    """Consecutive days without bleeding, between bleedings or the diary's ends."""

    first: date
    last: date
    unknown_days: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def uncertain(self) -> bool:
        return self.unknown_days > 0


@dataclass(frozen=True)
class CycleReport:
    """Cycles and what is read from them.

    ``differences`` are the differences (later minus earlier, in days) between the
    lengths of consecutive certain cycles that ended within the last year;
    ``longest_dry`` is the longest run without bleeding (None without any answer).
    """

    cycles: tuple[Cycle, ...]
    differences: tuple[int, ...]
    longest_dry: Run | None

    @property
    def lengths(self) -> tuple[int, ...]:
        """The lengths of the finished cycles, oldest first (certain or not)."""
        return tuple(c.length for c in self.cycles if c.length is not None)

    @property
    def large_differences(self) -> int:
        """How many consecutive pairs differ by :data:`VARIABLE_DIFFERENCE_DAYS` or more."""
        return sum(abs(d) >= VARIABLE_DIFFERENCE_DAYS for d in self.differences)


def cycle_starts(bleeding: Mapping[date, Bleeding]) -> list[date]:
    """The first days of the cycles: bleeding after :data:`BLEED_FREE_DAYS` days without."""
    bleeding_days = sorted(day for day, value in bleeding.items() if value in _BLEEDING)
    starts: list[date] = []
    previous: date | None = None
    for day in bleeding_days:
        if previous is None or (day - previous).days > BLEED_FREE_DAYS:
            starts.append(day)
        previous = day
    return starts


def _unknown(bleeding: Mapping[date, Bleeding], first: date, last: date) -> int:
    """Days from ``first`` to ``last`` (inclusive) without an answer."""
    days = (last - first).days + 1
    return sum(first + timedelta(days=i) not in bleeding for i in range(max(days, 0)))


def find_cycles(bleeding: Mapping[date, Bleeding], today: date) -> CycleReport:
    """Cycles from ``bleeding`` (the answer of each day that has one; a day not in it
    is unknown), the variability of the last year before ``today``, and the longest
    run without bleeding."""
    starts = cycle_starts(bleeding)
    cycles = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - timedelta(days=1) if i + 1 < len(starts) else None
        last = end if end is not None else max(max(bleeding), start)
        unknown = _unknown(bleeding, start - timedelta(days=BLEED_FREE_DAYS), last)
        length = (end - start).days + 1 if end is not None else None
        cycles.append(Cycle(start, length, unknown))
    year_ago = today - timedelta(days=YEAR_DAYS)
    recent = [c for c in cycles if c.length is not None and c.start >= year_ago]
    differences = tuple(
        later.length - earlier.length
        for earlier, later in pairwise(recent)
        if not (earlier.uncertain or later.uncertain)
        and earlier.length is not None
        and later.length is not None
    )
    return CycleReport(tuple(cycles), differences, _longest_dry(bleeding))


def _longest_dry(bleeding: Mapping[date, Bleeding]) -> Run | None:
    """The longest run of days without bleeding from the first to the last answer;
    unknown days inside a run are counted in it and make it uncertain. A run at
    either end of the diary may have begun before it or go on after it."""
    if not bleeding:
        return None
    first, last = min(bleeding), max(bleeding)
    best: Run | None = None
    run_start: date | None = None
    day = first
    while day <= last + timedelta(days=1):
        bled = day <= last and bleeding.get(day) in _BLEEDING
        if day > last or bled:
            if run_start is not None:
                end = day - timedelta(days=1)
                run = Run(run_start, end, _unknown(bleeding, run_start, end))
                if best is None or run.days > best.days:
                    best = run
                run_start = None
        elif run_start is None:
            run_start = day
        day += timedelta(days=1)
    return best


#: What the STRAW+10 staging criteria say, with their source: shown beside the numbers,
#: never applied to them as a verdict.
STRAW_NOTE = N_(
    "About these numbers: the STRAW+10 staging criteria (Harlow et al. 2012, Menopause "
    "19:387; J Clin Endocrinol Metab 97:1159) describe a persistent difference of 7 days "
    "or more in the length of consecutive cycles as the early menopausal transition, and "
    "an interval of 60 days or more without bleeding as the late transition. This is "
    "information with its source, not a diagnosis: hormonal contraception, hormone "
    "therapy and some conditions change bleeding. A clinician can say what your "
    "numbers mean for you."
)
#: How cycles are counted, in words for the person reading them.
RULE_NOTE = N_(
    "A cycle starts on a day of light, medium or heavy bleeding after at least 3 days "
    "without; spotting alone does not start one. A day without an answer about "
    "bleeding is unknown, and a cycle with such days is marked uncertain."
)


def describe(report: CycleReport) -> list[Message]:
    """The report in sentences, each with its n; nothing is judged."""
    finished = [c for c in report.cycles if c.length is not None]
    if not report.cycles:
        return [Message(N_("No cycle yet: no day of light, medium or heavy bleeding is kept."))]
    sentences = [
        Message(
            N_(
                "Finished cycles in the journal: {n} ({uncertain} uncertain); "
                "the latest began {day}."
            ),
            {
                "n": len(finished),
                "uncertain": sum(c.uncertain for c in finished),
                "day": report.cycles[-1].start,
            },
        )
    ]
    if report.differences:
        sentences.append(
            Message(
                N_(
                    "Last year, consecutive certain cycles differed in length by "
                    "{differences} days ({n} pairs compared; {large} by 7 days or more)."
                ),
                {
                    "n": len(report.differences),
                    "differences": ", ".join(f"{d:+d}" for d in report.differences),
                    "large": report.large_differences,
                },
            )
        )
    else:
        sentences.append(Message(N_("Last year, no two consecutive certain cycles to compare.")))
    dry = report.longest_dry
    if dry is not None:
        sentences.append(
            Message(
                N_("Longest time without bleeding: {days} days, {first} to {last}.")
                if not dry.uncertain
                else N_(
                    "Longest time without bleeding: {days} days, {first} to {last} "
                    "({unknown} of them not answered)."
                ),
                {
                    "days": dry.days,
                    "first": dry.first,
                    "last": dry.last,
                    "unknown": dry.unknown_days,
                },
            )
        )
    return sentences
