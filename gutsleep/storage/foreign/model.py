"""What every reader of a foreign file returns or raises, and the limits they keep."""

from __future__ import annotations

import logging
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.domain.text import N_, Message

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest file read whole (every reader here reads a text export of at most this)."""
MAX_MEMBER_BYTES = 64 * 1024 * 1024
"""What one member of a zip may unpack to; more is refused as a possible zip bomb."""


class ForeignRefused(Exception):
    """A file recognised as another app's that cannot be read; ``message`` says why."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


@dataclass
class ForeignFile:
    """What a foreign file holds: its source, its nights and what was skipped."""

    source: str
    path: Path
    nights: list[DeviceNight] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    """How many records were skipped, by the reason (an untranslated N_ sentence)."""
    days: dict[date, dict[str, object]] = field(default_factory=dict)
    """Values for the diary's days (symptoms, bleeding), by the declaration's column."""
    entries: dict[date, dict[str, list[str]]] = field(default_factory=dict)
    """A mood diary's entries by day, before its words are mapped (Daylio)."""
    mood_values: dict[str, int | None] = field(default_factory=dict)
    """How each of the file's mood words maps to the 0-10 mood scale (None: not imported)."""

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A zip member's bytes, refusing one that unpacks to more than MAX_MEMBER_BYTES."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except RuntimeError as exc:  # an encrypted member
        raise ForeignRefused(
            Message(N_("This file is encrypted; export it again without a password."))
        ) from exc
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        log.info("a foreign zip member can't be unpacked: %s", type(exc).__name__)
        raise ForeignRefused(Message(N_("The zip file is damaged and can't be unpacked."))) from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise ForeignRefused(Message(N_("The zip file unpacks to more than 64 MB.")))
    return data
