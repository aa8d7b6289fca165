"""The log file: private from its first byte, rotated, warnings and errors with tracebacks."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from gutsleep.services import logs


@pytest.fixture
def configured(tmp_path: Path) -> Iterator[Path]:
    old_umask = os.umask(0)
    try:
        path = logs.configure(tmp_path / "data")
    finally:
        os.umask(old_umask)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs.PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def test_the_log_is_created_private_under_umask_0(configured: Path) -> None:
    assert configured.name == "gutsleep.log"
    assert stat.S_IMODE(configured.stat().st_mode) == 0o600


def test_errors_are_recorded_with_their_traceback(configured: Path) -> None:
    try:
        raise ValueError("a failure of our own")
    except ValueError:
        logging.getLogger("gutsleep.test").exception("Something failed")
    logging.getLogger("gutsleep.test").info("not recorded: below warning")
    text = configured.read_text(encoding="utf-8")
    assert "ERROR gutsleep.test" in text and "Something failed" in text
    assert "Traceback" in text and "ValueError: a failure of our own" in text
    assert "not recorded" not in text


def test_rotated_files_stay_private(configured: Path, monkeypatch) -> None:
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, logs.PrivateRotatingFileHandler)
    )
    handler.max_bytes = 200
    old_umask = os.umask(0)
    try:
        for number in range(20):
            logging.getLogger("gutsleep.test").warning("line %d %s", number, "x" * 40)
    finally:
        os.umask(old_umask)
    files = sorted(configured.parent.glob("gutsleep.log*"))
    assert len(files) == 4  # the log and three older ones
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}
