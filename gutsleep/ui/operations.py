"""Work off the GUI thread, told back on it: reads (:class:`QueryOp`) and writes (:class:`WriteOp`).

Modelled on Anki's ``aqt/operations``. The work runs on a :class:`Worker` (one
thread per owner, jobs in order) and is handed a :class:`Progress`; success
and failure callbacks always run on the GUI thread, and never once the owner
is destroyed. A failure nobody handles is a bug: logged with its traceback and
shown in the plain dialog of :mod:`gutsleep.ui.crash`. A write says what it
changed (:class:`Changes`); the main window hears it through
:func:`announce_changes` and tells the pages that show it. A worker still busy
when the application quits is waited for, so no write is cut off half-way.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gutsleep.ui.tr import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Where a failure nobody handles is said to have happened (the log, the crash dialog).
UNNAMED = "a background job"


@dataclass(frozen=True)
class Changes:
    """What a write changed, so the window tells only the pages that show it."""

    days: frozenset[date] = frozenset()
    settings: frozenset[str] = frozenset()  # the keys of the settings written
    experiments: bool = False
    articles: bool = False
    regimens: bool = False  # medicines and hormone therapy (their markers, the day's ticks)
    everything: bool = False  # the journal was replaced (import, restore)

    def __bool__(self) -> bool:
        return bool(
            self.days
            or self.settings
            or self.experiments
            or self.articles
            or self.regimens
            or self.everything
        )


EVERYTHING = Changes(everything=True)


class Cancelled(Exception):
    """The person cancelled: raised by :meth:`Progress.check` before the next step."""


class Progress:
    """Handed to the work on its thread: report how far it is, and see whether to stop.

    Callable as ``progress(done, total)``, with ``cancel`` a ``threading.Event``:
    the shape the services' long jobs (export, import, report) already take.
    """

    def __init__(self, emit: Callable[[str | None, int, int], None]):
        self.cancel = threading.Event()
        self._emit = emit

    def __call__(self, done: int, total: int) -> None:
        self._emit(None, done, total)

    def say(self, message: str, done: int = 0, total: int = 0) -> None:
        """A new line for the progress dialog (and a fraction, when ``total`` is known)."""
        self._emit(message, done, total)

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) when the person cancelled."""
        if self.cancel.is_set():
            raise Cancelled()


def report_bug(error: BaseException, where: str = UNNAMED) -> None:
    """The default failure: a cancel is only logged; anything else is a bug (log and dialog)."""
    if isinstance(error, Cancelled):
        log.info("Cancelled: %s", where)
        return
    from gutsleep.ui import crash

    crash.report(error, where=where)


class _Signals(QObject):
    progress = Signal(object, object, int, int)  # the job, a message or None, done, total
    finished = Signal(object, object)  # the job, its result
    failed = Signal(object, object)  # the job, the exception


class _Job(QRunnable):
    """One piece of work on the pool; talks to the GUI thread only through its signals."""

    def __init__(
        self,
        owner: QObject,
        work: Callable[[Progress], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None],
        progressed: Callable[[str | None, int, int], None] | None = None,
    ):
        super().__init__()
        self.setAutoDelete(False)
        self.owner = owner
        self.work, self.done, self.failed, self.progressed = work, done, failed, progressed
        self.signals = _Signals()
        self.progress = Progress(lambda text, done, total: self._emit_progress(text, done, total))

    def _emit_progress(self, message: str | None, done: int, total: int) -> None:
        if self.progressed is not None:
            self.signals.progress.emit(self, message, done, total)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, never lost on the worker
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.finished, result)

    def _report(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self, value)
        except RuntimeError:  # the window closed meanwhile: only the terminal is left to tell
            if isinstance(value, BaseException) and sys.stderr is not None:
                print(f"gutsleep: {value}", file=sys.stderr)


