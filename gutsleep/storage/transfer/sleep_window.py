"""The sleep-window planner's tables as export sections, like every other feature's.

Two item sections (see :mod:`gutsleep.storage.transfer.items`): the safety
screen's answers, keyed by ``question``, and the accepted weekly windows,
keyed by ``week_start``. Not day-based, so exported whole whatever the date
range; importing the same file twice changes nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gutsleep.domain.sleep_window import Question
from gutsleep.storage.models import SleepWindowAnswer, SleepWindowRow
from gutsleep.storage.transfer.items import Cell, Field, ItemSpec, Table

SCREEN = ItemSpec(
    Table(
        "sleep_window_screen.csv",
        (
            Field("question", Cell.TEXT, choices=tuple(q.value for q in Question)),
            Field("answer", Cell.BOOL),
            Field("answered_on", Cell.DATE),
        ),
    ),
    key=("question",),
)

WINDOWS = ItemSpec(
    Table(
        "sleep_windows.csv",
        (
            Field("week_start", Cell.DATE),
            Field("bedtime", Cell.TIME),
            Field("rising", Cell.TIME),
            Field("time_in_bed_min", Cell.INT, minimum=0),
            Field("proposed_min", Cell.INT, nullable=True, minimum=0),
            Field("nights", Cell.INT, minimum=0),
            Field("mean_tst_min", Cell.NUMBER, nullable=True, minimum=0),
            Field("mean_se_pct", Cell.NUMBER, nullable=True, minimum=0),
            Field("adjusted", Cell.BOOL),
            Field("created_at", Cell.DATETIME),
        ),
    ),
    key=("week_start",),
)

_WINDOW_FIELDS = tuple(f.name for f in WINDOWS.table.fields)


def screen_records(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(SleepWindowAnswer).order_by(SleepWindowAnswer.question))
    return [
        {"question": r.question, "answer": bool(r.answer), "answered_on": r.answered_on}
        for r in rows
    ]


def insert_screen_record(session: Session, record: dict[str, Any]) -> None:
    session.add(SleepWindowAnswer(**record))


def delete_screen_record(session: Session, question: str) -> None:
    session.execute(delete(SleepWindowAnswer).where(SleepWindowAnswer.question == question))


def window_records(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(SleepWindowRow).order_by(SleepWindowRow.week_start))
    return [
        {
            **{name: getattr(r, name) for name in _WINDOW_FIELDS},
            "adjusted": bool(r.adjusted),
            "mean_tst_min": None if r.mean_tst_min is None else float(r.mean_tst_min),
            "mean_se_pct": None if r.mean_se_pct is None else float(r.mean_se_pct),
        }
        for r in rows
    ]


def insert_window_record(session: Session, record: dict[str, Any]) -> None:
    session.add(SleepWindowRow(**{name: record[name] for name in _WINDOW_FIELDS}))


def delete_window_record(session: Session, week_start: Any) -> None:
    session.execute(delete(SleepWindowRow).where(SleepWindowRow.week_start == week_start))
