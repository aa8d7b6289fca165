"""The optional daily reminders: a tray notification while the app runs, no network.

The journal's reminder (Settings) and each tracker of one's own with a reminder
time: once a day, after its time, if the tracker has no value for today yet.

Signals:
    reminded(): the journal's reminder was just given.
    trackers_reminded(list): the uids of the trackers just reminded of.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)


def parse_reminder_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return time(21, 0)


class Reminder(QObject):
    reminded = Signal()
    trackers_reminded = Signal(list)

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
        # The trackers' reminders are read on this timer, never at start-up (the
        # trackers' tables are read with SQLAlchemy, loaded after the first paint).
        self._tracker_days: dict[str, date] = {}  # uid -> the day last reminded
        self._tracker_timer = QTimer(self)
        self._tracker_timer.setInterval(CHECK_EVERY_MS)
        self._tracker_timer.timeout.connect(self.check_trackers)
        self._tracker_timer.start()
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

    def check_trackers(self) -> list[str]:
        """Remind once a day of each tracker past its reminder time and not filled today."""
        now = self._now()
        today = now.date()
        try:
            timed = [t for t in self.services.trackers.trackers() if t.reminder is not None]
            filled = self.services.trackers.day_values(today) if timed else {}
        except Exception:  # a reminder that can't be worked out is not worth a dialog
            log.warning("Reading the trackers' reminders failed", exc_info=True)
            return []
        due = [
            t
            for t in timed
            if t.reminder is not None
            and now.time() >= t.reminder
            and t.uid not in filled
            and self._tracker_days.get(t.uid) != today
        ]
        if not due:
            return []
        for tracker in due:
            self._tracker_days[tracker.uid] = today
        names = ", ".join(f"“{t.name}”" for t in due)
        text = tr("Not filled in for today yet: {names}.").format(names=names)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(
                tr("gutsleep"), text, QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        else:
            QApplication.alert(self.window)
        self.window.statusBar().showMessage(text, 60_000)  # also in words in the window
        uids = [t.uid for t in due]
        self.trackers_reminded.emit(uids)
        return uids
