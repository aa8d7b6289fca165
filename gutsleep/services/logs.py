"""The app's log file: errors and warnings with their tracebacks, private from the first byte.

``gutsleep.log`` in the data folder, rotated at 1 MB with three older files
kept. It records what failed and where (exception types, SQLite's messages,
our own messages, tracebacks), never journal values or passphrases: code that
logs passes no note, food name or typed value into a message, and the
engine hides statement parameters (storage.file.engine).
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from gutsleep.storage.file.paths import ensure_private_dir

LOG_NAME = "gutsleep.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file rotated at ``max_bytes`` (``backups`` older ones kept), created 0600
    whatever the umask, so no moment exists when it is readable by others.

    Not logging.handlers.RotatingFileHandler: that module imports socket, pickle
    and queue, which the start-up (the log is configured before the window
    shows) should not pay for.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int):
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a file left by an older gutsleep, under another umask
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        """gutsleep.log → .1 → .2 …; the oldest is dropped."""
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_NAME


def configure(data_dir: Path, *, level: int = logging.WARNING) -> Path | None:
    """Send warnings and errors of the whole process to ``data_dir``'s log; once per process.

    Called again (another data folder, a test) it replaces the handler it added.
    Returns the log's path, or None when the file can't be written (the app
    runs on; the messages then go to stderr only).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(True)
    try:
        ensure_private_dir(data_dir)
        handler = PrivateRotatingFileHandler(
            log_path(data_dir), max_bytes=MAX_BYTES, backups=BACKUP_COUNT
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("The log file can't be written: %s", exc.strerror)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return log_path(data_dir)
