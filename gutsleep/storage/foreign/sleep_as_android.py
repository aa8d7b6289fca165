"""Sleep as Android: ``sleep-export.csv`` (in ``sleep-export.zip``), one record per header.

Each record is a header line (its actigraphy columns are the record's own times)
followed by its data line, sometimes by a noise line. As the format's notes
advise (sleepdiary/core, src/SleepAsAndroid/README.md), the start instant comes
from ``Id`` (milliseconds since 1970, UTC) and the end from ``Id`` plus ``Hours``,
because ``From`` and ``To`` are ambiguous when clocks go back. Time asleep is
``Hours`` plus ``LenAdjust`` minutes, except where nothing was measured: records
added by hand (``LenAdjust`` "-1.0" in the notes; in real files also ``Cycles``
"-1" with ``LenAdjust`` "0"), where it is unknown rather than the whole record.
``Rating`` is 0-5 (0: not rated).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.domain.sleep import is_known_zone
from gutsleep.storage.foreign import common
from gutsleep.storage.foreign.model import ForeignFile

_EPOCH = datetime(1970, 1, 1)


def read(path: Path, data: bytes, default_zone: str) -> ForeignFile:
    result = ForeignFile("sleep_as_android", path)
    header: list[str] | None = None
    for row in common.rows(common.text(data)):
        if not row or not any(cell.strip() for cell in row):
            continue
        if row[0].strip() == "Id":
            header = [cell.strip() for cell in row]
            continue
        if header is None or not row[0].strip().isdigit():
            continue  # a noise line after its record, or text before the first header
        record = dict(zip(header, row, strict=False))
        night = _night(record, default_zone, result)
        if night is not None:
            result.nights.append(night)
    return result


def _night(record: dict[str, str], default_zone: str, result: ForeignFile) -> DeviceNight | None:
    try:
        start_ms = int(record["Id"])
        hours = common.number(record["Hours"])
        rating = common.number(record.get("Rating", "0") or "0")
        adjust = record.get("LenAdjust", "-1.0").strip()
        deep = common.number(record.get("DeepSleep", "-1") or "-1")
        cycles = common.number(record.get("Cycles", "-1") or "-1")
    except (KeyError, ValueError):
        result.skip(common.BAD_ROW)
        return None
    length = hours * 60
    if not common.plausible_length(result, length):
        return None
    start = _EPOCH + timedelta(milliseconds=start_ms)
    end = start + timedelta(hours=hours)
    asleep: int | None = None
    if adjust not in {"-1.0", ""} and cycles >= 0:
        try:
            asleep = max(0, round(length + common.number(adjust)))
        except ValueError:
            asleep = None
    zone = record.get("Tz", "").strip()
    if record.get("Comment", "").replace("\\n", "").strip():
        result.skip(common.COMMENTS)
    return DeviceNight(
        source="sleep_as_android",
        record_id=str(start_ms),
        start_utc=start.replace(microsecond=0),
        end_utc=end.replace(microsecond=0),
        zone=zone if zone and is_known_zone(zone) else default_zone,
        asleep_min=asleep,
        awake_min=None if asleep is None else max(0, round(length) - asleep),
        deep_min=round(deep * asleep) if asleep is not None and 0.0 <= deep <= 1.0 else None,
        rating=2.0 * rating if 0 < rating <= 5 else None,
    )
