"""Is the journal open in the app right now? A check that needs no Qt.

The window holds a QLockFile (``gutsleep.lock`` in the data folder; see
ui.single_instance). Its first lines are the holder's process id, its
program name and the machine's host name. Command-line operations that
replace or rewrite the journal (import, restore) call
:func:`ensure_not_in_use` first and refuse while another living process holds
the lock.

Deliberately simple: a lock from this process, from a process that no longer
runs, or an unreadable lock file counts as free (QLockFile itself treats such
locks as stale and takes them over). A lock written on another machine (a
shared folder) counts as held, since we can't look at that machine's processes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gutsleep.storage.errors import StoreError

LOCK_NAME = "gutsleep.lock"


class JournalInUseError(StoreError):
    """The app has the journal open; the message says what to do."""


@dataclass(frozen=True)
class LockInfo:
    pid: int
    app: str
    host: str


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
    return LockInfo(pid, app, host)


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


def ensure_not_in_use(data_dir: Path) -> None:
    """Raise JournalInUseError while the app has this journal open elsewhere."""
    info = holder(data_dir)
    if info is not None:
        raise JournalInUseError(
            f"gutsleep is open for this journal (process {info.pid}"
            + (f" on {info.host}" if info.host else "")
            + "). Quit it first, then try again."
        )
