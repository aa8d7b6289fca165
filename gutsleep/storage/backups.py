"""Automatic and manual backups, restoring one, and checking a journal's health.

Every copy goes through SQLite's online backup API (:func:`copy_database`), so
it is consistent even while another connection writes. Copies live in
``<data>/backups/`` and are named ``journal-YYYYmmdd-HHMMSS-<reason>.sqlite3``:

- ``daily``: taken at start-up at most once a day, thinned like ``borg prune
  --keep-daily 7 --keep-weekly 4 --keep-monthly 12``;
- ``before-…`` (before an upgrade, an import or a restore): the last 10 kept;
- anything else (``manual``, files you put there) is never deleted.

An encrypted journal (see :mod:`gutsleep.storage.crypto`) is copied, checked
and restored with the passphrase it is open with, so its copies are encrypted
too; the passphrase is passed in, held in memory only, never written.
Restoring keeps the journal's own protection: a plain backup restored into a
protected journal comes back encrypted with the journal's passphrase, and an
encrypted backup restored into a plain journal (given the backup's
passphrase) comes back plain. Protection is a choice made for the journal in
Settings, not a property of one old copy; :class:`RestoreResult` says when the
backup was converted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import validate_day
from gutsleep.storage import crypto
from gutsleep.storage.backup import (
    backup_dir,
    copy_database,
    read_only_uri,
    timestamped_name,
    unique_backup_path,
)
from gutsleep.storage.database import Database, note_verified
from gutsleep.storage.engine import make_engine
from gutsleep.storage.journal_sql import row_to_entry
from gutsleep.storage.models import DayRow
from gutsleep.storage.paths import DATABASE_NAME, ensure_private_dir, fsync_dir
from gutsleep.storage.private_files import private_path
from gutsleep.storage.schema import (
    HEAD,
    DamagedFileError,
    FileState,
    Inspection,
    StoreError,
    inspect_file,
    prepare,
)

DAILY = "daily"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
SAFETY_PREFIX = "before-"

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_SAFETY = 10

_SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(StoreError):
    """A backup that can't be made or used; the message is for a person."""


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder."""

    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason == DAILY

    @property
    def safety(self) -> bool:
        return self.reason.startswith(SAFETY_PREFIX)

    def describe(self) -> Message:
        """Why the copy was made, in words."""
        reason = self.reason
        if reason == DAILY:
            return Message(N_("automatic daily copy"))
        if reason.startswith(BEFORE_IMPORT):
            return Message(N_("before an import"))
        if reason.startswith(BEFORE_RESTORE):
            return Message(N_("before a restore"))
        if reason.startswith("before-upgrade"):
            return Message(N_("before an upgrade of the file's format"))
        if reason.startswith(MANUAL):
            return Message(N_("made by hand"))
        return Message(N_("{reason}"), {"reason": reason})


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(time taken, reason) from a backup's file name, or None if it isn't one of ours."""
    if not (name.startswith("journal-") and name.endswith(".sqlite3")):
        return None
    stem = name[len("journal-") : -len(".sqlite3")]
    parts = stem.split("-", 2)
    if len(parts) != 3 or not parts[2]:
        return None
    try:
        taken = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    reason = parts[2]
    if reason.startswith(DAILY) and reason[len(DAILY) :].lstrip("-").isdigit():
        reason = DAILY  # a second daily copy in the same second, numbered
    return taken, reason


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The copies in ``<data>/backups/``, newest first."""
    folder = backup_dir(data_dir)
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


# rotation ------------------------------------------------------------------------


def _keep_by_period(
    backups: Sequence[BackupInfo],
    period: Callable[[datetime], object],
    count: int,
    kept: set[Path],
) -> None:
    """Borg's rule: newest first, the first copy of each new period, ``count`` periods."""
    last: object = None
    added = 0
    for backup in backups:
        if added >= count:
            return
        key = period(backup.taken_at)
        if key == last:
            continue
        last = key
        if backup.path not in kept:
            kept.add(backup.path)
            added += 1


