"""The Settings page: look, language, clock, reminder, and where the data lives.

Other features add their own sections (backups, passphrase) through
:meth:`SettingsPage.add_section`, so this page holds no business rules itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gutsleep.services.context import Services
from gutsleep.storage.file.paths import default_data_dir
from gutsleep.storage.file.relocate import MoveError, move_data_dir
from gutsleep.storage.settings import CLOCK, LANGUAGE, REMINDER_ON, REMINDER_TIME, THEME
from gutsleep.ui import dialogs, passphrase, style
from gutsleep.ui.i18n import AVAILABLE
from gutsleep.ui.operations import Changes, announce_changes
from gutsleep.ui.pages import Flushing
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import TimeField, announce, name_widget


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SettingsPage(QWidget):
    page_id = "settings"

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.services = services
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        name_widget(scroll, "settings_scroll", tr("Settings"))
        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.sections.addWidget(self._appearance())
        self.sections.addWidget(self._reminder())
        self.sections.addWidget(self._data())
        self.sections.addWidget(self._privacy())
        self.sections.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def add_section(self, group: QGroupBox) -> None:
        """Let another feature add its own group (before the stretch at the end)."""
        self.sections.insertWidget(self.sections.count() - 1, group)

    # look -----------------------------------------------------------------
    def _appearance(self) -> QGroupBox:
        group = QGroupBox(tr("Look and language"), self)
        form = QFormLayout(group)
        settings = self.services.settings
        self.theme = QComboBox(group)
        for value, label in (
            ("system", tr("Follow the system")),
            ("light", tr("Light")),
            ("dark", tr("Dark")),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        name_widget(self.theme, "settings_theme", tr("Colour scheme"))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        form.addRow(tr("Colour scheme"), self.theme)

        self.language = QComboBox(group)
        self.language.addItem(tr("Follow the system"), "")
        for code, label in AVAILABLE.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        name_widget(self.language, "settings_language", tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = _plain("")
        self.language_note.setObjectName("settings_language_note")
        self.language_note.hide()
        form.addRow(tr("Language"), self.language)
        form.addRow("", self.language_note)

        self.clock = QComboBox(group)
        self.clock.addItem(tr("24-hour (23:10)"), "24h")
        self.clock.addItem(tr("12-hour (11:10 pm)"), "12h")
        self.clock.setCurrentIndex(max(0, self.clock.findData(settings.get(CLOCK))))
        name_widget(self.clock, "settings_clock", tr("Clock"))
        self.clock.currentIndexChanged.connect(self._clock_changed)
        form.addRow(tr("Clock"), self.clock)
        for combo in (self.theme, self.language, self.clock):
            combo.setMaximumWidth(320)
        return group

    def _theme_changed(self) -> None:
        choice = str(self.theme.currentData())
        self.services.settings.set(THEME, choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app, choice)

    def _language_changed(self) -> None:
        self.services.settings.set(LANGUAGE, str(self.language.currentData()))
        self.language_note.setText(tr("The new language is used from the next start of gutsleep."))
        self.language_note.show()
        announce(self.language_note, self.language_note.text())

    def _clock_changed(self) -> None:
        choice = str(self.clock.currentData())
        self.services.settings.set(CLOCK, choice)
        TimeField.twelve_hour = choice == "12h"
        announce_changes(Changes(settings=frozenset({CLOCK.key})), self)  # the Journal shows it

    # reminder -------------------------------------------------------------
    def _reminder(self) -> QGroupBox:
        group = QGroupBox(tr("Daily reminder"), self)
        form = QFormLayout(group)
        settings = self.services.settings
        self.reminder_on = QCheckBox(tr("Remind me to fill in the journal"), group)
        self.reminder_on.setChecked(settings.get(REMINDER_ON))
        name_widget(self.reminder_on, "settings_reminder_on", tr("Daily reminder on"))
        self.reminder_time = QTimeEdit(group)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setTime(QTime.fromString(settings.get(REMINDER_TIME), "HH:mm"))
        name_widget(self.reminder_time, "settings_reminder_time", tr("Reminder time"))
        self.reminder_on.toggled.connect(self._reminder_changed)
        self.reminder_time.timeChanged.connect(self._reminder_changed)
        row = QHBoxLayout()
        row.addWidget(self.reminder_on)
        row.addWidget(QLabel(tr("at")))
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(
            _plain(
                tr(
                    "The reminder appears while gutsleep is running (in the system tray when there "
                    "is one), only on days with nothing logged yet. It never uses the network."
                )
            )
        )
        return group

    def _reminder_changed(self) -> None:
        self.services.settings.set(REMINDER_ON, self.reminder_on.isChecked())
        self.services.settings.set(REMINDER_TIME, self.reminder_time.time().toString("HH:mm"))
        keys = frozenset({REMINDER_ON.key, REMINDER_TIME.key})
        announce_changes(Changes(settings=keys), self)  # the window's reminder follows

    # data -----------------------------------------------------------------
    def _data(self) -> QGroupBox:
        group = QGroupBox(tr("Your data"), self)
        layout = QVBoxLayout(group)
        layout.addWidget(
            _plain(
                tr(
                    "Everything gutsleep keeps is in this folder on this computer: the journal, "
                    "its settings and automatic backups. Nothing is sent anywhere."
                )
            )
        )
        self.folder = _plain(str(self.services.data_dir))
        self.folder.setObjectName("settings_data_folder")
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        row = QHBoxLayout()
        self.open_folder = QPushButton(tr("Open the folder"), group)
        name_widget(self.open_folder, "settings_open_folder", tr("Open the data folder"))
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.data_dir)))
        )
        self.move_folder = QPushButton(tr("Move the data folder…"), group)
        name_widget(self.move_folder, "settings_move_folder", tr("Move the data folder"))
        self.move_folder.clicked.connect(self.move_data)
        row.addWidget(self.open_folder)
        row.addWidget(self.move_folder)
        row.addStretch(1)
        layout.addLayout(row)
        self.move_note = _plain("")
        self.move_note.setObjectName("settings_move_note")
        layout.addWidget(self.move_note)
        return group

    # privacy ----------------------------------------------------------------
    def _privacy(self) -> QGroupBox:
        group = QGroupBox(tr("Passphrase"), self)
        layout = QVBoxLayout(group)
        self.protection = _plain("")
        self.protection.setObjectName("settings_protection_status")
        self.protection.setAccessibleName(tr("Encryption status"))
        layout.addWidget(self.protection)
        row = QHBoxLayout()
        self.protect = QPushButton(tr("Protect the journal with a passphrase…"), group)
        name_widget(self.protect, "settings_protect", tr("Protect the journal with a passphrase"))
        self.change = QPushButton(tr("Change the passphrase…"), group)
        name_widget(self.change, "settings_change_passphrase", tr("Change the passphrase"))
        self.unprotect = QPushButton(tr("Remove the protection…"), group)
        name_widget(self.unprotect, "settings_remove_protection", tr("Remove the protection"))
        for button, action in (
            (self.protect, "protect_journal"),
            (self.change, "change_passphrase"),
            (self.unprotect, "remove_protection"),
        ):
            button.clicked.connect(lambda _=False, name=action: self._protection_action(name))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            _plain(
                tr(
                    "The passphrase is never stored. Without it the journal cannot be opened, "
                    "so keep it somewhere safe."
                )
            )
        )
        self._refresh_protection()
        return group

    def _protection_action(self, name: str) -> None:
        getattr(passphrase, name)(self, self.services)
        self._refresh_protection()

    def _refresh_protection(self) -> None:
        encrypted = self.services.database.encrypted
        self.protection.setText(passphrase.protection_status(self.services))
        self.protect.setVisible(not encrypted)
        self.change.setVisible(encrypted)
        self.unprotect.setVisible(encrypted)

    def move_data(self) -> None:
        """Copy the folder somewhere else, verify, then restart on the new place."""
        current = self.services.data_dir
        if current.resolve() != default_data_dir().resolve():
            self.move_note.setText(
                tr(
                    "This journal was opened with --data-dir or GUTSLEEP_DATA_DIR. To move it, "
                    "quit gutsleep, move the folder yourself, and start with the new path."
                )
            )
            announce(self.move_note, self.move_note.text())
            return
        chosen = dialogs.choose_folder(self, tr("Choose an empty folder for your journal"))
        if not chosen:
            return
        window = self.window()
        if isinstance(window, Flushing):
            window.flush()
        try:
            target = move_data_dir(
                current, Path(chosen), passphrase=self.services.database.passphrase
            )
        except MoveError as exc:
            dialogs.warn(self, tr("The folder was not moved"), str(exc))
            return
        self.move_note.setText(
            tr(
                "Copied and checked. From the next start gutsleep uses {new}. The old folder {old} "
                "is kept as it was; delete it once you are satisfied."
            ).format(new=target, old=current)
        )
        announce(self.move_note, self.move_note.text())
        if dialogs.ask(
            self, tr("Restart gutsleep?"), tr("Restart now to use the journal in its new place?")
        ):
            from PySide6.QtCore import QProcess

            QProcess.startDetached(sys.executable, ["-m", "gutsleep"])
            window.close()
