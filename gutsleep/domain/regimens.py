"""Hormone therapy, medicines and supplements as regimens: a dated history, not daily rows.

A regimen is one medicine or supplement (estradiol gel, micronised
progesterone, an SSRI, magnesium) with its changes in date order: a start
with its dose, dose changes, a stop; a start after a stop is a restart. The
dose on a day is what the latest change on or before that day says; a stop
dated X means not taken from X on. Everything here is pure arithmetic so the
Journal's ticks, Trends' marker lines and the report read one rule.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from gutsleep.domain.journal import Intake, IntakeKind
from gutsleep.domain.text import N_, Message

NAME_CHARS = 200
DOSE_CHARS = 200
ROUTE_CHARS = 200


class RegimenKind(enum.Enum):
    """What a regimen is; hormone therapy is named apart because the transition turns on it."""

    HORMONE_THERAPY = "hormone_therapy"
    MEDICINE = "medicine"
    SUPPLEMENT = "supplement"


KIND_LABELS: dict[RegimenKind, str] = {
    RegimenKind.HORMONE_THERAPY: N_("Hormone therapy"),
    RegimenKind.MEDICINE: N_("Medicine"),
    RegimenKind.SUPPLEMENT: N_("Supplement"),
}


class ChangeKind(enum.Enum):
    START = "start"
    DOSE = "dose"
    STOP = "stop"


@dataclass(frozen=True, slots=True)
class RegimenChange:
    """One dated change: a start or a dose change carries the dose from that day on."""

    day: date
    kind: ChangeKind
    dose: str = ""


@dataclass(frozen=True, slots=True)
class Regimen:
    name: str
    kind: RegimenKind = RegimenKind.MEDICINE
    route: str = ""
    changes: tuple[RegimenChange, ...] = ()
    #: The storage id; None until stored.
    id: int | None = None

    def ordered(self) -> tuple[RegimenChange, ...]:
        return tuple(sorted(self.changes, key=lambda c: c.day))

    def dose_on(self, day: date) -> str | None:
        """The dose taken on ``day``, or None when the regimen is not taken that day."""
        dose: str | None = None
        for change in self.ordered():
            if change.day > day:
                break
            dose = None if change.kind is ChangeKind.STOP else change.dose
        return dose

    def active_on(self, day: date) -> bool:
        return self.dose_on(day) is not None

    @property
    def started(self) -> date | None:
        starts = [c.day for c in self.changes if c.kind is ChangeKind.START]
        return min(starts, default=None)

    @property
    def stopped(self) -> date | None:
        """The day of the last stop when the regimen is stopped now, else None."""
        ordered = self.ordered()
        if ordered and ordered[-1].kind is ChangeKind.STOP:
            return ordered[-1].day
        return None

    def intake(self, day: date) -> Intake | None:
        """The day's supplements-and-medicines row this regimen stands for, if taken that day."""
        dose = self.dose_on(day)
        if dose is None:
            return None
        return Intake(name=self.name, dose=dose, kind=intake_kind(self.kind))


def intake_kind(kind: RegimenKind) -> IntakeKind:
    return IntakeKind.SUPPLEMENT if kind is RegimenKind.SUPPLEMENT else IntakeKind.MEDICINE


def holds_intake(intakes: Iterable[Intake], intake: Intake) -> bool:
    """Does the day's list already hold this intake (same name and dose, case aside)?"""
    name, dose = intake.name.strip().casefold(), intake.dose.strip().casefold()
    return any(
        i.name.strip().casefold() == name and i.dose.strip().casefold() == dose for i in intakes
    )


