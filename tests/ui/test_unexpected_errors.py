"""An unexpected exception anywhere: logged, then ONE plain dialog with "Copy details"."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gutsleep.ui import crash, dialogs
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.operations import Worker

PLAIN = (
    "Something went wrong inside gutsleep. Your saved journal is not affected; "
    "the details are in the log."
)


class Shown:
    """The real dialog, built but not run: its text, and Copy details pressed once."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.copied: list[str] = []
        self.still_open: list[bool] = []

    def __call__(self, parent: object, details: str) -> None:
        box = dialogs.unexpected_error_box(None, details)
        box.show()
        self.texts.append(box.text())
        box.findChild(QPushButton, "copy_details").click()
        self.copied.append(QApplication.clipboard().text())
        self.still_open.append(box.isVisible())
        box.close()
        box.deleteLater()


@pytest.fixture
def shown(qtbot, monkeypatch) -> Iterator[Shown]:
    recorder = Shown()
    monkeypatch.setattr(dialogs, "unexpected_error", recorder)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_reporter", None)
    crash.install()
    yield recorder


class _Slots(QObject):
    def fail(self) -> None:
        raise ZeroDivisionError("a bug in a slot")


def test_an_exception_in_a_slot_shows_the_plain_dialog_once(qtbot, shown, caplog) -> None:
    slots = _Slots()
    for _ in range(3):  # the same bug again and again: one dialog
        QTimer.singleShot(0, slots.fail)
    qtbot.waitUntil(lambda: len(shown.texts) == 1)
    qtbot.wait(100)
    assert shown.texts == [PLAIN]
    assert "ZeroDivisionError: a bug in a slot" in shown.copied[0]
    assert "Traceback" in shown.copied[0] and "in fail" in shown.copied[0]
    assert shown.still_open == [True]  # copying does not close the dialog
    assert "a bug in a slot" not in shown.texts[0]
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 3 and errors[0].exc_info is not None


def test_an_exception_on_a_thread_is_shown_on_the_gui_thread(qtbot, shown) -> None:
    thread = threading.Thread(target=lambda: 1 / 0, name="worker-x")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown.texts) == 1)
    assert "ZeroDivisionError" in shown.copied[0]


def test_a_background_job_without_a_handler_is_reported(qtbot, shown) -> None:
    owner = QObject()
    background = Worker(owner)

    def work() -> object:
        raise KeyError("missing")

    background.run(work, lambda _result: None)
    qtbot.waitUntil(lambda: len(shown.texts) == 1, timeout=5000)
    assert "KeyError" in shown.copied[0]


def test_a_data_action_failing_unexpectedly_shows_no_python_message(
    qtbot, window: MainWindow, shown, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, _title, text: warned.append(text))
    actions = window.data_actions
    assert actions is not None  # installed with the window's menus

    def job(_progress: object, _cancel: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'day'")

    actions.run("export", None, job)
    qtbot.waitUntil(lambda: len(shown.texts) == 1, timeout=5000)
    actions.wait()
    assert warned == []
    assert "AttributeError" in shown.copied[0]


def test_help_opens_the_log_folder(window: MainWindow, services, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    assert window.log_folder_action in window.help_menu.actions()
    window.log_folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(services.data_dir)]


def test_the_real_dialog_has_copy_details_and_close(qtbot) -> None:
    box = dialogs.unexpected_error_box(None, "Traceback …")
    qtbot.addWidget(box)
    assert box.icon() is QMessageBox.Icon.Critical
    assert [b.text() for b in box.buttons()].count("&Copy details") == 1
