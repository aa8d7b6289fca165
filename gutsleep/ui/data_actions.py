"""File menu actions for the user's data: export, import, back up, restore, check.

The work runs off the GUI thread as :mod:`gutsleep.ui.operations` (one worker,
in order) through :mod:`gutsleep.services.data`; a progress dialog can cancel
exports and imports (cancelling writes nothing). Import and restore are
writes: the window is told the journal changed and refreshes its pages.
Every question goes through :mod:`gutsleep.ui.dialogs`, so tests patch them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from gutsleep.ui import dialogs
from gutsleep.ui.operations import EVERYTHING, Changes, Progress, QueryOp, Worker, WriteOp
from gutsleep.ui.tr import render, tr

if TYPE_CHECKING:
    from gutsleep.services.context import Services
    from gutsleep.storage.transfer import ExportFormat
    from gutsleep.ui.main_window import MainWindow

#: Work for the worker: called with (progress, cancel flag), returns the result.
Job = Callable[[Callable[[int, int], None], threading.Event], Any]

log = logging.getLogger(__name__)

DAILY_BACKUP_DELAY_MS = 1500
MAX_SHOWN_PROBLEMS = 8


class DataActions(QObject):
    """The File menu's data actions of one main window.

    Signals:
        finished(str, object): an operation ("export", "plan", "import", "backup",
            "restore", "check", "daily-backup") ended with this result.
        failed(str, object): an operation ended with this exception (already shown).
        journal_replaced(): days were imported or a backup restored; pages told.
    """

    finished = Signal(str, object)
    failed = Signal(str, object)
    journal_replaced = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.worker = Worker(self)  # one data operation at a time, in order; waited for at quit
        self._running = 0
        self.export_action = self._action(tr("&Export…"), "action_export", self.export)
        self.import_action = self._action(tr("&Import…"), "action_import", self.import_file)
        self.import_foreign_action = self._action(
            tr("Import from &another app…"), "action_import_foreign", self.import_foreign
        )
        self.backup_action = self._action(tr("&Back up now…"), "action_backup", self.back_up)
        self.restore_action = self._action(
            tr("&Restore from backup…"), "action_restore", self.restore
        )
        self.check_action = self._action(tr("&Check database"), "action_check", self.check)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.actions = [
            self.export_action,
            self.import_action,
            self.import_foreign_action,
            self.backup_action,
            self.restore_action,
            self.check_action,
        ]

    def add_action(self, action: QAction) -> None:
        """Put another data action (e.g. the clinician report) after these, before Quit.

        It is disabled while an operation runs, like the others; its work can use
        :meth:`run` for the worker thread and the progress dialog.
        """
        menu = self.window.file_menu
        last = self.actions[-1]
        entries = menu.actions()
        after = entries.index(last) + 1 if last in entries else len(entries)
        if after < len(entries):
            menu.insertAction(entries[after], action)
        else:
            menu.addAction(action)
        self.actions.append(action)
        action.setEnabled(not self._running)

    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def services(self) -> Services:
        """The window's journal (asked when used: the start-up window opens it later)."""
        return self.window.services

    def refresh_enabled(self) -> None:
        """Enable the actions unless an operation runs (the journal has just opened)."""
        self._set_enabled()

    # running work ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (at quit, and in tests)."""
        return self.worker.wait(msecs)

    def run(
        self,
        name: str,
        label: str | None,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        *,
        cancellable: bool = True,
        changes: Changes | None = None,
    ) -> None:
        """Run ``job`` on the worker; ``on_done(result)`` runs back on the GUI thread.

        ``changes``: the job writes to the journal, and this is what the window's
        pages are told once it succeeded (before ``on_done``).
        """

        def done(result: Any) -> None:
            self._finish()
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                self.finished.emit(name, result)

        def failed(exc: BaseException) -> None:
            self._finish()
            try:
                self._explain(name, exc)
            finally:
                self.failed.emit(name, exc)

        def work(progress: Progress) -> Any:
            return job(progress, progress.cancel)

        op: QueryOp[Any] = (
            QueryOp(parent=self, op=work, success=done, name=name)
            if changes is None
            else WriteOp(parent=self, op=work, success=done, changes=changes, name=name)
        )
        if label is not None:
            op.with_progress(label, cancellable=cancellable)
        self._running += 1
        self._set_enabled()
        op.failure(failed).run_in_background(self.worker)

    def _finish(self) -> None:
        self._running -= 1
        self._set_enabled()

    def _set_enabled(self) -> None:
        for action in self.actions:
            action.setEnabled(not self.busy)

    def _explain(self, name: str, exc: BaseException) -> None:
        from gutsleep.storage.file.schema import StoreError
        from gutsleep.storage.transfer import Cancelled, ImportConflict, ImportRefused

        if name == "daily-backup":
            # The start-up copy fails quietly; "Check database" tells the story, the log why.
            log.warning("The daily backup failed", exc_info=exc)
            return
        from gutsleep.ui.foreign_import import explain_refusal

        if isinstance(exc, Cancelled):
            dialogs.inform(self.window, tr("Cancelled"), tr("Nothing was changed."))
        elif explain_refusal(self, exc):
            pass
        elif isinstance(exc, ImportConflict):
            dialogs.warn(self.window, tr("Nothing was imported"), exc.summary(tr))
        elif isinstance(exc, ImportRefused):
            self._show_problems(exc.problems)
        elif isinstance(exc, StoreError):
            dialogs.warn(self.window, tr("That didn't work"), str(exc))
        elif isinstance(exc, OSError):
            dialogs.warn(
                self.window,
                tr("That didn't work"),
                tr("The file can't be written or read: {reason}").format(
                    reason=exc.strerror or str(exc)
                ),
            )
        else:  # a bug: logged, and the plain dialog with "Copy details", never str(exc)
            from gutsleep.ui import crash

            crash.report(exc, where=name)

    def _show_problems(self, problems: Any) -> None:
        lines = [p.render(tr) for p in problems]
        shown = "\n".join(f"• {line}" for line in lines[:MAX_SHOWN_PROBLEMS])
        if len(lines) > MAX_SHOWN_PROBLEMS:
            shown += "\n" + tr("…and {count} more (see Details).").format(
                count=len(lines) - MAX_SHOWN_PROBLEMS
            )
        dialogs.show_report(
            self.window,
            tr("The file can't be imported"),
            tr(
                "Nothing was imported: the journal is exactly as before. "
                "Correct these places in the file and import it again:"
            )
            + "\n\n"
            + shown,
            lines,
        )

    def _flush(self) -> None:
        self.window.flush()

    # export ------------------------------------------------------------------------

    def export(self) -> None:
        from gutsleep.services import data

        span = self.services.journal.repository.span()
        choice = dialogs.export_options(
            self.window, span[0] if span else None, span[1] if span else None
        )
        if choice is None:
            return
        csv = choice.format == "csv"
        suffix = ".zip" if csv else ".json"
        filters = tr("CSV tables in a zip (*.zip)") if csv else tr("gutsleep export (*.json)")
        suggested = Path.home() / f"gutsleep-{date.today().isoformat()}{suffix}"
        chosen = dialogs.save_path(self.window, tr("Export the journal"), str(suggested), filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self._flush()
        services = self.services
        fmt: ExportFormat = "csv" if csv else "json"
        self.run(
            "export",
            tr("Exporting the journal…"),
            lambda progress, cancel: data.export_journal(
                services,
                path,
                format=fmt,
                first=choice.first,
                last=choice.last,
                progress=progress,
                cancel=cancel,
            ),
            lambda result: dialogs.inform(
                self.window,
                tr("Exported"),
                tr("The journal was exported to:\n{path}\n\nDays: {count}").format(
                    count=result.days, path=result.path
                ),
            ),
        )

    # import ------------------------------------------------------------------------

    def import_file(self) -> None:
        from gutsleep.services import data

        chosen = dialogs.open_path(
            self.window,
            tr("Import into the journal"),
            tr("gutsleep exports and CSV files (*.json *.zip *.csv);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._flush()
        services = self.services
        self.run(
            "plan",
            tr("Reading the file…"),
            lambda _progress, _cancel: data.plan_import(services, path),
            lambda plan: self._planned(path, plan),
        )

    def import_foreign(self) -> None:
        """File → Import from another app… (Sleep as Android, Plees Tracker, Fitbit)."""
        from gutsleep.ui import foreign_import

        self._flush()
        foreign_import.start(self)

    def _planned(self, path: Path, plan: Any) -> None:
        from gutsleep.services import data

        if plan.problems:
            self._show_problems(plan.problems)
            return
        if not plan.days and not plan.sections:
            dialogs.inform(
                self.window, tr("Nothing to import"), tr("The file holds no days to import.")
            )
            return
        policy = self._ask_policy(plan)
        if policy is None:
            return
        services = self.services
        self.run(
            "import",
            tr("Importing…"),
            lambda progress, cancel: data.import_journal(
                services, path, on_conflict=policy, progress=progress, cancel=cancel
            ),
            self._imported,
            changes=EVERYTHING,
        )

    def _ask_policy(self, plan: Any) -> str | None:
        """ "fail" when nothing is in the journal yet, else the person's choice (None: cancel).

        Days and other items (experiments, bookmarks, settings...) that are in the
        journal with other content are decided together, like the command line's
        ``--on-conflict``.
        """
        if not plan.existing_days and not plan.differing:
            return "fail"
        items = tr(
            "{count} other items of the file (experiments, checklists, bookmarks, "
            "articles, settings) are in your journal with other content."
        ).format(count=len(plan.differing))
        if plan.existing_days:
            skip, overwrite = tr("Skip those days"), tr("Overwrite them")
            title = tr("Days already in the journal")
            text = tr(
                "Some days in this file are already in your journal: {existing} of "
                "{total}, from {first} to {last}. Keep your entries for those days (skip), "
                "or replace them with the file's (overwrite)? Nothing is written until "
                "you choose."
            ).format(
                existing=len(plan.existing_days),
                total=plan.days,
                first=plan.existing_days[0].isoformat(),
                last=plan.existing_days[-1].isoformat(),
            )
            if plan.differing:
                text = f"{items}\n\n{text}"
        else:
            skip, overwrite = tr("Keep mine"), tr("Take the file's")
            title = tr("Already in the journal")
            question = tr(
                "Keep yours (skip), or replace them with the file's (overwrite)? "
                "Nothing is written until you choose."
            )
            text = f"{items} {question}"
        answer = dialogs.choose(self.window, title, text, [skip, overwrite])
        if answer is None:
            return None
        return "skip" if answer == skip else "overwrite"

    def _imported(self, report: Any) -> None:
        self.journal_replaced.emit()
        dialogs.inform(
            self.window,
            tr("Imported"),
            tr(
                "Imported from {name}.\nNew days: {added}. Replaced: {replaced}. "
                "Skipped: {skipped}.\n\nA copy of the journal as it was before is in the "
                "backups folder."
            ).format(
                name=report.path.name,
                added=len(report.added),
                replaced=len(report.overwritten),
                skipped=len(report.skipped),
            )
            + self._sections_written(report),
        )

    @staticmethod
    def _sections_written(report: Any) -> str:
        written = sum(report.sections.values())
        if not written:
            return ""
        return "\n" + tr(
            "Other items written (experiments, checklists, bookmarks, articles, settings): {count}."
        ).format(count=written)

    # backups ------------------------------------------------------------------------

    def back_up(self) -> None:
        from gutsleep.services import data

        suggested = Path.home() / f"gutsleep-backup-{date.today().isoformat()}.sqlite3"
        chosen = dialogs.save_path(
            self.window,
            tr("Back up the journal"),
            str(suggested),
            tr("gutsleep backups (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return
        self._flush()
        services = self.services
        self.run(
            "backup",
            tr("Backing up…"),
            lambda _progress, _cancel: data.back_up_now(services, Path(chosen)),
            lambda target: dialogs.inform(
                self.window,
                tr("Backed up"),
                tr("A copy of the journal was written to:\n{path}").format(path=target),
            ),
            cancellable=False,
        )

    def restore(self) -> None:
        from gutsleep.services import data

        items = [
            (
                "{when} — {why} ({size})".format(
                    when=b.taken_at.strftime("%Y-%m-%d %H:%M"),
                    why=render(b.describe()),
                    size=_size(b.size),
                ),
                str(b.path),
            )
            for b in data.list_backups(self.services)
        ]
        chosen = dialogs.pick_backup(
            self.window,
            tr("Restore from a backup"),
            tr(
                "Choose the copy to bring back. The journal as it is now is backed up first, "
                "so this can be undone by restoring that copy."
            ),
            items,
        )
        if not chosen:
            return
        path = Path(chosen)
        if not dialogs.ask(
            self.window,
            tr("Replace the journal?"),
            tr(
                "The journal will be replaced by the copy in:\n{path}\n\n"
                "The journal as it is now is kept in the backups folder first."
            ).format(path=path),
        ):
            return
        self._flush()
        services = self.services
        self.run(
            "restore",
            tr("Restoring…"),
            lambda _progress, _cancel: data.restore_backup(services, path),
            self._restored,
            cancellable=False,
            changes=EVERYTHING,
        )

    def _restored(self, result: Any) -> None:
        self.journal_replaced.emit()
        text = tr("The journal was restored from:\n{path}").format(path=result.restored_from)
        if result.previous is not None:
            text += "\n\n" + tr("The journal it replaced is kept as:\n{path}").format(
                path=result.previous
            )
        if getattr(result, "converted", False):
            text += "\n\n" + (
                tr("The restored journal keeps this journal's passphrase (Settings).")
                if result.encrypted
                else tr("The restored journal stays without a passphrase, like this one.")
            )
        dialogs.inform(self.window, tr("Restored"), text)

    def back_up_daily_later(self, delay_ms: int = DAILY_BACKUP_DELAY_MS) -> None:
        """The start-up copy (at most once a day), after the window has painted."""
        services = self.services

        def back_up(_progress: object, _cancel: object) -> object:
            # Imported on the worker too: the module brings SQLAlchemy and the transfer
            # code (a few hundred ms the first time), which the window should not wait for.
            from gutsleep.services import data

            return data.daily_backup_if_due(services)

        def start() -> None:
            self.run("daily-backup", None, back_up)

        from gutsleep.ui.operations import when_idle

        when_idle(self, start, after_ms=delay_ms)  # not while a page is being opened

    # check ---------------------------------------------------------------------------

    def check(self) -> None:
        from gutsleep.services import data

        self._flush()
        services = self.services
        self.run(
            "check",
            tr("Checking the journal…"),
            lambda _progress, _cancel: data.check(services),
            self._checked,
            cancellable=False,
        )

    def _checked(self, report: Any) -> None:
        lines = report.lines(tr)
        if report.ok:
            dialogs.inform(self.window, tr("Check database"), "\n".join(lines))
        else:
            dialogs.show_report(
                self.window,
                tr("Check database"),
                "\n".join(lines[: MAX_SHOWN_PROBLEMS + 1]),
                lines,
            )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} kB"


def install_data_actions(window: MainWindow) -> DataActions:
    """Add Export, Import, Back up now, Restore and Check to ``window.file_menu``.

    They go before Quit (with a separator); the window keeps the controller
    returned as ``window.data_actions``.
    """
    actions = DataActions(window)
    menu = window.file_menu
    existing = menu.actions()
    quit_text = tr("&Quit")
    before = next(
        (
            a
            for a in existing
            if a.text() == quit_text or a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
        ),
        None,
    )
    if before is None:
        menu.addActions(actions.actions)
    else:
        menu.insertActions(before, actions.actions)
        menu.insertSeparator(before)
    return actions


__all__ = ["DataActions", "install_data_actions"]
