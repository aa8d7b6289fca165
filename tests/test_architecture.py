"""The layering, the lean start-up path and the offline promise, checked on every run."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    # lint_imports configures logging with dictConfig, which disables every logger that
    # exists by then (gutsleep's included) for the rest of the test process: put them back.
    loggers = [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    disabled = {logger: logger.disabled for logger in loggers}
    try:
        assert lint_imports(no_cache=True) == 0
    finally:
        for logger, was in disabled.items():
            logger.disabled = was


def test_the_test_suite_cannot_open_network_sockets() -> None:
    from pytest_socket import SocketBlockedError

    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


PROBE = """
import json, sys, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from gutsleep.app import make_application
from gutsleep.services.context import open_services
from gutsleep.ui.main_window import MainWindow
app = make_application([sys.argv[0]])
services = open_services(Path(sys.argv[1]))
window = MainWindow(services)
window.show()
app.processEvents()
heavy = [m for m in ("matplotlib", "numpy", "alembic", "pandas", "scipy")
         if m in sys.modules]
window.close()
services.close()
print(json.dumps(heavy))
"""


def test_showing_the_window_imports_nothing_heavy(tmp_path: Path) -> None:
    """matplotlib, numpy and Alembic stay off the start-up path once the journal exists."""
    data = tmp_path / "data"
    from gutsleep.storage.file.database import Database

    Database.open(data).close()  # created (and migrated) beforehand
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
