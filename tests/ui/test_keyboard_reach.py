"""Keys that switch tabs, focus that shows, mnemonics that press (issue 22, item 5).

Keys are pressed on the widget with the keyboard focus in an active window.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget, QWizard
from trends_helpers import open_trends
from ui_tour import MPL_WARNING, describe, focusable, seeded_window, settle, tour, visible_widgets

from gutsleep.ui import style

pytestmark = pytest.mark.filterwarnings(MPL_WARNING)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_page_keys_and_ctrl_tab_switch_trends_tabs_from_anywhere(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, page = open_trends(qtbot, services, days=30)
    active(qtbot, window)
    tabs = page.tabs
    range_before = page.range_combo.currentIndex()
    page.range_combo.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1
    assert page.range_combo.currentIndex() == range_before  # the range stays
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 0
    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # round from the first to the last
    assert tabs.currentIndex() == tabs.count() - 1
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    canvas = page.views["sleep"].canvas
    assert canvas is not None
    canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is canvas)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    page.overlay.setFocus()
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 0
    assert page.range_combo.currentIndex() == range_before
    window.close()


def shows_focus(qtbot, widget: QWidget, elsewhere: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """Does ``widget`` look different with the keyboard focus than without it?"""
    elsewhere.setFocus()
    settle(qtbot)
    without = widget.grab().toImage()
    widget.setFocus()
    settle(qtbot)
    assert QApplication.focusWidget() is widget, describe(widget)
    with_focus = widget.grab().toImage()
    elsewhere.setFocus()
    return with_focus != without


@pytest.fixture
def app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own style sheet and palette (as gutsleep.app applies them), undone after."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    chosen = qapp.property("gutsleep_scheme")
    style.apply(qapp, "light")
    try:
        yield
    finally:
        qapp.setProperty("gutsleep_scheme", chosen)
        QApplication.styleHints().unsetColorScheme()
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


def test_every_scroll_area_and_chart_that_takes_focus_shows_it(qtbot, services, app_look) -> None:  # type: ignore[no-untyped-def]
    window = seeded_window(qtbot, services)
    active(qtbot, window)
    hidden: list[str] = []
    checked = 0
    for view in tour(qtbot, window):
        if view.root is not view.root.window() and view.root.window() is not window:
            continue
        if not view.page_id:
            continue
        active(qtbot, window)  # the wizard, closed, may have left it inactive
        elsewhere = window.sidebar
        for widget in visible_widgets(view.root):
            kind = type(widget).__name__
            if not focusable(widget) or not (isinstance(widget, QScrollArea) or kind == "Canvas"):
                continue
            if widget.window() is not window:
                continue
            checked += 1
            if not shows_focus(qtbot, widget, elsewhere):
                hidden.append(f"{view.name}: {describe(widget)}")
    assert checked >= 5
    assert not hidden, "Focus stops with no visible focus:\n" + "\n".join(sorted(set(hidden)))


def test_the_wizard_name_and_next_have_their_own_keys(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = seeded_window(qtbot, services)
    experiments = window.show_page("experiments")
    wizard = experiments.new_experiment()  # type: ignore[attr-defined]
    qtbot.waitExposed(wizard)
    active(qtbot, wizard)
    wizard.next()
    details = wizard.details_page
    assert wizard.currentPage() is details
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    press(qtbot, Qt.Key.Key_M, ALT)
    assert QApplication.focusWidget() is details.name
    details.name.setText("Evening walk")
    details.change.setText("A 20-minute walk after dinner")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press(qtbot, Qt.Key.Key_N, ALT)  # a button's mnemonic clicks it, animated
    qtbot.waitUntil(lambda: wizard.currentPage() is not details)
    assert wizard.currentId() == 2  # pressed once, not alternating with the name
    wizard.reject()
