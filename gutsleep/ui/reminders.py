"""The optional daily reminder: a tray notification while the app runs, no network.

Signals:
    reminded(): the reminder was just given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from gutsleep.storage.settings import REMINDER_ON, REMINDER_TIME
from gutsleep.ui.tr import tr

if TYPE_CHECKING:
    from gutsleep.services.context import Services
    from gutsleep.ui.main_window import MainWindow

CHECK_EVERY_MS = 30_000


def parse_reminder_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return time(21, 0)


class Reminder(QObject):
    reminded = Signal()

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        now: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(window)
        self.window = window
        self.services = services
        self._now = now
        self._last: date | None = None
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.apply_settings()

    @property
    def enabled(self) -> bool:
        return self.services.settings.get(REMINDER_ON)

    @property
    def at(self) -> time:
        return parse_reminder_time(self.services.settings.get(REMINDER_TIME))

    def apply_settings(self) -> None:
        """Start or stop according to the settings; the tray icon exists only while on."""
        if self.enabled:
            self._timer.start()
            self._ensure_tray()
        else:
            self._timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def _ensure_tray(self) -> None:
        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is not None:
                self.tray.show()
            return
        self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.tray.setToolTip("gutsleep")
        menu = QMenu(self.window)
        open_today = QAction(tr("Open today's entry"), menu)
        open_today.triggered.connect(self.open_today)
        menu.addAction(open_today)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(lambda _reason: self.open_today())
        self.tray.show()

    def open_today(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        from gutsleep.ui.journal.page import JournalPage  # built with the window by now

        page = self.window.show_page("journal")
        if isinstance(page, JournalPage):  # not the message of a page that failed to build
            page.go_today()

    def check(self) -> bool:
        """Remind once a day, after the chosen time, if today is still empty."""
        now = self._now()
        today = now.date()
        if not self.enabled or self._last == today or now.time() < self.at:
            return False
        if self.services.journal.logged_days(today, today):
            return False
        self._last = today
        title = tr("gutsleep")
        text = tr("A minute for today's journal? Nothing has been logged yet.")
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            QApplication.alert(self.window)
            self.window.statusBar().showMessage(text, 60_000)
        self.reminded.emit()
        return True
