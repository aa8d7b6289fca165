"""The few style rules the app adds on top of the platform look, derived from the palette.

Colours come from the current QPalette so that light and dark schemes both keep
readable contrast; the sheet is rebuilt when the system scheme changes.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(palette: QPalette) -> str:
    """A red with at least 4.5:1 contrast on the window colour of either scheme."""
    return "#ffb4ab" if is_dark(palette) else "#a4161a"


def stylesheet(palette: QPalette) -> str:
    error = error_colour(palette)
    return f"""
QLabel[role="error"] {{ color: {error}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {error}; border-radius: 3px;
}}
QListWidget#sidebar {{ font-size: 11pt; }}
QListWidget#sidebar::item {{ padding: 7px 10px; }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPushButton,
QGroupBox QTableWidget, QGroupBox QPlainTextEdit {{ font-weight: normal; }}
"""


def apply(app: QApplication) -> None:
    """Apply the sheet now and whenever the colour scheme changes."""

    def refresh() -> None:
        app.setStyleSheet(stylesheet(app.palette()))

    refresh()
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: refresh())