class Worker(QObject):
    """One worker thread owned by a QObject: its jobs run in order, one at a time.

    Results come back through this object's own slots, so on the GUI thread,
    and not at all once it (with its owner) is deleted. At quit it waits for
    the running job, so a write is never cut off.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.setObjectName("operations_worker")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    @classmethod
    def of(cls, owner: QObject) -> Worker:
        """The owner's worker, made the first time it is asked for."""
        found = owner.findChild(cls, "operations_worker", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, cls) else cls(owner)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Plain work without progress: a :class:`QueryOp` owned by this worker's owner.

        ``failed`` gets ordinary exceptions; anything else (or with no ``failed``)
        is reported as a bug.
        """

        def failure(error: BaseException) -> None:
            if failed is not None and isinstance(error, Exception):
                failed(error)
            else:
                report_bug(error)

        owner = self.parent() or self
        op = QueryOp(parent=owner, op=lambda _progress: work(), success=done)
        op.failure(failure).run_in_background(self)

    def start(self, job: _Job) -> None:
        self._jobs.add(job)
        job.signals.progress.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _progressed(self, job: _Job, message: str | None, done: int, total: int) -> None:
        if job.progressed is not None and shiboken6.isValid(job.owner):
            job.progressed(message, done, total)

    def _finished(self, job: _Job, result: object) -> None:
        self._forget(job)
        if shiboken6.isValid(job.owner):
            job.done(result)

    def _failed(self, job: _Job, error: BaseException) -> None:
        self._forget(job)
        if shiboken6.isValid(job.owner):
            job.failed(error)

    def _forget(self, job: _Job) -> None:
        # Later, not inside the job's own signal: the job owns the sender.
        QTimer.singleShot(0, self, lambda: self._jobs.discard(job))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (at quit, at close, and in tests)."""
        return bool(self.pool.waitForDone(msecs))


class _Notices(QObject):
    changed = Signal(object, object)  # the Changes, the object that made them


_notices: _Notices | None = None


def notices() -> _Notices:
    """Where writes are announced; each main window listens for its own."""
    global _notices
    if _notices is None:
        _notices = _Notices()
    return _notices


def announce_changes(changes: Changes, origin: QObject) -> None:
    """Tell ``origin``'s window what was written (a write done on the GUI thread, too)."""
    if changes:
        notices().changed.emit(changes, origin)


def window_of(origin: QObject | None) -> QWidget | None:
    """The top-level window ``origin`` belongs to (through its parents)."""
    while origin is not None and not isinstance(origin, QWidget):
        origin = origin.parent()
    return origin.window() if origin is not None else None


class Running:
    """A started operation: cancel it, or wait for its worker."""

    def __init__(self, job: _Job, worker: Worker):
        self._job, self.worker = job, worker

    def cancel(self) -> None:
        """Ask the work to stop; it does so at its next step (:meth:`Progress.check`)."""
        self._job.progress.cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._job.progress.cancelled


