"""The app, started the way ``python -m gutsleep --data-dir D`` starts it, with timing hooks.

    probe_app.py MODE --data-dir D [--warm-idle]

The hooks live here only: the main window class is swapped for a subclass
whose first paint event schedules the report for the end of that paint pass
(no app-wide event filter during start-up, which would cost a Python call
per Qt event). When the window paints before the Journal page is ready (a
window shown first, its journal opened after), the Journal page's own paint
events are watched (an event filter on that widget only, set when the page
is built) and only if the page paints before showing today's entry does an
app-wide watcher take over. Then ``gutsleep.cli.main`` runs unchanged.

Modes (each prints ``GUTSLEEP-BENCH {json}`` lines, then exits at once):
    start    paint_ns: first paint pass of the main window ends;
             ready_ns: the Journal page has been painted showing today's stored entry
    pages    after ready, visit every page of window.specs, let each settle;
             peak_rss_kib (VmHWM) afterwards
    trends   after ready, show the Trends page (first view), then change its
             range several times (redraws); with --warm-idle, wait idle first and
             import matplotlib's Qt canvas if the app did not warm it itself
    typing   after ready, type into the Journal's notes at one key every
             TYPE_EVERY_MS until STALL_WINDOW_S after the process started;
             ticks: the stamps of every typing tick (the parent measures the
             gaps between them: the event loop's stalls a typing person feels)
"""

from __future__ import annotations

import statistics
import sys
from datetime import date
from typing import Any

from probe_support import (
    Watcher,
    after_pass,
    finish,
    now_ns,
    peak_rss_kib,
    report,
    wait_quiet_with_pools,
)

MODE = sys.argv[1]
ARGS = [a for a in sys.argv[2:] if a != "--warm-idle"]
WARM_IDLE = "--warm-idle" in sys.argv
REDRAWS = 6
#: One key every 30 ms: a fast typist, and a tick late by more than that is felt.
TYPE_EVERY_MS = 30
#: Typing lasts until this long after the process started (the warm-up runs in it).
STALL_WINDOW_S = 10.0
#: Shortly after the process started; the parent cuts the ticks at its own exact stamp.
STARTED_NS = now_ns()
state: dict[str, Any] = {"painted": False, "paint_ns": None, "ready": False}


def _journal_shows_today(window: Any) -> tuple[bool, str]:
    """True when the Journal page is current and shows today's stored entry."""
    if window.current_page_id() != "journal":
        return False, f"current page is {window.current_page_id()!r}"
    page = window.pages.get("journal")
    if page is None or getattr(page, "current_day", None) != date.today():
        return False, "journal page not on today"
    stored = window.services.journal.load(date.today())
    if stored.is_empty():
        return True, "the journal has no entry for today (stale cache?)"
    shown, _refused = page.collect()
    same = (
        shown.notes == stored.notes
        and [f.name for f in shown.food.foods] == [f.name for f in stored.food.foods]
        and shown.sleep.quality == stored.sleep.quality
        and shown.stress.stress == stored.stress.stress
    )
    return same, "" if same else "journal page does not show the stored entry yet"


def _pass_done(window: Any) -> None:
    stamp = now_ns()
    if state["ready"]:
        return
    if state["paint_ns"] is None:
        state["paint_ns"] = stamp
    ok, why = _journal_shows_today(window)
    if ok:
        state["ready"] = True
        report(
            kind="app-start",
            paint_ns=state["paint_ns"],
            ready_ns=stamp,
            note=why,
            pages=[s.page_id for s in window.specs],
            has_trends=window.has_page("trends"),
            matplotlib_at_start="matplotlib" in sys.modules,
            peak_rss_kib=peak_rss_kib(),
        )
        _after_ready(window)
        return
    state["why"] = why
    if "page" in state and "watcher" not in state:
        # The page has painted without today's entry (it loads later): watch every paint.
        state["watcher"] = Watcher()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(5, lambda: _poll_ready(window))
    # Otherwise the Journal page is not built yet: its first paint calls back (_page_painted).


def _page_painted(page: Any) -> None:
    """A paint of the Journal page while start-up waits for it (see _install_hooks)."""
    if state["ready"] or not state["painted"] or "watcher" in state or state.get("pending"):
        return
    state["page"] = True
    state["pending"] = True

    def done() -> None:
        state["pending"] = False
        _pass_done(page.window())

    after_pass(done)


def _poll_ready(window: Any) -> None:
    watcher: Watcher = state["watcher"]
    if watcher.paints != state.get("seen", 0):
        state["seen"] = watcher.paints
        after_pass(lambda: _pass_done(window))
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(5, lambda: _poll_ready(window))


def _after_ready(window: Any) -> None:
    if MODE == "start":
        finish(0)
    from PySide6.QtCore import QTimer

    after = {"pages": _pages, "trends": _trends, "typing": _typing}[MODE]
    QTimer.singleShot(0, lambda: after(window))


def _typing(window: Any) -> None:
    """Type into the notes at a steady rate, as posted key events the loop handles as input.

    Each tick stamps itself and posts one key press and release to the notes
    field: a tick can only run when the event loop is free, so a gap longer
    than the interval is a stall the typing person would feel (their keys wait
    in the queue for it).
    """
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QPlainTextEdit

    page = window.pages["journal"]
    notes = page.findChild(QPlainTextEdit)
    notes.setFocus()
    ticks: list[int] = []
    typed = {"keys": 0}
    letters = "the quick brown fox slept well "

    def tick() -> None:
        stamp = now_ns()
        ticks.append(stamp)
        if stamp - STARTED_NS >= STALL_WINDOW_S * 1e9:
            timer.stop()
            report(
                kind="app-typing",
                ticks=ticks,
                interval_ms=TYPE_EVERY_MS,
                keys=typed["keys"],
                typed_chars=len(notes.toPlainText()),
                warm_done=getattr(getattr(window, "warmer", None), "done", None),
                matplotlib_loaded="matplotlib.figure" in sys.modules,
            )
            finish(0)
        char = letters[len(ticks) % len(letters)]
        key = Qt.Key.Key_Space if char == " " else getattr(Qt.Key, f"Key_{char.upper()}")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.postEvent(notes, event)
        typed["keys"] += 1

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TYPE_EVERY_MS)
    timer.timeout.connect(tick)
    state["typing_timer"] = timer
    timer.start()


