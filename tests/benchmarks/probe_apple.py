"""Probe: read a generated Apple Health export, or make its floor pass; one result line.

    probe_apple.py generate OUT.zip MB       # a realistic export of about MB megabytes
    probe_apple.py floor OUT.zip             # bare ElementTree.iterparse over export.xml
    probe_apple.py import OUT.zip DATA_DIR   # gutsleep: read, preview, import into DATA_DIR

Each reports its time and peak memory (VmHWM) in its own process.
"""

from __future__ import annotations

import random
import sys
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from probe_support import peak_rss_kib, report

_HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-04-01 08:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""
_QUANTITIES = (
    ("HKQuantityTypeIdentifierHeartRate", "count/min", 55, 110),
    ("HKQuantityTypeIdentifierStepCount", "count", 5, 400),
    ("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal", 1, 40),
    ("HKQuantityTypeIdentifierBasalEnergyBurned", "kcal", 1, 5),
    ("HKQuantityTypeIdentifierDistanceWalkingRunning", "km", 0, 1),
)
_STAGES = ("AsleepCore", "AsleepDeep", "AsleepCore", "AsleepREM", "Awake", "AsleepCore")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S +0100")


def _record(kind: str, start: datetime, end: datetime, value: str, extra: str = "") -> str:
    return (
        f' <Record type="{kind}" sourceName="Anna’s Apple Watch" sourceVersion="10.1" '
        f'device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, model:Watch&gt;" '
        f'{extra}creationDate="{_stamp(end)}" startDate="{_stamp(start)}" '
        f'endDate="{_stamp(end)}" value="{value}">\n'
        '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
        " </Record>\n"
    )


def generate(path: Path, megabytes: float) -> None:
    """About ``megabytes`` of export.xml, mostly quantity samples as real exports are."""
    rng = random.Random(1)
    target = int(megabytes * 1024 * 1024)
    written = 0
    day = datetime(2016, 1, 1)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("apple_health_export/export.xml", "w", force_zip64=True) as out,
    ):
        out.write(_HEADER.encode())
        while written < target:
            parts = []
            for minute in range(0, 24 * 60, 5):
                kind, unit, low, high = _QUANTITIES[minute // 5 % len(_QUANTITIES)]
                moment = day + timedelta(minutes=minute)
                parts.append(
                    _record(
                        kind,
                        moment,
                        moment + timedelta(minutes=1),
                        str(rng.randint(low, high)),
                        f'unit="{unit}" ',
                    )
                )
            start = day + timedelta(hours=23, minutes=rng.randint(0, 60))
            for stage in _STAGES:
                end = start + timedelta(minutes=rng.randint(20, 90))
                parts.append(
                    _record(
                        "HKCategoryTypeIdentifierSleepAnalysis",
                        start,
                        end,
                        "HKCategoryValueSleepAnalysis" + stage,
                    )
                )
                start = end
            if rng.random() < 0.3:
                moment = day + timedelta(hours=rng.randint(0, 23))
                parts.append(
                    _record(
                        "HKCategoryTypeIdentifierHotFlashes",
                        moment,
                        moment,
                        "HKCategoryValueSeverityModerate",
                    )
                )
            chunk = "".join(parts).encode()
            out.write(chunk)
            written += len(chunk)
            day += timedelta(days=1)
        out.write(b"</HealthData>\n")
    report(kind="generate", bytes=written, days=(day - datetime(2016, 1, 1)).days)


def floor(path: Path) -> None:
    """The least any reader must do: one iterparse pass over the member, clearing as it goes."""
    from xml.etree.ElementTree import iterparse

    started = time.perf_counter()
    records = 0
    with zipfile.ZipFile(path) as archive, archive.open("apple_health_export/export.xml") as stream:
        for _event, element in iterparse(stream, events=("end",)):
            if element.tag == "Record":
                records += 1
                element.clear()
    report(
        kind="floor",
        ms=(time.perf_counter() - started) * 1000,
        records=records,
        peak_kib=peak_rss_kib(),
    )


def import_(path: Path, data_dir: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from gutsleep.services import foreign
    from gutsleep.services.context import open_services

    services = open_services(data_dir)
    try:
        started = time.perf_counter()
        shown = foreign.preview(services, path)
        read_ms = (time.perf_counter() - started) * 1000
        assert shown is not None
        applied = foreign.apply(services, shown)
        total_ms = (time.perf_counter() - started) * 1000
    finally:
        services.close()
    report(
        kind="import",
        read_ms=read_ms,
        ms=total_ms,
        nights=applied.nights,
        days=applied.days,
        peak_kib=peak_rss_kib(),
    )


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "generate":
        generate(Path(sys.argv[2]), float(sys.argv[3]))
    elif command == "floor":
        floor(Path(sys.argv[2]))
    else:
        import_(Path(sys.argv[2]), Path(sys.argv[3]))