class QueryOp(Generic[T]):
    """A read: ``op(progress)`` off the GUI thread, ``success(result)`` back on it.

    Built, configured and started in one expression::

        QueryOp(parent=self, op=read, success=show).with_progress(label).run_in_background()

    ``parent`` owns the callbacks: once it is destroyed none of them runs.
    Without :meth:`failure`, a failure is reported as a bug (:func:`report_bug`).
    """

    def __init__(
        self,
        *,
        parent: QObject,
        op: Callable[[Progress], T],
        success: Callable[[T], None],
        name: str = UNNAMED,
    ):
        self._parent, self._op, self._success, self.name = parent, op, success, name
        self._failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[str | None, int, int], None] | None = None
        self._label: str | None = None
        self._cancellable = True

    def failure(self, handler: Callable[[BaseException], None] | None) -> QueryOp[T]:
        """Handle a failure yourself (``None``: the default, :func:`report_bug`)."""
        self._failure = handler
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> QueryOp[T]:
        """A progress dialog over the parent's window (after 400 ms), with Cancel unless not."""
        self._label, self._cancellable = label, cancellable
        return self

    def on_progress(self, handler: Callable[[str | None, int, int], None]) -> QueryOp[T]:
        """``handler(message, done, total)`` on the GUI thread for each report of the work."""
        self._on_progress = handler
        return self

    def _delivered(self, result: T) -> None:
        self._success(result)

    def run_in_background(self, worker: Worker | None = None) -> Running:
        """Start on ``worker`` (by default the parent's own); returns a handle to cancel it."""
        worker = worker if worker is not None else Worker.of(self._parent)
        dialog = self._dialog()
        shown = self._on_progress

        def progressed(message: str | None, done: int, total: int) -> None:
            if dialog is not None:
                if message is not None:
                    dialog.setLabelText(message)
                if total > 0:
                    dialog.setMaximum(total)
                    dialog.setValue(min(done, total))
            if shown is not None:
                shown(message, done, total)

        def done(result: object) -> None:
            _close(dialog)
            self._delivered(cast(T, result))  # what the op returned

        def failed(error: BaseException) -> None:
            _close(dialog)
            if self._failure is None:
                report_bug(error, self.name)
            else:
                self._failure(error)

        wants_progress = dialog is not None or shown is not None
        job = _Job(self._parent, self._op, done, failed, progressed if wants_progress else None)
        if dialog is not None:
            dialog.canceled.connect(job.progress.cancel.set)
        worker.start(job)
        return Running(job, worker)

    def _dialog(self) -> QProgressDialog | None:
        if self._label is None:
            return None
        from PySide6.QtWidgets import QProgressDialog  # ~10 ms: not on the Journal's way up

        dialog = QProgressDialog(self._label, tr("Cancel"), 0, 0, window_of(self._parent))
        dialog.setObjectName(f"progress_{self.name}")
        dialog.setWindowTitle(tr("gutsleep"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        return dialog


def _close(dialog: QProgressDialog | None) -> None:
    if dialog is None:
        return
    dialog.canceled.disconnect()  # closing a progress dialog "cancels" it
    # reset() stops Qt's show timer (armed for 4 s when the dialog is made): a closed
    # dialog waiting for deleteLater would otherwise pop up over the result's message
    # box, whose nested event loop does not delete it.
    dialog.reset()
    dialog.close()
    dialog.deleteLater()


class WriteOp(QueryOp[T]):
    """A write: like :class:`QueryOp`, and on success the window is told what changed.

    ``changes`` is what the write changed, or a function of its result (an
    import knows its days only once done). The window hears it before
    ``success`` runs, so the pages are current when the result is shown.
    """

    def __init__(
        self,
        *,
        parent: QObject,
        op: Callable[[Progress], T],
        success: Callable[[T], None],
        changes: Changes | Callable[[T], Changes],
        name: str = UNNAMED,
    ):
        super().__init__(parent=parent, op=op, success=success, name=name)
        self._changes = changes

    def _delivered(self, result: T) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        announce_changes(changes, self._parent)
        super()._delivered(result)


#: when_idle: first look this long after the call; a timer this late means the loop was busy.
IDLE_AFTER_MS = 250
LATE_MS = 60
#: A second look this soon after an on-time one: two in a row make a quiet moment.
CONFIRM_MS = 30
#: Look again after this long while busy; go ahead anyway this long after the call.
BUSY_RETRY_MS = 150
IDLE_AT_LATEST_MS = 3000


def when_idle(
    owner: QObject,
    callback: Callable[[], None],
    *,
    after_ms: int = IDLE_AFTER_MS,
    at_latest_ms: int = IDLE_AT_LATEST_MS,
    wanted: Callable[[], bool] | None = None,
) -> None:
    """Call ``callback`` on the GUI thread once the event loop has time to spare.

    A timer that fires late means the GUI thread was busy (a page being
    built, a chart library loading); two timers in a row on time mean it is
    not. ``wanted`` returning False counts as busy too (the page that asked
    is not on screen: what is, and its own workers, go first). Work started
    from here then does not compete with what the person asked for. Goes
    ahead regardless ``at_latest_ms`` after the call.
    """
    start = time.monotonic()

    def attempt(due: float, confirming: bool) -> None:
        now = time.monotonic()
        if (now - start) * 1000 >= at_latest_ms:
            callback()
        elif (now - due) * 1000 > LATE_MS or (wanted is not None and not wanted()):
            schedule(BUSY_RETRY_MS, confirming=False)
        elif confirming:
            callback()
        else:
            schedule(CONFIRM_MS, confirming=True)

    def schedule(delay_ms: int, *, confirming: bool) -> None:
        due = time.monotonic() + delay_ms / 1000
        QTimer.singleShot(delay_ms, owner, lambda: attempt(due, confirming))

    schedule(after_ms, confirming=False)
