"""No two Alt+letter keys on one screen, in English and in German (issue 22, item 5).

The menu bar's titles are live on every page; each page adds its buttons,
check boxes, tabs, group boxes and the labels of its fields. Two of them with
one letter make Alt+letter alternate between them instead of pressing one
(Alt+F was File and "Save figure", Alt+N the wizard's Name and Next). Every
state of the tour is checked, pages with the window's menus and each dialog
on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget
from ui_tour import MPL_WARNING, describe, seeded_window, tour, visible_widgets

pytestmark = pytest.mark.filterwarnings(MPL_WARNING)

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "gutsleep_de.qm"


def letter(text: str) -> str:
    """The letter after a single '&' ('' when there is none)."""
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def keys_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(letter, what carries it) for every mnemonic shown in ``root``'s window."""
    window = root.window()
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar) and root is not window:
        for action in menu_bar().actions():
            if letter(action.text()):
                yield letter(action.text()), f"menu {action.text()!r}"
    for widget in visible_widgets(window):
        texts: list[str] = []
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            texts = [widget.text()]  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            if letter(text):
                yield letter(text), describe(widget) if len(texts) == 1 else f"tab {text!r}"


def clashes(name: str, root: QWidget) -> list[str]:
    seen: dict[str, list[str]] = {}
    for key, what in keys_of(root):
        seen.setdefault(key, []).append(what)
    return [
        f"{name}: Alt+{key.upper()}: " + " / ".join(whats)
        for key, whats in sorted(seen.items())
        if len(whats) > 1
    ]


def test_the_rule_finds_two_buttons_with_one_letter(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QPushButton("&Name"))
    layout.addWidget(QPushButton("&Next >"))
    layout.addWidget(QPushButton("Save && go"))
    holder.show()
    assert len(clashes("probe", holder)) == 1


@pytest.fixture(params=["en", "de"])
def language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The UI in English, or in German with the committed catalogue."""
    if request.param == "en":
        yield "en"
        return
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} can't be loaded"
    qt = QTranslator()  # Qt's own words (the wizard's buttons), as ui/i18n.py installs them
    assert qt.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QCoreApplication.installTranslator(translator)
    QCoreApplication.installTranslator(qt)
    try:
        yield "de"
    finally:
        QCoreApplication.removeTranslator(qt)
        QCoreApplication.removeTranslator(translator)


def test_every_screen_has_unique_mnemonics(qtbot, services, language: str) -> None:  # type: ignore[no-untyped-def]
    window = seeded_window(qtbot, services)
    found: list[str] = []
    seen = 0
    for view in tour(qtbot, window):
        seen += 1
        found += clashes(f"{language} {view.name}", view.root)
    assert seen >= 15
    assert not found, "Shared Alt+letter keys:\n" + "\n".join(sorted(set(found)))