@dataclass(frozen=True, slots=True)
class RegimenEvent:
    """A change as a marker: its day, whose it is, and a short label."""

    day: date
    name: str
    kind: ChangeKind
    dose: str = ""
    regimen_kind: RegimenKind = RegimenKind.MEDICINE

    @property
    def label(self) -> Message:
        if self.kind is ChangeKind.START:
            return Message(N_("{name} started ({dose})"), {"name": self.name, "dose": self.dose})
        if self.kind is ChangeKind.DOSE:
            return Message(N_("{name} now {dose}"), {"name": self.name, "dose": self.dose})
        return Message(N_("{name} stopped"), {"name": self.name})

    @property
    def short(self) -> Message:
        """A chart's label: the name and what changed, the dose only when it changed."""
        if self.kind is ChangeKind.START:
            return Message(N_("{name} started"), {"name": self.name})
        if self.kind is ChangeKind.DOSE:
            return Message(N_("{name}: {dose}"), {"name": self.name, "dose": self.dose})
        return Message(N_("{name} stopped"), {"name": self.name})


def events(regimens: Iterable[Regimen]) -> list[RegimenEvent]:
    """Every change of every regimen, in date order (then by name)."""
    found = [
        RegimenEvent(c.day, r.name, c.kind, c.dose, r.kind) for r in regimens for c in r.changes
    ]
    return sorted(found, key=lambda e: (e.day, e.name.casefold()))


def events_between(regimens: Iterable[Regimen], first: date, last: date) -> list[RegimenEvent]:
    return [e for e in events(regimens) if first <= e.day <= last]


@dataclass(frozen=True, slots=True)
class RegimenProblem:
    field: str
    message: Message


def validate_regimen(regimen: Regimen) -> list[RegimenProblem]:
    """Why the regimen can't be stored, one clear sentence each; empty when it can."""
    problems: list[RegimenProblem] = []
    if not regimen.name.strip():
        problems.append(RegimenProblem("name", Message(N_("Give the medicine a name."))))
    elif len(regimen.name) > NAME_CHARS:
        problems.append(
            RegimenProblem(
                "name", Message(N_("Use a name of at most {n} characters."), {"n": NAME_CHARS})
            )
        )
    if len(regimen.route) > ROUTE_CHARS:
        problems.append(
            RegimenProblem(
                "route", Message(N_("Use a route of at most {n} characters."), {"n": ROUTE_CHARS})
            )
        )
    problems.extend(_change_problems(regimen.changes))
    return problems


def _change_problems(changes: Iterable[RegimenChange]) -> list[RegimenProblem]:
    problems: list[RegimenProblem] = []
    seen: set[date] = set()
    ordered = sorted(changes, key=lambda c: c.day)
    if not ordered:
        return [RegimenProblem("start", Message(N_("Say when the medicine was started.")))]
    first = ordered[0]
    if first.kind is not ChangeKind.START:
        before = (
            N_("The stop on {date} comes before the start.")
            if first.kind is ChangeKind.STOP
            else N_("The dose change on {date} comes before the start.")
        )
        problems.append(RegimenProblem("start", Message(before, {"date": first.day.isoformat()})))
    taking = False
    for change in ordered:
        when = {"date": change.day.isoformat()}
        if change.day in seen:
            problems.append(
                RegimenProblem(
                    "day", Message(N_("There is already a change on {date}: one per day."), when)
                )
            )
            continue
        seen.add(change.day)
        if change.kind is not ChangeKind.STOP and not change.dose.strip():
            problems.append(
                RegimenProblem(
                    "dose",
                    Message(N_("Say the dose from {date}, such as “1 pump” or “100 mg”."), when),
                )
            )
        elif len(change.dose) > DOSE_CHARS:
            problems.append(
                RegimenProblem(
                    "dose", Message(N_("Use a dose of at most {n} characters."), {"n": DOSE_CHARS})
                )
            )
        if change.kind is ChangeKind.START and taking:
            problems.append(
                RegimenProblem(
                    "start",
                    Message(
                        N_("On {date} it is already being taken: stop it before a new start."), when
                    ),
                )
            )
        if change.kind is not ChangeKind.START and not taking and change is not first:
            problems.append(
                RegimenProblem(
                    "day",
                    Message(
                        N_("On {date} it is not being taken: start it before changing it."), when
                    ),
                )
            )
        taking = change.kind is not ChangeKind.STOP
    return problems
