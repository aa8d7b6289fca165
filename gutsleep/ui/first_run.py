"""The welcome a brand-new journal gets: what is kept where, and three ways to begin.

Right after the window first appears, a short, skippable welcome says in
plain words where the journal lives (this computer, the data folder, no
account, no network, export any time) and offers the checklist, the demo
journal (the Help menu's "Explore a demo journal…") or simply starting.
Escape or closing it means "Start my journal". It is shown once: the
FIRST_RUN_DONE setting is written before it opens, so a crash or a closed
window never brings it back. It opens window-modal without blocking
(``open()``), so start-up, tests and ``--self-test`` never wait on it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.services.context import Services
from gutsleep.storage.settings import FIRST_RUN_DONE
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import name_widget

CHECKLIST_PAGE = "checklist"
#: The welcome's answers (:attr:`Welcome.choice`).
CHECKLIST, DEMO, START = "checklist", "demo", "start"


class _Window(Protocol):
    @property
    def services(self) -> Services: ...

    def has_page(self, page_id: str) -> bool: ...

    def show_page(self, page_id: str) -> QWidget: ...


def should_offer(services: Services) -> bool:
    """A new journal, no checklist saved yet, and not offered before."""
    return (
        not services.settings.get(FIRST_RUN_DONE)
        and services.database.created
        and not services.checklist.has_runs()
    )


def demo_action(window: object) -> QAction | None:
    """The Help menu's "Explore a demo journal…" action, when the window has one."""
    if not isinstance(window, QWidget):
        return None
    return window.findChild(QAction, "action_demo")


class Welcome(QDialog):
    """The first-run welcome; ``choice`` is CHECKLIST, DEMO or START once it closes.

    Signals:
        chosen(str): the person picked CHECKLIST, DEMO or START (Escape and
            closing the window are START).
    """

    chosen = Signal(str)

    def __init__(self, window: _Window):
        super().__init__(window if isinstance(window, QWidget) else None)
        self.setObjectName("welcome")
        self.setWindowTitle(tr("Welcome to gutsleep"))
        self.choice = START
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Welcome to gutsleep"), self)
        heading.setObjectName("welcome_heading")
        font = QFont(heading.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        layout.addWidget(heading)
        self.text = QLabel(
            tr(
                "Your journal is kept on this computer only, in this folder:\n{folder}\n\n"
                "There is no account to make and nothing is sent over the network. "
                "You can export everything at any time from the File menu."
            ).format(folder=window.services.data_dir),
            self,
        )
        self.text.setObjectName("welcome_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is never markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.checklist_button = self._button(
            CHECKLIST,
            tr("Take the short &checklist"),
            tr("About five minutes: is your gut worth a look for your sleep?"),
        )
        self.checklist_button.setVisible(window.has_page(CHECKLIST_PAGE))
        self.demo_button = self._button(
            DEMO,
            tr("Explore a &demo journal"),
            tr("Opens made-up data in a second window; your own journal stays empty"),
        )
        self.demo_button.setVisible(demo_action(window) is not None)
        self.start_button = self._button(
            START, tr("&Start my journal"), tr("Go straight to today's entry")
        )
        for button in (self.checklist_button, self.demo_button, self.start_button):
            buttons.addWidget(button)
        self.start_button.setDefault(True)
        self.start_button.setFocus()  # Enter, like Escape, simply starts
        layout.addLayout(buttons)
        self.finished.connect(lambda _result: self.chosen.emit(self.choice))
        self.resize(560, self.sizeHint().height())

    def _button(self, choice: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        name_widget(button, f"welcome_{choice}", text.replace("&", ""), description)
        button.clicked.connect(lambda: self._pick(choice))
        return button

    def _pick(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Escape and closing the window: start the journal."""
        self.choice = START
        super().reject()


def offer_checklist(window: _Window) -> Welcome | None:
    """Open the welcome on a new journal (once); None when there is nothing to offer.

    The choice is acted on when it is made: the checklist page, the demo
    journal (in a second window), or the journal as it is.
    """
    services = window.services
    if not window.has_page(CHECKLIST_PAGE) or services.settings.get(FIRST_RUN_DONE):
        return None
    offer = should_offer(services)
    services.settings.set(FIRST_RUN_DONE, True)  # an existing journal is past its first run
    if not offer:
        return None
    welcome = Welcome(window)
    welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    welcome.chosen.connect(lambda choice: _act(window, choice))
    welcome.open()
    return welcome


def _act(window: _Window, choice: str) -> None:
    if choice == CHECKLIST:
        window.show_page(CHECKLIST_PAGE)
    elif choice == DEMO and (action := demo_action(window)) is not None:
        action.trigger()
