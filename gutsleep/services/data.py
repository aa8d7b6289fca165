"""The user's data in and out: export, import, backups, restore and checks.

The operations the File menu and the command line share. Each may take a
``progress(done, total)`` callback and a ``cancel`` flag (anything with
``is_set()``, e.g. ``threading.Event``); they run fine on a worker thread and
never touch the UI. A cancelled operation raises
:class:`~gutsleep.storage.transfer.Cancelled` having written nothing.

A journal protected with a passphrase stays protected through all of them:
backups (daily, before an import, "Back up now") are encrypted with the
passphrase the open journal holds in memory, checks open files with it, and
a restore keeps the journal's protection whatever the backup's (see
:func:`restore_backup`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from gutsleep.services.context import Services
from gutsleep.storage.backups import copies, health, restoring
from gutsleep.storage.backups.copies import BackupInfo
from gutsleep.storage.backups.health import CheckReport
from gutsleep.storage.backups.restoring import RestoreResult
from gutsleep.storage.transfer import (
    ConflictPolicy,
    ExportFormat,
    ExportResult,
    ImportConflict,
    ImportDiffers,
    ImportPlan,
    ImportRefused,
    ImportReport,
    Work,
    import_parsed,
    plan_parsed,
    read_file,
)
from gutsleep.storage.transfer import export_journal as _export
from gutsleep.storage.transfer.operations import Stamp
from gutsleep.storage.transfer.problems import CancelFlag

Progress = Callable[[int, int], None]

__all__ = [
    "back_up_now",
    "check",
    "daily_backup_if_due",
    "export_journal",
    "import_journal",
    "list_backups",
    "plan_import",
    "restore_backup",
]


def export_journal(
    services: Services,
    path: Path,
    *,
    format: ExportFormat = "json",
    first: date | None = None,
    last: date | None = None,
    exported_at: Stamp = "now",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ExportResult:
    """The whole journal, or [first, last], as JSON or a zip of CSV tables at ``path``."""
    if first and last and first > last:
        raise ValueError("The first day of the range comes after the last.")
    return _export(
        services.database,
        Path(path),
        format=format,
        first=first,
        last=last,
        exported_at=exported_at,
        work=Work(progress, cancel),
        settings=services.settings,
    )


def plan_import(services: Services, path: Path) -> ImportPlan:
    """What importing ``path`` would do (days new, days present, problems); writes nothing."""
    parsed = read_file(Path(path), services.journal.zone)
    return plan_parsed(services.database, parsed, services.settings)


def import_journal(
    services: Services,
    path: Path,
    *,
    on_conflict: ConflictPolicy | str = ConflictPolicy.FAIL,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportReport:
    """Import ``path`` all or nothing, after a safety copy of the journal.

    Raises ImportRefused (with the problems, each naming its line and column),
    ImportConflict (``on_conflict="fail"`` and some days exist) or Cancelled;
    in every case the journal is exactly as before.
    """
    parsed = read_file(Path(path), services.journal.zone)
    plan = plan_parsed(services.database, parsed, services.settings)
    if plan.problems:
        raise ImportRefused(plan.problems)
    if ConflictPolicy(on_conflict) is ConflictPolicy.FAIL:
        if plan.existing_days:
            raise ImportConflict(plan.existing_days)
        if plan.differing:
            raise ImportDiffers(plan.differing)
    if not parsed.days and not parsed.sections:
        return import_parsed(services.database, parsed, on_conflict, settings=services.settings)
    copies.back_up(
        services.database.path,
        services.data_dir,
        copies.BEFORE_IMPORT,
        passphrase=services.database.passphrase,
    )
    report = import_parsed(
        services.database,
        parsed,
        on_conflict,
        work=Work(progress, cancel),
        settings=services.settings,
    )
    if report.sections.get("user_articles") and "articles" in vars(services):
        services.articles.forget_user_articles()
    return report


def back_up_now(services: Services, target: Path | None = None) -> Path:
    """A consistent copy: to ``target`` (a file or a folder), or into the backups folder.

    The copy of a protected journal is encrypted with the same passphrase.
    """
    key = services.database.passphrase
    if target is None:
        return copies.back_up(
            services.database.path, services.data_dir, copies.MANUAL, passphrase=key
        )
    return copies.back_up_to(services.database.path, Path(target), key)


def restore_backup(
    services: Services, backup_path: Path, *, backup_passphrase: str | None = None
) -> RestoreResult:
    """Replace the journal with a backup, keeping a copy of the journal it replaces.

    The journal keeps its protection: restoring into a protected journal
    gives a journal encrypted with the same passphrase (a plain backup is
    encrypted on the way in), and restoring into a plain journal gives a
    plain one (an encrypted backup then needs ``backup_passphrase``; one
    encrypted with the journal's passphrase opens without it). So the
    passphrase asked at start and the Settings status stay true, and the
    services stay usable: their engine reconnects, with the same key, to the
    restored file. ``RestoreResult.converted`` says when the backup's
    protection had to be changed.
    """
    return restoring.restore(
        services.data_dir,
        Path(backup_path),
        release=services.database.release,
        passphrase=services.database.passphrase,
        backup_passphrase=backup_passphrase,
    )


def list_backups(services: Services) -> list[BackupInfo]:
    """The copies in the data folder's backups/, newest first."""
    return copies.list_backups(services.data_dir)


def check(services: Services) -> CheckReport:
    """integrity_check, foreign_key_check and every day through the domain's validation."""
    return health.check_database(services.database)


def daily_backup_if_due(services: Services, now: datetime | None = None) -> Path | None:
    """The start-up copy, at most once a day, with the rotation; the new copy or None.

    A protected journal's copy is encrypted with its passphrase.
    """
    return copies.daily_backup_if_due(
        services.database.path, services.data_dir, now, services.database.passphrase
    )
