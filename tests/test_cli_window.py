"""The usual start (no command) opens the window without setting up every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import argparse, json, sys
import gutsleep.app
parsed = []
real = argparse.ArgumentParser.parse_known_args
argparse.ArgumentParser.parse_known_args = lambda *a, **k: parsed.append(1) or real(*a, **k)
calls = []
gutsleep.app.run_gui = lambda data_dir, argv, self_test=False: calls.append(
    [str(data_dir), argv[1:], self_test]) or 0
from gutsleep.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "calls": calls, "argparse": bool(parsed),
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


def test_the_usual_starts_skip_argparse_and_mean_what_argparse_would(tmp_path: Path) -> None:
    folder = str(tmp_path / "d")
    for args, expected in (
        ((), ["/from/env", [], False]),
        (("--data-dir", folder), [folder, [], False]),
        ((f"--data-dir={folder}",), [folder, [], False]),
        (("--self-test", "--data-dir", folder), [folder, [], True]),
    ):
        seen = _start(*args)
        assert (seen["calls"], seen["argparse"]) == ([expected], False), args
    # Anything else is left to the parsers, which read it as before.
    seen = _start("--data", folder)  # argparse's abbreviation
    assert (seen["calls"], seen["argparse"]) == ([[folder, [], False]], True)
    seen = _start("--data-dir", folder, "-reverse")
    assert (seen["calls"], seen["argparse"]) == ([[folder, ["-reverse"], False]], True)
