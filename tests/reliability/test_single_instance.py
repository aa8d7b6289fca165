"""One writer per journal: a second instance steps aside; a stale lock is taken over."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gutsleep.storage.file import lockfile

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _files(data: Path) -> list[tuple[str, int, int]]:
    return [
        (p.name, p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(data.glob("journal.sqlite3*"))
    ]


def _wait_until_settled(data: Path, process: subprocess.Popen[str], deadline: float) -> None:
    """Until the journal's files stay unchanged for 1.5 s: a new journal is still being
    made and upgraded (on a busy machine, for a while) after its file appears."""
    seen, since = _files(data), time.monotonic()
    while time.monotonic() - since < 1.5:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first instance kept writing its journal"
        time.sleep(0.1)
        now = _files(data)
        if now != seen:
            seen, since = now, time.monotonic()


@pytest.fixture
def first_instance(tmp_path: Path):
    """The real app, running on a data folder, until the test ends."""
    data = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
        text=True,
    )
    deadline = time.monotonic() + 90
    while lockfile.holder(data) is None or not (data / "journal.sqlite3").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first instance did not start"
        time.sleep(0.1)
    time.sleep(0.5)  # the local server listens right after the lock is taken
    _wait_until_settled(data, process, deadline)
    yield data, process
    process.kill()
    process.wait()


@pytest.mark.e2e
def test_a_second_instance_says_so_and_exits_0_while_the_first_runs(first_instance) -> None:
    data, first = first_instance
    before = (data / "journal.sqlite3").stat().st_mtime_ns
    second = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=_env(),
    )
    assert second.returncode == 0, second.stderr
    assert "gutsleep is already open for this journal" in second.stdout
    assert first.poll() is None  # the first one carries on
    assert (data / "journal.sqlite3").stat().st_mtime_ns == before

    # the non-Qt check sees the app's lock, and writing commands refuse
    info = lockfile.holder(data)
    assert info is not None and info.pid == first.pid
    with pytest.raises(lockfile.JournalInUseError, match="close it first"):
        lockfile.ensure_not_in_use(data)
    refused = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data), "restore", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=_env(),
    )
    if "invalid choice" in refused.stderr:
        pytest.skip("the restore command is not there yet")
    assert refused.returncode == 1
    assert lockfile.IN_USE in refused.stderr and "the gutsleep window" in refused.stderr


def test_the_lock_check_ignores_missing_dead_and_own_locks(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    assert lockfile.holder(data) is None
    path = lockfile.lock_path(data)
    path.write_text(f"{_dead_pid()}\npython3\n{platform.node()}\n", encoding="utf-8")
    assert lockfile.holder(data) is None
    path.write_text(f"{os.getpid()}\npython3\n{platform.node()}\n", encoding="utf-8")
    assert lockfile.holder(data) is None  # our own lock
    path.write_text("garbage", encoding="utf-8")
    assert lockfile.holder(data) is None
    path.write_text(f"{os.getppid()}\npython3\n{platform.node()}\n", encoding="utf-8")
    assert lockfile.holder(data).pid == os.getppid()  # a living process
    path.write_text(f"{_dead_pid()}\npython3\nanother-machine\n", encoding="utf-8")
    assert lockfile.holder(data) is not None  # can't look at another machine's processes


# The Qt side runs in a process of its own: QtNetwork must not be loaded into the
# test process (tests/ui/test_articles_offline.py checks it never is).
IN_QT = """
import os, platform, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from gutsleep.storage.file import lockfile
from gutsleep.ui import single_instance

app = QApplication([])
data = Path(sys.argv[1])
dead = int(sys.argv[2])

# a stale lock left by a crashed process is taken over
data.mkdir()
lockfile.lock_path(data).write_text(
    f"{dead}\\n{Path(sys.executable).name}\\n{platform.node()}\\n", encoding="utf-8"
)
first = single_instance.claim(data)
assert first is not None, "stale lock not taken over"
assert lockfile.read_lock(data).pid == os.getpid()
if os.name == "posix":
    assert lockfile.lock_path(data).stat().st_mode & 0o777 == 0o600

# a second claim asks the first to raise its window
window = QWidget()
raised = []


def on_request():
    first.raise_window(window)
    raised.append(window.isVisible())  # (quit() closes every window, so look now)
    app.quit()


first.activation_requested.connect(on_request)
assert single_instance.claim(data) is None
QTimer.singleShot(5000, app.quit)
app.exec()
assert raised == [True], "the first instance was not asked to raise its window"

first.release()
assert not lockfile.lock_path(data).exists()
again = single_instance.claim(data)  # released: free for the next start
assert again is not None
again.release()
print("ok")
"""


def _script_says_ok(script: str, *args: str) -> None:
    """Run ``script`` in a Python of its own (a Qt application per process); it ends with "ok"."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_stale_lock_taken_over_and_a_second_claim_raises_the_first(tmp_path: Path) -> None:
    _script_says_ok(IN_QT, str(tmp_path / "data"), str(_dead_pid()))


def test_the_server_name_is_per_folder_and_short(tmp_path: Path) -> None:
    from gutsleep.ui.single_instance import server_name

    a = server_name(tmp_path / "a" / ("long" * 40))
    assert a == server_name(tmp_path / "a" / ".." / "a" / ("long" * 40))
    assert a != server_name(tmp_path / "b")
    assert len(a) < 60


#: The first instance holds the lock but listens only later (as the app does, after
#: its first paint); a second start meanwhile keeps asking until it is heard.
LATE_LISTENER = """
import subprocess, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gutsleep.ui import single_instance

app = QApplication([])
data = Path(sys.argv[1])
first = single_instance.claim(data, listen=False)
assert first is not None and first.server is None
second = subprocess.Popen(
    [sys.executable, "-c",
     "import sys; from pathlib import Path; from gutsleep.ui import single_instance;"
     "sys.exit(0 if single_instance.claim(Path(sys.argv[1])) is None else 3)",
     str(data)],
)
heard = []
first.activation_requested.connect(lambda: (heard.append(1), app.quit()))
QTimer.singleShot(300, first.listen)  # the second start is already asking by then
QTimer.singleShot(8000, app.quit)
app.exec()
assert second.wait(10) == 0, "the second start did not step aside"
assert heard == [1], "the second start gave up before the first listened"
first.release()
print("ok")
"""


def test_a_second_start_waits_for_a_first_instance_that_listens_late(tmp_path: Path) -> None:
    _script_says_ok(LATE_LISTENER, str(tmp_path / "data"))
