"""Apple Health: ``export.zip`` → ``apple_health_export/export.xml``, read as a stream.

The file is often hundreds of megabytes, so it is never loaded whole: expat is fed
the zip member in 1 MB pieces and only the records gutsleep uses are kept. The
document's type declaration may declare elements and attributes, as Apple's does,
but an entity declaration (the "billion laughs" and external-entity attacks) refuses
the file.

Sleep (``HKCategoryTypeIdentifierSleepAnalysis``): records from every source (watch,
phone, other apps) are gathered into sessions (records less than 90 minutes apart);
within a session, time asleep is the length of the union of the "asleep" records
(core, deep, REM, unspecified), so a night recorded by both watch and phone counts
once. In bed runs from the session's first record to its last. Each session becomes
one night, known by its wake day (and start, for naps), so a newer export of the
same history adds only new nights.

Cycle Tracking symptoms go where the diary has a place for them, with Apple's
severities (not present, mild, moderate, severe): hot flushes into the hot-flush
diary by severity (between 22:00 and 06:00: the night's flushes, on the day the
night ends), night sweats counted on the night they disturbed, bloating on the
0-10 scale as mild 3, moderate 6, severe 9 (not present 0), menstrual flow and
intermenstrual bleeding into bleeding, and the symptoms with the same meaning as the
journal's (``domain.symptoms.APPLE_HEALTH``) on their 0-3 scale. Others are listed as
not imported.
"""

from __future__ import annotations

import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO
from xml.parsers import expat

from gutsleep.domain.device_nights import DeviceNight
from gutsleep.domain.journal import Bleeding
from gutsleep.domain.symptoms import APPLE_HEALTH, from_apple
from gutsleep.domain.text import N_, Message
from gutsleep.storage.foreign.model import ForeignFile, ForeignRefused

_CHUNK = 1024 * 1024
_SESSION_GAP = timedelta(minutes=90)
_PREFIX = "HKCategoryTypeIdentifier"
_SLEEP = _PREFIX + "SleepAnalysis"
_ASLEEP = {
    "HKCategoryValueSleepAnalysisAsleep",
    "HKCategoryValueSleepAnalysisAsleepUnspecified",
    "HKCategoryValueSleepAnalysisAsleepCore",
    "HKCategoryValueSleepAnalysisAsleepDeep",
    "HKCategoryValueSleepAnalysisAsleepREM",
}
_STAGES = {
    "HKCategoryValueSleepAnalysisAsleepDeep": "deep",
    "HKCategoryValueSleepAnalysisAsleepCore": "light",
    "HKCategoryValueSleepAnalysisAsleepREM": "rem",
}
_AWAKE = "HKCategoryValueSleepAnalysisAwake"
_SEVERITY = {
    "HKCategoryValueSeverityNotPresent": 0,
    "HKCategoryValueSeverityMild": 1,
    "HKCategoryValueSeverityModerate": 2,
    "HKCategoryValueSeveritySevere": 3,
}
_FLOW = {
    "HKCategoryValueMenstrualFlowNone": Bleeding.NONE,
    "HKCategoryValueMenstrualFlowLight": Bleeding.LIGHT,
    "HKCategoryValueMenstrualFlowMedium": Bleeding.MEDIUM,
    "HKCategoryValueMenstrualFlowHeavy": Bleeding.HEAVY,
}
_BLEEDING_ORDER = [
    Bleeding.NONE,
    Bleeding.SPOTTING,
    Bleeding.LIGHT,
    Bleeding.MEDIUM,
    Bleeding.HEAVY,
]
_BLOATING_SCALE = {0: 0, 1: 3, 2: 6, 3: 9}
_FLUSH_SEVERITY = {1: "mild", 2: "moderate", 3: "severe"}
_NIGHT_FROM, _NIGHT_UNTIL = 22, 6

#: Cycle Tracking symptoms the journal has no place for yet, by their Apple name.
UNPLACED = {
    "SleepChanges": N_("sleep change records"),
    "AbdominalCramps": N_("abdominal cramp records"),
    "Constipation": N_("constipation records"),
    "Diarrhea": N_("diarrhoea records"),
    "Fatigue": N_("fatigue records"),
}
#: The names export.xml writes for HealthKit's severity and presence values, as their numbers.
_RAW_VALUES = {
    "HKCategoryValueSeverityUnspecified": 0,
    "HKCategoryValueSeverityNotPresent": 1,
    "HKCategoryValueSeverityMild": 2,
    "HKCategoryValueSeverityModerate": 3,
    "HKCategoryValueSeveritySevere": 4,
    "HKCategoryValuePresencePresent": 0,
    "HKCategoryValuePresenceNotPresent": 1,
}
_SYMPTOM_TYPES = frozenset(a.identifier for a in APPLE_HEALTH)
NO_RATING = N_("symptom records without a severity (the journal rates symptoms 0-3)")
NO_SEVERITY = N_("hot flushes without a severity (the diary counts them by severity)")


