"""The composition root: Qt application, services for the data folder, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gutsleep import __version__
from gutsleep.locate import resources_dir
from gutsleep.storage.schema import StoreError
from gutsleep.storage.settings import CLOCK, LANGUAGE, THEME, SettingsStore
from gutsleep.ui import i18n, single_instance, startup, style
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import TimeField

APP_ID = "io.github.gutsleep.GutSleep"


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
    app = QApplication.instance()
    for spec in window.specs:
        window.show_page(spec.page_id)
        app.processEvents()
    window.close()
    if window.failed_pages:
        for page_id, error in window.failed_pages.items():
            print(f"self-test failed: {page_id}: {error}", file=sys.stderr, flush=True)
        app.exit(1)
        return
    print(f"self-test ok: {', '.join(s.page_id for s in window.specs)}", flush=True)
    app.quit()


def _offer_checklist(window: MainWindow) -> None:
    from gutsleep.ui import first_run

    first_run.offer_checklist(window)


def run_gui(data_dir: Path, argv: list[str], *, self_test: bool = False) -> int:
    app = make_application(argv)
    early = SettingsStore(data_dir)
    i18n.install(app, early.get(LANGUAGE))
    style.apply(app, early.get(THEME))
    TimeField.twelve_hour = early.get(CLOCK) == "12h"
    instance = single_instance.claim(data_dir)
    if instance is None:
        print(single_instance.ALREADY_OPEN, flush=True)
        return 0
    try:
        services = startup.open_journal(data_dir)
    except startup.Quit as exc:
        instance.release()
        return exc.code
    except StoreError as exc:
        from gutsleep.ui import dialogs

        dialogs.warn(None, tr("The journal can't be opened"), str(exc))
        print(f"gutsleep: {exc}", file=sys.stderr)
        instance.release()
        return 2
    window = MainWindow(services)
    instance.activation_requested.connect(lambda: instance.raise_window(window))
    window.show()
    if not self_test:
        QTimer.singleShot(0, lambda: startup.warn_synced_folder_once(window, services))
    if self_test:
        QTimer.singleShot(0, lambda: run_self_test(window))
    else:
        QTimer.singleShot(0, lambda: _offer_checklist(window))
        window.data_actions.back_up_daily_later()  # off the GUI thread, after first paint
        if window.has_page("trends"):
            from gutsleep.ui.warmup import warm_when_idle

            # matplotlib for the Trends page once the app is idle, never before the first paint
            window.warmer = warm_when_idle(window)  # type: ignore[attr-defined]
    try:
        return app.exec()
    finally:
        services.close()
        instance.release()
