"""Small exports in other apps' formats, written here from their documented formats.

Each builder follows the format notes of the sleepdiary project (github: sleepdiary/core,
``src/<App>/README.md``) and the quirks real files show: repeated header rows with each
record's own actigraphy columns, noise lines, escaped newlines in comments, 12-hour
times, thousands commas, a sleep section inside a larger export. None is copied from a
real export.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

_SAA_HEADER = (
    "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo"
)


def _ms(moment: datetime) -> int:
    return int(moment.replace(tzinfo=UTC).timestamp() * 1000)


def saa_record(
    start_utc: datetime,
    hours: float,
    *,
    zone: str = "Europe/London",
    rating: str = "0.0",
    comment: str = "",
    cycles: str = "4",
    deep: str = "0.25",
    adjust: str = "-30",
    times: int = 3,
) -> str:
    """One record: its header (with its own time columns) and its data line."""
    stamps = ",".join(f'"{h}:{m:02d}"' for h, m in [(23, i) for i in range(times)])
    header = f'{_SAA_HEADER},{stamps},"Event"'
    cells = [
        str(_ms(start_utc)),
        zone,
        start_utc.strftime("%d. %m. %Y %-H:%M"),
        "ignored",
        "ignored",
        f"{hours:.3f}",
        rating,
        comment.replace('"', '""'),
        "10007",
        "-1",
        "-1.0",
        cycles,
        deep,
        adjust,
        "",
        *["0.5"] * times,
        "DEVICE-1-2",
    ]
    return header + "\n" + ",".join(f'"{c}"' for c in cells) + "\n"


def sleep_as_android_zip(path: Path, records: list[str], *, noise_line: bool = True) -> Path:
    body = ""
    for record in records:
        body += record
        if noise_line:
            body += ",".join(['""'] * 15 + ['"0.1"'] * 3) + "\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("sleep-export.csv", body)
        archive.writestr("prefs.xml", "<map/>")
        archive.writestr("alarms.json", "[]")
    return path


def plees_csv(path: Path, rows: list[tuple[datetime, datetime, int]]) -> Path:
    lines = ["sid,start,stop,rating"]
    for sid, (start, stop, rating) in enumerate(rows, start=1):
        lines.append(f"{sid},{_ms(start)},{_ms(stop)},{rating}")
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def fitbit_csv(
    path: Path, rows: list[tuple[str, str, str, str, str, str]], *, before: str = ""
) -> Path:
    """Fitbit's "Sleep" export; rows: (start, end, asleep, awake, awakenings, in bed)."""
    out = io.StringIO()
    out.write(before)
    out.write("Sleep\n")
    out.write(
        "Start Time,End Time,Minutes Asleep,Minutes Awake,Number of Awakenings,Time in Bed,"
        "Minutes REM Sleep,Minutes Light Sleep,Minutes Deep Sleep\n"
    )
    for start, end, asleep, awake, awakenings, in_bed in rows:
        cells = [start, end, asleep, awake, awakenings, in_bed, "90", "250", "70"]
        out.write(",".join(f'"{c}"' for c in cells) + "\n")
    out.write("\n")
    path.write_text(out.getvalue(), encoding="ascii")
    return path


def fitbit_log(
    log_id: int,
    start: str,
    end: str,
    *,
    asleep: int,
    awake: int,
    to_fall_asleep: int = 0,
    main: bool = True,
    stages: bool = True,
) -> dict[str, object]:
    summary: dict[str, object]
    if stages:
        summary = {
            "deep": {"count": 4, "minutes": 60},
            "light": {"count": 20, "minutes": asleep - 150},
            "rem": {"count": 5, "minutes": 90},
            "wake": {"count": 17, "minutes": awake},
        }
    else:
        summary = {
            "asleep": {"count": 0, "minutes": asleep},
            "restless": {"count": 6, "minutes": awake - 5},
            "awake": {"count": 2, "minutes": 5},
        }
    return {
        "logId": log_id,
        "dateOfSleep": end[:10],
        "startTime": start,
        "endTime": end,
        "duration": 0,
        "minutesToFallAsleep": to_fall_asleep,
        "minutesAsleep": asleep,
        "minutesAwake": awake,
        "minutesAfterWakeup": 0,
        "timeInBed": asleep + awake + to_fall_asleep,
        "efficiency": 90,
        "type": "stages" if stages else "classic",
        "infoCode": 0,
        "levels": {"summary": summary, "data": [], "shortData": []},
        "mainSleep": main,
    }


def fitbit_takeout_zip(path: Path, months: dict[str, list[dict[str, object]]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for month, logs in months.items():
            archive.writestr(
                f"Takeout/Fitbit/Global Export Data/sleep-{month}.json", json.dumps(logs)
            )
        archive.writestr("Takeout/Fitbit/Global Export Data/steps-2026-01-01.json", "[]")
    return path


APPLE_DOCTYPE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  sourceName    CDATA #REQUIRED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
  value         CDATA #IMPLIED
>
]>
"""


def apple_record(kind: str, start: str, end: str, value: str = "", source: str = "Watch") -> str:
    """One ``Record`` line; ``kind`` without the HKCategoryTypeIdentifier prefix."""
    value_attr = f' value="{value}"' if value else ""
    return (
        f'  <Record type="HKCategoryTypeIdentifier{kind}" sourceName="{source}" '
        f'sourceVersion="10.1" creationDate="{end}" startDate="{start}" endDate="{end}"'
        f"{value_attr}>\n"
        '    <MetadataEntry key="HKTimeZone" value="Europe/Berlin"/>\n'
        "  </Record>\n"
    )


def apple_xml(records: list[str], *, doctype: str = APPLE_DOCTYPE) -> str:
    return (
        doctype
        + '<HealthData locale="de_DE">\n <ExportDate value="2026-04-01 08:00:00 +0200"/>\n'
        + ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1975-01-01"/>\n'
        + "".join(records)
        + "</HealthData>\n"
    )


def apple_zip(path: Path, xml: str) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("apple_health_export/export.xml", xml)
        archive.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    return path


def garmin_zip(path: Path, nights: list[dict[str, object]]) -> Path:
    """Garmin Connect's data export with one ``*sleepData.json`` of ``nights``."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "DI_CONNECT/DI-Connect-Wellness/2026-01-01_2026-04-10_12345_sleepData.json",
            json.dumps(nights),
        )
        archive.writestr("DI_CONNECT/DI-Connect-User/user_profile.json", "{}")
    return path


def garmin_night(
    start: str, end: str, *, deep: int, light: int, rem: int, awake: int
) -> dict[str, object]:
    return {
        "sleepStartTimestampGMT": start,
        "sleepEndTimestampGMT": end,
        "calendarDate": end[:10],
        "sleepWindowConfirmationType": "ENHANCED_CONFIRMED_FINAL",
        "deepSleepSeconds": deep * 60,
        "lightSleepSeconds": light * 60,
        "remSleepSeconds": rem * 60,
        "awakeSleepSeconds": awake * 60,
        "unmeasurableSeconds": 0,
        "averageRespiration": 14.0,
    }
