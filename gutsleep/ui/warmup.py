"""Loading the chart libraries while the app is idle, so Trends opens quickly.

numpy and matplotlib (with its Qt canvas) take about half a second to import,
which the first view of the Trends page would otherwise pay. They are never
imported at start-up: once the window has painted and the event loop has been
left alone for a moment, :class:`Warmer` imports them on the GUI thread (Qt
modules must not be imported from another thread), one module per timer tick,
so a key press or a click in between is handled between two steps. It backs off
while a popup is open or a mouse button is held, and when a step finds the
event loop had been busy.
"""

from __future__ import annotations

import importlib
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Idle time after the first paint before the first import.
WARM_AFTER_MS = 1500
#: Pause between two imports.
STEP_MS = 15
#: How long to wait again when the app looks busy.
BUSY_RETRY_MS = 500
#: A tick this late means the event loop was busy: wait before the next import.
LATE_MS = 150

#: In dependency order; each is one step. The Qt canvas comes right after the
#: figure, then the app's own chart modules and the Trends page.
MODULES: tuple[str, ...] = (
    "numpy",
    "matplotlib",
    "matplotlib.colors",
    "matplotlib.transforms",
    "matplotlib.font_manager",
    "matplotlib.text",
    "matplotlib.axes",
    "matplotlib.figure",
    "matplotlib.dates",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "gutsleep.analysis.series",
    "gutsleep.analysis.stats",
    "gutsleep.charts.base",
    "gutsleep.charts.timeseries",
    "gutsleep.charts.weekly",
    "gutsleep.ui.trends.page",
)


class Warmer(QObject):
    """Imports ``modules`` one by one on the GUI thread, starting ``delay_ms`` after
    ``window``'s first paint.

    ``done`` is True once every module is imported (or one failed: the page that
    needs it then reports the failure itself, when it is opened).
    """

    def __init__(
        self,
        window: QWidget,
        modules: tuple[str, ...] = MODULES,
        delay_ms: int = WARM_AFTER_MS,
    ):
        super().__init__(window)
        self.window = window
        self.pending = [m for m in modules if m not in sys.modules]
        self.delay_ms = delay_ms
        self.done = not self.pending
        self._due = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        if not self.done:
            window.installEventFilter(self)  # this window only, never app-wide

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self._later(self.delay_ms)
        return False

    def _later(self, ms: int) -> None:
        self._due = time.monotonic() + ms / 1000
        self._timer.start(ms)

    def _busy(self) -> bool:
        late = (time.monotonic() - self._due) * 1000 > LATE_MS
        return (
            late
            or QApplication.activePopupWidget() is not None
            or QApplication.mouseButtons() != Qt.MouseButton.NoButton
        )

    def _step(self) -> None:
        if self.done:
            return
        if self._busy():
            self._later(BUSY_RETRY_MS)
            return
        name = self.pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception:  # the page that needs it will say what is wrong
            self.pending.clear()
        while self.pending and self.pending[0] in sys.modules:
            self.pending.pop(0)
        if self.pending:
            self._later(STEP_MS)
        else:
            self.done = True


def warm_when_idle(window: QWidget) -> Warmer:
    """Import the chart libraries once ``window`` has painted and the app is idle."""
    return Warmer(window)
