"""The journal's fields as columns: names, units, and how each value is written and read.

:data:`DAY_COLUMNS` is the field declaration (domain.fields) seen as export
columns; the JSON format, the CSV tables and the generic "daily values" CSV all
derive from it, so a declared field leaves and comes back with no edit here.
Text cells parse leniently (``23:10`` or ``23:10:00``, ``3`` or ``3.0``, ``yes`` or
``true``); JSON values parse strictly, since only programs write JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from gutsleep.domain.fields import DAY_FIELDS, SECTION_FIELDS
from gutsleep.domain.fields import Anchor as Anchor
from gutsleep.domain.fields import Kind as Kind
from gutsleep.domain.journal import Bleeding, IntakeKind
from gutsleep.domain.sleep import evening_or_morning, on_wake_day
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import day_out_of_range, parse_clock


@dataclass(frozen=True)
class Column:
    """One single-valued field of a day, as a column of the export formats.

    ``section`` and ``attr`` locate it in :class:`DayEntry` (section "" is the
    entry itself); ``name`` is its CSV column; ``unit`` documents the value.
    """

    name: str
    section: str
    attr: str
    kind: Kind
    unit: str
    anchor: Anchor | None = None

    @property
    def key(self) -> str:
        """The field key validation uses (``sleep.quality``, ``notes``)."""
        return f"{self.section}.{self.attr}" if self.section else self.attr


#: Every declared field (domain.fields) as an export column, in declaration order.
DAY_COLUMNS: tuple[Column, ...] = tuple(
    Column(f.column, f.section, f.attr, f.kind, f.unit, f.anchor) for f in DAY_FIELDS
)

COLUMNS_BY_NAME: dict[str, Column] = {c.name: c for c in DAY_COLUMNS}
#: The attributes of each DayEntry section, in DAY_COLUMNS order.
SECTION_ATTRS: dict[str, tuple[Column, ...]] = {
    section: tuple(c for c in DAY_COLUMNS if c.section == section) for section in SECTION_FIELDS
}


class BadValue(ValueError):
    """A cell or JSON value that can't be read; ``message`` says why, for a person.

    ``line`` is where in the file, when the reader that raised it knows.
    """

    def __init__(self, message: Message, line: int | None = None):
        super().__init__(str(message))
        self.message = message
        self.line = line


def _bad(template: str, **args: Any) -> BadValue:
    return BadValue(Message(template, args))


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_ISO_TIME = re.compile(r"^\d{1,2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_INT = re.compile(r"^[+-]?\d{1,18}$")
_INTEGRAL_FLOAT = re.compile(r"^[+-]?\d{1,18}\.0*$")
#: More digits than any field can hold; int() refuses over 4,300 with a traceback.
_LONG_NUMBER = re.compile(r"^[+-]?\d{19,}(\.0*)?$")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD) the journal can keep, or BadValue."""
    text = text.strip()
    if not _DATE.match(text):
        raise _bad(N_("“{value}” is not a date like 2026-03-29."), value=text)
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _bad(N_("“{value}” is not a date that exists."), value=text) from None
    out_of_range = day_out_of_range(day)
    if out_of_range is not None:
        raise BadValue(out_of_range)
    return day


def parse_datetime(text: str) -> datetime:
    """A local date-time, ``2026-03-28T23:10`` or with a space, seconds optional."""
    text = text.strip()
    if not _DATETIME.match(text):
        raise _bad(
            N_("“{value}” is not a local date-time like 2026-03-28T23:10 (no time-zone offset)."),
            value=text,
        )
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise _bad(N_("“{value}” is not a date-time that exists."), value=text) from None


def parse_time(text: str) -> time:
    """A clock time: ``06:40``, ``06:40:00``, ``6.40`` or ``6:40 am``."""
    text = text.strip()
    if _ISO_TIME.match(text):
        padded = "0" + text if text.index(":") == 1 else text
        try:
            return time.fromisoformat(padded)
        except ValueError:
            pass
    try:
        parsed = parse_clock(text)
    except ValueError as exc:
        raise _bad(N_("“{value}”: {reason}"), value=text, reason=str(exc)) from None
    if parsed is None:
        raise _bad(N_("A time is missing."))
    return parsed


def parse_int(text: str) -> int:
    text = text.strip()
    if _INT.match(text):
        return int(text)
    if _INTEGRAL_FLOAT.match(text):
        return int(text.split(".")[0])
    if _LONG_NUMBER.match(text):
        raise _bad(N_("A number with {digits} digits is far too large."), digits=len(text))
    raise _bad(N_("“{value}” is not a whole number."), value=_shorten(text))


