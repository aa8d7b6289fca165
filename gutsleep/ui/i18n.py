"""Loading the user's language: our catalogue plus Qt's own for standard dialogs.

The language comes from the Settings override, else from the system locale.
A change takes effect at the next start (the Settings page says so).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from gutsleep.locate import resources_dir

#: Languages with a complete catalogue, besides the English source.
AVAILABLE = {"en": "English", "de": "Deutsch"}

#: The language :func:`install` chose; what the article library is shown in.
_in_use = "en"


def in_use() -> str:
    """The language the app runs in ("en" until :func:`install` chose another)."""
    return _in_use


def chosen_language(override: str) -> str:
    """The override when set, else the system's language when we have it, else English."""
    if override in AVAILABLE:
        return override
    system = QLocale.system().name().split("_")[0]
    return system if system in AVAILABLE else "en"


def install(app: QApplication, override: str = "") -> str:
    """Install translators for the chosen language; returns the language used."""
    global _in_use
    language = chosen_language(override)
    _in_use = language
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"gutsleep_{language}.qm")):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale(language))
    return language
