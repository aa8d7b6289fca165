"""Regimens as an export section: each with its dated changes, checked by the domain's rules.

Keyed by name and the moment it was added, never by a database id, so
importing the same file twice changes nothing. Not day-based: exported whole
whatever the date range. An older export without the section imports as before.
"""

from __future__ import annotations

from typing import Any

from gutsleep.domain.regimens import (
    DOSE_CHARS,
    NAME_CHARS,
    ROUTE_CHARS,
    ChangeKind,
    Regimen,
    RegimenChange,
    RegimenKind,
    validate_regimen,
)
from gutsleep.domain.text import N_, Message
from gutsleep.storage.transfer.items import Cell, Field, ItemSpec, Table, check_items, decode

REGIMENS = ItemSpec(
    Table(
        "regimens.csv",
        (
            Field("name", Cell.TEXT, max_chars=NAME_CHARS),
            Field("kind", Cell.TEXT, choices=tuple(k.value for k in RegimenKind)),
            Field("route", Cell.TEXT, max_chars=ROUTE_CHARS),
            Field("created_at", Cell.DATETIME),
        ),
    ),
    key=("name", "created_at"),
    children={
        "changes": Table(
            "regimen_changes.csv",
            (
                Field("day", Cell.DATE),
                Field("change", Cell.TEXT, choices=tuple(k.value for k in ChangeKind)),
                Field("dose", Cell.TEXT, max_chars=DOSE_CHARS),
            ),
            unique=("day",),
        )
    },
)


def regimen_problems(data: Any) -> list[Message]:
    """The domain's rules too, so a file can't store a regimen the app would refuse."""
    problems = check_items(REGIMENS, data)
    if problems:
        return problems
    for number, record in enumerate(decode(REGIMENS, data), start=1):
        regimen = Regimen(
            name=record["name"],
            kind=RegimenKind(record["kind"]),
            route=record["route"],
            changes=tuple(
                RegimenChange(c["day"], ChangeKind(c["change"]), c["dose"])
                for c in record["changes"]
            ),
        )
        problems.extend(
            Message(
                N_("{where}, field “{field}”: {problem}"),
                {
                    "where": Message(N_("item {number}"), {"number": number}),
                    "field": p.field,
                    "problem": p.message,
                },
            )
            for p in validate_regimen(regimen)
        )
    return problems
