"""CSV: our own zip of one CSV per table, and a generic CSV of daily values.

The zip holds ``manifest.csv``, ``days.csv`` (one row per day, one column per
single-valued field) and one table per list (foods, food tags, plants, trigger
foods, bowel movements, practices, supplements and medicines), each row keyed
by ``date``; section data from other features sits in ``sections/<name>.json``.
The generic CSV is one table: a ``date`` column plus any of ``days.csv``'s
columns (and ``plants``/``trigger_foods`` as ``;``-separated lists). Empty cells
are missing values, never zero. See ``docs/export-format.md``.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from gutsleep import __version__
from gutsleep.domain.journal import (
    BowelMovement,
    DayEntry,
    FoodItem,
    Intake,
    Practice,
    StressMood,
)
from gutsleep.domain.sleep import compute_metrics
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import MAX_NAME, check_text, validate_day
from gutsleep.storage.transfer import journal_settings
from gutsleep.storage.transfer.document import (
    CSV_FORMAT_NAME,
    FORMAT_VERSION,
    FileKind,
    Located,
    ParsedFile,
    build_entry,
    item_problems,
)
from gutsleep.storage.transfer.fields import (
    COLUMNS_BY_NAME,
    DAY_COLUMNS,
    BadValue,
    Kind,
    format_cell,
    parse_cell,
    parse_date,
    parse_int,
    parse_kind,
    parse_time,
)
from gutsleep.storage.transfer.items import ItemSpec, flatten, from_cell
from gutsleep.storage.transfer.problems import ImportProblem
from gutsleep.storage.transfer.sections import SECTIONS, sorted_json

MANIFEST = "manifest.csv"
DAYS = "days.csv"
#: Consensus Sleep Diary figures worked out from a day's values: written, ignored on import.
DERIVED_COLUMNS: tuple[str, ...] = ("tib_min", "tst_min", "se_pct")
DAY_HEADER: tuple[str, ...] = ("date", *(c.name for c in DAY_COLUMNS), *DERIVED_COLUMNS)
#: List tables: file name -> header. Rows keep the order of the day's list.
LIST_TABLES: dict[str, tuple[str, ...]] = {
    "foods.csv": ("date", "item", "name"),
    "food_tags.csv": ("date", "item", "tag"),
    "plants.csv": ("date", "name"),
    "trigger_foods.csv": ("date", "name"),
    "bowel_movements.csv": ("date", "bristol", "at"),
    "practices.csv": ("date", "name", "minutes"),
    "intakes.csv": ("date", "name", "dose", "kind", "strain", "cfu"),
}
SECTIONS_DIR = "sections/"
#: Extra columns the generic CSV accepts: lists separated by ``;``.
GENERIC_LISTS = ("plants", "trigger_foods")
LIST_SEPARATOR = ";"
#: Problem field -> days.csv (or generic) column.
_FIELD_COLUMNS = {c.key: c.name for c in DAY_COLUMNS} | {
    "food.plants": "plants",
    "food.trigger_foods": "trigger_foods",
}
_CHILD_FIELDS = {
    "food.foods",
    "food.plants",
    "food.trigger_foods",
    "gut.bristol",
    "stress.practices",
    "stress.practice_minutes",
    "intakes",
}
#: Text columns of our own tables, which get the formula guard (see :func:`neutralise`).
TEXT_COLUMNS: dict[str, frozenset[str]] = {
    DAYS: frozenset(c.name for c in DAY_COLUMNS if c.kind in (Kind.TEXT, Kind.ZONE)),
    "foods.csv": frozenset({"name"}),
    "food_tags.csv": frozenset({"tag"}),
    "plants.csv": frozenset({"name"}),
    "trigger_foods.csv": frozenset({"name"}),
    "practices.csv": frozenset({"name"}),
    "intakes.csv": frozenset({"name", "dose", "strain", "cfu"}),
}
#: A text cell starting with one of these gets a ``'`` in front (OWASP "CSV injection"),
#: so a spreadsheet shows it instead of running it; ``'`` itself is in the list so that
#: taking exactly one ``'`` off on import gives back every text as it was.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
#: The first export format version whose CSV text cells carry that guard.
GUARDED_SINCE = 2
#: A fixed time stamp for zip members, so the same journal gives the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
#: What a zip may unpack to: ten years of days with long notes stay under 20 MB.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Above this, a zip unpacking to over MAX_RATIO times its size is a zip bomb.
MAX_RATIO_FREE_BYTES = 4 * 1024 * 1024
MAX_RATIO = 100
#: A record (a row, with its quoted line breaks) holds at most three full notes.
MAX_RECORD_CHARS = 400_000
#: Rows all tables may hold together: fifteen years of days, each with twenty list items,
#: fit; more would take several hundred MB of memory to read.
MAX_ROWS = 300_000
_READ_CHUNK = 1024 * 1024


# writing ---------------------------------------------------------------------


def _csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def neutralise(text: str) -> str:
    """``text`` as a CSV text cell: with a ``'`` in front when it starts like a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore(text: str) -> str:
    """The inverse of :func:`neutralise`, for cells of exports that carry the guard."""
    return text[1:] if text.startswith("'") else text


