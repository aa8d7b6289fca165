"""Importing long-lived modules on a worker thread without stalling the GUI thread.

Python's garbage collector runs its full passes on whichever thread happens to
allocate, with the interpreter lock held, and a full pass walks every object
the process holds. Importing SQLAlchemy or matplotlib on a worker triggers
such passes; with the 100 000-odd objects of a running app each took 30-220 ms
(measured with ``gc.callbacks``), and the GUI thread, waiting for the lock,
stood still that long while a person typed.

:func:`collector_paused` pauses the collector around such imports and moves
what exists before and after into the permanent generation
(:func:`gc.freeze`), so later full passes walk only newer objects. Reference
counting still frees frozen objects; only a reference cycle already
unreachable at that moment would stay in memory.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection while the block runs (on any thread); nested and concurrent uses
    share one pause, which ends with the last of them."""
    global _pauses, _was_enabled
    with _lock:
        gc.freeze()
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            gc.freeze()
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
