"""The sleep-window planner's tables as an export section ("sleep_window").

Not day-based, so exported whole whatever the date range. Rows are keyed by
their natural keys: a screen answer by ``question``, a window by
``week_start``. On import a row already present is kept (policies skip and
fail) or replaced (overwrite); importing the same file twice changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gutsleep.domain.sleep_window import Question
from gutsleep.storage.models import SleepWindowAnswer, SleepWindowRow
from gutsleep.storage.transfer.sections import ConflictPolicy, Section, register_section

NAME = "sleep_window"
_QUESTIONS = {q.value for q in Question}
_WINDOW_INTS = ("time_in_bed_min", "nights")
_WINDOW_OPTIONAL_NUMBERS = ("proposed_min", "mean_tst_min", "mean_se_pct")


def export_sleep_window(session: Session, first: date | None, last: date | None) -> Any:
    """The current screen and every window; None when the planner was never used."""
    answers = session.scalars(select(SleepWindowAnswer).order_by(SleepWindowAnswer.question))
    windows = session.scalars(select(SleepWindowRow).order_by(SleepWindowRow.week_start))
    screen = [
        {"question": a.question, "answer": a.answer, "answered_on": a.answered_on.isoformat()}
        for a in answers
    ]
    weeks = [
        {
            "week_start": w.week_start.isoformat(),
            "bedtime": w.bedtime.strftime("%H:%M"),
            "rising": w.rising.strftime("%H:%M"),
            "time_in_bed_min": w.time_in_bed_min,
            "proposed_min": w.proposed_min,
            "nights": w.nights,
            "mean_tst_min": w.mean_tst_min,
            "mean_se_pct": w.mean_se_pct,
            "adjusted": w.adjusted,
        }
        for w in windows
    ]
    if not screen and not weeks:
        return None
    return {"screen": screen, "windows": weeks}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _date_problem(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return True
    return False


def _time_problem(value: Any) -> bool:
    try:
        time.fromisoformat(value)
    except (TypeError, ValueError):
        return True
    return False


def check_sleep_window(data: Any) -> list[str]:
    """Every problem with the section's data, before anything is written."""
    if not isinstance(data, dict) or set(data) != {"screen", "windows"}:
        return ["the section must hold exactly 'screen' and 'windows'"]
    problems: list[str] = []
    screen, windows = data["screen"], data["windows"]
    if not isinstance(screen, list) or not isinstance(windows, list):
        return ["'screen' and 'windows' must be lists"]
    for i, row in enumerate(screen, start=1):
        if (
            not isinstance(row, dict)
            or set(row) != {"question", "answer", "answered_on"}
            or row["question"] not in _QUESTIONS
            or not isinstance(row["answer"], bool)
            or _date_problem(row["answered_on"])
        ):
            problems.append(f"screen answer {i} is not a known question with yes/no and a date")
    for i, row in enumerate(windows, start=1):
        ok = (
            isinstance(row, dict)
            and set(row)
            == {"week_start", "bedtime", "rising", "adjusted", *_WINDOW_INTS}
            | set(_WINDOW_OPTIONAL_NUMBERS)
            and not _date_problem(row["week_start"])
            and not _time_problem(row["bedtime"])
            and not _time_problem(row["rising"])
            and isinstance(row["adjusted"], bool)
            and all(
                isinstance(row[k], int) and not isinstance(row[k], bool) and 0 <= row[k] <= 1440
                for k in _WINDOW_INTS
            )
            and all(row[k] is None or _is_number(row[k]) for k in _WINDOW_OPTIONAL_NUMBERS)
        )
        if not ok:
            problems.append(f"window {i} is incomplete or has a wrong value")
    return problems


def import_sleep_window(session: Session, data: Any, policy: ConflictPolicy) -> int:
    """Add the rows not present (replace differing ones under overwrite); the count written."""
    written = 0
    answers = {a.question: a for a in session.scalars(select(SleepWindowAnswer))}
    for row in data["screen"]:
        values = {
            "answer": row["answer"],
            "answered_on": date.fromisoformat(row["answered_on"]),
        }
        current = answers.get(row["question"])
        if current is None:
            session.add(SleepWindowAnswer(question=row["question"], **values))
        elif policy is ConflictPolicy.OVERWRITE and (
            current.answer,
            current.answered_on,
        ) != tuple(values.values()):
            current.answer, current.answered_on = values["answer"], values["answered_on"]
        else:
            continue
        written += 1
    windows = {w.week_start: w for w in session.scalars(select(SleepWindowRow))}
    for row in data["windows"]:
        start = date.fromisoformat(row["week_start"])
        values = {
            "bedtime": time.fromisoformat(row["bedtime"]),
            "rising": time.fromisoformat(row["rising"]),
            **{k: row[k] for k in (*_WINDOW_INTS, *_WINDOW_OPTIONAL_NUMBERS, "adjusted")},
        }
        window = windows.get(start)
        if window is None:
            window = SleepWindowRow(week_start=start, created_at=datetime.now())
            session.add(window)
        elif policy is not ConflictPolicy.OVERWRITE or all(
            getattr(window, k) == v for k, v in values.items()
        ):
            continue
        for key, value in values.items():
            setattr(window, key, value)
        written += 1
    return written


SECTION = Section(
    NAME,
    export_sleep_window,
    import_sleep_window,
    check_sleep_window,
    "The sleep-window planner: the current safety screen and the accepted weekly windows.",
)


def register() -> None:
    """Join export and import (idempotent)."""
    register_section(SECTION)
