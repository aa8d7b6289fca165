"""Shared fixtures: offscreen Qt, a private temporary data folder, opened services."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "gutsleep", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("gutsleep")

ZONE = "Europe/London"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[object]:
    from gutsleep.services.context import open_services

    opened = open_services(data_dir, zone=ZONE)
    yield opened
    opened.close()


@pytest.fixture
def show_active(qtbot):
    """Show a widget in an active window, so keyboard focus and editingFinished work."""
    from PySide6.QtWidgets import QApplication

    def show(widget):
        qtbot.addWidget(widget)
        widget.show()
        window = widget.window()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    return show