def _guard_rows(
    header: Sequence[str], rows: Sequence[Sequence[str]], text_columns: frozenset[str]
) -> list[list[str]]:
    guarded = [i for i, name in enumerate(header) if name in text_columns]
    out = []
    for row in rows:
        cells = list(row)
        for i in guarded:
            cells[i] = neutralise(cells[i])
        out.append(cells)
    return out


def _unguard_table(table: _Table, text_columns: frozenset[str]) -> None:
    for _, cells in table.rows:
        for name in text_columns:
            if name in cells:
                cells[name] = restore(cells[name])


def section_tables(sections: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(file name, CSV text) of every section made of items; the others as JSON files."""
    members: list[tuple[str, str]] = []
    for name in sorted(sections):
        section = SECTIONS.get(name)
        spec = section.items if section is not None else None
        if name == journal_settings.NAME:
            members.append((journal_settings.CSV_FILE, _settings_csv(sections[name])))
            continue
        if spec is None:
            text = json.dumps(sorted_json(sections[name]), ensure_ascii=False, indent=2) + "\n"
            members.append((f"{SECTIONS_DIR}{name}.json", text))
            continue
        rows = flatten(spec, sections[name])
        for table in spec.tables:
            guarded = _guard_rows(table.header, rows[table.file], table.text_columns)
            members.append((table.file, _csv_text(table.header, guarded)))
    return members


def _settings_csv(data: Mapping[str, Any]) -> str:
    rows = [
        [key, neutralise(value) if journal_settings.is_text(key) else value]
        for key, value in journal_settings.to_rows(data)
    ]
    return _csv_text(journal_settings.CSV_HEADER, rows)


def _read_settings_csv(parsed: ParsedFile, texts: Mapping[str, str]) -> None:
    text = texts.get(journal_settings.CSV_FILE)
    if text is None:
        return
    header = journal_settings.CSV_HEADER
    table = _read_table(parsed, text, journal_settings.CSV_FILE, header, required=header)
    if table is None:
        return
    values: dict[str, Any] = {}
    for line, cells in table.rows:
        key = cells["key"]
        if key in values:
            parsed.add(
                ImportProblem(
                    Message(N_("The setting “{key}” appears twice."), {"key": key}),
                    line=line,
                    file=journal_settings.CSV_FILE,
                )
            )
            continue
        text_value = restore(cells["value"]) if journal_settings.is_text(key) else cells["value"]
        values[key] = journal_settings.from_cell(key, text_value)
    parsed.sections[journal_settings.NAME] = values


def tables_for(entries: Sequence[DayEntry]) -> dict[str, list[list[str]]]:
    """Every table's rows (without header) for ``entries``, in date order."""
    tables: dict[str, list[list[str]]] = {DAYS: [], **{name: [] for name in LIST_TABLES}}
    for entry in sorted(entries, key=lambda e: e.day):
        day = entry.day.isoformat()
        row = [day]
        for column in DAY_COLUMNS:
            part = getattr(entry, column.section) if column.section else entry
            row.append(format_cell(column.kind, getattr(part, column.attr)))
        row.extend(_derived_cells(entry))
        tables[DAYS].append(row)
        for number, food in enumerate(entry.food.foods, start=1):
            tables["foods.csv"].append([day, str(number), food.name])
            tables["food_tags.csv"].extend([day, str(number), tag] for tag in food.tags)
        tables["plants.csv"].extend([day, name] for name in entry.food.plants)
        tables["trigger_foods.csv"].extend([day, name] for name in entry.food.trigger_foods)
        tables["bowel_movements.csv"].extend(
            [day, str(m.bristol), format_cell(Kind.TIME, m.at)] for m in entry.gut.bowel_movements
        )
        tables["practices.csv"].extend(
            [day, p.name, format_cell(Kind.INT, p.minutes)] for p in entry.stress.practices
        )
        tables["intakes.csv"].extend(
            [day, i.name, i.dose, i.kind.value, i.strain, i.cfu] for i in entry.intakes
        )
    return tables


def _derived_cells(entry: DayEntry) -> list[str]:
    """Time in bed, total sleep (whole minutes), efficiency (%, 1 decimal); empty if unknown."""
    metrics = compute_metrics(entry.sleep)

    def cell(value: float | None, digits: int) -> str:
        return "" if value is None else f"{value:.{digits}f}"

    return [
        cell(metrics.time_in_bed_min, 0),
        cell(metrics.total_sleep_min, 0),
        cell(metrics.sleep_efficiency_pct, 1),
    ]


def dump_zip(
    entries: Sequence[DayEntry],
    sections: Mapping[str, Any],
    *,
    exported_at: str | None,
    first: date | None = None,
    last: date | None = None,
) -> bytes:
    """The CSV export as the bytes of a zip file; the same input gives the same bytes."""
    manifest = [
        ["format", CSV_FORMAT_NAME],
        ["version", str(FORMAT_VERSION)],
        ["exported_at", exported_at or ""],
        ["generator", f"gutsleep {__version__}"],
        ["from", first.isoformat() if first else ""],
        ["to", last.isoformat() if last else ""],
    ]
    members: list[tuple[str, str]] = [(MANIFEST, _csv_text(("key", "value"), manifest))]
    tables = tables_for(entries)
    for name, header in {DAYS: DAY_HEADER, **LIST_TABLES}.items():
        rows = _guard_rows(header, tables[name], TEXT_COLUMNS.get(name, frozenset()))
        members.append((name, _csv_text(header, rows)))
    members.extend(section_tables(sections))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o600 << 16
            archive.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buffer.getvalue()


# reading ---------------------------------------------------------------------


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each CSV record; blank records are left out.

    A record longer than MAX_RECORD_CHARS is refused before the csv module
    builds it: a line of millions of commas would be millions of cells.
    """
    source = _BoundedLines(text)
    reader = csv.reader(source, strict=True)
    last = 0
    while True:
        source.used = 0
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _CsvSyntax(last + 1, str(exc)) from None
        except _RecordTooLong:
            raise _CsvSyntax(
                last + 1,
                Message(N_("a record longer than {limit} characters"), {"limit": MAX_RECORD_CHARS}),
            ) from None
        start, last = last + 1, reader.line_num
        if row and any(cell.strip() for cell in row):
            yield start, row


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class _RecordTooLong(Exception):
    pass


class _BoundedLines:
    """The lines of ``text`` for csv.reader, counting the characters of the current record."""

    def __init__(self, text: str):
        # Not io.StringIO: it copies the text into four bytes a character.
        self._lines = (match.group() for match in _LINE.finditer(text))
        self.used = 0

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.used += len(line)
        if self.used > MAX_RECORD_CHARS:
            raise _RecordTooLong()
        return line


class _CsvSyntax(Exception):
    def __init__(self, line: int, reason: str | Message):
        super().__init__(str(reason))
        self.line = line
        self.reason = reason


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadValue(
            Message(
                N_(
                    "This file is not UTF-8 text (a byte at position {pos} can't be read); "
                    "save it as “CSV UTF-8” and try again."
                ),
                {"pos": exc.start},
            )
        ) from None


@dataclass
class _Table:
    """One CSV table's rows as {column: cell}, with their line numbers."""

    file: str | None
    header: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def _read_table(
    parsed: ParsedFile,
    text: str,
    file: str | None,
    known: Sequence[str],
    *,
    normalise: bool = False,
    required: Sequence[str] = ("date",),
) -> _Table | None:
    delimiter = ","
    if normalise:
        first_line = text.split("\n", 1)[0]
        if first_line.count(",") == 0:
            for candidate in (";", "\t"):
                if candidate in first_line:
                    delimiter = candidate
                    break
        if delimiter != ",":
            text = _redelimit(text, delimiter)
    records = _records(text)
    try:
        first = next(records, None)
    except _CsvSyntax as exc:
        _syntax_problem(parsed, exc, file)
        return None
    if first is None:
        if required:
            parsed.add(ImportProblem(Message(N_("The file is empty.")), file=file))
        return None
    header_line, raw_header = first
    header = [_normalise(h) if normalise else h for h in raw_header]
    ok = True
    seen: set[str] = set()
    for name in header:
        if name in seen:
            parsed.add(
                ImportProblem(
                    Message(N_("The column appears twice.")),
                    line=header_line,
                    column=name,
                    file=file,
                )
            )
            ok = False
        seen.add(name)
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            message = (
                Message(N_("Unknown column; did you mean “{guess}”?"), {"guess": close[0]})
                if close
                else Message(N_("Unknown column."))
            )
            parsed.add(ImportProblem(message, line=header_line, column=name, file=file))
            ok = False
    for name in required:
        if name not in seen:
            parsed.add(
                ImportProblem(
                    Message(N_("The “{name}” column is missing."), {"name": name}),
                    line=header_line,
                    file=file,
                )
            )
            ok = False
    if not ok:
        return None
    table = _Table(file, header)
    try:
        for line, cells in records:
            if parsed.full or not _add_row(parsed, table, line, cells):
                break
    except _CsvSyntax as exc:
        _syntax_problem(parsed, exc, file)
        return None
    return table


def _syntax_problem(parsed: ParsedFile, exc: _CsvSyntax, file: str | None) -> None:
    parsed.add(
        ImportProblem(
            Message(N_("The CSV can't be read here: {reason}."), {"reason": exc.reason}),
            line=exc.line,
            file=file,
        )
    )


def _add_row(parsed: ParsedFile, table: _Table, line: int, cells: list[str]) -> bool:
    """Keep one row of ``table``; False when the file holds more rows than are read."""
    header = table.header
    parsed.rows_read += 1
    if parsed.rows_read > MAX_ROWS:
        parsed.add(
            ImportProblem(
                Message(
                    N_("The file has more than {rows} rows; import it in parts."),
                    {"rows": f"{MAX_ROWS:,}"},
                ),
                line=line,
                file=table.file,
            )
        )
        return False
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        parsed.add(
            ImportProblem(
                Message(
                    N_("This row has {cells} cells but the header names {columns} columns."),
                    {"cells": len(cells), "columns": len(header)},
                ),
                line=line,
                file=table.file,
            )
        )
        return True
    table.rows.append(
        (line, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)})
    )
    return True


