"""A saved checklist: the answers someone gave on one day.

The screening rules live in :mod:`gutsleep.domain.screening.evaluate`; this is only the
record the storage layer hands back, with the two evaluations at hand so the
UI and the CLI never re-derive them differently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from gutsleep.domain.screening.evaluate import (
    ScreeningResult,
    TestingAdvice,
    evaluate_checklist,
    evaluate_testing,
)
from gutsleep.domain.screening.questions import Answer

__all__ = ["ChecklistRecord"]


@dataclass(frozen=True)
class ChecklistRecord:
    """One stored checklist run; unanswered questions are absent from ``answers``."""

    id: int
    taken_on: date
    answers: dict[str, Answer] = field(default_factory=dict)

    def screening(self) -> ScreeningResult:
        return evaluate_checklist(self.answers)

    def testing(self) -> TestingAdvice:
        return evaluate_testing(self.answers)
