"""Regimens (hormone therapy, medicines, supplements) and their dated changes; their only SQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from gutsleep.domain.regimens import ChangeKind, Regimen, RegimenChange, RegimenKind
from gutsleep.storage.file.database import Database
from gutsleep.storage.models import RegimenChangeRow, RegimenRow


def _regimen(row: RegimenRow) -> Regimen:
    return Regimen(
        name=row.name,
        kind=RegimenKind(row.kind),
        route=row.route,
        changes=tuple(RegimenChange(c.day, ChangeKind(c.change), c.dose) for c in row.changes),
        id=row.id,
    )


def _change_rows(regimen: Regimen) -> list[RegimenChangeRow]:
    return [
        RegimenChangeRow(day=c.day, change=c.kind.value, dose=c.dose) for c in regimen.ordered()
    ]


class RegimenNotFound(LookupError):
    """The regimen was deleted meanwhile (another window, an import)."""


class RegimensRepository:
    """Stores whole regimens; the domain checks them first. One transaction per call."""

    def __init__(self, database: Database):
        self._db = database

    def regimens(self) -> list[Regimen]:
        """Every regimen, in the order they were added."""
        query = (
            select(RegimenRow)
            .options(selectinload(RegimenRow.changes))
            .order_by(RegimenRow.created_at, RegimenRow.id)
        )
        with self._db.session(write=False) as session:
            return [_regimen(row) for row in session.scalars(query)]

    def add(self, regimen: Regimen) -> Regimen:
        """Store a new regimen; returns it with its id."""
        with self._db.session() as session:
            row = RegimenRow(
                name=regimen.name,
                kind=regimen.kind.value,
                route=regimen.route,
                created_at=datetime.now().replace(microsecond=0),
            )
            row.changes = _change_rows(regimen)
            session.add(row)
            session.flush()
            return _regimen(row)

    def replace(self, regimen: Regimen) -> Regimen:
        """Store ``regimen``'s name, kind, route and changes over the stored one with its id."""
        with self._db.session() as session:
            row = session.get(RegimenRow, regimen.id)
            if row is None:
                raise RegimenNotFound(regimen.id)
            row.name = regimen.name
            row.kind = regimen.kind.value
            row.route = regimen.route
            row.changes.clear()
            session.flush()  # the old changes go before the new ones meet the unique day
            row.changes = _change_rows(regimen)
            session.flush()
            return _regimen(row)

    def delete(self, regimen_id: int) -> None:
        with self._db.session() as session:
            session.execute(
                delete(RegimenChangeRow).where(RegimenChangeRow.regimen_id == regimen_id)
            )
            session.execute(delete(RegimenRow).where(RegimenRow.id == regimen_id))


# export and import (storage.transfer.regimens) ----------------------------------


def regimen_records(session: Session) -> list[dict[str, Any]]:
    """Every regimen with its changes, oldest first, as export items."""
    query = (
        select(RegimenRow)
        .options(selectinload(RegimenRow.changes))
        .order_by(RegimenRow.created_at, RegimenRow.id)
    )
    return [
        {
            "name": row.name,
            "kind": row.kind,
            "route": row.route,
            "created_at": row.created_at,
            "changes": [{"day": c.day, "change": c.change, "dose": c.dose} for c in row.changes],
        }
        for row in session.scalars(query)
    ]


def insert_regimen_record(session: Session, record: dict[str, Any]) -> None:
    row = RegimenRow(
        name=record["name"],
        kind=record["kind"],
        route=record["route"],
        created_at=record["created_at"],
    )
    row.changes = [
        RegimenChangeRow(day=c["day"], change=c["change"], dose=c["dose"])
        for c in record["changes"]
    ]
    session.add(row)


def delete_regimen_record(session: Session, name: str, created_at: datetime) -> None:
    """Remove the regimen(s) with this key, with their changes."""
    ids = select(RegimenRow.id).where(RegimenRow.name == name, RegimenRow.created_at == created_at)
    session.execute(
        delete(RegimenChangeRow).where(RegimenChangeRow.regimen_id.in_(ids)),
        execution_options={"synchronize_session": False},
    )
    session.execute(
        delete(RegimenRow).where(RegimenRow.name == name, RegimenRow.created_at == created_at),
        execution_options={"synchronize_session": False},
    )
