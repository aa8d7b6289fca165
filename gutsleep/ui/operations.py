"""Plain-Python work on a worker thread, its result handed back on the GUI thread.

For work that needs no widget (reading, counting, importing modules) and
would otherwise hold the window still. ``done`` and ``failed`` run on the
GUI thread, through queued signals, and only while the owner still exists.
A job given no ``failed`` reports its exception as a bug (ui.crash: the log,
and the plain dialog), never silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Signals(QObject):
    finished = Signal(object, object)  # the job, its result
    failed = Signal(object, object)  # the job, the exception


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[Exception], None] | None,
    ):
        super().__init__()
        self.work, self.done, self.failed = work, done, failed
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the owner, which decides what to show
            self.signals.failed.emit(self, exc)
            return
        self.signals.finished.emit(self, result)


class Background(QObject):
    """A one-thread pool owned by a widget; :meth:`run` queues work on it.

    The results arrive through this object's own methods, so they are
    delivered on its (the GUI) thread, and not at all once it is deleted.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        job = _Job(work, done, failed)
        job.setAutoDelete(False)
        self._jobs.add(job)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)

    def _finished(self, job: _Job, result: object) -> None:
        self._forget(job)
        job.done(result)

    def _failed(self, job: _Job, error: Exception) -> None:
        self._forget(job)
        if job.failed is None:
            from gutsleep.ui import crash

            crash.report(error, where="a background job")
            return
        job.failed(error)

    def _forget(self, job: _Job) -> None:
        # Later, not inside the job's own signal: the job owns the sender.
        QTimer.singleShot(0, self, lambda: self._jobs.discard(job))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (at close, and in tests)."""
        return bool(self.pool.waitForDone(msecs))


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
