"""Every page in a 1024×640 window, light, dark and at twice the font size: no clipped text.

Each state of the tour (see ui_tour) is saved as
``test-artifacts/screenshots/<state>-<variant>.png`` for a person to look at,
and every visible label, button and group box title is checked:

* a label that wraps must fit its longest word on a line, and get the height
  its wrapped text needs;
* a label that does not wrap, and a button's or group box's text, must fit
  whole in the width it was given;
* a label must not be squashed below the height of its text, nor cut off by
  a container smaller than it;
* the sidebar's page names are never elided;
* at the normal font size every page fits the 1024×640 window (at twice the
  size the window may grow, but nothing in it is cut).

Rows of item views elide on purpose and are not checked here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)
from ui_tour import MPL_WARNING, SIZE, View, describe, seeded_window, tour, visible_widgets

from gutsleep.ui import style

pytestmark = pytest.mark.filterwarnings(MPL_WARNING)

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
#: A pixel of rounding between font metrics and layout is not clipping.
SLACK = 1


def plain(text: str) -> str:
    """The text as drawn: mnemonic ampersands gone (a doubled one shows as one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def longest_word(widget: QWidget, text: str) -> int:
    """The widest piece Qt cannot break: between line-break opportunities (spaces, after
    hyphens, ...), found the way Qt's own text layout finds them."""
    metrics = widget.fontMetrics()
    widest = 0
    for line in text.splitlines():
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, line)
        start = 0
        while (end := finder.toNextBoundary()) != -1:
            widest = max(widest, metrics.horizontalAdvance(line[start:end].rstrip()))
            start = end
    return widest


def label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return []
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        text = re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", text))
    elif label.buddy() is not None:
        text = plain(text)  # "&Name" is drawn "Name", the N underlined
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    found = []
    if label.wordWrap():
        need = longest_word(label, text)
        if need > room + SLACK:
            found.append(f"a word needs {need}px, has {room}px")
        height = label.heightForWidth(label.width())
        if height > label.height() + SLACK:
            found.append(f"wrapped text needs {height}px high, has {label.height()}px")
    else:
        need = text_width(label, text)
        if need > room + SLACK:
            found.append(f"text needs {need}px, has {room}px")
        height = label.sizeHint().height()
        if height > label.height() + SLACK:
            found.append(f"text needs {height}px high, has {label.height()}px")
    return found


def button_problems(button: QAbstractButton) -> list[str]:
    text = plain(button.text())
    if not text.strip():
        return []
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and (
            not button.icon().isNull()
        ):
            return []  # the text is only a name for screen readers
        need, room = button.sizeHint().width(), button.width()
        return [f"button needs {need}px, has {room}px"] if need > room + SLACK else []
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    element = QStyle.SubElement.SE_PushButtonContents
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    room = button.style().subElementRect(element, option, button).width()
    need = text_width(button, text)
    return [f"text needs {need}px, has {room}px"] if need > room + SLACK else []


def group_problems(group: QGroupBox) -> list[str]:
    title = plain(group.title())
    if not title:
        return []
    font = QFont(group.font())
    font.setBold(True)  # the app's sheet makes titles bold
    need = QFontMetrics(font).horizontalAdvance(title) + 16
    return [f"title needs {need}px, has {group.width()}px"] if need > group.width() else []


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(widget: QWidget) -> list[str]:
    """Text whose container is smaller than it (scrolled-away content does not count)."""
    shown = widget.visibleRegion().boundingRect()
    if in_scroll_area(widget) or widget.height() <= shown.height() + SLACK:
        return []
    return [f"only {shown.height()}px of {widget.height()}px high are shown"]


def sidebar_problems(sidebar: QListWidget) -> list[str]:
    """The page names are never elided: the sidebar is as wide as the widest."""
    need, room = sidebar.sizeHintForColumn(0), sidebar.viewport().width()
    return [f"a page name needs {need}px, has {room}px"] if need > room + SLACK else []


def clipped(view: View) -> list[str]:
    found = []
    for widget in visible_widgets(view.root):
        if isinstance(widget, QListWidget) and widget.objectName() == "sidebar":
            problems = sidebar_problems(widget)
        elif isinstance(widget, QLabel):
            problems = label_problems(widget) + cut_off(widget)
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            problems = button_problems(widget)
        elif isinstance(widget, QGroupBox):
            problems = group_problems(widget)
        else:
            continue
        found += [f"{view.name}: {describe(widget)}: {p}" for p in problems]
    return found


@contextmanager
def variant(name: str) -> Iterator[None]:
    """The app's look for ``name`` ("light", "dark" or "200": light at twice the font)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, font = app.palette(), app.styleSheet(), QFont(app.font())
    chosen = app.property("gutsleep_scheme")
    style.apply(app, "dark" if name == "dark" else "light")
    if name == "200":
        large = QFont(font)
        large.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(large)
    try:
        yield
    finally:
        app.setFont(font)
        app.setProperty("gutsleep_scheme", chosen)
        QApplication.styleHints().unsetColorScheme()
        app.setStyleSheet(sheet)
        app.setPalette(palette)


@pytest.mark.parametrize("name", ["light", "dark", "200"])
def test_every_page_renders_without_clipped_text(qtbot, services, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    found: list[str] = []
    saved = []
    with variant(name):
        window = seeded_window(qtbot, services)
        try:
            for view in tour(qtbot, window):
                shot = SHOTS / f"{view.name}-{name}.png"
                target = view.root.window()
                assert target.grab().save(str(shot)), shot
                saved.append(shot)
                found += clipped(View(view.name, view.page_id, target))  # with the window's frame
                if target is window and name != "200" and window.size().toTuple() != SIZE:
                    found.append(f"{view.name}: the window grew to {window.size().toTuple()}")
        finally:
            window.close()
    assert len(saved) >= 12 and all(p.stat().st_size > 1000 for p in saved)
    assert not found, f"Clipped text ({name}):\n" + "\n".join(sorted(set(found)))
