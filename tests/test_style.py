"""The style the project keeps: ruff (lint and format) everywhere, mypy on the typed layers.

Run as tests so that the README's one test command (and CI) holds every change
to them, not only the ones someone remembered to lint.
"""

from __future__ import annotations

import subprocess
import sys
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


def test_mypy_is_clean_on_domain_storage_and_analysis() -> None:
    result = _run("mypy")  # the files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
