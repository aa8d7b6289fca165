"""Work on a worker thread with its result on the GUI thread, and waiting for a quiet moment."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, QTimer

from gutsleep.ui.operations import Background, when_idle


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot) -> None:
    owner = QObject()
    background = Background(owner)
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["done_on_gui"] = QThread.currentThread() is owner.thread()

    background.run(work, done, lambda error: seen.update(error=error))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"work_thread": False, "result": 42, "done_on_gui": True}


def test_a_failure_is_handed_back_as_the_exception(qtbot) -> None:
    owner = QObject()
    background = Background(owner)
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("no journal")

    background.run(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "no journal"
    assert background.wait(1000)


def test_when_idle_waits_while_the_gui_thread_is_busy(qtbot) -> None:
    owner = QObject()
    called: list[float] = []
    start = time.monotonic()
    busy_until = start + 0.6

    def hog() -> None:  # the GUI thread busy in 100 ms pieces for 0.6 s, like a page being built
        time.sleep(0.1)
        if time.monotonic() < busy_until:
            QTimer.singleShot(0, hog)

    QTimer.singleShot(0, hog)
    when_idle(owner, lambda: called.append(time.monotonic() - start), after_ms=50)
    qtbot.waitUntil(lambda: bool(called), timeout=5000)
    assert called[0] >= 0.6


def test_when_idle_goes_ahead_at_once_when_nothing_else_runs(qtbot) -> None:
    owner = QObject()
    called: list[float] = []
    start = time.monotonic()
    when_idle(owner, lambda: called.append(time.monotonic() - start), after_ms=50)
    qtbot.waitUntil(lambda: bool(called), timeout=5000)
    assert 0.04 <= called[0] < 1.0


def test_when_idle_waits_while_not_wanted_until_its_latest(qtbot) -> None:
    owner = QObject()
    wanted = {"now": False}
    called: list[float] = []
    start = time.monotonic()
    when_idle(
        owner,
        lambda: called.append(time.monotonic() - start),
        after_ms=20,
        at_latest_ms=3000,
        wanted=lambda: wanted["now"],
    )
    qtbot.wait(400)
    assert called == []  # the page that asked is not on screen
    wanted["now"] = True
    qtbot.waitUntil(lambda: bool(called), timeout=2000)
    assert 0.4 <= called[0] < 1.5
    late: list[float] = []
    when_idle(
        owner,
        lambda: late.append(time.monotonic() - start),
        after_ms=20,
        at_latest_ms=300,
        wanted=lambda: False,
    )
    qtbot.waitUntil(lambda: bool(late), timeout=3000)  # never wanted: goes ahead at its latest
