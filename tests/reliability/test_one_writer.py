"""One writer at a time: command-line writers take the window's lock for their whole run.

Real processes throughout: the CLI (no Qt), the window's QLockFile (Qt, in a
process of its own) and the lock format they share (storage.file.lockfile).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.storage.file import lockfile
from gutsleep.storage.file.database import Database
from gutsleep.storage.journal.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[2]
IMPORT_DAYS = 1500


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _gutsleep(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "gutsleep", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
        text=True,
    )


def _finish(process: subprocess.Popen[str], timeout: float = 180) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def _count(data: Path) -> int:
    database = Database.open(data)
    try:
        return JournalRepository(database).count()
    finally:
        database.close()


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON export of many days: an import of it takes a few seconds."""
    from gutsleep.cli import main
    from gutsleep.domain.journal import DayEntry

    folder = tmp_path_factory.mktemp("source")
    database = Database.open(folder / "data")
    start = date(2020, 1, 1)
    JournalRepository(database).save_many(
        [DayEntry(day=start + timedelta(days=n), notes=f"day {n}") for n in range(IMPORT_DAYS)]
    )
    database.close()
    target = folder / "all.json"
    assert main(["--data-dir", str(folder / "data"), "export", str(target)]) == 0
    return target


#: Holds the journal's lock the way a writing command does, until killed.
HOLD_AS_COMMAND = """
import sys, time
from pathlib import Path
from gutsleep.storage.file import lockfile
lock = lockfile.take(Path(sys.argv[1]), "import")
print("held", flush=True)
time.sleep(600)
"""

#: Holds the window's QLockFile, until killed.
HOLD_AS_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from gutsleep.ui import single_instance
app = QCoreApplication([])
instance = single_instance.claim(Path(sys.argv[1]), listen=False)
assert instance is not None
print("held", flush=True)
time.sleep(600)
"""

#: Tries the window's QLockFile once: prints whether it got it.
TRY_AS_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QLockFile
lock = QLockFile(str(Path(sys.argv[1]) / "gutsleep.lock"))
lock.setStaleLockTime(0)
print("taken" if lock.tryLock(0) else f"refused {lock.error().name}", flush=True)
"""


def _hold(script: str, data: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "held", process.stderr.read() if process.stderr else ""
    return process


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def _try_as_window(data: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", TRY_AS_WINDOW, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.slow
def test_two_imports_at_once_one_wins_the_other_says_the_journal_is_open_and_the_app_is_busy(
    tmp_path: Path, big_export: Path
) -> None:
    data = tmp_path / "data"
    first = _gutsleep("--data-dir", str(data), "import", str(big_export))
    deadline = time.monotonic() + 120
    while (info := lockfile.holder(data)) is None or info.command != "import":
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first import never took the lock"
        time.sleep(0.02)
    second = _gutsleep("--data-dir", str(data), "import", str(big_export))
    window = _gutsleep("--data-dir", str(data))  # the app, started during the import
    code, out, err = _finish(window)
    assert code == 1, (out, err)
    assert "The journal is busy" in err and "gutsleep import" in err
    assert first.poll() is None, "the import ended before the window asked: not a test"
    code, out, err = _finish(second)
    assert code == 1, (out, err)
    assert err.startswith(f"gutsleep: {lockfile.IN_USE}"), err
    assert "gutsleep import" in err and "Nothing was changed." in err
    assert len(err.strip().splitlines()) == 1  # no traceback
    code, out, err = _finish(first)
    assert (code, err) == (0, ""), out
    assert _count(data) == IMPORT_DAYS
    assert not lockfile.lock_path(data).exists()  # released at the end


def test_the_window_holding_the_lock_refuses_import_restore_and_demo(
    tmp_path: Path, big_export: Path
) -> None:
    data = tmp_path / "data"
    database = Database.open(data)
    database.close()
    before = (data / "journal.sqlite3").read_bytes()
    window = _hold(HOLD_AS_WINDOW, data)
    try:
        for argv in (
            ("import", str(big_export)),
            ("restore", str(big_export)),
            ("demo", "--days", "3"),
        ):
            code, out, err = _finish(_gutsleep("--data-dir", str(data), *argv))
            assert code == 1, (argv, out, err)
            assert err.startswith(f"gutsleep: {lockfile.IN_USE}"), err
            assert "the gutsleep window" in err
    finally:
        _stop(window)
    assert (data / "journal.sqlite3").read_bytes() == before
    # the window is gone (killed): its stale lock is taken over
    code, out, err = _finish(
        _gutsleep("--data-dir", str(data), "import", "--wait", "5", str(big_export))
    )
    assert code == 0, err
    assert _count(data) == IMPORT_DAYS


def test_while_a_command_writes_a_window_says_the_journal_is_busy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Database.open(data).close()
    command = _hold(HOLD_AS_COMMAND, data)
    try:
        assert _try_as_window(data) == "refused LockFailedError"
        started = time.monotonic()
        code, out, err = _finish(_gutsleep("--data-dir", str(data)), timeout=120)
        assert code == 1, (out, err)
        assert "The journal is busy" in err and "gutsleep import" in err
        assert "already open" not in out
        assert time.monotonic() - started < 60
    finally:
        _stop(command)
    # the command was killed: its lock is stale, and the window's QLockFile takes it over
    assert _try_as_window(data) == "taken"


def test_wait_waits_for_the_lock_and_says_so(tmp_path: Path, big_export: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    command = _hold(HOLD_AS_COMMAND, data)
    started = time.monotonic()
    waiting = _gutsleep("--data-dir", str(data), "import", "--wait", "1", str(big_export))
    code, _out, err = _finish(waiting)
    assert code == 1 and time.monotonic() - started >= 1
    assert "Waiting up to 1 s…" in err and "Waited 1 s; nothing was changed." in err
    waiting = _gutsleep("--data-dir", str(data), "import", "--wait", "120", str(big_export))
    time.sleep(2)
    assert waiting.poll() is None  # still waiting
    _stop(command)
    code, _out, err = _finish(waiting)
    assert code == 0, err
    assert "Waiting up to 120 s…" in err
    assert _count(data) == IMPORT_DAYS
    # a free lock is taken at once, without a word about waiting
    code, _out, err = _finish(
        _gutsleep(
            "--data-dir",
            str(data),
            "import",
            "--wait",
            "9",
            "--on-conflict",
            "skip",
            str(big_export),
        )
    )
    assert code == 0 and "Waiting" not in err, err


def test_a_stale_or_own_lock_is_taken_over_and_a_held_one_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lockfile.lock_path(data).write_text(f"{dead.pid}\npython3\n\n", encoding="utf-8")
    with lockfile.take(data, "restore") as lock:
        info = lockfile.read_lock(data)
        assert info is not None and (info.pid, info.command) == (os.getpid(), "restore")
        if os.name == "posix":
            assert lock.path.stat().st_mode & 0o777 == 0o600
    assert not lockfile.lock_path(data).exists()
