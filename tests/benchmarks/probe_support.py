"""What the probe scripts share: one JSON line on stdout, Qt paint passes, quiet waits.

Stdlib at import time; the Qt helpers import PySide6 only when called, so
the floor and the app pay for exactly the same imports. Timestamps are
``time.monotonic_ns()`` (CLOCK_MONOTONIC on Linux), comparable with the
parent's ``time.perf_counter_ns()``, which uses the same clock there.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

PREFIX = "GUTSLEEP-BENCH "


def now_ns() -> int:
    return time.monotonic_ns()


def report(**values: Any) -> None:
    """One result line; the parent reads every line starting with PREFIX."""
    sys.stdout.write(PREFIX + json.dumps(values, default=str) + "\n")
    sys.stdout.flush()


def peak_rss_kib() -> int:
    """VmHWM: the largest resident set of this process so far, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def finish(code: int = 0) -> None:
    """Leave at once (what happens after the measurement is not measured)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def after_pass(callback: Callable[[], None]) -> None:
    """Call ``callback`` once control is back in the event loop.

    Called from a top-level window's paint event: Qt paints the window and
    all its children in one backing-store sync and flushes it before the
    loop runs a zero timer, so the callback sees the frame finished.
    """
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, callback)


class Watcher:
    """An app-wide paint watcher installed *after* start-up (it costs a Python call per event).

    ``last_paint_ns`` is the time of the last paint event of a widget that
    ``interesting`` accepts; :meth:`wait_quiet` runs the event loop until no
    such paint happened for ``quiet_ms`` and no pooled thread is busy.
    """

    def __init__(self, interesting: Callable[[Any], bool] = lambda _w: True):
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication, QWidget

        paint = QEvent.Type.Paint
        watcher = self
        self.last_paint_ns = 0
        self.paints = 0

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == paint and isinstance(obj, QWidget) and interesting(obj):
                    watcher.last_paint_ns = time.monotonic_ns()
                    watcher.paints += 1
                return False

        self._filter = _Filter()
        QApplication.instance().installEventFilter(self._filter)

    def remove(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(self._filter)

    def wait_quiet(self, quiet_ms: int = 400, limit_s: float = 60.0) -> bool:
        """Process events until quiet; False when ``limit_s`` passed first."""
        from PySide6.QtCore import QEventLoop, QThreadPool
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        start = time.monotonic_ns()
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)
            now = time.monotonic_ns()
            busy = QThreadPool.globalInstance().activeThreadCount() > 0
            since = now - max(self.last_paint_ns, start)
            if not busy and since >= quiet_ms * 1_000_000:
                return True
            if now - start > limit_s * 1e9:
                return False


def wait_quiet_with_pools(
    watcher: Watcher, root: Any, quiet_ms: int = 400, limit_s: float = 60.0
) -> bool:
    """Like Watcher.wait_quiet, but also waits for the QThreadPools in ``root``'s tree.

    Once the pools are idle it waits one more quiet period: a job's result
    arrives as a queued signal after its thread is already counted as done,
    and the paint it causes must still be seen.
    """
    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + limit_s

    def busy() -> bool:
        pools = root.findChildren(QThreadPool) if root is not None else []
        return any(p.activeThreadCount() for p in pools)

    while True:
        ok = watcher.wait_quiet(quiet_ms, max(0.1, deadline - time.monotonic()))
        if time.monotonic() > deadline:
            return False
        if busy():
            continue
        paints = watcher.paints
        ok = watcher.wait_quiet(quiet_ms, max(0.1, deadline - time.monotonic())) and ok
        if watcher.paints == paints and not busy():
            return ok
