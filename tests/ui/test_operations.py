"""Operations: work off the GUI thread, told back on it; and waiting for a quiet moment."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
from PySide6.QtWidgets import QWidget

from gutsleep.ui import crash, dialogs
from gutsleep.ui.operations import (
    Cancelled,
    Changes,
    Progress,
    QueryOp,
    Worker,
    WriteOp,
    notices,
    when_idle,
)


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot) -> None:
    owner = QObject()
    background = Worker(owner)
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
    background = Worker(owner)
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


def test_a_query_runs_off_the_gui_thread_and_succeeds_on_it(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: dict[str, object] = {}

    def read(_progress: Progress) -> str:
        seen["read_on_gui"] = on_gui_thread()
        return "days"

    def success(result: str) -> None:
        seen["result"] = result
        seen["success_on_gui"] = on_gui_thread()

    QueryOp(parent=owner, op=read, success=success).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"read_on_gui": False, "result": "days", "success_on_gui": True}


@pytest.fixture
def crash_dialogs(monkeypatch) -> list[str]:
    """The details each crash dialog would show (the dialog itself is not run)."""
    details: list[str] = []
    monkeypatch.setattr(dialogs, "unexpected_error", lambda _parent, text: details.append(text))
    monkeypatch.setattr(crash, "_reporter", None)
    return details


def test_a_failure_nobody_handles_is_logged_and_shown_in_the_crash_dialog(
    qtbot, crash_dialogs, caplog
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failed_on: list[bool] = []

    def read(_progress: Progress) -> None:
        raise KeyError("missing")

    def handler_thread(error: BaseException) -> None:
        failed_on.append(on_gui_thread())

    with caplog.at_level(logging.ERROR, logger="gutsleep.ui.crash"):
        QueryOp(parent=owner, op=read, success=lambda _r: None, name="reading").run_in_background()
        qtbot.waitUntil(lambda: len(crash_dialogs) == 1, timeout=5000)
    assert "KeyError" in crash_dialogs[0]
    (record,) = [r for r in caplog.records if r.name == "gutsleep.ui.crash"]
    assert record.getMessage() == "Unexpected error in reading" and record.exc_info is not None
    QueryOp(parent=owner, op=read, success=lambda _r: None).failure(
        handler_thread
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(failed_on))
    assert failed_on == [True] and len(crash_dialogs) == 1  # handled: no second dialog


def test_progress_is_reported_on_the_gui_thread_with_its_message(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reports: list[tuple[str | None, int, int, bool]] = []
    finished: list[int] = []

    def count(progress: Progress) -> int:
        progress.say("Counting…")
        for step in range(1, 4):
            progress(step, 3)
        return 3

    QueryOp(parent=owner, op=count, success=finished.append).on_progress(
        lambda message, done, total: reports.append((message, done, total, on_gui_thread()))
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(finished))
    assert reports == [
        ("Counting…", 0, 0, True),
        (None, 1, 3, True),
        (None, 2, 3, True),
        (None, 3, 3, True),
    ]


def test_cancel_stops_the_work_before_its_next_step(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    steps: list[int] = []
    started = threading.Event()
    go_on = threading.Event()
    failures: list[BaseException] = []

    def work(progress: Progress) -> None:
        for step in range(100):
            progress.check()
            steps.append(step)
            started.set()
            go_on.wait(5)

    running = QueryOp(parent=owner, op=work, success=lambda _r: None).failure(failures.append)
    handle = running.run_in_background()
    assert started.wait(5)
    handle.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled) and steps == [0] and handle.cancelled


def test_a_cancel_nobody_handles_shows_no_dialog(qtbot, crash_dialogs) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def work(progress: Progress) -> None:
        progress.cancel.set()
        progress.check()

    handle = QueryOp(parent=owner, op=work, success=lambda _r: None).run_in_background()
    assert handle.worker.wait(5000)
    qtbot.wait(50)
    assert crash_dialogs == []


def test_no_callback_once_the_owner_is_destroyed(qtbot) -> None:
    owner = QWidget()
    called: list[object] = []
    started = threading.Event()

    def slow(_progress: Progress) -> str:
        started.set()
        time.sleep(0.2)
        return "late"

    QueryOp(parent=owner, op=slow, success=called.append).failure(called.append).run_in_background()
    assert started.wait(5)
    owner.deleteLater()  # the worker (its child) waits for the job as it goes
    qtbot.wait(400)
    assert called == []


def test_no_callback_once_the_owner_is_destroyed_even_on_another_owners_worker(qtbot) -> None:
    keeper = QObject()
    worker = Worker(keeper)
    owner = QWidget()
    called: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def slow(_progress: Progress) -> str:
        started.set()
        release.wait(5)
        return "late"

    QueryOp(parent=owner, op=slow, success=called.append).run_in_background(worker)
    assert started.wait(5)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    assert worker.wait(5000)
    qtbot.wait(100)
    assert called == []


def test_a_write_announces_what_it_changed_before_its_success(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[object] = []

    def hear(changes: Changes, origin: QObject) -> None:
        heard.append((changes, origin))

    notices().changed.connect(hear)
    WriteOp(
        parent=owner,
        op=lambda _progress: 2,
        success=lambda result: heard.append(result),
        changes=lambda result: Changes(everything=result == 2),
    ).run_in_background()
    qtbot.waitUntil(lambda: len(heard) == 2)
    notices().changed.disconnect(hear)
    assert heard == [(Changes(everything=True), owner), 2]


def test_work_running_at_quit_is_waited_for(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    ended: list[bool] = []

    def write(_progress: Progress) -> None:
        started.set()
        time.sleep(0.3)
        ended.append(True)

    QueryOp(parent=owner, op=write, success=lambda _r: None).run_in_background()
    assert started.wait(5)
    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what quitting does before the event loop ends
    assert ended == [True]  # not cut off half-way
