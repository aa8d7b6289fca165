"""Fixtures shared by every test folder; ``tests/conftest.py`` makes them available.

A private temporary data folder, the services opened on it, the main window on
those services, a widget shown in an active window, and the dialogs answered
by the test (:class:`tests.helpers.dialogs.FakeDialogs`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # the Qt and service modules load when a test asks for them
    from pytestqt.qtbot import QtBot

    from gutsleep.services.context import Services
    from gutsleep.ui.main_window import MainWindow
    from tests.helpers.dialogs import FakeDialogs

ZONE = "Europe/London"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder of the test's own, not created yet (as on a first start)."""
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    """The services opened on :func:`data_dir` in :data:`ZONE`, closed afterwards."""
    from gutsleep.services.context import open_services

    opened = open_services(data_dir, zone=ZONE)
    yield opened
    opened.close()


@pytest.fixture
def show_active(qtbot: QtBot) -> Callable[[Any], Any]:
    """Show a widget in an active window, so keyboard focus and editingFinished work."""
    from PySide6.QtWidgets import QApplication

    def show(widget: Any) -> Any:
        qtbot.addWidget(widget)
        widget.show()
        window = widget.window()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    return show


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The main window on :func:`services`, not shown; its background work ends with it."""
    from gutsleep.ui.main_window import MainWindow

    main = MainWindow(services)
    qtbot.addWidget(main)
    yield main
    if main.data_actions is not None:
        main.data_actions.wait()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    """Every dialog answered by the test: see :class:`tests.helpers.dialogs.FakeDialogs`."""
    from tests.helpers.dialogs import FakeDialogs

    return FakeDialogs(monkeypatch)
