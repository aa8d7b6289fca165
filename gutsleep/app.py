"""The composition root: Qt application, services for the data folder, main window.

The window is shown first as a shell (sidebar, menus, "Opening the journal…"),
before the database layer is imported; once it has painted, the journal is
opened (asking for a passphrase or offering recovery, with the shell as the
dialogs' parent) and the first page is built into it.
"""

from __future__ import annotations

from gutsleep.ui import pyside_imports

pyside_imports.install()  # first: every import below and after is checked by PySide6

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from gutsleep import __version__
from gutsleep.locate import resources_dir
from gutsleep.storage.errors import StoreError
from gutsleep.storage.settings import CLOCK, LANGUAGE, THEME, SettingsStore
from gutsleep.ui import i18n, single_instance, style
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.tr import tr

if TYPE_CHECKING:
    from gutsleep.services.context import Services

APP_ID = "io.github.gutsleep.GutSleep"

log = logging.getLogger(__name__)


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("gutsleep")
    app.setApplicationDisplayName("gutsleep")
    app.setOrganizationName("gutsleep")
    app.setOrganizationDomain("gutsleep.github.io")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    style.apply(app)
    icon = resources_dir() / "icons" / "gutsleep.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_self_test(window: MainWindow) -> None:
    """Visit every page once, then quit; used by packaging and end-to-end tests."""
    for spec in window.specs:
        window.show_page(spec.page_id)
        QApplication.processEvents()
    window.close()
    if window.failed_pages:
        for page_id, error in window.failed_pages.items():
            print(f"self-test failed: {page_id}: {error}", file=sys.stderr, flush=True)
        QApplication.exit(1)
        return
    print(f"self-test ok: {', '.join(s.page_id for s in window.specs)}", flush=True)
    QApplication.quit()


def _offer_checklist(window: MainWindow) -> None:
    from gutsleep.ui import first_run

    first_run.offer_checklist(window)


#: Open the journal by then even if the window has not painted (started minimised).
OPEN_AT_LATEST_MS = 1000
#: Answer later starts this long after the journal opened (its page paints first), or
#: this long after the opening began at the latest; a later start keeps asking meanwhile.
LISTEN_AFTER_OPEN_MS = 300
LISTEN_AT_LATEST_MS = 1500


class _AfterFirstPaint(QObject):
    """Calls back once ``window`` has painted for the first time (its frame on screen)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        window.installEventFilter(self)  # this window only, never app-wide
        QTimer.singleShot(OPEN_AT_LATEST_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            # A zero timer set while painting runs once the frame is flushed; one more
            # turn of the loop lets other first-paint callbacks run before the work.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._call))
        return False

    def _call(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.window.removeEventFilter(self)
            callback()


def open_into(window: MainWindow, data_dir: Path) -> Services | int:
    """Open the journal into the shell ``window``; the services, or an exit status."""
    from gutsleep.ui import startup

    try:
        services = startup.open_journal(data_dir, window)
    except startup.Quit as exc:
        return exc.code
    except StoreError as exc:
        from gutsleep.ui import dialogs

        dialogs.warn(window, tr("The journal can't be opened"), str(exc))
        print(f"gutsleep: {exc}", file=sys.stderr)
        return 2
    window.open_journal(services)
    return services


def run_gui(data_dir: Path, argv: list[str], *, self_test: bool = False) -> int:
    from gutsleep.services import logs
    from gutsleep.ui import crash

    logs.configure(data_dir)
    app = make_application(argv)
    crash.install(show_dialogs=not self_test)  # the self-test answers no dialog: it logs
    early = SettingsStore(data_dir)
    i18n.install(app, early.get(LANGUAGE))
    style.apply(app, early.get(THEME))
    instance = single_instance.claim(data_dir, listen=False)
    if instance is None:
        busy = single_instance.busy_message(data_dir)
        if busy is None:
            print(single_instance.ALREADY_OPEN, flush=True)
            return 0
        print(f"gutsleep: {busy}", file=sys.stderr, flush=True)
        if app.platformName() != "offscreen":  # nobody would see (or close) it
            from gutsleep.ui import dialogs

            dialogs.warn(None, tr("The journal is busy"), busy)
        return 1
    window = MainWindow(None, settings=early)  # the shell, on screen before the journal opens
    instance.activation_requested.connect(lambda: instance.raise_window(window))
    opened: list[Services] = []

    def open_journal() -> None:
        # QtNetwork (for later starts asking to raise this window) once the Journal
        # is on screen, or while a passphrase or recovery dialog waits for the user.
        QTimer.singleShot(LISTEN_AT_LATEST_MS, instance.listen)
        window.install_menu_extras()  # the menus' other actions, after the first frame
        from gutsleep.ui.widgets import TimeField  # the form's widgets, after the shell

        TimeField.twelve_hour = early.get(CLOCK) == "12h"
        try:
            result = open_into(window, data_dir)
        except Exception:  # a bug: end as a failed start would, not on "Opening…" for ever
            traceback.print_exc()
            log.exception("Opening the journal failed")
            result = 1
        if isinstance(result, int):
            app.exit(result)
            return
        services = result
        opened.append(services)
        if self_test:
            QTimer.singleShot(0, lambda: run_self_test(window))
            return
        from gutsleep.ui import startup

        QTimer.singleShot(0, lambda: startup.warn_synced_folder_once(window, services))
        QTimer.singleShot(0, lambda: _offer_checklist(window))
        if window.data_actions is not None:  # installed by the time the journal is open
            window.data_actions.back_up_daily_later()  # off the GUI thread, after first paint
        QTimer.singleShot(LISTEN_AFTER_OPEN_MS, instance.listen)
        if window.has_page("trends"):
            from gutsleep.ui.warmup import warm_when_idle

            # matplotlib for the Trends page once the app is idle, never before the first paint
            window.warmer = warm_when_idle(window)

    _AfterFirstPaint(window, open_journal)
    window.show()
    try:
        return app.exec()
    finally:
        for services in opened:
            services.close()
        instance.release()
