"""The Trends page's worker: one job at a time, and whether the person is waiting for one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from gutsleep.ui.operations import Worker
from gutsleep.ui.tr import tr


class Jobs(QObject):
    """Runs reading and insight jobs on one worker thread (the database sees one reader).

    A job started before :meth:`invalidate` still runs to its end, but its
    result is dropped: the page has moved on. ``quiet`` jobs (the insights,
    the rest of the journal behind a figure already shown) are not waited for.

    Signals:
        changed(): a job started or ended (the page updates "Working…").
    """

    changed = Signal()

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._background = Worker(self)
        #: Bumped by :meth:`invalidate`; a job's result counts only in its own generation.
        self.generation = 0
        self.running = 0
        self._quiet = 0  # of the jobs running, those without "Working…"

    @property
    def waited_for(self) -> bool:
        """A job the person waits for (not a quiet one) is running."""
        return self.running > self._quiet

    def invalidate(self) -> None:
        """Drop the results of the jobs started so far."""
        self.generation += 1

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[str], None],
        *,
        quiet: bool,
    ) -> None:
        """Run ``work``; ``done`` gets its result unless invalidated meanwhile, ``failed``
        the sentence saying what went wrong."""
        generation = self.generation

        def forget() -> None:
            self.running -= 1
            self._quiet -= int(quiet)
            self.changed.emit()

        def finished(result: object) -> None:
            forget()
            if generation == self.generation:
                done(result)

        def went_wrong(error: Exception) -> None:
            forget()
            message = str(error) or type(error).__name__
            failed(tr("Something went wrong: {problem}").format(problem=message))

        self.running += 1
        self._quiet += int(quiet)
        self.changed.emit()
        self._background.run(work, finished, went_wrong)

    def wait(self, msecs: int) -> bool:
        """Block until the running job is done (before the window closes)."""
        return self._background.wait(msecs)
