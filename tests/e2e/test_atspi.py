"""The real app on a real AT-SPI bus, read the way Orca reads it (issue 22).

Xvfb, a private D-Bus session and at-spi2-core's bus launcher are started; the
app runs on them with Qt's accessibility bridge on, and ``atspi_probe.py`` (run
by the system Python, which has Debian's python3-pyatspi) looks at it: combo
boxes labelled by their labels, a rejected field describing why, a sidebar
page chosen through the accessibility API, the article reader as text with a
caret. Skipped, saying what is missing, where those programs are not installed
(``.ci/run`` installs them on Debian).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing() -> str:
    """What this machine lacks for the test ('' when nothing)."""
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: xvfb, dbus)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "no system Python at /usr/bin/python3"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    return ""


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display and a session bus with the accessibility bus on it; the environment."""
    reason = missing()
    if reason:
        pytest.skip(f"no AT-SPI bus to test on: {reason}")
    started: list[subprocess.Popen[bytes]] = []
    try:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(xvfb)
        os.close(write)
        with os.fdopen(read) as display_number:
            display = ":" + display_number.readline().strip()
        dbus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        started.append(dbus)
        assert dbus.stdout is not None
        address = dbus.stdout.readline().decode().strip()
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        }
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(launcher)
        yield env
    finally:
        for process in reversed(started):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.e2e
@pytest.mark.slow
def test_orca_sees_labels_invalid_fields_pages_and_the_reader(  # type: ignore[no-untyped-def]
    bus: dict[str, str], tmp_path: Path
) -> None:
    from gutsleep.services.context import open_services
    from gutsleep.storage.settings import FIRST_RUN_DONE

    data = tmp_path / "data"
    services = open_services(data, zone="Europe/London")
    services.settings.set(FIRST_RUN_DONE, True)  # no welcome dialog in front of the window
    services.close()
    app = subprocess.Popen(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data)],
        cwd=ROOT,
        env={**bus, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        probe = subprocess.run(
            [SYSTEM_PYTHON, str(PROBE)],
            env={k: v for k, v in bus.items() if k != "PYTHONPATH"},
            capture_output=True,
            text=True,
            timeout=240,
        )
    finally:
        app.terminate()
        try:
            _out, errors = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            _out, errors = app.communicate()
    assert probe.returncode == 0, probe.stdout + probe.stderr
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    assert seen["journal_shown"], seen
    unlabelled = [name for name, labels in seen["combos"] if not any(labels)]
    assert len(seen["combos"]) >= 5 and not unlabelled, seen["combos"]
    assert "time" in seen["rejected_description"], seen
    assert seen["select_checklist"] and seen["checklist_shown"] and seen["journal_hidden"], seen
    reader = seen["reader"]
    assert reader["role"] == "text" and reader["characters"] > 0, reader  # was "label"
    assert reader["focusable"] and not reader["editable"], reader
    moved = reader["caret_after_down"]
    assert moved and moved > reader["caret_before"], reader  # Down moved the caret
    assert b"Traceback" not in errors, errors.decode(errors="replace")
