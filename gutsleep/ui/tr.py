"""Translation helpers: every user-visible string in the UI goes through here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

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


def localised(message: Message, locale: QLocale | None = None) -> str:
    """``message`` translated, with its numbers and dates written the user's way."""
    locale = locale or QLocale()
    return render(_localised_args(message, locale))


def prose_date(day: date, locale: QLocale | None = None) -> str:
    """A day as the locale writes it in a sentence, without the weekday: "8 December 2026",
    "8. Dezember 2026", "December 8, 2026" (the locale's long format, weekday dropped)."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", " dddd", "dddd"):
        pattern = pattern.replace(weekday, "")
    return locale.toString(QDate(day.year, day.month, day.day), pattern.strip(" ,"))


def _localised_args(message: Message, locale: QLocale) -> Message:
    from gutsleep.analysis.insights import Number

    args: dict[str, object] = {}
    for key, value in message.args.items():
        if isinstance(value, Message):
            args[key] = _localised_args(value, locale)
        elif isinstance(value, Number):
            args[key] = locale.toString(value.value, "f", max(value.digits, 0))
        elif isinstance(value, date):
            args[key] = prose_date(value, locale)
        elif isinstance(value, int) and not isinstance(value, bool):
            args[key] = locale.toString(value)
        else:
            args[key] = value
    return Message(message.template, args)
