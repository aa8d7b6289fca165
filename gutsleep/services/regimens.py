"""Regimens: what the Journal's ticks, the regimens dialog, Trends and the report share.

The rules (dose on a day, events, validation) are the domain's
(:mod:`gutsleep.domain.regimens`); every write is checked there first and
refused with its sentences, so nothing invalid is stored.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gutsleep.domain.journal import Intake
from gutsleep.domain.regimens import (
    ChangeKind,
    Regimen,
    RegimenChange,
    RegimenEvent,
    RegimenKind,
    RegimenProblem,
    events,
    validate_regimen,
)
from gutsleep.storage.features.regimens_repo import RegimensRepository


class RegimenRefused(ValueError):
    """The change would make the regimen invalid; ``problems`` says why, in sentences."""

    def __init__(self, problems: list[RegimenProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p.message) for p in problems))


class RegimensService:
    def __init__(self, repository: RegimensRepository):
        self.repository = repository

    def regimens(self) -> list[Regimen]:
        return self.repository.regimens()

    def add(self, name: str, kind: RegimenKind, start: date, dose: str, route: str = "") -> Regimen:
        regimen = Regimen(
            name.strip(),
            kind,
            route.strip(),
            (RegimenChange(start, ChangeKind.START, dose.strip()),),
        )
        _check(regimen)
        return self.repository.add(regimen)

    def change_dose(self, regimen: Regimen, day: date, dose: str) -> Regimen:
        return self._with(regimen, RegimenChange(day, ChangeKind.DOSE, dose.strip()))

    def stop(self, regimen: Regimen, day: date) -> Regimen:
        return self._with(regimen, RegimenChange(day, ChangeKind.STOP))

    def restart(self, regimen: Regimen, day: date, dose: str) -> Regimen:
        return self._with(regimen, RegimenChange(day, ChangeKind.START, dose.strip()))

    def remove_change(self, regimen: Regimen, day: date) -> Regimen:
        """Undo one dated change (a mistyped dose); the rest must still make sense."""
        changed = replace(regimen, changes=tuple(c for c in regimen.changes if c.day != day))
        _check(changed)
        return self.repository.replace(changed)

    def delete(self, regimen: Regimen) -> None:
        """Delete the regimen and its history; the UI asks first. Day rows stay as they are."""
        assert regimen.id is not None
        self.repository.delete(regimen.id)

    def events(self, first: date | None = None, last: date | None = None) -> list[RegimenEvent]:
        """Every change in [first, last] (either may be open), in date order."""
        return [
            e
            for e in events(self.regimens())
            if (first is None or e.day >= first) and (last is None or e.day <= last)
        ]

    def active_on(self, day: date) -> list[Regimen]:
        return [r for r in self.regimens() if r.active_on(day)]

    def intakes_on(self, day: date) -> list[tuple[Regimen, Intake]]:
        """Each regimen taken on ``day`` with the intake row it stands for."""
        found = []
        for regimen in self.regimens():
            intake = regimen.intake(day)
            if intake is not None:
                found.append((regimen, intake))
        return found

    def _with(self, regimen: Regimen, change: RegimenChange) -> Regimen:
        changed = replace(regimen, changes=(*regimen.changes, change))
        _check(changed)
        return self.repository.replace(changed)


def _check(regimen: Regimen) -> None:
    problems = validate_regimen(regimen)
    if problems:
        raise RegimenRefused(problems)
