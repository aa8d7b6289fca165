"""The few style rules the app adds on top of the platform look, derived from the palette.

Colours come from the current QPalette so that light and dark schemes both keep
readable contrast; the sheet is rebuilt when the system scheme changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProxyStyle

SCHEMES = ("system", "light", "dark")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio between two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> str:
    """A red with at least 4.5:1 contrast on the window colour of either scheme."""
    return "#ffb4ab" if is_dark(palette) else "#a4161a"


def stylesheet(palette: QPalette) -> str:
    error = error_colour(palette)
    return f"""
QLabel[role="error"] {{ color: {error}; }}
QLabel[role="banner"] {{ font-weight: bold; border-bottom: 3px solid palette(highlight); }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {error}; border-radius: 3px;
}}
QListWidget#sidebar::item {{ padding: 7px 10px; }}
QLabel:focus {{ border: 2px solid palette(highlight); border-radius: 3px; padding: 1px 3px; }}
QScrollArea {{ border: 2px solid transparent; }}
QScrollArea:focus {{ border: 2px solid palette(highlight); }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPushButton,
QGroupBox QTableWidget, QGroupBox QPlainTextEdit {{ font-weight: normal; }}
"""


def dark_palette() -> QPalette:
    """A dark palette whose text pairs all keep WCAG AA contrast (4.5:1 or more)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#1f2125"),
        (roles.WindowText, "#e8e8ea"),
        (roles.Base, "#15171a"),
        (roles.AlternateBase, "#26292e"),
        (roles.Text, "#e8e8ea"),
        (roles.Button, "#2b2e33"),
        (roles.ButtonText, "#e8e8ea"),
        (roles.ToolTipBase, "#2b2e33"),
        (roles.ToolTipText, "#e8e8ea"),
        (roles.PlaceholderText, "#a4a7ad"),
        (roles.Highlight, "#3a66b5"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c3a6f5"),
        (roles.BrightText, "#ffffff"),
        (roles.Light, "#3a3d43"),
        (roles.Midlight, "#33363b"),
        (roles.Mid, "#2a2d31"),
        (roles.Dark, "#101113"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8d93"))
    return palette


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#5f6368"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2b6cb0"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


#: What the outline of a field, a combo box, a check box or a radio button is worked out
#: from (Fusion draws it 1.4 times darker than the palette's window colour), per scheme:
#: about 3.7:1 (light) and 5:1 (dark) on the window, where Fusion's own is 2:1.
OUTLINE_BASE = {"light": "#ababab", "dark": "#c4c7cd"}

_INDICATORS: list[type[QProxyStyle]] = []


def visible_indicators_style() -> type[QProxyStyle]:
    """The proxy style class below, defined on first use: QProxyStyle is only needed
    once a palette is applied, and loading it costs a few ms of every start."""
    if _INDICATORS:
        return _INDICATORS[0]
    from PySide6.QtWidgets import QProxyStyle, QStyleOptionComplex

    def outlined(option: QStyleOption) -> QPalette:
        """The option's palette with the window colour outlines are derived from."""
        saved = option.palette
        lighter = QPalette(saved)
        scheme = "dark" if is_dark(saved) else "light"
        lighter.setColor(QPalette.ColorRole.Window, QColor(OUTLINE_BASE[scheme]))
        option.palette = lighter
        return saved

    class VisibleIndicators(QProxyStyle):
        """The platform style, with outlines of text fields, combo and spin boxes, check
        boxes and radio buttons that reach the 3:1 WCAG asks of controls (1.4.11).

        Fusion outlines them a shade darker than the window: 2:1 on a light window,
        next to invisible on a dark one. Here the outline is worked out from
        :data:`OUTLINE_BASE` instead.
        """

        _OUTLINED = (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            QStyle.PrimitiveElement.PE_FrameLineEdit,
        )
        _OUTLINED_COMPLEX = (
            QStyle.ComplexControl.CC_ComboBox,
            QStyle.ComplexControl.CC_SpinBox,
        )

        def drawPrimitive(
            self,
            element: QStyle.PrimitiveElement,
            option: QStyleOption,
            painter: QPainter,
            widget: QWidget | None = None,
        ) -> None:
            if element not in self._OUTLINED:
                super().drawPrimitive(element, option, painter, widget)
                return
            saved = outlined(option)
            try:
                super().drawPrimitive(element, option, painter, widget)
            finally:
                option.palette = saved

        def drawComplexControl(
            self,
            control: QStyle.ComplexControl,
            option: QStyleOptionComplex,
            painter: QPainter,
            widget: QWidget | None = None,
        ) -> None:
            if control not in self._OUTLINED_COMPLEX:
                super().drawComplexControl(control, option, painter, widget)
                return
            saved = outlined(option)
            try:
                super().drawComplexControl(control, option, painter, widget)
            finally:
                option.palette = saved

    _INDICATORS.append(VisibleIndicators)
    return VisibleIndicators


def apply_scheme(app: QApplication, choice: str) -> None:
    """Follow the system (default) or force light or dark, then restyle."""
    hints = QGuiApplication.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    hints.setColorScheme(wanted.get(choice, Qt.ColorScheme.Unknown))
    indicators = visible_indicators_style()
    if not isinstance(app.style(), indicators):
        app.setStyle(indicators(app.style().name()))
    if choice == "dark" or (choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark):
        app.setPalette(dark_palette())
    else:
        app.setPalette(light_palette())
    app.setStyleSheet(stylesheet(app.palette()))


def apply(app: QApplication, choice: str = "system") -> None:
    """Apply the scheme now and again whenever the system scheme changes."""
    app.setProperty("gutsleep_scheme", choice)
    apply_scheme(app, choice)
    if app.property("gutsleep_scheme_hooked"):
        return
    app.setProperty("gutsleep_scheme_hooked", True)

    def system_changed(_scheme: object) -> None:
        current = str(app.property("gutsleep_scheme") or "system")
        if current == "system":
            apply_scheme(app, current)

    QGuiApplication.styleHints().colorSchemeChanged.connect(system_changed)