def plan_rotation(
    backups: Iterable[BackupInfo],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    safety: int = KEEP_SAFETY,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """(keep, remove): which copies a rotation keeps and which it deletes."""
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    automatic = [b for b in ordered if b.automatic]
    kept: set[Path] = set()
    _keep_by_period(automatic, lambda t: t.date(), daily, kept)
    _keep_by_period(automatic, lambda t: t.isocalendar()[:2], weekly, kept)
    _keep_by_period(automatic, lambda t: (t.year, t.month), monthly, kept)
    kept.update(b.path for b in [b for b in ordered if b.safety][:safety])
    kept.update(b.path for b in ordered if not b.automatic and not b.safety)
    keep = [b for b in ordered if b.path in kept]
    remove = [b for b in ordered if b.path not in kept]
    return keep, remove


def rotate(data_dir: Path) -> list[Path]:
    """Delete the copies the rotation no longer keeps; returns what was deleted."""
    _, remove = plan_rotation(list_backups(data_dir))
    removed: list[Path] = []
    for backup in remove:
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        removed.append(backup.path)
    return removed


# taking copies --------------------------------------------------------------------


def _pragma_check(path: Path, pragma: str, passphrase: str | None = None) -> str | None:
    """None when ``PRAGMA <pragma>`` says ok on ``path`` (read-only), else what it said."""
    errors = crypto.database_errors() if passphrase is not None else (sqlite3.DatabaseError,)
    try:
        if passphrase is None:
            con = sqlite3.connect(read_only_uri(path), uri=True)
        else:
            con = crypto.connect(path, passphrase, read_only=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except errors as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:5])
    return None if result == "ok" else result


def _quick_check(path: Path, passphrase: str | None = None) -> str | None:
    """None when SQLite's quick_check passes on ``path``, else what it said."""
    return _pragma_check(path, "quick_check", passphrase)


