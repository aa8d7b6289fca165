"""The collector paused around imports on worker threads (services/collector.py)."""

from __future__ import annotations

import gc
import threading

import pytest

from gutsleep.services.collector import collector_paused


def test_the_collector_is_paused_in_the_block_and_back_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_end_with_the_last_one() -> None:
    first_in = threading.Event()
    second_done = threading.Event()
    seen: list[bool] = []

    def second() -> None:
        first_in.wait()
        with collector_paused():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())  # the first pause is still on
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with collector_paused():
        first_in.set()
        second_done.wait(10)
    thread.join()
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_pause_ends_when_the_block_raises() -> None:
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("no such module")
    assert gc.isenabled()


def test_preload_imports_sqlalchemy_with_the_collector_paused(services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Its full collections on the worker stalled the GUI thread 30-80 ms after ready."""
    seen: list[bool] = []
    real = services.database.load_engine
    monkeypatch.setattr(
        services.database, "load_engine", lambda: seen.append(gc.isenabled()) or real()
    )
    services.preload()
    assert seen[0] is False  # the first call builds the engine; later ones find it
    assert gc.isenabled()
