"""The style the project keeps: ruff (lint and format) everywhere, mypy --strict on gutsleep.

Run as tests so that the README's one test command (and CI) holds every change
to them, not only the ones someone remembered to lint.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "command",
    [("ruff", "check", "."), ("ruff", "format", "--check", ".")],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff_is_clean(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_covers_every_module_of_gutsleep() -> None:
    """The UI and the command line are typed too: none of gutsleep is left unchecked."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["strict"] is True
    checked = [ROOT / name for name in config["files"]]
    modules = [
        path
        for path in (ROOT / "gutsleep").iterdir()
        if path.suffix == ".py" or (path / "__init__.py").exists()
    ]
    unchecked = [
        path.name
        for path in modules
        if not any(path == folder or folder in path.parents for folder in checked)
    ]
    assert unchecked == []


def test_mypy_is_clean() -> None:
    result = _run("mypy")  # the files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
