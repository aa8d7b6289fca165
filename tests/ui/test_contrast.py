"""Contrast measured in both schemes (issue 22, item 6; WCAG 1.4.3 and 1.4.11).

Text pairs of the palette reach 4.5:1; the outlines that show where a field,
a combo box, a check box or a radio button is reach 3:1 against the window,
measured on the pixels Qt draws; every chart colour a line, bar or text is
drawn in reaches 3:1 (4.5:1 for text) against the chart's background, in the
window and on the white page of an exported figure.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.charts.theme import ChartTheme
from gutsleep.ui import style

TEXT = 4.5
NON_TEXT = 3.0
ROLES = QPalette.ColorRole
TEXT_PAIRS = (
    (ROLES.WindowText, ROLES.Window),
    (ROLES.Text, ROLES.Base),
    (ROLES.Text, ROLES.AlternateBase),
    (ROLES.ButtonText, ROLES.Button),
    (ROLES.PlaceholderText, ROLES.Base),
    (ROLES.HighlightedText, ROLES.Highlight),
    (ROLES.Link, ROLES.Base),
    (ROLES.ToolTipText, ROLES.ToolTipBase),
)


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app in the light or dark scheme; its look as it was afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, chosen = app.palette(), app.styleSheet(), app.property("gutsleep_scheme")
    style.apply(app, request.param)
    try:
        yield request.param
    finally:
        app.setProperty("gutsleep_scheme", chosen)
        QApplication.styleHints().unsetColorScheme()
        app.setStyleSheet(sheet)
        app.setPalette(palette)


def test_palette_text_pairs(scheme: str) -> None:
    palette = QApplication.palette()
    low = [
        f"{fore.name}/{back.name}: {style.contrast(palette.color(fore), palette.color(back)):.2f}"
        for fore, back in TEXT_PAIRS
        if style.contrast(palette.color(fore), palette.color(back)) < TEXT
    ]
    error = QColor(style.error_colour(palette))
    if style.contrast(error, palette.color(ROLES.Window)) < TEXT:
        low.append("error text on the window")
    assert not low, f"{scheme}: below {TEXT}:1: {low}"


def outline(widget: QWidget, width: int) -> QColor:
    """Of the pixels across the middle row's first ``width`` columns, the one that
    stands out most from the window: the control's outline."""
    image = widget.grab().toImage()
    window = QApplication.palette().color(ROLES.Window)
    row = image.height() // 2
    pixels = [QColor(image.pixel(x, row)) for x in range(min(width, image.width()))]
    return max(pixels, key=lambda colour: style.contrast(colour, window))


def test_control_outlines_reach_three_to_one(qtbot, scheme: str) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    combo = QComboBox()
    combo.addItem("Daily")
    controls = {
        "field border": (QLineEdit(), 3),
        "combo box": (combo, 3),
        "date field": (QDateEdit(), 3),
        "radio outline": (QRadioButton("Yes"), 18),
        "check box outline": (QCheckBox("Read"), 18),
    }
    for widget, _width in controls.values():
        layout.addWidget(widget)
    elsewhere = QPushButton("focus")  # the controls drawn unfocused, as most are seen
    layout.addWidget(elsewhere)
    holder.show()
    qtbot.waitExposed(holder)
    elsewhere.setFocus()
    window = QApplication.palette().color(ROLES.Window)
    low = []
    for name, (widget, width) in controls.items():
        colour = outline(widget, width)
        ratio = style.contrast(colour, window)
        if ratio < NON_TEXT:
            low.append(f"{name}: {colour.name()} on {window.name()} = {ratio:.2f}:1")
    assert not low, f"{scheme}: below {NON_TEXT}:1:\n" + "\n".join(low)


def chart_themes(scheme: str) -> list[tuple[str, ChartTheme]]:
    """The chart theme in the window of ``scheme``, and (light) on an exported page."""
    palette = QApplication.palette()
    base = ChartTheme.dark() if style.is_dark(palette) else ChartTheme.light()
    window = base.on(palette.color(ROLES.Window).name(), palette.color(ROLES.WindowText).name())
    themes = [(f"{scheme} window", window), (f"{scheme} theme", base)]
    if scheme == "light":
        themes.append(("export", ChartTheme.light()))
    return themes


def test_every_chart_colour_against_its_background(scheme: str) -> None:
    low = []
    for where, theme in chart_themes(scheme):
        back = QColor(theme.background)
        drawn = [
            *((f"series {i}", c, NON_TEXT) for i, c in enumerate(theme.series)),
            *((f"Bristol type {i + 1}", c, NON_TEXT) for i, c in enumerate(theme.bristol)),
            ("reference line", theme.reference, NON_TEXT),
            ("text", theme.foreground, TEXT),
            ("secondary text", theme.muted, TEXT),
        ]
        for name, colour, needed in drawn:
            ratio = style.contrast(QColor(colour), back)
            if ratio < needed:
                low.append(f"{where}: {name} {colour} on {back.name()} = {ratio:.2f}:1")
    assert not low, "\n".join(low)
