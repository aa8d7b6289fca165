"""The screening checklist and testing decision aid: what the Checklist page and the CLI share.

Evaluation is the domain's (:mod:`gutsleep.domain.screening.evaluate`); this adds the
history of saved runs and the journal hints, which need the stored journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.evaluate import (
    Change,
    ScreeningResult,
    TestingAdvice,
    compare,
    evaluate_checklist,
    evaluate_testing,
)
from gutsleep.domain.screening.hints import Hint, journal_hints
from gutsleep.domain.screening.questions import Answer
from gutsleep.storage.features.checklist_repo import ChecklistRepository
from gutsleep.storage.journal.repository import JournalRepository

#: How far back the journal hints look, in days (today included).
HINT_WINDOW_DAYS = 30


class EmptyChecklistError(ValueError):
    """A checklist with no answer at all is not worth keeping."""


class ChecklistService:
    def __init__(self, repository: ChecklistRepository, journal: JournalRepository):
        self.repository = repository
        self.journal = journal

    # evaluation ---------------------------------------------------------
    @staticmethod
    def evaluate(answers: Mapping[str, Answer]) -> ScreeningResult:
        return evaluate_checklist(answers)

    @staticmethod
    def evaluate_testing(answers: Mapping[str, Answer]) -> TestingAdvice:
        return evaluate_testing(answers)

    @staticmethod
    def compare(earlier: ChecklistRecord, later: ChecklistRecord) -> list[Change]:
        return compare(earlier.answers, later.answers)

    # history ------------------------------------------------------------
    def save(self, answers: Mapping[str, Answer], taken_on: date) -> ChecklistRecord:
        """Store a new run taken on ``taken_on``; refuses a run with no answers."""
        if not answers:
            raise EmptyChecklistError("no answers to save")
        run_id = self.repository.save(taken_on, answers)
        return ChecklistRecord(run_id, taken_on, dict(answers))

    def edit(self, run_id: int, answers: Mapping[str, Answer]) -> ChecklistRecord:
        """Replace the answers of an earlier run; its date stays what it was.

        Raises storage.features.checklist_repo.UnknownRunError if the run is gone.
        """
        if not answers:
            raise EmptyChecklistError("no answers to save")
        self.repository.update(run_id, answers)
        record = self.repository.get(run_id)
        assert record is not None
        return record

    def delete(self, run_id: int) -> bool:
        return self.repository.delete(run_id)

    def get(self, run_id: int) -> ChecklistRecord | None:
        return self.repository.get(run_id)

    def history(self) -> list[ChecklistRecord]:
        """Every saved run, newest first."""
        return self.repository.history()

    def latest(self) -> ChecklistRecord | None:
        return self.repository.latest()

    # the draft ----------------------------------------------------------
    def keep_draft(self, answers: Mapping[str, Answer], run_id: int | None) -> None:
        """Keep answers not saved yet, so closing the app loses none of them."""
        if answers:
            self.repository.keep_draft(answers, run_id)
        else:
            self.repository.drop_draft()

    def draft(self) -> tuple[dict[str, Answer], ChecklistRecord | None] | None:
        """The kept answers and the saved run they change (None: a new checklist)."""
        kept = self.repository.draft()
        if kept is None:
            return None
        answers, run_id = kept
        return answers, (self.repository.get(run_id) if run_id is not None else None)

    def drop_draft(self) -> None:
        self.repository.drop_draft()

    def has_runs(self) -> bool:
        return self.repository.count() > 0

    # journal hints -------------------------------------------------------
    def hints(self, today: date) -> dict[str, Hint]:
        """What the last 30 days of the journal show for the signs, keyed by sign."""
        first = today - timedelta(days=HINT_WINDOW_DAYS - 1)
        entries = self.journal.between(first, today)
        return journal_hints(entries, today, HINT_WINDOW_DAYS)
