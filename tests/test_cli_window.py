"""The usual start (no command) opens the window without setting up every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, sys
import gutsleep.app
calls = []
gutsleep.app.run_gui = lambda data_dir, argv, self_test=False: calls.append(
    [str(data_dir), argv[1:], self_test]) or 0
from gutsleep.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "calls": calls,
                  "commands_loaded": "gutsleep.commands" in sys.modules}))
"""


def _start(*args: str) -> dict[str, object]:
    """What ``gutsleep ARGS`` did, with the window replaced by a record of its call."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "GUTSLEEP_DATA_DIR": "/from/env"},
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_window_starts_without_the_commands_parsers(tmp_path: Path) -> None:
    seen = _start("--data-dir", str(tmp_path), "--self-test", "-style", "-reverse")
    assert seen["calls"] == [[str(tmp_path), ["-style", "-reverse"], True]]  # Qt's own options
    assert seen["commands_loaded"] is False


def test_a_command_still_gets_the_whole_command_line(tmp_path: Path) -> None:
    seen = _start("--data-dir", str(tmp_path / "none"), "check")
    assert seen["calls"] == [] and seen["commands_loaded"] is True


def test_the_usual_starts_open_the_window_with_what_they_say(tmp_path: Path) -> None:
    folder = str(tmp_path / "d")
    for args, expected in (
        ((), ["/from/env", [], False]),
        (("--data-dir", folder), [folder, [], False]),
        ((f"--data-dir={folder}",), [folder, [], False]),
        (("--self-test", "--data-dir", folder), [folder, [], True]),
        (("--data", folder), [folder, [], False]),  # argparse's abbreviation
        (("--data-dir", folder, "-reverse"), [folder, ["-reverse"], False]),  # Qt's own
    ):
        seen = _start(*args)
        assert (seen["calls"], seen["commands_loaded"]) == ([expected], False), args