def _redelimit(text: str, delimiter: str) -> str:
    """Re-read a ``;`` or tab separated text and write it comma separated."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _normalise(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


class _Rows:
    """Shared reading of days (``days.csv`` or the generic CSV) into column values."""

    def __init__(self, parsed: ParsedFile, default_zone: str):
        self.parsed = parsed
        self.default_zone = default_zone

    def problem(
        self, message: Message, line: int | None, file: str | None, column: str | None = None
    ) -> None:
        self.parsed.add(ImportProblem(message, line=line, column=column, file=file))

    def day_of(self, cells: Mapping[str, str], line: int, file: str | None) -> date | None:
        try:
            return parse_date(cells.get("date", ""))
        except BadValue as exc:
            self.problem(exc.message, line, file, "date")
            return None

    def values(
        self, cells: Mapping[str, str], day: date, line: int, file: str | None
    ) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        ok = True
        for name, text in cells.items():
            column = COLUMNS_BY_NAME.get(name)
            if column is None:
                continue
            try:
                values[name] = parse_cell(column, text, day)
            except BadValue as exc:
                self.problem(exc.message, line, file, name)
                ok = False
        return values if ok else None

    def finish(self, entry: DayEntry, line: int, file: str | None, *, skip_children: bool) -> None:
        problems = [
            p for p in validate_day(entry) if not (skip_children and p.field in _CHILD_FIELDS)
        ]
        for problem in problems:
            self.problem(problem.message, line, file, _FIELD_COLUMNS.get(problem.field))
        if not problems and not entry.is_empty():
            self.parsed.days.append(Located(entry, line, file))


def read_daily_csv(path: Path, data: bytes, default_zone: str) -> ParsedFile:
    """A generic CSV of daily values: ``date`` plus any known columns."""
    parsed = ParsedFile(path, FileKind.DAILY_CSV)
    try:
        text = _decode(data)
    except BadValue as exc:
        parsed.add(ImportProblem(exc.message))
        return parsed
    known = ["date", *COLUMNS_BY_NAME, *GENERIC_LISTS, *DERIVED_COLUMNS]
    table = _read_table(parsed, text, None, known, normalise=True)
    if table is None:
        return parsed
    rows = _Rows(parsed, default_zone)
    for line, cells in table.rows:
        day = rows.day_of(cells, line, None)
        if day is None:
            continue
        values = rows.values(cells, day, line, None)
        if values is None:
            continue
        lists = {name: _split(cells.get(name, "")) for name in GENERIC_LISTS}
        entry = build_entry(
            day,
            values,
            default_zone=default_zone,
            plants=lists["plants"],
            trigger_foods=lists["trigger_foods"],
        )
        rows.finish(entry, line, None, skip_children=False)
    parsed.check_duplicates()
    return parsed


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


# our own tables ----------------------------------------------------------------


class Members:
    """The files of a CSV export, from a zip or a folder."""

    def __init__(self, names: Sequence[str], read: Callable[[str], bytes]):
        self.names = list(names)
        self._read = read

    def get(self, name: str) -> bytes | None:
        return self._read(name) if name in self.names else None

    @classmethod
    def from_zip(cls, archive: zipfile.ZipFile) -> Members:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        names = [i.filename for i in infos]
        prefix = ""
        days = [n for n in names if n.rsplit("/", 1)[-1] == DAYS and "__MACOSX" not in n]
        if len(days) == 1 and "/" in days[0]:
            prefix = days[0].rsplit("/", 1)[0] + "/"
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_MEMBER_BYTES:
            raise BadValue(Message(N_("The zip file unpacks to more than 64 MB.")))
        packed = sum(i.compress_size for i in infos)
        if unpacked > MAX_RATIO_FREE_BYTES and unpacked > MAX_RATIO * max(packed, 1):
            raise BadValue(
                Message(
                    N_(
                        "The zip file unpacks to {ratio} times its size; an export "
                        "packs far less tightly, so it is not read."
                    ),
                    {"ratio": unpacked // max(packed, 1)},
                )
            )

        def read(name: str) -> bytes:
            return _read_member(archive, prefix + name)

        return cls([n[len(prefix) :] for n in names if n.startswith(prefix)], read)

    @classmethod
    def from_folder(cls, folder: Path) -> Members:
        files = [p for p in sorted(folder.rglob("*")) if p.is_file()]
        read = [p for p in files if p.suffix in (".csv", ".json")]
        if sum(p.stat().st_size for p in read) > MAX_MEMBER_BYTES:
            raise BadValue(Message(N_("The folder's CSV and JSON files hold more than 64 MB.")))
        names = [p.relative_to(folder).as_posix() for p in files]
        return cls(names, lambda name: (folder / name).read_bytes())


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, read in chunks and never past its stated size.

    A damaged or encrypted member, or one in a compression Python can't
    unpack, is a BadValue naming it.
    """
    info = archive.getinfo(name)
    limit = min(info.file_size, MAX_MEMBER_BYTES)
    buffer = io.BytesIO()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_READ_CHUNK):
                if buffer.tell() + len(chunk) > limit:
                    raise BadValue(Message(N_("This file unpacks to more than its stated size.")))
                buffer.write(chunk)
    except RuntimeError:  # "File is encrypted, password required"
        raise BadValue(
            Message(N_("This file is encrypted; zip the export again without a password."))
        ) from None
    except NotImplementedError:
        raise BadValue(
            Message(N_("This file is packed in a way gutsleep can't unpack; zip it again."))
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise BadValue(
            Message(N_("This file in the zip is damaged and can't be unpacked."))
        ) from None
    return buffer.getvalue()


def read_csv_export(path: Path, members: Members, default_zone: str) -> ParsedFile:
    """Our own CSV export (zip or folder); problems name the file, line and column."""
    parsed = ParsedFile(path, FileKind.CSV)
    texts: dict[str, str] = {}
    for name in members.names:
        if name.endswith((".csv", ".json")):
            try:
                texts[name] = _decode(members.get(name) or b"")
            except BadValue as exc:
                parsed.add(ImportProblem(exc.message, file=name))
                return parsed
    if not _read_manifest(parsed, texts.get(MANIFEST)):
        return parsed
    if DAYS not in texts:
        parsed.add(ImportProblem(Message(N_("The export has no days.csv."))))
        return parsed
    rows = _Rows(parsed, default_zone)
    guarded = (parsed.version or 1) >= GUARDED_SINCE
    days_table = _read_table(parsed, texts[DAYS], DAYS, DAY_HEADER)
    if days_table is None:
        return parsed
    if guarded:
        _unguard_table(days_table, TEXT_COLUMNS.get(DAYS, frozenset()))
    day_values: dict[date, tuple[int, dict[str, Any]]] = {}
    for line, cells in days_table.rows:
        day = rows.day_of(cells, line, DAYS)
        if day is None:
            continue
        values = rows.values(cells, day, line, DAYS)
        if day in day_values:
            rows.problem(
                Message(
                    N_("The day {day} appears twice (first at line {first})."),
                    {"day": day.isoformat(), "first": day_values[day][0]},
                ),
                line,
                DAYS,
            )
            continue
        if values is not None:
            day_values[day] = (line, values)
        else:
            day_values[day] = (line, {"__bad__": True})
    children = _Children(parsed, rows, set(day_values))
    for name in LIST_TABLES:
        if name in texts:
            table = _read_table(parsed, texts[name], name, LIST_TABLES[name])
            if table is not None:
                if guarded:
                    _unguard_table(table, TEXT_COLUMNS.get(name, frozenset()))
                children.read(name, table)
    children.attach_tags()
    for day, (line, values) in sorted(day_values.items()):
        if values.get("__bad__"):
            continue
        lists = children.lists.get(day, {})
        entry = build_entry(
            day,
            values,
            default_zone=default_zone,
            foods=[FoodItem(name, tuple(tags)) for _, name, tags in lists.get("foods", [])],
            plants=lists.get("plants", []),
            trigger_foods=lists.get("trigger_foods", []),
            movements=lists.get("bowel_movements", []),
            practices=lists.get("practices", []),
            intakes=lists.get("intakes", []),
        )
        rows.finish(entry, line, DAYS, skip_children=True)
    _read_section_tables(parsed, texts)
    _read_settings_csv(parsed, texts)
    for name in members.names:
        if name.startswith(SECTIONS_DIR) and name.endswith(".json"):
            section = name[len(SECTIONS_DIR) : -len(".json")]
            try:
                parsed.sections[section] = json.loads(texts[name])
            except json.JSONDecodeError as exc:
                parsed.add(
                    ImportProblem(
                        Message(N_("This is not valid JSON: {reason}."), {"reason": exc.msg}),
                        line=exc.lineno,
                        file=name,
                    )
                )
    return parsed


def _read_section_tables(parsed: ParsedFile, texts: Mapping[str, str]) -> None:
    """The tables of the sections made of items, back into their JSON items.

    Only the shape is read here (the item numbers, the columns); the values are
    checked with the section's own check, as for JSON.
    """
    for name, section in SECTIONS.items():
        spec = section.items
        if spec is None:
            continue
        if spec.table.file not in texts:
            for child in spec.children.values():
                if child.file in texts:
                    parsed.add(
                        ImportProblem(
                            Message(
                                N_("The export has {file} but no {main}."),
                                {"file": child.file, "main": spec.table.file},
                            ),
                            file=child.file,
                        )
                    )
            continue
        tables: dict[str, _Table] = {}
        for table in spec.tables:
            if table.file not in texts:  # a child table with no rows may be left out
                tables[table.file] = _Table(table.file, list(table.header))
                continue
            read = _read_table(
                parsed, texts[table.file], table.file, table.header, required=table.header
            )
            if read is None:
                break
            _unguard_table(read, table.text_columns)
            tables[table.file] = read
        else:
            items = _items_from(parsed, spec, tables)
            if items is not None:
                parsed.sections[name] = items


def _items_from(
    parsed: ParsedFile, spec: ItemSpec, tables: Mapping[str, _Table]
) -> list[dict[str, Any]] | None:
    items: dict[int, dict[str, Any]] = {}
    ok = True

    def number(cells: Mapping[str, str], line: int, file: str) -> int | None:
        try:
            return parse_int(cells.get("item", ""))
        except BadValue as exc:
            parsed.add(ImportProblem(exc.message, line=line, column="item", file=file))
            return None

    main = tables[spec.table.file]
    for line, cells in main.rows:
        found = number(cells, line, main.file or "")
        if found is None:
            ok = False
            continue
        if found in items:
            parsed.add(
                ImportProblem(
                    Message(N_("Item {item} appears twice."), {"item": found}),
                    line=line,
                    column="item",
                    file=main.file,
                )
            )
            ok = False
            continue
        item = {f.name: from_cell(f, cells[f.name]) for f in spec.table.fields}
        items[found] = item | {name: [] for name in spec.children}
    for name, child in spec.children.items():
        table = tables[child.file]
        for line, cells in table.rows:
            found = number(cells, line, child.file)
            if found is None:
                ok = False
                continue
            if found not in items:
                parsed.add(
                    ImportProblem(
                        Message(
                            N_("There is no item {item} in {file}."),
                            {"item": found, "file": spec.table.file},
                        ),
                        line=line,
                        column="item",
                        file=child.file,
                    )
                )
                ok = False
                continue
            items[found][name].append({f.name: from_cell(f, cells[f.name]) for f in child.fields})
    return [items[n] for n in sorted(items)] if ok else None


def _read_manifest(parsed: ParsedFile, text: str | None) -> bool:
    if text is None:
        parsed.add(
            ImportProblem(
                Message(N_("This is not a gutsleep CSV export (manifest.csv is missing)."))
            )
        )
        return False
    values: dict[str, str] = {}
    try:
        for _, row in _records(text):
            if len(row) >= 2:
                values[row[0]] = row[1]
    except _CsvSyntax as exc:
        parsed.add(
            ImportProblem(
                Message(N_("The CSV can't be read here: {reason}."), {"reason": exc.reason}),
                line=exc.line,
                file=MANIFEST,
            )
        )
        return False
    if values.get("format") != CSV_FORMAT_NAME:
        parsed.add(ImportProblem(Message(N_("This is not a gutsleep CSV export.")), file=MANIFEST))
        return False
    try:
        version = parse_int(values.get("version", ""))
    except BadValue:
        version = 0
    if version < 1:
        parsed.add(
            ImportProblem(
                Message(N_("The file's format version is missing or wrong.")), file=MANIFEST
            )
        )
        return False
    if version > FORMAT_VERSION:
        parsed.add(
            ImportProblem(
                Message(
                    N_(
                        "This file was written by a newer gutsleep (format version {version}); "
                        "please update gutsleep to import it."
                    ),
                    {"version": version},
                ),
                file=MANIFEST,
            )
        )
        return False
    parsed.version = version
    return True


class _Children:
    """Rows of the list tables, checked one by one and gathered per day."""

    def __init__(self, parsed: ParsedFile, rows: _Rows, days: set[date]):
        self.parsed = parsed
        self.rows = rows
        self.days = days
        self.lists: dict[date, dict[str, list[Any]]] = {}
        self._items: dict[tuple[date, int], tuple[int, str, list[str]]] = {}
        self._tags: list[tuple[date, int, str, int]] = []

    def _add(self, day: date, table: str, item: Any) -> None:
        self.lists.setdefault(day, {}).setdefault(table, []).append(item)

    def _field(
        self,
        cells: Mapping[str, str],
        column: str,
        line: int,
        file: str,
        parse: Callable[[str], Any],
    ) -> tuple[bool, Any]:
        text = cells.get(column, "")
        if not text.strip():
            return True, None
        try:
            return True, parse(text)
        except BadValue as exc:
            self.rows.problem(exc.message, line, file, column)
            return False, None

    def _report(self, messages: list[Message], line: int, file: str, column: str | None) -> bool:
        for message in messages:
            self.rows.problem(message, line, file, column)
        return not messages

    def read(self, file: str, table: _Table) -> None:
        stem = file.removesuffix(".csv")
        for line, cells in table.rows:
            day = self.rows.day_of(cells, line, file)
            if day is None:
                continue
            if day not in self.days:
                self.rows.problem(
                    Message(N_("The day {day} is not in days.csv."), {"day": day.isoformat()}),
                    line,
                    file,
                    "date",
                )
                continue
            getattr(self, f"_{stem}")(day, cells, line, file)

    def _foods(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        ok, number = self._field(cells, "item", line, file, parse_int)
        name = cells.get("name", "")
        if not ok:
            return
        if number is None:
            self.rows.problem(Message(N_("The item number is missing.")), line, file, "item")
            return
        if (day, number) in self._items:
            self.rows.problem(
                Message(N_("Item {item} of this day appears twice."), {"item": number}),
                line,
                file,
                "item",
            )
            return
        if self._report(item_problems(day, foods=(FoodItem(name),)), line, file, "name"):
            tags: list[str] = []
            self._items[(day, number)] = (line, name, tags)
            self._add(day, "foods", (number, name, tags))

    def _food_tags(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        ok, number = self._field(cells, "item", line, file, parse_int)
        if not ok:
            return
        if number is None:
            self.rows.problem(Message(N_("The item number is missing.")), line, file, "item")
            return
        tag = cells.get("tag", "")
        if self._report(item_problems(day, foods=(FoodItem("x", (tag,)),)), line, file, "tag"):
            self._tags.append((day, number, tag, line))

    def attach_tags(self) -> None:
        for day, number, tag, line in self._tags:
            item = self._items.get((day, number))
            if item is None:
                self.rows.problem(
                    Message(
                        N_("There is no food item {item} on {day} in foods.csv."),
                        {"item": number, "day": day.isoformat()},
                    ),
                    line,
                    "food_tags.csv",
                    "item",
                )
                continue
            item[2].append(tag)

    def _names(self, table: str, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        name = cells.get("name", "")
        if self._report(item_problems(day, **{table: (name,)}), line, file, "name"):
            self._add(day, table, name)

    def _plants(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        self._names("plants", day, cells, line, file)

    def _trigger_foods(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        self._names("trigger_foods", day, cells, line, file)

    def _bowel_movements(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        ok, bristol = self._field(cells, "bristol", line, file, parse_int)
        ok_at, at = self._field(cells, "at", line, file, parse_time)
        if not (ok and ok_at):
            return
        if bristol is None:
            self.rows.problem(Message(N_("The Bristol type is missing.")), line, file, "bristol")
            return
        movement = BowelMovement(bristol, at)
        if self._report(item_problems(day, movements=(movement,)), line, file, "bristol"):
            self._add(day, "bowel_movements", movement)

    def _practices(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        ok, minutes = self._field(cells, "minutes", line, file, parse_int)
        if not ok:
            return
        practice = Practice(cells.get("name", ""), minutes)
        problems = validate_day(DayEntry(day, stress=StressMood(practices=(practice,))))
        for problem in problems:
            column = "minutes" if problem.field == "stress.practice_minutes" else "name"
            self.rows.problem(problem.message, line, file, column)
        if not problems:
            self._add(day, "practices", practice)

    def _intakes(self, day: date, cells: Mapping[str, str], line: int, file: str) -> None:
        try:
            kind = parse_kind(cells.get("kind", "") or "supplement")
        except BadValue as exc:
            self.rows.problem(exc.message, line, file, "kind")
            return
        intake = Intake(
            cells.get("name", ""),
            cells.get("dose", ""),
            kind,
            cells.get("strain", ""),
            cells.get("cfu", ""),
        )
        ok = self._report(item_problems(day, intakes=(Intake(intake.name),)), line, file, "name")
        for column in ("dose", "strain", "cfu"):
            problem = check_text("intakes", getattr(intake, column), MAX_NAME)
            if problem is not None:
                ok = False
                self.rows.problem(problem.message, line, file, column)
        if ok:
            self._add(day, "intakes", intake)


def is_csv_export(names: Sequence[str]) -> bool:
    return any(n.rsplit("/", 1)[-1] in (MANIFEST, DAYS) for n in names)
