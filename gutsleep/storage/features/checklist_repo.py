"""Checklist runs in and out of the database; the only place for checklist SQL.

A run is one ``checklist_run`` row with one ``checklist_answer`` row per
answered question. Unanswered questions have no row, so a run read back has
exactly the answers that were saved. Stored values that are not a known
answer are dropped on reading (see :func:`parse_answers`) rather than hiding
the rest of the run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.screening.questions import Answer, parse_answers
from gutsleep.storage.file.database import Database
from gutsleep.storage.models import ChecklistAnswer, ChecklistDraft, ChecklistRun

__all__ = ["ChecklistRecord", "ChecklistRepository", "UnknownRunError"]


class UnknownRunError(LookupError):
    """No checklist run has this id (it was deleted, or never existed)."""


def _to_record(row: ChecklistRun) -> ChecklistRecord:
    raw = {a.question: a.answer for a in row.answers}
    return ChecklistRecord(id=row.id, taken_on=row.taken_on, answers=parse_answers(raw))


def _answer_rows(answers: Mapping[str, Answer]) -> list[ChecklistAnswer]:
    return [
        ChecklistAnswer(question=key, answer=Answer(value).value)
        for key, value in sorted(answers.items())
    ]


class ChecklistRepository:
    """Saves, edits, deletes and lists checklist runs; each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    def save(self, taken_on: date, answers: Mapping[str, Answer]) -> int:
        """Store a new run and return its id."""
        now = datetime.now()
        with self._db.session() as session:
            row = ChecklistRun(taken_on=taken_on, created_at=now, updated_at=now)
            row.answers = _answer_rows(answers)
            session.add(row)
            session.flush()
            return row.id

    def update(
        self, run_id: int, answers: Mapping[str, Answer], taken_on: date | None = None
    ) -> None:
        """Replace the answers of run ``run_id`` (and its date, if given)."""
        with self._db.session() as session:
            row = session.get(ChecklistRun, run_id, options=[selectinload(ChecklistRun.answers)])
            if row is None:
                raise UnknownRunError(run_id)
            row.answers = []
            session.flush()  # the unique (run, question) rows go before new ones arrive
            row.answers = _answer_rows(answers)
            if taken_on is not None:
                row.taken_on = taken_on
            row.updated_at = datetime.now()

    def delete(self, run_id: int) -> bool:
        """Remove run ``run_id`` with its answers; False when there was no such run."""
        with self._db.session() as session:
            result = session.execute(delete(ChecklistRun).where(ChecklistRun.id == run_id))
            return bool(getattr(result, "rowcount", 0))

    def get(self, run_id: int) -> ChecklistRecord | None:
        with self._db.session(write=False) as session:
            row = session.get(ChecklistRun, run_id, options=[selectinload(ChecklistRun.answers)])
            return _to_record(row) if row is not None else None

    def history(self) -> list[ChecklistRecord]:
        """Every run, newest first (by date, then by the order they were saved)."""
        query = (
            select(ChecklistRun)
            .options(selectinload(ChecklistRun.answers))
            .order_by(ChecklistRun.taken_on.desc(), ChecklistRun.id.desc())
        )
        with self._db.session(write=False) as session:
            return [_to_record(row) for row in session.scalars(query)]

    def latest(self) -> ChecklistRecord | None:
        query = (
            select(ChecklistRun)
            .options(selectinload(ChecklistRun.answers))
            .order_by(ChecklistRun.taken_on.desc(), ChecklistRun.id.desc())
            .limit(1)
        )
        with self._db.session(write=False) as session:
            row = session.scalars(query).one_or_none()
            return _to_record(row) if row is not None else None

    # the draft: answers given but not saved yet ---------------------------
    def keep_draft(self, answers: Mapping[str, Answer], run_id: int | None) -> None:
        """Keep the form's unsaved answers (for run ``run_id``, or a new run)."""
        text = json.dumps({key: Answer(value).value for key, value in sorted(answers.items())})
        with self._db.session() as session:
            row = session.get(ChecklistDraft, 1)
            if row is None:
                row = ChecklistDraft(id=1)
                session.add(row)
            row.run_id = run_id
            row.answers = text
            row.updated_at = datetime.now()

    def draft(self) -> tuple[dict[str, Answer], int | None] | None:
        """The unsaved answers and the run they belong to, if any were kept.

        Answers that are not known ones are dropped; a draft for a run that has
        been deleted since becomes a draft for a new run.
        """
        with self._db.session(write=False) as session:
            row = session.get(ChecklistDraft, 1)
            if row is None:
                return None
            try:
                raw = json.loads(row.answers)
            except ValueError:
                raw = {}
            answers = parse_answers(raw if isinstance(raw, dict) else {})
            run_id = row.run_id
            if run_id is not None and session.get(ChecklistRun, run_id) is None:
                run_id = None
            return answers, run_id

    def drop_draft(self) -> None:
        with self._db.session() as session:
            session.execute(delete(ChecklistDraft))

    def count(self) -> int:
        with self._db.session(write=False) as session:
            return int(session.scalar(select(func.count(ChecklistRun.id))) or 0)


# export and import ------------------------------------------------------------------
# Whole runs as plain records for storage.transfer, inside its transaction. Answers
# travel as stored, so a value this version can't read is not lost on the way.


def run_records(session: Session) -> list[dict[str, Any]]:
    """Every run with its answers (by question), oldest first."""
    query = (
        select(ChecklistRun)
        .options(selectinload(ChecklistRun.answers))
        .order_by(ChecklistRun.created_at, ChecklistRun.id)
    )
    return [
        {
            "taken_on": row.taken_on,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "answers": [{"question": a.question, "answer": a.answer} for a in row.answers],
        }
        for row in session.scalars(query)
    ]


def insert_run_record(session: Session, record: dict[str, Any]) -> None:
    row = ChecklistRun(
        taken_on=record["taken_on"],
        created_at=record["created_at"],
        updated_at=record["updated_at"],
    )
    row.answers = [
        ChecklistAnswer(question=a["question"], answer=a["answer"]) for a in record["answers"]
    ]
    session.add(row)


def delete_run_record(session: Session, created_at: datetime) -> None:
    """Remove the run(s) created at ``created_at``, with their answers."""
    session.execute(
        delete(ChecklistRun).where(ChecklistRun.created_at == created_at),
        execution_options={"synchronize_session": False},
    )


def draft_records(session: Session) -> list[dict[str, Any]]:
    """The unsaved checklist form (at most one item), for the export.

    Which saved run it changes is not carried: run ids are this journal's own,
    so an imported draft is a draft for a new checklist.
    """
    row = session.get(ChecklistDraft, 1)
    if row is None:
        return []
    return [{"answers": row.answers, "updated_at": row.updated_at}]


def insert_draft_record(session: Session, record: dict[str, Any]) -> None:
    """An imported draft replaces this journal's (there is only ever one)."""
    session.execute(delete(ChecklistDraft))
    session.add(
        ChecklistDraft(
            id=1, run_id=None, answers=record["answers"], updated_at=record["updated_at"]
        )
    )


def delete_draft_record(session: Session) -> None:
    session.execute(delete(ChecklistDraft))
