"""Daylio: its CSV export (``full_date,date,weekday,time,mood,activities,note_title,note``).

Moods are words the person can rename, so each word is mapped to the journal's 0-10
mood scale: Daylio's five default levels (rad, good, meh, bad, awful, and their German
names) have defaults of 10, 8, 5, 3 and 1; any other word has no value until the
person gives it one (a word without a value is not imported, and the preview says
so). Several entries of one day become one: the mean of their moods, rounded, and
their notes and activities (activities go into the day's notes as a line "Daylio:
…", since the journal has no tags) in the order they were written.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from gutsleep.storage.foreign import common
from gutsleep.storage.foreign.model import ForeignFile

HEADER = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")

DEFAULT_MOODS: dict[str, int] = {
    "rad": 10,
    "good": 8,
    "meh": 5,
    "bad": 3,
    "awful": 1,
    "super": 10,
    "gut": 8,
    "okay": 5,
    "schlecht": 3,
    "schrecklich": 1,
}
"""Daylio's five default mood levels (English and German names) on the 0-10 mood scale."""

_TAG = re.compile(r"<[^>]+>")


def _text(cell: str) -> str:
    """A Daylio note as plain text: its line breaks kept, its HTML tags and entities gone."""
    cell = re.sub(r"<br\s*/?>", "\n", cell, flags=re.IGNORECASE)
    lines = html.unescape(_TAG.sub("", cell)).splitlines()
    return "\n".join(line.strip() for line in lines).strip()


def read(path: Path, data: bytes, default_zone: str) -> ForeignFile:
    """The entries by day; moods stay words until :func:`day_values` maps them."""
    del default_zone  # Daylio's entries are local days and clock times
    result = ForeignFile("daylio", path)
    rows = list(common.rows(common.text(data)))
    if not rows:
        return result
    header = [cell.strip().lstrip("\ufeff") for cell in rows[0]]
    for row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))
        try:
            day = date.fromisoformat(record["full_date"].strip())
        except (KeyError, ValueError):
            result.skip(common.BAD_ROW)
            continue
        entry = result.entries.setdefault(day, {"moods": [], "notes": [], "activities": []})
        mood = record.get("mood", "").strip()
        if mood:
            entry["moods"].append(mood)
        for name in (record.get("activities") or "").split("|"):
            if name.strip() and name.strip() not in entry["activities"]:
                entry["activities"].append(name.strip())
        note = "\n".join(
            part
            for part in (_text(record.get("note_title", "")), _text(record.get("note", "")))
            if part
        )
        if note:
            entry["notes"].append(note)
    return result


def mood_words(result: ForeignFile) -> list[str]:
    """Every mood word in the file, most used first."""
    counts: dict[str, int] = {}
    for entry in result.entries.values():
        for word in entry["moods"]:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))


def default_values(words: list[str]) -> dict[str, int | None]:
    return {word: DEFAULT_MOODS.get(word.casefold()) for word in words}


def day_values(
    result: ForeignFile, mood_values: Mapping[str, int | None]
) -> dict[date, dict[str, object]]:
    """The diary's values by day, with the moods mapped by ``mood_values`` (None: not imported)."""
    days: dict[date, dict[str, object]] = {}
    for day, entry in sorted(result.entries.items()):
        values: dict[str, object] = {}
        scored = [mood_values.get(word) for word in entry["moods"]]
        known = [value for value in scored if value is not None]
        if known:
            values["mood"] = math.floor(sum(known) / len(known) + 0.5)  # halves round up
        lines = list(entry["notes"])
        if entry["activities"]:
            lines.append("Daylio: " + ", ".join(entry["activities"]))
        if lines:
            values["notes"] = "\n\n".join(lines)
        if values:
            days[day] = values
    return days
