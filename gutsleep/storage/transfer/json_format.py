"""The complete, versioned JSON export: writing it deterministically and reading it back.

The text is UTF-8, indented by two spaces, with days in date order, every field
present (null when missing) and section data with sorted keys, so the same
journal always gives the same bytes. See ``docs/export-format.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from gutsleep import __version__
from gutsleep.domain.fields import PARTS
from gutsleep.domain.journal import (
    BowelMovement,
    DayEntry,
    FoodItem,
    Intake,
    Practice,
)
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import validate_day
from gutsleep.storage.transfer.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    FileKind,
    Located,
    ParsedFile,
    build_entry,
)
from gutsleep.storage.transfer.fields import (
    SECTION_ATTRS,
    BadValue,
    Kind,
    describe,
    from_json,
    parse_date,
    parse_kind,
    to_json,
)
from gutsleep.storage.transfer.problems import ImportProblem
from gutsleep.storage.transfer.sections import sorted_json

_PARTS = PARTS
#: The lists of each part, in the order the JSON format writes them.
_LISTS: dict[str, tuple[str, ...]] = {
    part: {
        "food": ("foods", "plants", "trigger_foods"),
        "gut": ("bowel_movements",),
        "stress": ("practices",),
    }.get(part, ())
    for part in PARTS
}


def day_to_json(entry: DayEntry) -> dict[str, Any]:
    """Every field of ``entry`` as JSON values, in a fixed order."""
    out: dict[str, Any] = {"day": entry.day.isoformat()}
    for part_name in _PARTS:
        part = getattr(entry, part_name)
        obj: dict[str, Any] = {
            c.attr: to_json(c.kind, getattr(part, c.attr)) for c in SECTION_ATTRS[part_name]
        }
        if part_name == "food":
            obj["foods"] = [{"name": f.name, "tags": list(f.tags)} for f in part.foods]
            obj["plants"] = list(part.plants)
            obj["trigger_foods"] = list(part.trigger_foods)
        elif part_name == "gut":
            obj["bowel_movements"] = [
                {"bristol": m.bristol, "at": to_json(Kind.TIME, m.at)} for m in part.bowel_movements
            ]
        elif part_name == "stress":
            obj["practices"] = [{"name": p.name, "minutes": p.minutes} for p in part.practices]
        out[part_name] = obj
    out["intakes"] = [
        {"name": i.name, "dose": i.dose, "kind": i.kind.value, "strain": i.strain, "cfu": i.cfu}
        for i in entry.intakes
    ]
    for column in SECTION_ATTRS[""]:
        out[column.attr] = to_json(column.kind, getattr(entry, column.attr))
    return out


def dump_document(
    entries: Sequence[DayEntry],
    sections: Mapping[str, Any],
    *,
    exported_at: str | None,
    first: date | None = None,
    last: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The whole export as text (ends with a newline)."""
    days = []
    total = len(entries)
    for done, entry in enumerate(sorted(entries, key=lambda e: e.day), start=1):
        days.append(day_to_json(entry))
        if progress is not None:
            progress(done, total)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": exported_at,
        "generator": f"gutsleep {__version__}",
        "range": {
            "from": first.isoformat() if first else None,
            "to": last.isoformat() if last else None,
        },
        "days": days,
        "sections": sorted_json(dict(sections)),
    }
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# reading -----------------------------------------------------------------


def _upgrade_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only added sections, which version 1 files don't hold: nothing to change."""
    return document


#: Upgrades of older documents, version -> function returning the next version.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _upgrade_1_to_2}

_DAY_KEY = re.compile(r'"day"\s*:\s*"([^"\\]*)"')


def _day_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each ``"day": "..."`` in the text, to point at a day's place."""
    lines: dict[str, list[int]] = {}
    line, counted_to = 1, 0
    for match in _DAY_KEY.finditer(text):
        # Count only the newlines since the previous match: counting from the start
        # each time made a ten-year import spend seconds here (quadratic).
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        lines.setdefault(match.group(1), []).append(line)
    return lines


def _problem(message: Message, **where: Any) -> ImportProblem:
    return ImportProblem(message, **where)


