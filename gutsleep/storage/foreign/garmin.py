"""Garmin Connect's data export: ``DI_CONNECT/DI-Connect-Wellness/*sleepData.json`` in its zip.

Each file is a list of nights with ``sleepStartTimestampGMT`` and
``sleepEndTimestampGMT`` (in the export, text such as "2026-03-01T22:47:00.0", in UTC;
in the web API, milliseconds since 1970: both are read), ``calendarDate`` and the
seconds in deep, light, REM and awake sleep. Time asleep is deep + light + REM when
any is given. The instants are UTC, so the night's wall-clock times follow the
journal's zone.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.domain.text import N_, Message
from gutsleep.storage.foreign import common
from gutsleep.storage.foreign.model import ForeignFile, ForeignRefused, read_member

_EPOCH = datetime(1970, 1, 1)
SUFFIX = "sleepData.json"


def read(path: Path, data: bytes, default_zone: str) -> ForeignFile:
    result = ForeignFile("garmin", path)
    _read_json(common.text(data), default_zone, result)
    return result


def read_zip(path: Path, default_zone: str) -> ForeignFile:
    result = ForeignFile("garmin", path)
    with zipfile.ZipFile(path) as archive:
        for name in sorted(n for n in archive.namelist() if n.endswith(SUFFIX)):
            _read_json(common.text(read_member(archive, name)), default_zone, result)
    return result


def _instant(value: object) -> datetime:
    if isinstance(value, bool):
        raise TypeError("not a time")
    if isinstance(value, int | float):
        return _EPOCH + timedelta(milliseconds=value)
    if isinstance(value, str):
        return datetime.fromisoformat(value.strip().removesuffix("Z")[:19])
    raise TypeError("not a time")


def _minutes(entry: dict[str, Any], key: str) -> int | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("not a number")
    return round(value / 60)


def _read_json(content: str, default_zone: str, result: ForeignFile) -> None:
    try:
        nights = json.loads(content)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ForeignRefused(Message(N_("The Garmin file is not valid JSON."))) from exc
    if not isinstance(nights, list):
        raise ForeignRefused(Message(N_("The Garmin file is not a list of nights.")))
    for entry in nights:
        if not isinstance(entry, dict):
            result.skip(common.BAD_ROW)
            continue
        if entry.get("sleepStartTimestampGMT") is None or entry.get("sleepEndTimestampGMT") is None:
            result.skip(N_("days without a measured night"))
            continue
        try:
            start = _instant(entry["sleepStartTimestampGMT"]).replace(microsecond=0)
            end = _instant(entry["sleepEndTimestampGMT"]).replace(microsecond=0)
            stages = [_minutes(entry, f"{name}SleepSeconds") for name in ("deep", "light", "rem")]
            awake = _minutes(entry, "awakeSleepSeconds")
            awakenings = entry.get("awakeCount")
        except (TypeError, ValueError):
            result.skip(common.BAD_ROW)
            continue
        length = (end - start).total_seconds() / 60
        if not common.plausible_length(result, length):
            continue
        known = [m for m in stages if m is not None]
        result.nights.append(
            DeviceNight(
                source="garmin",
                record_id=start.isoformat(timespec="minutes"),
                start_utc=start,
                end_utc=end,
                zone=default_zone,
                asleep_min=sum(known) if known else None,
                awake_min=awake,
                awakenings=awakenings if isinstance(awakenings, int) and awakenings >= 0 else None,
                deep_min=stages[0],
                light_min=stages[1],
                rem_min=stages[2],
            )
        )
