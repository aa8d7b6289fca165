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

from PySide6.QtCore import QObject, QProcess, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from gutsleep.storage.settings import DEMO_JOURNAL
from gutsleep.ui import dialogs
from gutsleep.ui.tr import tr

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


class _Signals(QObject):
    """Signals:
    finished(object): the demo folder (a Path) is ready.
    failed(str): why it could not be prepared.
    """

    finished = Signal(object)
    failed = Signal(str)


class _Prepare(QRunnable):
    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self.signals = _Signals()

    def run(self) -> None:
        from gutsleep.services.demo_folder import prepare_demo

        try:
            prepare_demo(self.folder, days=DEMO_DAYS)
        except Exception as exc:  # DemoRefused, StoreError, OSError: all told to the person
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(self.folder)


class DemoLauncher(QObject):
    """Owns the Help menu action and the one background job behind it.

    Signals:
        launched(object): a second gutsleep was started on this folder (a Path).
    """

    launched = Signal(object)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.action = QAction(tr("Explore a &demo journal…"), window)
        self.action.setObjectName("action_demo")
        self.action.setToolTip(tr("Open a generated journal in a second window, in its own folder"))
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.launch)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Prepare | None = None

    def launch(self) -> None:
        services = self.window.services  # type: ignore[attr-defined]
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
        job = _Prepare(folder)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._prepared)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _prepared(self, folder: object) -> None:
        assert isinstance(folder, Path)
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

    def _failed(self, message: str) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        dialogs.warn(self.window, tr("The demo journal could not be prepared"), message)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return a == b


def install_demo_action(window: QMainWindow) -> DemoLauncher:
    """Put "Explore a demo journal…" in the window's Help menu, above "About"."""
    launcher = DemoLauncher(window)
    menu = window.help_menu  # type: ignore[attr-defined]
    actions = menu.actions()
    last = actions[-1] if actions else None  # "About gutsleep" stays last
    menu.insertAction(last, launcher.action)
    if last is not None:
        menu.insertSeparator(last)
    window.demo_launcher = launcher  # type: ignore[attr-defined]
    return launcher