def back_up_to(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """A consistent, checked copy of the journal at ``source`` written to ``target``.

    A folder as ``target`` gets a time-stamped file inside it. Refuses to write
    over the journal itself. With the ``passphrase`` of an encrypted journal
    the copy is encrypted with it too.
    """
    if not source.exists():
        raise BackupError(f"There is no journal at {source}.")
    if target.is_dir():
        target = unique_backup_path(target, MANUAL)
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError("A backup can't be written over the journal itself.")
    if (
        target.exists()
        and target.is_file()
        and not _is_sqlite(target)
        and not crypto.looks_encrypted(target)
    ):
        raise BackupError(f"{target} exists and is not a journal backup; choose another name.")
    errors = crypto.database_errors() if passphrase is not None else (sqlite3.DatabaseError,)
    try:
        copy_database(source, target, passphrase)
    except errors as exc:
        raise BackupError(f"The journal could not be copied: {exc}.") from exc
    problem = _quick_check(target, passphrase)
    if problem:
        target.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its check ({problem}); the journal may be damaged.")
    return target


def back_up(
    source: Path,
    data_dir: Path,
    reason: str = MANUAL,
    now: datetime | None = None,
    passphrase: str | None = None,
) -> Path:
    """A copy in ``<data>/backups/`` for ``reason``, then a rotation of the folder.

    ``passphrase``: the encrypted journal's key; the copy is encrypted with it.
    """
    folder = ensure_private_dir(backup_dir(data_dir))
    target = back_up_to(source, unique_backup_path(folder, reason, now), passphrase)
    rotate(data_dir)
    return target


def daily_backup_if_due(
    source: Path, data_dir: Path, now: datetime | None = None, passphrase: str | None = None
) -> Path | None:
    """The start-up copy: taken when none was taken today; returns it, or None.

    An encrypted journal (``passphrase`` given) gets an encrypted copy.
    """
    if not source.exists() or source.stat().st_size == 0:
        return None
    today = (now or datetime.now()).date()
    if any(b.automatic and b.taken_at.date() == today for b in list_backups(data_dir)):
        return None
    return back_up(source, data_dir, DAILY, now, passphrase)


# restoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where it came from and where the replaced journal went.

    ``encrypted``: the restored journal is protected with a passphrase (the
    journal's own, as before the restore). ``converted``: the backup's
    protection (or passphrase) differed from the journal's, and the restored
    copy was encrypted, decrypted or re-keyed to match the journal.
    """

    restored_from: Path
    previous: Path | None
    revision: str | None
    upgraded: bool
    encrypted: bool = False
    converted: bool = False


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def validate_backup(path: Path, passphrase: str | None = None) -> Inspection:
    """Check that ``path`` is a sound gutsleep journal of a schema we know.

    An encrypted backup is opened with ``passphrase``. Raises BackupError (or
    another StoreError: newer, foreign, damaged, crypto.PassphraseRequired
    when the backup is encrypted and ``passphrase`` is missing or doesn't
    open it) with a sentence saying why it can't be restored.
    """
    return _validate(path, passphrase)[0]


def _backup_key(path: Path, passphrase: str | None) -> str | None:
    """The key that opens the backup at ``path``: None when it is a plain file."""
    if _is_sqlite(path):
        return None
    if not crypto.looks_encrypted(path):
        raise BackupError(f"{path} is not a gutsleep backup (not an SQLite database).")
    if not crypto.encryption_available():
        raise crypto.EncryptionUnavailableError(
            f"{path} is protected with a passphrase, and this installation of gutsleep can't "
            f"open protected files. Install the encryption extra: {crypto.INSTALL_HINT}"
        )
    if passphrase is None:
        raise crypto.PassphraseRequired(
            f"{path} is protected with a passphrase, and this journal isn't; gutsleep needs "
            "that backup's passphrase to restore it."
        )
    if not crypto.opens_with(path, passphrase):
        raise crypto.PassphraseRequired(
            f"{path} is protected with a different passphrase from this journal's "
            "(perhaps one used before it was changed); it can't be opened with it.",
            wrong=True,
        )
    return passphrase


def _validate(path: Path, passphrase: str | None) -> tuple[Inspection, str | None]:
    """:func:`validate_backup`, and the key the backup opens with (None: plain)."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    key = _backup_key(path, passphrase)
    inspection = inspect_file(path, key)
    if inspection.state is FileState.NEW:
        raise BackupError(f"{path} holds no journal.")
    problem = _integrity(path, key)
    if problem:
        raise DamagedFileError(f"{path} is damaged ({problem}); it can't be restored.")
    return inspection, key


def _integrity(path: Path, passphrase: str | None = None) -> str | None:
    return _pragma_check(path, "integrity_check", passphrase)


def _protected(journal: Path) -> bool:
    """True when ``journal`` looks like an encrypted file (not plain SQLite)."""
    try:
        return (
            journal.is_file()
            and journal.stat().st_size > 0
            and not _is_sqlite(journal)
            and crypto.looks_encrypted(journal)
        )
    except OSError:
        return False


def _stage(source: Path, source_key: str | None, staging: Path, target_key: str | None) -> None:
    """A consistent copy of the backup at ``staging``, protected like the journal."""
    if source_key == target_key:
        copy_database(source, staging, target_key)
    else:  # plain to encrypted or back, through SQLCipher's checked export
        crypto.export_file(source, source_key, staging, target_key)


def keep_damaged(current: Path, data_dir: Path) -> Path:
    """A plain, private copy of a journal the backup API can't read (closed by now),
    with its write-ahead log; the copy's path."""
    folder = ensure_private_dir(backup_dir(data_dir))
    target = unique_backup_path(folder, f"{BEFORE_RESTORE}-damaged")
    with private_path(target) as part:
        shutil.copyfile(current, part)
    wal = Path(f"{current}-wal")
    if wal.exists():
        with private_path(Path(f"{target}-wal")) as part:
            shutil.copyfile(wal, part)
    return target


def restore(
    data_dir: Path,
    backup_path: Path,
    *,
    release: Callable[[], None] | None = None,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> RestoreResult:
    """Replace the journal in ``data_dir`` with the copy at ``backup_path``.

    The copy is checked first; then the current journal is backed up
    (``before-restore``); then ``release`` must close every connection to it
    (e.g. ``database.engine.dispose``); then the checked copy, already written
    next to the journal, replaces it with one atomic rename. An older schema is
    upgraded afterwards. On any refusal the journal is untouched.

    ``passphrase`` is the key of the (encrypted) journal being replaced: its
    safety copy and the restored journal are encrypted with it, whatever the
    backup's own state. ``backup_passphrase`` opens an encrypted backup
    (by default ``passphrase``).
    """
    backup_path = Path(backup_path)
    target = data_dir / DATABASE_NAME
    if target.exists() and backup_path.exists() and backup_path.resolve() == target.resolve():
        raise BackupError("That is the journal itself, not a backup of it.")
    if passphrase is None and _protected(target):
        # Without the key the restored journal would silently lose its protection.
        raise crypto.PassphraseRequired(
            f"The journal in {data_dir} is protected with a passphrase, and a restore needs it "
            "so that the restored journal stays protected. Restore from the app's File menu "
            "(Restore from backup…)."
        )
    inspection, backup_key = _validate(
        backup_path, passphrase if backup_passphrase is None else backup_passphrase
    )
    ensure_private_dir(data_dir)
    staging = data_dir / f"{DATABASE_NAME}.restoring"
    staging.unlink(missing_ok=True)
    try:
        _stage(backup_path, backup_key, staging, passphrase)
        problem = _quick_check(staging, passphrase)
        if problem:
            raise DamagedFileError(f"The copy of {backup_path} failed its check ({problem}).")
        previous: Path | None = None
        damaged = False
        if target.exists() and target.stat().st_size > 0:
            try:
                previous = back_up_to(
                    target,
                    unique_backup_path(ensure_private_dir(backup_dir(data_dir)), BEFORE_RESTORE),
                    passphrase,
                )
            except BackupError:
                damaged = True
        if release is not None:
            release()
        if damaged:
            previous = keep_damaged(target, data_dir)
        # A -wal or -shm left by the old file must never be replayed onto the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staging, target)
        fsync_dir(data_dir)
    finally:
        staging.unlink(missing_ok=True)
    upgraded = False
    if inspection.state is FileState.OLDER:
        prepare(target, data_dir, passphrase)
        upgraded = True
    note_verified(target)  # checked above: the next open needs no check, and no note of a crash
    rotate(data_dir)
    return RestoreResult(
        backup_path,
        previous,
        inspection.revision,
        upgraded,
        encrypted=passphrase is not None,
        converted=backup_key != passphrase,
    )


# checking ---------------------------------------------------------------------------

#: Further checks features register: (session) -> problems in words.
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
    return CheckReport(
        report.path,
        report.problems + problems,
        report.days_checked,
        report.notes + notes,
    )


_WAL = "journal.sqlite3-wal"
_RESTORE_HINT = N_("If days are missing, restore a backup (File → Restore from backup…).")


def _opening_findings(database: Database) -> tuple[tuple[Message, ...], tuple[Message, ...]]:
    """Problems and notes about the -wal and the last close, as found at open (storage.wal).

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
                N_("The file's schema is {revision}, not {head}."),
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


def _revision(connection: Connection) -> str | None:
    try:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return str(row[0]) if row else None


def _load_all(sessions: sessionmaker[Session]) -> list[tuple[int, DayEntry | Exception]]:
    """Every day row as an entry (or the error reading it), in date order."""
    options = [
        selectinload(DayRow.foods),
        selectinload(DayRow.names),
        selectinload(DayRow.movements),
        selectinload(DayRow.practices),
        selectinload(DayRow.intakes),
    ]
    try:
        with sessions.begin() as session:
            rows = session.scalars(select(DayRow).options(*options).order_by(DayRow.day))
            return [(row.id, row_to_entry(row)) for row in rows]
    except Exception:  # some row can't be read: go one by one to name it
        pass
    with sessions.begin() as session:
        ids = list(session.scalars(select(DayRow.id).order_by(DayRow.id)))
    loaded: list[tuple[int, DayEntry | Exception]] = []
    for row_id in ids:
        try:
            with sessions.begin() as session:
                row = session.get(DayRow, row_id, options=options)
                if row is not None:
                    loaded.append((row_id, row_to_entry(row)))
        except Exception as exc:
            loaded.append((row_id, exc))
    return loaded


def _check_days(engine: Engine) -> tuple[int, list[Message]]:
    """Every stored day read back and validated; unreadable rows reported, not raised."""
    problems: list[Message] = []
    found = 0
    count = 0
    for row_id, loaded in _load_all(sessionmaker(engine)):
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


__all__ = [
    "BEFORE_IMPORT",
    "BEFORE_RESTORE",
    "CHECKS",
    "DAILY",
    "MANUAL",
    "BackupError",
    "BackupInfo",
    "CheckReport",
    "RestoreResult",
    "back_up",
    "back_up_to",
    "check_database",
    "check_file",
    "daily_backup_if_due",
    "list_backups",
    "parse_backup_name",
    "plan_rotation",
    "restore",
    "rotate",
    "timestamped_name",
    "validate_backup",
]