def _pages(window: Any) -> None:
    watcher = Watcher()
    visited = []
    for spec in window.specs:
        start = now_ns()
        window.show_page(spec.page_id)
        settled = wait_quiet_with_pools(watcher, window)
        visited.append(
            {
                "page": spec.page_id,
                "settle_ms": (max(watcher.last_paint_ns, start) - start) / 1e6,
                "settled": settled,
            }
        )
    report(kind="app-pages", visited=visited, peak_rss_kib=peak_rss_kib())
    finish(0)


def _within(page: Any):
    def check(widget: Any) -> bool:
        while widget is not None:
            if widget is page:
                return True
            widget = widget.parentWidget()
        return False

    return check


def _range_combo(page: Any) -> Any:
    """The Trends range selector: a QComboBox named like "range"."""
    from PySide6.QtWidgets import QComboBox

    for name in ("range_combo", "trends_range", "range"):
        combo = page.findChild(QComboBox, name)
        if combo is not None:
            return combo
    combos = [c for c in page.findChildren(QComboBox) if "range" in c.objectName().lower()]
    return combos[0] if combos else None


def _range_steps(combo: Any, count: int) -> list[int]:
    """``count`` indexes to select one after another, each a real change (no "custom")."""
    choices = [
        i
        for i in range(combo.count())
        if "custom" not in f"{combo.itemText(i)} {combo.itemData(i)}".lower()
    ]
    if len(choices) < 2:
        return []
    current = combo.currentIndex()
    position = choices.index(current) if current in choices else 0
    return [choices[(position + k) % len(choices)] for k in range(1, count + 1)]


def _trends(window: Any) -> None:
    if not window.has_page("trends"):
        report(kind="app-trends", missing=True)
        finish(0)
    warm_source = None
    if WARM_IDLE:
        idle = Watcher()
        wait_quiet_with_pools(idle, window, quiet_ms=2000, limit_s=20)
        idle.remove()
        if "matplotlib.backends.backend_qtagg" in sys.modules:
            warm_source = "app"
        else:  # the app does not warm matplotlib while idle: do what it could do
            import matplotlib.backends.backend_qtagg
            import matplotlib.figure  # noqa: F401

            warm_source = "probe"
    mpl_before = "matplotlib" in sys.modules
    page_box: dict[str, Any] = {}
    start = now_ns()
    page = window.show_page("trends")
    page_box["page"] = page
    watcher = Watcher(_within(page))
    settled = wait_quiet_with_pools(watcher, window)
    first_view_ms = (max(watcher.last_paint_ns, start) - start) / 1e6
    redraws = []
    combo = _range_combo(page)
    for index in _range_steps(combo, REDRAWS) if combo is not None else []:
        watcher.last_paint_ns = 0
        t0 = now_ns()
        combo.setCurrentIndex(index)
        wait_quiet_with_pools(watcher, window)
        painted = watcher.last_paint_ns >= t0
        redraws.append(
            {
                "range": combo.itemData(index),
                "ms": (watcher.last_paint_ns - t0) / 1e6 if painted else None,
            }
        )
    measured = [r["ms"] for r in redraws if r["ms"] is not None]
    report(
        kind="app-trends",
        first_view_ms=first_view_ms,
        settled=settled,
        matplotlib_before=mpl_before,
        warm_source=warm_source,
        redraws=redraws,
        redraw_median_ms=statistics.median(measured) if measured else None,
        range_control_found=combo is not None,
        peak_rss_kib=peak_rss_kib(),
    )
    finish(0)


def _install_hooks() -> None:
    import dataclasses

    from PySide6.QtCore import QEvent, QObject

    import gutsleep.app
    import gutsleep.ui.main_window as main_window
    import gutsleep.ui.pages as pages

    class _PagePaints(QObject):
        """Paint events of one widget (this widget only: no per-event cost elsewhere)."""

        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                _page_painted(obj)
            return False

    page_filter = _PagePaints()
    for index, spec in enumerate(pages.PAGES):
        if spec.page_id == "journal":

            def build(services: Any, parent: Any, _build: Any = spec.build) -> Any:
                page = _build(services, parent)
                page.installEventFilter(page_filter)
                return page

            pages.PAGES[index] = dataclasses.replace(spec, build=build)
    state["page_filter"] = page_filter

    base = main_window.MainWindow

    class ProbedWindow(base):  # type: ignore[misc,valid-type]
        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            if not state["painted"]:
                state["painted"] = True
                after_pass(lambda: _pass_done(self))

    main_window.MainWindow = ProbedWindow
    if hasattr(gutsleep.app, "MainWindow"):
        gutsleep.app.MainWindow = ProbedWindow


def main() -> int:
    _install_hooks()
    from gutsleep.cli import main as cli_main

    code = cli_main(ARGS)
    report(kind="exit", code=code, painted=state["painted"], ready=state["ready"])
    return int(code or 0)


if __name__ == "__main__":
    sys.exit(main())