def parse_cell(column: Column, text: str, day: date) -> Any:
    """The value of ``column`` typed as ``text`` in a CSV cell; empty means missing.

    A bare clock time in a sleep date-time column is placed on the right date
    (the evening before ``day`` for bedtimes, ``day`` itself for waking).
    """
    kind = column.kind
    if kind is Kind.TEXT:
        return text
    stripped = text.strip()
    if not stripped:
        return None
    if kind is Kind.INT:
        return parse_int(stripped)
    if kind is Kind.DATETIME:
        if _DATETIME.match(stripped) or column.anchor is None:
            return parse_datetime(stripped)
        clock = parse_time(stripped)
        if column.anchor is Anchor.EVENING:
            return evening_or_morning(day, clock)
        return on_wake_day(day, clock)
    if kind is Kind.TIME:
        return parse_time(stripped)
    if kind is Kind.BOOL:
        lowered = stripped.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise _bad(N_("“{value}” is neither true nor false (yes or no)."), value=stripped)
    if kind is Kind.BLEEDING:
        return parse_bleeding(stripped)
    if kind is Kind.ZONE:
        return parse_zone(stripped)
    raise AssertionError(kind)  # pragma: no cover


def parse_bleeding(text: str) -> Bleeding:
    try:
        return Bleeding(text.strip().lower())
    except ValueError:
        raise _bad(
            N_("“{value}” is not one of none, spotting, light, medium, heavy."), value=text
        ) from None


def parse_kind(text: str) -> IntakeKind:
    try:
        return IntakeKind(text.strip().lower())
    except ValueError:
        raise _bad(
            N_("“{value}” is not one of supplement, probiotic, medicine."), value=text
        ) from None


def parse_zone(text: str) -> str:
    """A time-zone name; kept as written (it may be unknown on this machine)."""
    if not text or len(text) > 64 or any(ord(ch) < 33 for ch in text):
        raise _bad(N_("“{value}” is not a time-zone name like Europe/London."), value=text)
    return text


def format_cell(kind: Kind, value: Any) -> str:
    """How a value is written in a CSV cell; missing values are empty cells."""
    if value is None:
        return ""
    if kind is Kind.TEXT or kind is Kind.ZONE:
        return str(value)
    if kind is Kind.INT:
        return str(int(value))
    if kind is Kind.DATETIME or kind is Kind.TIME:
        return str(value.isoformat())
    if kind is Kind.BOOL:
        return "true" if value else "false"
    if kind is Kind.BLEEDING:
        return str(value.value)
    raise AssertionError(kind)  # pragma: no cover


def to_json(kind: Kind, value: Any) -> Any:
    """A value as JSON: numbers and booleans as such, times as ISO text, missing as null."""
    if value is None:
        return None
    if kind is Kind.INT:
        return int(value)
    if kind is Kind.BOOL:
        return bool(value)
    return format_cell(kind, value)


def from_json(kind: Kind, value: Any) -> Any:
    """A JSON value for a field of ``kind``; strict about types, BadValue otherwise."""
    if kind is Kind.TEXT:
        if not isinstance(value, str):
            raise _bad(N_("Expected text."))
        return value
    if value is None:
        return None
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(N_("Expected a whole number, found {value}."), value=describe(value))
        return value
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _bad(N_("Expected true, false or null, found {value}."), value=describe(value))
        return value
    if not isinstance(value, str):
        raise _bad(N_("Expected text, found {value}."), value=describe(value))
    if kind is Kind.DATETIME:
        return parse_datetime(value)
    if kind is Kind.TIME:
        if _ISO_TIME.match(value) and len(value.split(":")[0]) == 2:
            try:
                return time.fromisoformat(value)
            except ValueError:  # 24:00, 06:61
                pass
        raise _bad(N_("“{value}” is not a clock time like 06:40:00."), value=_shorten(value))
    if kind is Kind.BLEEDING:
        return parse_bleeding(value)
    if kind is Kind.ZONE:
        return parse_zone(value)
    raise AssertionError(kind)  # pragma: no cover


def describe(value: Any) -> str | Message:
    """A short quote of a wrong JSON value (a list or object by its kind: it may nest deep)."""
    if isinstance(value, list):
        return Message(N_("a list"))
    if isinstance(value, dict):
        return Message(N_("an object"))
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return _shorten(repr(value) if not isinstance(value, str) else f"“{value}”")


def _shorten(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"