@dataclass(frozen=True)
class _Span:
    start: datetime  # naive UTC
    end: datetime
    value: str


class _Reader:
    """Collects what gutsleep uses from the records expat reports."""

    def __init__(self, result: ForeignFile):
        self.result = result
        self.sleep: list[_Span] = []
        self.flushes: dict[date, Counter[str]] = defaultdict(Counter)
        self.sweats: Counter[date] = Counter()
        self.bloating: dict[date, int] = {}
        self.bleeding: dict[date, Bleeding] = {}
        self.symptoms: dict[date, dict[str, int]] = defaultdict(dict)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name != "Record":
            return
        kind = attrs.get("type", "")
        if not kind.startswith(_PREFIX):
            return
        short = kind[len(_PREFIX) :]
        try:
            if kind == _SLEEP:
                self.sleep.append(
                    _Span(_utc(attrs["startDate"]), _utc(attrs["endDate"]), attrs.get("value", ""))
                )
            elif short == "HotFlashes":
                self._flush(attrs)
            elif short == "NightSweats":
                if _SEVERITY.get(attrs.get("value", ""), 1) > 0:
                    self.sweats[_night_of(_local(attrs["startDate"]))] += 1
            elif short == "Bloating":
                severity = _SEVERITY.get(attrs.get("value", ""))
                day = _local(attrs["startDate"]).date()
                if severity is not None:
                    self.bloating[day] = max(self.bloating.get(day, 0), _BLOATING_SCALE[severity])
            elif short == "MenstrualFlow":
                self._bleed(
                    _local(attrs["startDate"]).date(),
                    _FLOW.get(attrs.get("value", ""), Bleeding.MEDIUM),
                )
            elif short == "IntermenstrualBleeding":
                self._bleed(_local(attrs["startDate"]).date(), Bleeding.SPOTTING)
            elif kind in _SYMPTOM_TYPES:
                self._symptom(kind, attrs)
            elif short in UNPLACED:
                self.result.skip(UNPLACED[short])
        except (KeyError, ValueError):
            self.result.skip(N_("records that can't be read"))

    def _flush(self, attrs: dict[str, str]) -> None:
        severity = _SEVERITY.get(attrs.get("value", ""))
        if severity is None:
            self.result.skip(NO_SEVERITY)
            return
        moment = _local(attrs["startDate"])
        at_night = moment.hour >= _NIGHT_FROM or moment.hour < _NIGHT_UNTIL
        day = _night_of(moment) if at_night else moment.date()
        counts = self.flushes[day]
        when = "night" if at_night else "day"
        if severity == 0:
            counts[f"flushes_{when}_mild"] += 0  # the diary was kept: none that day
        else:
            counts[f"flushes_{when}_{_FLUSH_SEVERITY[severity]}"] += 1

    def _symptom(self, kind: str, attrs: dict[str, str]) -> None:
        """One of our symptoms on our 0-3 scale, the day's worst rating kept."""
        raw = _RAW_VALUES.get(attrs.get("value", ""))
        mapped = None if raw is None else from_apple(kind, raw)
        rating = None if mapped is None else mapped[1]
        if mapped is None or rating is None:
            self.result.skip(NO_RATING)
            return
        name = mapped[0]
        day = _local(attrs["startDate"]).date()
        column = f"symptom_{name}"
        self.symptoms[day][column] = max(self.symptoms[day].get(column, 0), rating)

    def _bleed(self, day: date, flow: Bleeding) -> None:
        held = self.bleeding.get(day)
        if held is None or _BLEEDING_ORDER.index(flow) > _BLEEDING_ORDER.index(held):
            self.bleeding[day] = flow

    def finish(self, default_zone: str) -> None:
        for session in _sessions(self.sleep):
            night = _night_from(session, default_zone)
            if night is not None:
                self.result.nights.append(night)
        days: dict[date, dict[str, object]] = defaultdict(dict)
        for day, counts in self.flushes.items():
            for when in ("day", "night"):
                for severity in ("mild", "moderate", "severe", "very_severe"):
                    days[day][f"flushes_{when}_{severity}"] = counts.get(
                        f"flushes_{when}_{severity}", 0
                    )
        for day, count in self.sweats.items():
            days[day]["night_sweats"] = count
        for day, value in self.bloating.items():
            days[day]["bloating"] = value
        for day, flow in self.bleeding.items():
            days[day]["bleeding"] = flow
        for day, ratings in self.symptoms.items():
            days[day].update(ratings)
        self.result.days = dict(days)


def _aware(text: str) -> datetime:
    """Apple's "2026-03-01 23:10:00 +0100" as an aware date-time."""
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S %z")


def _utc(text: str) -> datetime:
    return _aware(text).astimezone(UTC).replace(tzinfo=None)


