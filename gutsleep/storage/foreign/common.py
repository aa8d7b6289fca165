"""What the readers share: text decoding, numbers written by people's apps, the shortest record."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from gutsleep.domain.text import N_, Message
from gutsleep.storage.foreign.model import ForeignFile, ForeignRefused

SHORTEST_MIN = 10
"""Records shorter than this are test recordings or false starts, not nights."""
LONGEST_MIN = 24 * 60
"""Records longer than a day are a tracker left running, not a night."""

TOO_SHORT = N_("recordings shorter than 10 minutes (tests or false starts)")
TOO_LONG = N_("recordings longer than 24 hours")
BAD_ROW = N_("rows that can't be read")
COMMENTS = N_("comments and tags (gutsleep keeps its own notes)")
_FIELD_LIMIT = 1024 * 1024


def plausible_length(result: ForeignFile, minutes: float) -> bool:
    """Whether a record this long is a night or a nap; if not, count it as skipped, and why."""
    if minutes < SHORTEST_MIN:
        result.skip(TOO_SHORT)
        return False
    if minutes > LONGEST_MIN:
        result.skip(TOO_LONG)
        return False
    return True


def text(data: bytes) -> str:
    """UTF-8 text (with or without a byte-order mark), or one sentence why not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ForeignRefused(Message(N_("The file is not UTF-8 text."))) from exc


def rows(content: str) -> Iterator[list[str]]:
    """CSV rows; a field over 1 MB (a damaged or hostile file) refuses the file."""
    csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        yield from reader
    except csv.Error as exc:
        raise ForeignRefused(
            Message(
                N_("The file is not a CSV file gutsleep can read (line {line})."),
                {"line": reader.line_num},
            )
        ) from exc


def number(cell: str) -> float:
    """A number as apps write it: thousands commas ("1,234") and spaces allowed."""
    return float(cell.replace(",", "").replace(" ", "").strip())


def optional_minutes(cell: str) -> int | None:
    cell = cell.strip()
    if not cell or cell in {"-", "--", "N/A"}:
        return None
    value = number(cell)
    return None if value < 0 else round(value)
