"""Translation helpers: every user-visible string in the UI goes through here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from gutsleep.domain.text import DOMAIN_CONTEXT, Message


def tr(source: str) -> str:
    """Translate an English source string in the app's single context."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, source)


def render(message: Message) -> str:
    """Translate a domain Message's template, then fill in its arguments."""
    return message.render(tr)


def format_number(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals in the app's language (QLocale's default):
    "3.5" in English, "3,5" in German."""
    return QLocale().toString(float(value), "f", max(digits, 0))
