"""Self-experiments in and out of the database; the only place for experiment SQL.

An experiment is one ``experiment`` row with its pauses as ``experiment_pause``
rows; its calendar is never stored, the domain computes it from these fields
(:func:`gutsleep.domain.experiments.schedule`). The daily "did you do it?"
answers are ``experiment_checkin`` rows, one per experiment and day; "not
answered" is no row at all, so clearing an answer deletes its row.

The design fields of revision 0005 (``washout_days``, ``phase_order``,
``randomised``, ``seed``, ``smallest_change``, ``plan_changes``) default to
what older experiments were: no washout, AB in every pair, not randomised,
the outcome's default smallest change, no changes of plan. ``plan_changes``
is stored as JSON: a list of [ISO day, text] pairs.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from gutsleep.domain.experiments import Design, Experiment, schedule
from gutsleep.storage.file.database import Database
from gutsleep.storage.models import ExperimentCheckin, ExperimentPause, ExperimentRow

__all__ = ["ExperimentsRepository", "UnknownExperimentError"]


class UnknownExperimentError(LookupError):
    """No experiment has this id (it was deleted, or never existed)."""


def _to_experiment(row: ExperimentRow) -> Experiment:
    return Experiment(
        title=row.title,
        template=row.template,
        outcome=row.outcome,
        start=row.start,
        design=Design(row.design),
        phase_days=row.phase_days,
        change=row.change,
        strain=row.strain,
        cfu=row.cfu,
        blocks=row.blocks,
        pauses=tuple((p.start, p.end) for p in row.pauses),
        ended_on=row.ended_on,
        ended_early=row.ended_early,
        created=row.created_at,
        id=row.id,
        washout_days=row.washout_days or 0,
        order=row.phase_order or "",
        randomised=bool(row.randomised),
        seed=row.seed,
        smallest_change=row.smallest_change,
        plan_changes=read_plan_changes(row.plan_changes),
    )


def read_plan_changes(text: str | None) -> tuple[tuple[date, str], ...]:
    """The stored JSON list of ``[day, note]`` pairs; ValueError when it is not one."""
    if not text:
        return ()
    try:
        pairs = json.loads(text)
        changes = tuple((date.fromisoformat(day), note) for day, note in pairs)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError("not a list of [day, note] pairs") from exc
    if not all(isinstance(note, str) for _day, note in changes):
        raise ValueError("not a list of [day, note] pairs")
    return changes


def _write_plan_changes(changes: tuple[tuple[date, str], ...]) -> str:
    return json.dumps([[day.isoformat(), note] for day, note in changes]) if changes else ""


def _fill(row: ExperimentRow, exp: Experiment) -> None:
    row.title = exp.title
    row.template = exp.template
    row.outcome = exp.outcome
    row.start = exp.start
    row.design = exp.design.value
    row.phase_days = exp.phase_days
    row.change = exp.change
    row.strain = exp.strain
    row.cfu = exp.cfu
    row.blocks = exp.blocks
    row.ended_on = exp.ended_on
    row.ended_early = exp.ended_early
    row.washout_days = exp.washout_days
    row.phase_order = exp.order
    row.randomised = exp.randomised
    row.seed = exp.seed
    row.smallest_change = exp.smallest_change
    row.plan_changes = _write_plan_changes(exp.plan_changes)
    row.pauses = [ExperimentPause(start=first, end=last) for first, last in exp.pauses]


class ExperimentsRepository:
    """Saves, reads, lists and deletes experiments and their check-ins.

    Each call is one transaction. Rules about what may be stored live in the
    domain (:func:`~gutsleep.domain.experiments.validate_experiment`); the
    service checks them before calling :meth:`save`.
    """

    def __init__(self, database: Database):
        self._db = database

    # experiments ----------------------------------------------------------
    def save(self, exp: Experiment) -> Experiment:
        """Insert ``exp`` (id None) or replace the stored one; returns it as stored.

        Pauses are replaced as a whole; check-ins are kept. Raises
        :class:`UnknownExperimentError` when ``exp.id`` names no experiment.
        """
        with self._db.session() as session:
            if exp.id is None:
                row = ExperimentRow(created_at=exp.created or datetime.now().replace(microsecond=0))
                session.add(row)
            else:
                found = session.get(
                    ExperimentRow, exp.id, options=[selectinload(ExperimentRow.pauses)]
                )
                if found is None:
                    raise UnknownExperimentError(exp.id)
                row = found
                row.pauses = []
                session.flush()  # old pauses go before the new ones arrive
            _fill(row, exp)
            session.flush()
            return _to_experiment(row)

    def get(self, experiment_id: int) -> Experiment | None:
        with self._db.session(write=False) as session:
            row = session.get(
                ExperimentRow, experiment_id, options=[selectinload(ExperimentRow.pauses)]
            )
            return _to_experiment(row) if row is not None else None

    def history(self) -> list[Experiment]:
        """Every experiment, newest first (by start date, then the order they were saved)."""
        query = (
            select(ExperimentRow)
            .options(selectinload(ExperimentRow.pauses))
            .order_by(ExperimentRow.start.desc(), ExperimentRow.id.desc())
        )
        with self._db.session(write=False) as session:
            return [_to_experiment(row) for row in session.scalars(query)]

    def delete(self, experiment_id: int) -> bool:
        """Remove an experiment with its pauses and check-ins; False when there was none."""
        with self._db.session() as session:
            result = session.execute(delete(ExperimentRow).where(ExperimentRow.id == experiment_id))
            return bool(getattr(result, "rowcount", 0))

    def active_on(self, day: date) -> list[Experiment]:
        """Experiments with ``day`` in their calendar (not paused, not ended), newest first."""
        query = (
            select(ExperimentRow)
            .options(selectinload(ExperimentRow.pauses))
            .where(ExperimentRow.start <= day)
            .where((ExperimentRow.ended_on.is_(None)) | (ExperimentRow.ended_on >= day))
            .order_by(ExperimentRow.start.desc(), ExperimentRow.id.desc())
        )
        with self._db.session(write=False) as session:
            candidates = [_to_experiment(row) for row in session.scalars(query)]
        return [exp for exp in candidates if any(d == day for d, _ in schedule(exp))]

    # check-ins --------------------------------------------------------------
    def set_checkin(self, experiment_id: int, day: date, done: bool | None) -> None:
        """Record whether the change was done on ``day``; None clears the answer."""
        with self._db.session() as session:
            if session.get(ExperimentRow, experiment_id) is None:
                raise UnknownExperimentError(experiment_id)
            row = session.scalars(
                select(ExperimentCheckin).where(
                    ExperimentCheckin.experiment_id == experiment_id,
                    ExperimentCheckin.day == day,
                )
            ).one_or_none()
            if done is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                session.add(ExperimentCheckin(experiment_id=experiment_id, day=day, done=done))
            else:
                row.done = done

    def checkins(self, experiment_id: int) -> dict[date, bool]:
        """Every answer of one experiment, by day (unanswered days are absent)."""
        query = (
            select(ExperimentCheckin.day, ExperimentCheckin.done)
            .where(ExperimentCheckin.experiment_id == experiment_id)
            .order_by(ExperimentCheckin.day)
        )
        with self._db.session(write=False) as session:
            return {day: bool(done) for day, done in session.execute(query)}


# export and import ------------------------------------------------------------------
# Whole experiments as plain records for storage.transfer, inside its transaction.


def experiment_records(session: Session) -> list[dict[str, Any]]:
    """Every experiment with its pauses and check-ins, oldest first."""
    query = (
        select(ExperimentRow)
        .options(selectinload(ExperimentRow.pauses), selectinload(ExperimentRow.checkins))
        .order_by(ExperimentRow.created_at, ExperimentRow.id)
    )
    return [
        {
            **{name: getattr(row, name) for name in _RECORD_FIELDS},
            "pauses": [{"start": p.start, "end": p.end} for p in row.pauses],
            "checkins": [{"day": c.day, "done": bool(c.done)} for c in row.checkins],
        }
        for row in session.scalars(query)
    ]


def insert_experiment_record(session: Session, record: dict[str, Any]) -> None:
    row = ExperimentRow(**{name: record[name] for name in _RECORD_FIELDS})
    row.pauses = [ExperimentPause(start=p["start"], end=p["end"]) for p in record["pauses"]]
    row.checkins = [ExperimentCheckin(day=c["day"], done=c["done"]) for c in record["checkins"]]
    session.add(row)


def delete_experiment_record(session: Session, created_at: datetime, template: str) -> None:
    """Remove the experiment(s) with this key, with their pauses and check-ins."""
    session.execute(
        delete(ExperimentRow).where(
            ExperimentRow.created_at == created_at, ExperimentRow.template == template
        ),
        execution_options={"synchronize_session": False},
    )


_RECORD_FIELDS = (
    "title",
    "template",
    "change",
    "strain",
    "cfu",
    "outcome",
    "design",
    "phase_days",
    "start",
    "blocks",
    "ended_on",
    "ended_early",
    "created_at",
    "washout_days",
    "phase_order",
    "randomised",
    "seed",
    "smallest_change",
    "plan_changes",
)