class _DayReader:
    """Reads one day object, collecting (field, message) problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, Message]] = []

    def fail(self, path: str, message: Message) -> None:
        self.problems.append((path, message))

    def fail_bad(self, path: str, exc: BadValue) -> None:
        self.fail(path, exc.message)

    def obj(self, value: Any, path: str, allowed: Sequence[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(
                path,
                Message(
                    N_("Expected an object (names with values), found {value}."),
                    {"value": describe(value)},
                ),
            )
            return {}
        for key in value:
            if key not in allowed:
                self.fail(f"{path}.{key}" if path else key, Message(N_("Unknown field.")))
        return value

    def array(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(
                path, Message(N_("Expected a list, found {value}."), {"value": describe(value)})
            )
            return []
        return value

    def text(self, value: Any, path: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(path, Message(N_("Expected text.")))
            return ""
        return value

    def scalar(self, kind: Kind, value: Any, path: str) -> Any:
        try:
            return from_json(kind, "" if value is None and kind is Kind.TEXT else value)
        except BadValue as exc:
            self.fail_bad(path, exc)
            return None

    def read(self, raw: Any, default_zone: str) -> DayEntry | None:
        top_keys = ["day", *_PARTS, "intakes", *(c.attr for c in SECTION_ATTRS[""])]
        obj = self.obj(raw, "", top_keys)
        if "day" not in obj:
            self.fail("day", Message(N_("The day's date is missing.")))
            return None
        try:
            day = parse_date(obj["day"]) if isinstance(obj["day"], str) else None
        except BadValue as exc:
            self.fail_bad("day", exc)
            return None
        if day is None:
            self.fail("day", Message(N_("Expected a date like 2026-03-29.")))
            return None
        values: dict[str, Any] = {}
        lists: dict[str, Any] = {}
        for part_name in _PARTS:
            columns = SECTION_ATTRS[part_name]
            allowed = [c.attr for c in columns] + list(_LISTS[part_name])
            part = self.obj(obj.get(part_name, {}), part_name, allowed)
            for column in columns:
                if column.attr in part:
                    path = f"{part_name}.{column.attr}"
                    values[column.name] = self.scalar(column.kind, part[column.attr], path)
            for list_name in _LISTS[part_name]:
                reader = getattr(self, f"_{list_name}")
                lists[list_name] = reader(part.get(list_name), f"{part_name}.{list_name}")
        lists["intakes"] = self._intakes(obj.get("intakes"), "intakes")
        for column in SECTION_ATTRS[""]:
            if column.attr in obj:
                values[column.name] = self.scalar(column.kind, obj[column.attr], column.attr)
        if self.problems:
            return None
        return build_entry(
            day,
            values,
            default_zone=default_zone,
            foods=lists["foods"],
            plants=lists["plants"],
            trigger_foods=lists["trigger_foods"],
            movements=lists["bowel_movements"],
            practices=lists["practices"],
            intakes=lists["intakes"],
        )

    def _foods(self, value: Any, path: str) -> list[FoodItem]:
        items = []
        for index, raw in enumerate(self.array(value, path)):
            where = f"{path}[{index}]"
            obj = self.obj(raw, where, ("name", "tags"))
            tags = tuple(
                self.text(t, f"{where}.tags[{i}]")
                for i, t in enumerate(self.array(obj.get("tags"), f"{where}.tags"))
            )
            items.append(FoodItem(self.text(obj.get("name"), f"{where}.name"), tags))
        return items

    def _names(self, value: Any, path: str) -> list[str]:
        return [self.text(v, f"{path}[{i}]") for i, v in enumerate(self.array(value, path))]

    _plants = _names
    _trigger_foods = _names

    def _bowel_movements(self, value: Any, path: str) -> list[BowelMovement]:
        items = []
        for index, raw in enumerate(self.array(value, path)):
            where = f"{path}[{index}]"
            obj = self.obj(raw, where, ("bristol", "at"))
            bristol = self.scalar(Kind.INT, obj.get("bristol"), f"{where}.bristol")
            if bristol is None and not any(p == f"{where}.bristol" for p, _ in self.problems):
                self.fail(f"{where}.bristol", Message(N_("The Bristol type is missing.")))
            at = self.scalar(Kind.TIME, obj.get("at"), f"{where}.at")
            items.append(BowelMovement(bristol if bristol is not None else 0, at))
        return items

    def _practices(self, value: Any, path: str) -> list[Practice]:
        items = []
        for index, raw in enumerate(self.array(value, path)):
            where = f"{path}[{index}]"
            obj = self.obj(raw, where, ("name", "minutes"))
            minutes = self.scalar(Kind.INT, obj.get("minutes"), f"{where}.minutes")
            items.append(Practice(self.text(obj.get("name"), f"{where}.name"), minutes))
        return items

    def _intakes(self, value: Any, path: str) -> list[Intake]:
        items = []
        for index, raw in enumerate(self.array(value, path)):
            where = f"{path}[{index}]"
            obj = self.obj(raw, where, ("name", "dose", "kind", "strain", "cfu"))
            try:
                kind = parse_kind(self.text(obj.get("kind", "supplement"), f"{where}.kind"))
            except BadValue as exc:
                self.fail_bad(f"{where}.kind", exc)
                continue
            items.append(
                Intake(
                    self.text(obj.get("name"), f"{where}.name"),
                    self.text(obj.get("dose"), f"{where}.dose"),
                    kind,
                    self.text(obj.get("strain"), f"{where}.strain"),
                    self.text(obj.get("cfu"), f"{where}.cfu"),
                )
            )
        return items


def read_json(path: Path, text: str, default_zone: str) -> ParsedFile:
    """Parse an export; problems name the line of the day and the field."""
    parsed = ParsedFile(path, FileKind.JSON)
    try:
        document = load_json(text)
    except BadValue as exc:
        parsed.add(_problem(exc.message, line=exc.line))
        return parsed
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        parsed.add(_problem(Message(N_("This JSON file is not a gutsleep journal export."))))
        return parsed
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        parsed.add(_problem(Message(N_("The file's format version is missing or wrong."))))
        return parsed
    if version > FORMAT_VERSION:
        parsed.add(
            _problem(
                Message(
                    N_(
                        "This file was written by a newer gutsleep (format version {version}); "
                        "please update gutsleep to import it."
                    ),
                    {"version": version},
                )
            )
        )
        return parsed
    parsed.version = version
    while version < FORMAT_VERSION:
        document = UPGRADES[version](document)
        version += 1
    raw_days = document.get("days", [])
    if not isinstance(raw_days, list):
        parsed.add(_problem(Message(N_("“days” should be a list."))))
        return parsed
    raw_sections = document.get("sections") or {}
    if not isinstance(raw_sections, dict):
        parsed.add(_problem(Message(N_("“sections” should be an object."))))
        return parsed
    broken = _first_surrogate(raw_sections)
    if broken is not None:
        parsed.add(
            _problem(
                Message(
                    N_("The section “{name}” holds a broken character (a lone surrogate)."),
                    {"name": broken},
                ),
            )
        )
        return parsed
    parsed.sections = dict(raw_sections)
    lines = _day_lines(text)
    used: dict[str, int] = {}
    for index, raw in enumerate(raw_days):
        if not isinstance(raw, dict):
            parsed.add(
                _problem(
                    Message(
                        N_("Expected an object (names with values), found {value}."),
                        {"value": describe(raw)},
                    ),
                    column=f"days[{index}]",
                    is_field=True,
                )
            )
            continue
        key = raw.get("day")
        line = None
        if isinstance(key, str) and key in lines:
            nth = used.get(key, 0)
            used[key] = nth + 1
            line = lines[key][min(nth, len(lines[key]) - 1)]
        reader = _DayReader()
        entry = reader.read(raw, default_zone)
        day = _date_or_none(key)
        for field_path, message in reader.problems:
            parsed.add(
                _problem(
                    message,
                    line=line,
                    column=field_path or None,
                    day=day,
                    is_field=True,
                )
            )
        if entry is None:
            continue
        for problem in validate_day(entry):
            parsed.add(
                _problem(problem.message, line=line, column=problem.field, day=day, is_field=True)
            )
        if not entry.is_empty():
            parsed.days.append(Located(entry, line))
    parsed.check_duplicates()
    return parsed


#: The nesting a refusal names: the export nests seven levels, the parser gives up near 1,000.
MAX_DEPTH = 100
_NUMBER_TOO_LONG = re.compile(r"\d{4000,}")
_NESTING = re.compile(r'[\[\]{}"\\]')


def load_json(text: str) -> Any:
    """``json.loads``, with every way it can fail as a BadValue naming the line.

    Beyond syntax errors that covers numbers over Python's 4,300-digit limit
    for converting text to int, and nesting too deep for the parser's recursion.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadValue(
            Message(N_("This is not valid JSON: {reason}."), {"reason": exc.msg}), line=exc.lineno
        ) from None
    except RecursionError:
        raise BadValue(
            Message(
                N_("Lists and objects nest more than {depth} levels deep here."),
                {"depth": MAX_DEPTH},
            ),
            line=_too_deep_at(text, MAX_DEPTH),
        ) from None
    except ValueError:  # int(): "Exceeds the limit (4300 digits)"
        match = _NUMBER_TOO_LONG.search(text)
        raise BadValue(
            Message(N_("A number here is far too long (thousands of digits).")),
            line=text.count("\n", 0, match.start()) + 1 if match else None,
        ) from None


def _too_deep_at(text: str, limit: int) -> int | None:
    """The line where brackets outside strings first nest deeper than ``limit``, or None.

    One pass of a regular expression over the brackets, quotes and backslashes;
    only run when the parser has already given up.
    """
    depth = 0
    in_string = False
    escaped_at = -1
    for match in _NESTING.finditer(text):
        char, at = match.group(), match.start()
        if in_string:
            if char == "\\" and escaped_at != at:
                escaped_at = at + 1
            elif char == '"' and escaped_at != at:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return text.count("\n", 0, at) + 1
        elif char in "]}":
            depth -= 1
    return None


def _first_surrogate(sections: dict[str, Any]) -> str | None:
    """The first section holding a lone surrogate (SQLite can't store it); no recursion."""
    for name, data in sections.items():
        pending = [name, data]
        while pending:
            value = pending.pop()
            if isinstance(value, str):
                if _SURROGATE.search(value):
                    return name
            elif isinstance(value, dict):
                pending.extend(value.keys())
                pending.extend(value.values())
            elif isinstance(value, list):
                pending.extend(value)
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _date_or_none(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_date(value)
    except BadValue:
        return None
