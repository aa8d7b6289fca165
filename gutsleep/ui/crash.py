"""Unexpected exceptions: logged with their traceback, then one plain dialog on the GUI thread.

:func:`install` sets ``sys.excepthook`` (exceptions in slots and event
handlers end there) and ``threading.excepthook``; :func:`report` is for
failures caught elsewhere with nobody to handle them (a worker's job, an
unknown error in a data action). The dialog never shows the Python message:
it says the saved journal is not affected, and "Copy details" puts the
traceback on the clipboard. An error already shown is not shown again, and
nothing stacks while a dialog is open.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class _Reporter(QObject):
    """Takes reports from any thread; shows them on the GUI thread (a queued signal)."""

    reported = Signal(str, str)  # fingerprint, details

    def __init__(self) -> None:
        super().__init__()
        self.show_dialogs = True
        self.shown: set[str] = set()
        self.showing = False
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, fingerprint: str, details: str) -> None:
        if not self.show_dialogs or self.showing or fingerprint in self.shown:
            return
        from gutsleep.ui import dialogs

        self.shown.add(fingerprint)
        self.showing = True
        try:
            dialogs.unexpected_error(QApplication.activeWindow(), details)
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def _the_reporter() -> _Reporter:
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    return _reporter


def _fingerprint(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The same error from the same place, whatever its message (values may differ)."""
    places = "|".join(f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(tb))
    return f"{kind.__qualname__}@{places}"


def report_exception(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    *,
    where: str = "",
) -> None:
    """Log an unexpected exception with its traceback and show the plain dialog once."""
    log.error("Unexpected error%s", f" in {where}" if where else "", exc_info=(kind, error, tb))
    details = "".join(traceback.format_exception(kind, error, tb))
    if QApplication.instance() is not None:
        _the_reporter().reported.emit(_fingerprint(kind, tb), details)


def report(error: BaseException, *, where: str = "") -> None:
    """:func:`report_exception` for an exception object caught elsewhere."""
    report_exception(type(error), error, error.__traceback__, where=where)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if sys.stderr is not None:  # a windowed build has none
        traceback.print_exception(kind, error, tb)
    report_exception(kind, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "a thread"
    report_exception(args.exc_type, args.exc_value, args.exc_traceback, where=name)


def install(*, show_dialogs: bool = True) -> None:
    """Route every unexpected exception here; ``show_dialogs=False`` only logs (self-test)."""
    _the_reporter().show_dialogs = show_dialogs
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
