"""Loading the chart libraries while the app is idle, so Trends opens quickly.

numpy and matplotlib take about half a second to import, which the first view
of the Trends page would otherwise pay. They are never imported at start-up:
once the window has painted and the app has been left alone for a moment,
:class:`Warmer` imports

1. the Qt-free modules (numpy, matplotlib and its font list, the app's
   analysis and chart modules) on a worker thread. Single steps there took
   50-250 ms each on the GUI thread, long enough for a person typing to feel;
   on a thread the interpreter hands the GUI thread its turn every few
   milliseconds, so keys and paints are answered meanwhile;
2. then the modules that load Qt code (matplotlib's Qt canvas, the Trends
   page) on the GUI thread, one per timer tick, each only when no key or
   mouse input arrived in the last :data:`INPUT_QUIET_MS`, no popup is open,
   no mouse button is held and the loop was not busy. These are short once
   step 1 is done, but a person typing never waits for one.

Input is noticed with an application-wide event filter, installed only while
warming (a Python call per event for a few seconds) and removed once done.

A thread alone was not enough: the imports create some 60 000 objects, and
the garbage collector's full passes they trigger walked every object the app
holds, 50-200 ms each with the interpreter lock held; the worker imports with
the collector paused (:func:`gutsleep.services.collector.collector_paused`).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gutsleep.services.collector import collector_paused

log = logging.getLogger(__name__)

#: Idle time after the first paint before the first import.
WARM_AFTER_MS = 1500
#: Pause between two imports on the GUI thread.
STEP_MS = 15
#: Pause between two looks at the worker (each takes the interpreter lock from it).
POLL_MS = 100
#: How long to wait again when the app looks busy.
BUSY_RETRY_MS = 500
#: A tick this late means the event loop was busy: wait before the next import.
LATE_MS = 150
#: No import on the GUI thread until this long after the last key press or click.
INPUT_QUIET_MS = 1500

#: Imported on a worker thread, in dependency order: no Qt in any of them.
MODULES: tuple[str, ...] = (
    "numpy",
    "matplotlib",
    "matplotlib.font_manager",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_agg",
    "gutsleep.analysis.series",
    "gutsleep.analysis.stats",
    "gutsleep.charts.base",
    "gutsleep.charts.timeseries",
    "gutsleep.charts.weekly",
)

#: Imported on the GUI thread afterwards, one per tick: they load Qt classes. The
#: dialogs are a step of their own so that no step takes much over 30 ms.
GUI_MODULES: tuple[str, ...] = (
    "matplotlib.backends.backend_qtagg",
    "gutsleep.ui.dialogs",
    "gutsleep.ui.trends.page",
)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class Warmer(QObject):
    """Imports ``modules`` on a worker thread, then ``gui_modules`` on the GUI thread,
    starting ``delay_ms`` after ``window``'s first paint.

    ``done`` is True once every module is imported (or one failed: the page that
    needs it then reports the failure itself, when it is opened).
    """

    def __init__(
        self,
        window: QWidget,
        modules: tuple[str, ...] = MODULES,
        delay_ms: int = WARM_AFTER_MS,
        gui_modules: tuple[str, ...] = GUI_MODULES,
    ):
        super().__init__(window)
        self.window = window
        self.background = [m for m in modules if m not in sys.modules]
        self.gui = [m for m in gui_modules if m not in sys.modules]
        self.delay_ms = delay_ms
        self.done = not self.pending
        #: When the last key press or click arrived (time.monotonic), while warming.
        self.last_input = float("-inf")
        self._failed = False
        self._armed = False
        self._thread: threading.Thread | None = None
        self._due = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        if not self.done:
            window.installEventFilter(self)  # this window only, until it has painted

    @property
    def pending(self) -> list[str]:
        """The modules still to import, in order."""
        return [*self.background, *self.gui]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        elif watched is self.window and kind == QEvent.Type.Paint and not self._armed:
            self._armed = True
            self.window.removeEventFilter(self)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)  # input anywhere, only while warming
            self._later(self.delay_ms)
        return False

    def _later(self, ms: int) -> None:
        self._due = time.monotonic() + ms / 1000
        self._timer.start(ms)

    def _busy(self) -> bool:
        now = time.monotonic()
        return (
            (now - self._due) * 1000 > LATE_MS
            or (now - self.last_input) * 1000 < INPUT_QUIET_MS
            or QApplication.activePopupWidget() is not None
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton
        )

    def _import_in_background(self) -> None:
        """The worker thread: each module in order; the first failure ends warming.

        The collector is paused meanwhile, and back on when the thread ends.
        """
        with collector_paused():
            while self.background:
                try:
                    importlib.import_module(self.background[0])
                except Exception:  # the page that needs it will say what is wrong
                    log.warning("Warming up stopped at %s", self.background[0], exc_info=True)
                    self._failed = True
                    return
                self.background.pop(0)

    def _step(self) -> None:
        if self.done:
            return
        if self._thread is None and self.background:
            self._thread = threading.Thread(
                target=self._import_in_background, name="gutsleep-warmup", daemon=True
            )
            self._thread.start()
        if self._thread is not None and self._thread.is_alive():
            self._later(POLL_MS)
            return
        if self._failed:
            self.gui.clear()
        while self.gui and self.gui[0] in sys.modules:
            self.gui.pop(0)
        if self.gui:
            if self._busy():
                self._later(BUSY_RETRY_MS)
                return
            try:
                importlib.import_module(self.gui.pop(0))
            except Exception:  # the page that needs it will say what is wrong
                log.warning("Warming up stopped", exc_info=True)
                self.gui.clear()
        if self.gui:
            self._later(STEP_MS)
        else:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def warm_when_idle(window: QWidget) -> Warmer:
    """Import the chart libraries once ``window`` has painted and the app is idle."""
    return Warmer(window)
