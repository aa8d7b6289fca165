"""Plees Tracker (Android): ``sid,start,stop,rating``, times in milliseconds since 1970 (UTC).

The file names no time zone, so nights take the journal's zone. The record's
start instant is its identity: ``sid`` starts again at 1 after a reinstall.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.storage.foreign import common
from gutsleep.storage.foreign.model import ForeignFile

_EPOCH = datetime(1970, 1, 1)


def read(path: Path, data: bytes, default_zone: str) -> ForeignFile:
    result = ForeignFile("plees_tracker", path)
    for row in list(common.rows(common.text(data)))[1:]:
        if not any(cell.strip() for cell in row):
            continue
        try:
            _sid, start_ms, stop_ms, rating = (cell.strip() for cell in row[:4])
            start = _EPOCH + timedelta(milliseconds=int(start_ms))
            end = _EPOCH + timedelta(milliseconds=int(stop_ms))
            stars = int(rating)
        except ValueError:
            result.skip(common.BAD_ROW)
            continue
        length = (end - start).total_seconds() / 60
        if not common.plausible_length(result, length):
            continue
        result.nights.append(
            DeviceNight(
                source="plees_tracker",
                record_id=start_ms,
                start_utc=start.replace(microsecond=0),
                end_utc=end.replace(microsecond=0),
                zone=default_zone,
                rating=2.0 * stars if 0 < stars <= 5 else None,
            )
        )
    return result
