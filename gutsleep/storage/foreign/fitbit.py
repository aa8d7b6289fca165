"""Fitbit: the account's "Sleep" CSV export and Google Takeout's ``sleep-YYYY-MM-DD.json``.

The CSV (sleepdiary/core, src/Fitbit/README.md) starts with a line ``Sleep``, then
its header; times are local, on a 12-hour clock ("2024-03-09 11:12PM"), numbers
may carry thousands commas. Its start time is unreliable, so a night starts at its
end minus the minutes asleep and awake. Takeout's JSON lists sleep logs with
``logId``, local ``startTime``/``endTime``, minutes asleep, awake and to fall
asleep, ``mainSleep``, and stage or classic summaries. Neither names a time zone:
nights take the journal's zone.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from gutsleep.domain.device_nights import DeviceNight, utc
from gutsleep.domain.text import N_, Message
from gutsleep.storage.foreign import common
from gutsleep.storage.foreign.model import ForeignFile, ForeignRefused, read_member

_CSV_FORMATS = ("%Y-%m-%d %I:%M%p", "%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M")
_JSON_FORMATS = ("%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S")


def read(path: Path, data: bytes, default_zone: str) -> ForeignFile:
    content = common.text(data)
    if content.lstrip().startswith("["):
        result = ForeignFile("fitbit", path)
        _read_json(content, default_zone, result)
        return result
    return _read_csv(path, content, default_zone)


def read_takeout(path: Path, default_zone: str) -> ForeignFile:
    """Every ``sleep-*.json`` in a Takeout zip, in name order."""
    result = ForeignFile("fitbit", path)
    with zipfile.ZipFile(path) as archive:
        names = sorted(
            n
            for n in archive.namelist()
            if Path(n).name.startswith("sleep-") and Path(n).name.endswith(".json")
        )
        for name in names:
            _read_json(common.text(read_member(archive, name)), default_zone, result)
    return result


def _local(cell: str, formats: tuple[str, ...]) -> datetime:
    cell = cell.strip().upper()
    for fmt in formats:
        try:
            return datetime.strptime(cell, fmt)
        except ValueError:
            continue
    raise ValueError("not a Fitbit time")


def _read_csv(path: Path, content: str, default_zone: str) -> ForeignFile:
    result = ForeignFile("fitbit", path)
    header: list[str] | None = None
    in_sleep = False
    for row in common.rows(content):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            if header is not None:
                in_sleep = False  # the blank line after the Sleep section
            continue
        if len(cells) == 1 and cells[0].lower() == "sleep":
            in_sleep, header = True, None
            continue
        if in_sleep and header is None:
            header = cells
            continue
        if not in_sleep or header is None:
            continue
        record = dict(zip(header, cells, strict=False))
        try:
            end_local = _local(record["End Time"], _CSV_FORMATS)
            asleep = common.optional_minutes(record.get("Minutes Asleep", ""))
            awake = common.optional_minutes(record.get("Minutes Awake", ""))
            in_bed = common.optional_minutes(record.get("Time in Bed", ""))
            awakenings = common.optional_minutes(record.get("Number of Awakenings", ""))
            stages = [
                common.optional_minutes(record.get(f"Minutes {name} Sleep", ""))
                for name in ("Deep", "Light", "REM")
            ]
        except (KeyError, ValueError):
            result.skip(common.BAD_ROW)
            continue
        length = (asleep or 0) + (awake or 0) if asleep is not None else in_bed
        if length is None:
            result.skip(common.BAD_ROW)
            continue
        _add(
            result,
            record_id=end_local.isoformat(timespec="minutes"),
            start_local=end_local - timedelta(minutes=length),
            end_local=end_local,
            zone=default_zone,
            asleep=asleep,
            awake=awake,
            awakenings=awakenings,
            deep=stages[0],
            light=stages[1],
            rem=stages[2],
        )
    if header is None:
        raise ForeignRefused(Message(N_("The Fitbit file has no sleep records.")))
    return result


def _read_json(content: str, default_zone: str, result: ForeignFile) -> None:
    try:
        logs = json.loads(content)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ForeignRefused(Message(N_("The Fitbit file is not valid JSON."))) from exc
    if not isinstance(logs, list):
        raise ForeignRefused(Message(N_("The Fitbit file is not a list of sleep logs.")))
    for log_entry in logs:
        if not isinstance(log_entry, dict):
            result.skip(common.BAD_ROW)
            continue
        try:
            night = _json_night(log_entry)
        except (KeyError, ValueError, TypeError):
            result.skip(common.BAD_ROW)
            continue
        _add(result, zone=default_zone, **night)


def _json_night(entry: dict[str, Any]) -> dict[str, Any]:
    summary = (entry.get("levels") or {}).get("summary") or {}

    def stage(name: str, key: str = "minutes") -> int | None:
        value = (summary.get(name) or {}).get(key)
        return None if value is None else int(value)

    wake_count = stage("wake", "count")
    if wake_count is None:
        wake_count = stage("awake", "count")
    return {
        "record_id": str(int(entry["logId"])),
        "start_local": _local(str(entry["startTime"]), _JSON_FORMATS),
        "end_local": _local(str(entry["endTime"]), _JSON_FORMATS),
        "asleep": _int(entry.get("minutesAsleep")),
        "awake": _int(entry.get("minutesAwake")),
        "sol": _int(entry.get("minutesToFallAsleep")),
        "awakenings": wake_count,
        "deep": stage("deep"),
        "light": stage("light"),
        "rem": stage("rem"),
        "main": bool(entry.get("mainSleep", True)),
    }


def _int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("not a number")
    return round(value)


def _add(
    result: ForeignFile,
    *,
    record_id: str,
    start_local: datetime,
    end_local: datetime,
    zone: str,
    asleep: int | None = None,
    awake: int | None = None,
    sol: int | None = None,
    awakenings: int | None = None,
    deep: int | None = None,
    light: int | None = None,
    rem: int | None = None,
    main: bool = True,
) -> None:
    length = (end_local - start_local).total_seconds() / 60
    if not common.plausible_length(result, length):
        return
    result.nights.append(
        DeviceNight(
            source="fitbit",
            record_id=record_id,
            start_utc=utc(start_local.replace(microsecond=0), zone),
            end_utc=utc(end_local.replace(microsecond=0), zone),
            zone=zone,
            asleep_min=asleep,
            awake_min=awake,
            sol_min=sol,
            awakenings=awakenings,
            deep_min=deep,
            light_min=light,
            rem_min=rem,
            main_sleep=main,
        )
    )
