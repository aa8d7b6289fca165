"""One writer per journal: the window's lock, checked and taken without Qt.

The window holds a QLockFile (``gutsleep.lock`` in the data folder; see
ui.single_instance). Its first lines are the holder's process id, its
program name and the machine's host name. Command-line operations that
write the journal (import, restore, demo) take the very same lock with
:func:`take` for their whole run: the file is created exclusively (O_EXCL,
as QLockFile does), written in QLockFile's format so a window started
meanwhile sees a living holder and steps aside, and kept under an advisory
``flock`` so that nobody (QLockFile included) removes it as stale while the
command runs. A sixth line, which QLockFile ignores, names the command, so
the window can say the journal is busy rather than "already open".

Deliberately simple: a lock from this process, from a process that no longer
runs, or an unreadable lock file counts as free (QLockFile itself treats such
locks as stale and takes them over). A lock written on another machine (a
shared folder) counts as held, since we can't look at that machine's processes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gutsleep.storage.errors import StoreError

LOCK_NAME = "gutsleep.lock"
#: The sixth line of a lock a command holds: this word, a space and the command's name.
COMMAND_MARK = "gutsleep-command"
IN_USE = "The journal is open in gutsleep; close it first."
#: How often :func:`take` looks again while it waits for the lock.
POLL_S = 0.2


class JournalInUseError(StoreError):
    """The app has the journal open; the message says what to do."""


@dataclass(frozen=True)
class LockInfo:
    pid: int
    app: str
    host: str
    command: str = ""  # the command-line writer holding it; empty for the window


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def read_lock(data_dir: Path) -> LockInfo | None:
    """What the lock file says, or None when there is none or it can't be read."""
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    mark = lines[5].split(" ", 1) if len(lines) > 5 else []
    command = mark[1] if len(mark) == 2 and mark[0] == COMMAND_MARK else ""
    return LockInfo(pid, app, host, command)


def process_alive(pid: int) -> bool:
    """True when a process with ``pid`` runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


def holder(data_dir: Path) -> LockInfo | None:
    """The other living process that has the journal open, or None."""
    info = read_lock(data_dir)
    if info is None or info.pid == os.getpid():
        return None
    import platform  # only for a lock that is already there: not at every start

    if info.host and info.host != platform.node():
        return info
    return info if process_alive(info.pid) else None


def in_use_message(info: LockInfo) -> str:
    """The refusal: the fixed sentence, then who holds the journal."""
    who = f"gutsleep {info.command}" if info.command else "the gutsleep window"
    where = f" on {info.host}" if info.host else ""
    return f"{IN_USE} (It is in use by {who}, process {info.pid}{where}.)"


def ensure_not_in_use(data_dir: Path) -> None:
    """Raise JournalInUseError while the app has this journal open elsewhere."""
    info = holder(data_dir)
    if info is not None:
        raise JournalInUseError(in_use_message(info))


def _program_name() -> str:
    """This process's program as QLockFile names it: the file name of its executable.

    QLockFile takes a lock over when the process named in it runs a different
    program (its pid was reused), so this must match what it reads for our pid.
    """
    try:
        return Path(os.readlink(f"/proc/{os.getpid()}/exe")).name
    except OSError:
        return Path(os.path.realpath(sys.executable)).name


def _native_lock(fd: int) -> bool:
    """Hold an advisory lock on ``fd`` (as QLockFile does); False if another holds one."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the open handle keeps the file
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale(path: Path) -> None:
    """Remove a lock nobody holds (its process is gone), as QLockFile would."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return
    try:
        if _native_lock(fd):
            path.unlink(missing_ok=True)
    finally:
        os.close(fd)


class WriterLock:
    """The journal's lock, held by a command-line writer until :meth:`release`."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        """Remove the lock file (still holding it, so no newer lock is removed), then close."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _try_take(data_dir: Path, command: str) -> WriterLock | None:
    path = lock_path(data_dir)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return None
    import platform

    content = f"{os.getpid()}\n{_program_name()}\n{platform.node()}\n\n\n{COMMAND_MARK} {command}\n"
    try:
        # Between the create and the flock another taker may have judged the empty
        # file stale and removed it: then this file is no longer the lock.
        if not _native_lock(fd) or os.fstat(fd).st_ino != path.stat().st_ino:
            os.close(fd)
            return None
        os.write(fd, content.encode("utf-8"))
        os.fsync(fd)
    except FileNotFoundError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    return WriterLock(path, fd)


def take(
    data_dir: Path,
    command: str,
    *,
    wait_s: float = 0.0,
    on_wait: Callable[[LockInfo | None], None] | None = None,
) -> WriterLock:
    """Take the journal's lock for ``command``, waiting up to ``wait_s`` seconds for it.

    Raises JournalInUseError (with :data:`IN_USE`) while the window or another
    command holds it; a lock whose process is gone is taken over. ``on_wait`` is
    called once, with the holder, when the lock is busy and waiting begins.
    """
    deadline = time.monotonic() + wait_s
    waiting = False
    while True:
        lock = _try_take(data_dir, command)
        if lock is not None:
            return lock
        info = holder(data_dir)
        if info is None:
            _remove_stale(lock_path(data_dir))
            lock = _try_take(data_dir, command)
            if lock is not None:
                return lock
            info = holder(data_dir) or read_lock(data_dir)
        if time.monotonic() >= deadline:
            if info is None:
                raise JournalInUseError(IN_USE)
            raise JournalInUseError(in_use_message(info))
        if not waiting and on_wait is not None:
            on_wait(info)
        waiting = True
        time.sleep(POLL_S)
