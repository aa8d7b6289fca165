"""Recognising a foreign file and dispatching it to its reader."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

from gutsleep.domain.device_nights import SOURCE_LABELS, mark_naps
from gutsleep.domain.text import N_, Message
from gutsleep.storage.foreign import (
    apple_health,
    daylio,
    fitbit,
    garmin,
    plees,
    sleep_as_android,
)
from gutsleep.storage.foreign.model import (
    MAX_FILE_BYTES,
    ForeignFile,
    ForeignRefused,
    read_member,
)

log = logging.getLogger(__name__)

_SNIFF_BYTES = 4096

Reader = Callable[[Path, bytes, str], ForeignFile]


def _readers() -> dict[str, Reader]:
    return {
        "sleep_as_android": sleep_as_android.read,
        "plees_tracker": plees.read,
        "fitbit": fitbit.read,
        "daylio": daylio.read,
        "garmin": garmin.read,
    }


def _sniff(path: Path) -> tuple[str | None, bytes]:
    """(source, the bytes to read) for a file or a zip; (None, b"") for a file not recognised.

    A zip's member is read here (Sleep as Android); a Takeout zip is read member by
    member by its reader, so its bytes are empty.
    """
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                for name in names:
                    if Path(name).name == "sleep-export.csv":
                        return "sleep_as_android", read_member(archive, name)
                for name in names:
                    base = Path(name).name
                    if base.startswith("sleep-") and base.endswith(".json"):
                        return "fitbit", b""
                if any(Path(n).name == "export.xml" for n in names):
                    return "apple_health", b""
                if any(n.endswith(garmin.SUFFIX) for n in names):
                    return "garmin", b""
        except zipfile.BadZipFile as exc:
            raise ForeignRefused(
                Message(N_("The zip file is damaged and can't be unpacked."))
            ) from exc
        return None, b""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(b"PK\x03\x04"):
        raise ForeignRefused(Message(N_("The zip file is damaged and can't be unpacked.")))
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    first = text.split(b"\n", 1)[0].strip().lower()
    source: str | None = None
    if first == b"sid,start,stop,rating":
        source = "plees_tracker"
    elif first == b"sleep":
        source = "fitbit"
    elif first.startswith(b"id,tz,from,to,"):
        source = "sleep_as_android"
    elif first.replace(b'"', b"").startswith(b"full_date,date,weekday,time,mood"):
        source = "daylio"
    elif text.startswith(b"[") and b'"logid"' in text.lower() and b'"dateofsleep"' in text.lower():
        source = "fitbit"
    elif text.startswith(b"[") and b'"sleepstarttimestampgmt"' in text.lower():
        source = "garmin"
    if source is None and b"<healthdata" in head.lower():
        return "apple_health", b""  # export.xml itself: streamed, never read whole
    if source is None:
        return None, b""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ForeignRefused(Message(N_("The file is larger than 256 MB.")))
    return source, path.read_bytes()


def detect(path: Path) -> str | None:
    """The app that made ``path`` (a key of SOURCE_LABELS), or None for any other file."""
    try:
        source, _ = _sniff(Path(path))
    except (ForeignRefused, OSError):
        return None
    return source


def read_foreign(
    path: Path,
    default_zone: str,
    force: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ForeignFile | None:
    """Read another app's file; None when it is not one gutsleep recognises.

    ``default_zone`` is the zone of times the file gives without one; ``force`` names
    the app when the person says which made the file; ``progress(done, total)`` is
    told how far a long read (Apple Health) has come, in bytes. Raises
    ForeignRefused with one sentence for a recognised file that cannot be read, and
    OSError when the file cannot be opened.
    """
    path = Path(path)
    source, data = _sniff(path)
    readers = _readers()
    if force is not None:
        if force not in readers and force != "apple_health":
            raise ForeignRefused(
                Message(N_("gutsleep can't read files from {app}."), {"app": force})
            )
        if source != force:
            if source is None and force != "apple_health" and not zipfile.is_zipfile(path):
                data = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else b""
            source = force
    if source is None:
        return None
    if source == "apple_health":
        if zipfile.is_zipfile(path):
            result = apple_health.read_zip(path, default_zone, progress)
        else:
            result = apple_health.read_xml(path, default_zone, progress)
    elif source == "fitbit" and zipfile.is_zipfile(path):
        result = fitbit.read_takeout(path, default_zone)
    elif source == "garmin" and zipfile.is_zipfile(path):
        result = garmin.read_zip(path, default_zone)
    else:
        try:
            result = readers[source](path, data, default_zone)
        except ForeignRefused:
            raise
        except (ValueError, KeyError, IndexError, UnicodeDecodeError) as exc:
            log.info("a %s file can't be read: %s", source, type(exc).__name__)
            raise ForeignRefused(
                Message(
                    N_("The file looks like an export of {app} but can't be read: {reason}."),
                    {"app": Message(SOURCE_LABELS[source]), "reason": type(exc).__name__},
                )
            ) from exc
    result.nights = mark_naps(result.nights)
    if result.entries:
        words = daylio.mood_words(result)
        result.mood_values = daylio.default_values(words)
        result.days = daylio.day_values(result, result.mood_values)
    return result
