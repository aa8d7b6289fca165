"""Help ▸ Explore a demo journal…: a generated journal in its own folder, in a second window.

The demo lives beside the data folder the window has open, whether it came
from ``--data-dir``, GUTSLEEP_DATA_DIR or the platform (``<data folder>-demo``,
see :mod:`gutsleep.services.demo_folder`), never in the journal itself; its
window says "Demo journal" in the title and a banner. It is generated off
the GUI thread the first time, then a second gutsleep process is started on
it, so the person's own journal stays untouched in this window.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtGui import QAction

from gutsleep.storage.settings import DEMO_JOURNAL
from gutsleep.ui import dialogs
from gutsleep.ui.operations import Progress, QueryOp, Worker, report_bug
from gutsleep.ui.tr import tr

if TYPE_CHECKING:
    from gutsleep.ui.main_window import MainWindow

DEMO_DAYS = 365


def demo_folder(current: Path) -> Path:
    """The demo's folder beside the data folder this window has open (``--data-dir`` too)."""
    from gutsleep.services.demo_folder import demo_data_dir

    return demo_data_dir(current)


def start_process(folder: Path) -> bool:
    """Start a second, independent gutsleep on ``folder``; False when it could not start."""
    if getattr(sys, "frozen", False):  # a bundle: the executable is gutsleep itself
        arguments = ["--data-dir", str(folder)]
    else:
        arguments = ["-m", "gutsleep", "--data-dir", str(folder)]
    started, _pid = QProcess.startDetached(sys.executable, arguments)
    return bool(started)


def _prepare(folder: Path) -> Path:
    """On the worker: generate the demo journal in ``folder`` unless it is there already."""
    from gutsleep.services.demo_folder import prepare_demo

    prepare_demo(folder, days=DEMO_DAYS)
    return folder


class DemoLauncher(QObject):
    """Owns the Help menu action and the one background job behind it.

    Signals:
        launched(object): a second gutsleep was started on this folder (a Path).
    """

    launched = Signal(object)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.action = QAction(tr("Explore a &demo journal…"), window)
        self.action.setObjectName("action_demo")
        self.action.setToolTip(tr("Open a generated journal in a second window, in its own folder"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.launch)
        self.worker = Worker(self)

    def launch(self) -> None:
        services = self.window.services
        current = services.data_dir
        folder = demo_folder(current)
        if services.settings.get(DEMO_JOURNAL) or _same_folder(folder, current):
            dialogs.inform(
                self.window,
                tr("Demo journal"),
                tr("This window already shows the demo journal."),
            )
            return
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(tr("Preparing the demo journal…"))

        def prepare(_progress: Progress) -> Path:
            return _prepare(folder)

        op = QueryOp(parent=self, op=prepare, success=self._prepared, name="the demo journal")
        op.failure(self._failed).run_in_background(self.worker)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.worker.wait(msecs)

    def _prepared(self, folder: Path) -> None:
        self.action.setEnabled(True)
        if start_process(folder):
            self.window.statusBar().showMessage(
                tr("The demo journal opens in a new window ({folder}).").format(folder=folder),
                10_000,
            )
            self.launched.emit(folder)
        else:
            self.window.statusBar().clearMessage()
            dialogs.warn(
                self.window,
                tr("Demo journal"),
                tr("gutsleep could not be started on the demo folder {folder}.").format(
                    folder=folder
                ),
            )

    def _failed(self, error: BaseException) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        if not isinstance(error, Exception):  # not DemoRefused, StoreError, OSError...
            report_bug(error, "the demo journal")
            return
        dialogs.warn(self.window, tr("The demo journal could not be prepared"), str(error))


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return a == b


def install_demo_action(window: MainWindow) -> DemoLauncher:
    """Put "Explore a demo journal…" in the window's Help menu, above "About" (the window
    keeps the launcher as ``window.demo_launcher``)."""
    launcher = DemoLauncher(window)
    menu = window.help_menu
    actions = menu.actions()
    if not actions:
        menu.addAction(launcher.action)
        return launcher
    last = actions[-1]  # "About gutsleep" stays last
    menu.insertAction(last, launcher.action)
    menu.insertSeparator(last)
    return launcher