def _local(text: str) -> datetime:
    """The wall-clock time the record was made at (its own offset)."""
    return _aware(text).replace(tzinfo=None)


def _night_of(moment: datetime) -> date:
    """The wake day of the night a night-time moment belongs to."""
    return moment.date() + timedelta(days=1) if moment.hour >= _NIGHT_FROM else moment.date()


def _sessions(spans: list[_Span]) -> Iterator[list[_Span]]:
    session: list[_Span] = []
    end: datetime | None = None
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if end is not None and span.start - end > _SESSION_GAP:
            yield session
            session, end = [], None
        session.append(span)
        end = span.end if end is None else max(end, span.end)
    if session:
        yield session


def _union_minutes(spans: list[_Span]) -> int:
    total = timedelta()
    current_start: datetime | None = None
    current_end: datetime | None = None
    for span in sorted(spans, key=lambda s: s.start):
        if current_end is None or span.start > current_end:
            if current_start is not None and current_end is not None:
                total += current_end - current_start
            current_start, current_end = span.start, span.end
        else:
            current_end = max(current_end, span.end)
    if current_start is not None and current_end is not None:
        total += current_end - current_start
    return round(total.total_seconds() / 60)


def _night_from(session: list[_Span], zone: str) -> DeviceNight | None:
    start = min(s.start for s in session)
    end = max(s.end for s in session)
    minutes = (end - start).total_seconds() / 60
    if minutes < 10 or minutes > 24 * 60:
        return None
    asleep_spans = [s for s in session if s.value in _ASLEEP]
    asleep = _union_minutes(asleep_spans) if asleep_spans else None
    first_asleep = min((s.start for s in asleep_spans), default=None)
    has_in_bed = any(s.value == "HKCategoryValueSleepAnalysisInBed" for s in session)
    stages = {
        name: _union_minutes([s for s in session if _STAGES.get(s.value) == name]) or None
        for name in ("deep", "light", "rem")
    }
    awake_spans = [s for s in session if s.value == _AWAKE]
    night = DeviceNight(
        source="apple_health",
        record_id="",
        start_utc=start.replace(microsecond=0),
        end_utc=end.replace(microsecond=0),
        zone=zone,
        asleep_min=asleep,
        awake_min=None if asleep is None else max(0, round(minutes) - asleep),
        sol_min=(
            round((first_asleep - start).total_seconds() / 60)
            if has_in_bed and first_asleep is not None
            else None
        ),
        awakenings=len(awake_spans) if awake_spans else None,
        deep_min=stages["deep"],
        light_min=stages["light"],
        rem_min=stages["rem"],
    )
    return replace(night, record_id=f"{night.night.isoformat()}T{night.local(start):%H%M}")


def _refuse_entities(*_args: object) -> None:
    raise ForeignRefused(
        Message(N_("The Apple Health file declares entities; gutsleep does not read such files."))
    )


def parse(
    stream: IO[bytes],
    result: ForeignFile,
    default_zone: str,
    size: int,
    progress: Callable[[int, int], None] | None = None,
) -> ForeignFile:
    """Feed ``stream`` to expat piece by piece, keeping only what is used."""
    reader = _Reader(result)
    parser = expat.ParserCreate()
    parser.StartElementHandler = reader.start
    parser.EntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = lambda *_args: 0
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    done = 0
    try:
        while True:
            piece = stream.read(_CHUNK)
            if not piece:
                parser.Parse(b"", True)
                break
            parser.Parse(piece, False)
            done += len(piece)
            if progress is not None:
                progress(done, max(size, done))
    except expat.ExpatError as exc:
        raise ForeignRefused(
            Message(
                N_("The Apple Health file is damaged or cut short (line {line})."),
                {"line": exc.lineno},
            )
        ) from exc
    reader.finish(default_zone)
    return result


def read_zip(
    path: Path, default_zone: str, progress: Callable[[int, int], None] | None = None
) -> ForeignFile:
    result = ForeignFile("apple_health", path)
    with zipfile.ZipFile(path) as archive:
        member = next(
            (
                n
                for n in archive.namelist()
                if Path(n).name == "export.xml" and "cda" not in n.lower()
            ),
            None,
        )
        if member is None:
            raise ForeignRefused(Message(N_("The zip file holds no Apple Health export.xml.")))
        size = archive.getinfo(member).file_size
        try:
            with archive.open(member) as stream:
                return parse(stream, result, default_zone, size, progress)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ForeignRefused(
                Message(N_("The zip file is damaged and can't be unpacked."))
            ) from exc


def read_xml(
    path: Path, default_zone: str, progress: Callable[[int, int], None] | None = None
) -> ForeignFile:
    result = ForeignFile("apple_health", path)
    with path.open("rb") as stream:
        return parse(stream, result, default_zone, path.stat().st_size, progress)
