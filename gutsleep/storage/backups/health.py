"""Checking a journal's health: SQLite's own checks, every stored day validated, and
what the write-ahead log and the last close looked like when it was opened.

The check command and the File menu's check use it; it reads every day through
the app's own reads (storage.journal.queries), so it finds what a person would hit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import validate_day
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.engine import make_engine
from gutsleep.storage.file.schema import HEAD, FileState
from gutsleep.storage.journal import queries, search

log = logging.getLogger(__name__)

CHECKS: list[Callable[[Session], list[str]]] = []


@dataclass(frozen=True)
class CheckReport:
    """The outcome of :func:`check_database`: problems (none when sound) and a summary."""

    path: Path
    problems: tuple[Message, ...] = ()
    days_checked: int = 0
    notes: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self, translate: Callable[[str], str] | None = None) -> list[str]:
        """A readable report, one sentence a line."""
        if self.ok:
            head = Message(
                N_(
                    "The journal is sound: the file passed SQLite's checks and all {days} days "
                    "are valid."
                ),
                {"days": self.days_checked},
            )
        else:
            head = Message(N_("The journal has {count} problem(s):"), {"count": len(self.problems)})
        out = [head.render(translate)]
        out.extend(f"- {p.render(translate)}" for p in self.problems)
        out.extend(n.render(translate) for n in self.notes)
        return out


_MAX_REPORTED = 50


def check_database(database: Database) -> CheckReport:
    """integrity_check, foreign_key_check and every stored day through validate_day,
    then what the write-ahead log and the last close looked like when it was opened."""
    report = _check(database.path, database.engine)
    problems, notes = _opening_findings(database)
    if not any(p.template == _SCHEMA_PROBLEM for p in report.problems):
        index_problems, index_notes = _search_index(database)
        problems += index_problems
        notes += index_notes
    return CheckReport(
        report.path,
        report.problems + problems,
        report.days_checked,
        report.notes + notes,
    )


def _search_index(database: Database) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """Rebuild the search index if it is not exactly what the stored days make.

    The index is derived (storage.journal.search), so rebuilding it changes no
    entry; a rebuild that fails leaves search as it was and says so.
    """
    try:
        with database.reading() as connection:
            if search.in_step(connection):
                return (), ()
    except Exception:  # no index at all, or one SQLite can't read: rebuilt below
        log.warning("The search index could not be read; rebuilding it", exc_info=True)
    try:
        with database.session() as session:
            search.rebuild(session.connection())
    except Exception as exc:
        log.exception("Rebuilding the search index failed")
        return (
            Message(
                N_(
                    "The search index is out of step with the journal and could not be "
                    "rebuilt ({reason}): searching may miss days. The entries themselves are "
                    "not affected."
                ),
                {"reason": str(exc)},
            ),
        ), ()
    return (), (
        Message(
            N_(
                "The search index was out of step with the journal and has been rebuilt from "
                "the stored days; no entry was changed."
            )
        ),
    )


_WAL = "journal.sqlite3-wal"
_RESTORE_HINT = N_("If days are missing, restore a backup (File → Restore from backup…).")


def _opening_findings(database: Database) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """Problems and notes about the -wal and the last close, as found at open (storage.file.wal).

    SQLite drops the part of a -wal that doesn't check out without a word, and the
    file that results passes every check: only the open saw what was there.
    """
    found = database.opening
    if found.other_holder is not None:
        return (), (
            Message(
                N_(
                    "The journal was open in gutsleep (process {pid}) while this check ran, so "
                    "its write-ahead log and last close were not judged; check again after "
                    "closing it."
                ),
                {"pid": found.other_holder.pid},
            ),
        )
    problems: list[Message] = []
    notes: list[Message] = []
    state = found.wal
    if not state.header_ok:
        problems.append(
            Message(
                N_(
                    "The write-ahead log ({file}, {size} bytes) had no valid header when the "
                    "journal was opened, so SQLite ignored all of it: the changes saved in it "
                    "are not in the journal."
                ),
                {"file": _WAL, "size": state.size},
            )
        )
    if state.bad_frames or state.partial_bytes:
        problems.append(
            Message(
                N_(
                    "The write-ahead log ({file}) was cut short or damaged when the journal was "
                    "opened ({pages} page(s) failed their checksum, {bytes} byte(s) of a "
                    "page were cut off): the changes saved after its last complete one are "
                    "not in the journal."
                ),
                {"file": _WAL, "pages": state.bad_frames, "bytes": state.partial_bytes},
            )
        )
    if state.dropped_frames:
        problems.append(
            Message(
                N_(
                    "The write-ahead log ({file}) ended with {pages} page(s) of a save that never "
                    "finished: that save is not in the journal."
                ),
                {"file": _WAL, "pages": state.dropped_frames},
            )
        )
    if problems:
        problems.append(Message(_RESTORE_HINT))
    if not found.clean_close and database.inspection.state is not FileState.NEW:
        notes.append(
            Message(
                N_(
                    "The last session did not end with a clean close (gutsleep or the computer "
                    "stopped, or the files were copied while the journal was open). SQLite "
                    "recovered {count} saved change(s) from the write-ahead log."
                ),
                {"count": state.transactions},
            )
        )
    return tuple(problems), tuple(notes)


def check_file(path: Path, passphrase: str | None = None) -> CheckReport:
    """The same checks on a file that would not open (damaged, for instance).

    ``passphrase`` opens an encrypted file.
    """
    if not path.exists():
        return CheckReport(path, (Message(N_("There is no journal file here.")),))
    engine = make_engine(path, passphrase=passphrase)
    try:
        return _check(path, engine)
    finally:
        engine.dispose()


def _check(path: Path, engine: Engine) -> CheckReport:
    problems: list[Message] = []
    notes: list[Message] = []
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check(100)").fetchall()
            results = [str(r[0]) for r in rows]
            if results != ["ok"]:
                problems.extend(
                    Message(N_("SQLite integrity check: {detail}"), {"detail": r})
                    for r in results[:_MAX_REPORTED]
                )
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            orphans: dict[tuple[str, str], int] = {}
            for table, _rowid, parent, _fk in broken:
                orphans[(str(table), str(parent))] = orphans.get((str(table), str(parent)), 0) + 1
            for (table, parent), count in sorted(orphans.items()):
                problems.append(
                    Message(
                        N_("{count} row(s) of “{table}” point at a missing row of “{parent}”."),
                        {"count": count, "table": table, "parent": parent},
                    )
                )
            revision = _revision(connection)
    except Exception as exc:  # a file too damaged for SQLite to read at all
        problems.append(Message(N_("SQLite can't read the file: {reason}"), {"reason": str(exc)}))
        return CheckReport(path, tuple(problems))
    if revision != HEAD:
        problems.append(
            Message(
                _SCHEMA_PROBLEM,
                {"revision": revision or "none", "head": HEAD},
            )
        )
        return CheckReport(path, tuple(problems))
    days, day_problems = _check_days(engine)
    problems.extend(day_problems)
    sessions = sessionmaker(engine)
    for extra in CHECKS:
        with sessions.begin() as session:
            problems.extend(Message(N_("{problem}"), {"problem": p}) for p in extra(session))
    return CheckReport(path, tuple(problems), days, tuple(notes))


_SCHEMA_PROBLEM = N_("The file's schema is {revision}, not {head}.")


def _revision(connection: Connection) -> str | None:
    try:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return str(row[0]) if row else None


def _load_all(engine: Engine) -> list[tuple[int, DayEntry | Exception]]:
    """Every day row as an entry (or the error reading it), in date order.

    Read exactly as the app reads days (storage.journal.queries): what Check
    finds is what a person would hit.
    """
    connection = engine.raw_connection()
    try:
        try:
            return list(queries.read_days_with_ids(connection))
        except Exception:  # some row can't be read: go one by one to name it
            pass
        loaded: list[tuple[int, DayEntry | Exception]] = []
        for row_id in queries.read_day_ids(connection):
            try:
                entry = queries.read_day_by_id(connection, row_id)
            except Exception as exc:
                loaded.append((row_id, exc))
            else:
                if entry is not None:
                    loaded.append((row_id, entry))
        return loaded
    finally:
        connection.close()


def _check_days(engine: Engine) -> tuple[int, list[Message]]:
    """Every stored day read back and validated; unreadable rows reported, not raised."""
    problems: list[Message] = []
    found = 0
    count = 0
    for row_id, loaded in _load_all(engine):
        if isinstance(loaded, Exception):
            found += 1
            if len(problems) < _MAX_REPORTED:
                problems.append(
                    Message(
                        N_("Day row {id} can't be read: {reason}"),
                        {"id": row_id, "reason": str(loaded)},
                    )
                )
            continue
        count += 1
        for problem in validate_day(loaded):
            found += 1
            if len(problems) < _MAX_REPORTED:
                problems.append(
                    Message(
                        N_("{day}, {field}: {problem}"),
                        {
                            "day": loaded.day.isoformat(),
                            "field": problem.field,
                            "problem": problem.message,
                        },
                    )
                )
    if found > len(problems):
        problems.append(
            Message(N_("…and {count} more problems."), {"count": found - len(problems)})
        )
    return count, problems
