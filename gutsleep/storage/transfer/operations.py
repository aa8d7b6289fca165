"""Export from and import into a journal database; imports are all or nothing.

An import first reads and checks the whole file (every day through the
domain's ``validate_day``), then writes days and registered sections in one
transaction: a problem, a conflict under the "fail" policy, a failing section
or a cancel rolls everything back.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from gutsleep.domain.journal import DayEntry
from gutsleep.domain.text import N_, Message
from gutsleep.storage.file.database import Database
from gutsleep.storage.file.private_files import write_private
from gutsleep.storage.journal.writes import (
    delete_days,
    insert_entries,
    load_entries,
    stored_days,
)
from gutsleep.storage.settings import SettingsStore
from gutsleep.storage.transfer import (
    features,  # noqa: F401  (registers the features' sections)
    journal_settings,
)
from gutsleep.storage.transfer.csv_format import (
    Members,
    dump_zip,
    is_csv_export,
    read_csv_export,
    read_daily_csv,
)
from gutsleep.storage.transfer.document import FileKind, ParsedFile
from gutsleep.storage.transfer.fields import BadValue
from gutsleep.storage.transfer.json_format import dump_document, read_json
from gutsleep.storage.transfer.problems import (
    ConflictPolicy,
    ImportConflict,
    ImportProblem,
    ImportRefused,
    Work,
)
from gutsleep.storage.transfer.sections import SECTIONS

log = logging.getLogger(__name__)

ExportFormat = Literal["json", "csv"]
Stamp = datetime | None | Literal["now"]
MAX_IMPORT_BYTES = 256 * 1024 * 1024
_WRITE_BATCH = 500  # days per bulk insert between progress reports
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    days: int
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, worked out before anything is written."""

    path: Path
    kind: FileKind
    new_days: tuple[date, ...] = ()
    existing_days: tuple[date, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    sections: tuple[str, ...] = ()
    version: int | None = None
    #: Items of the file's sections in the journal with other content ("section: item").
    differing: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def days(self) -> int:
        return len(self.new_days) + len(self.existing_days)


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote."""

    path: Path
    kind: FileKind
    added: tuple[date, ...] = ()
    overwritten: tuple[date, ...] = ()
    skipped: tuple[date, ...] = ()
    sections: dict[str, int] = field(default_factory=dict)

    @property
    def written(self) -> int:
        return len(self.added) + len(self.overwritten)


# export ------------------------------------------------------------------------


def load_days(
    session: Session, first: date | None = None, last: date | None = None
) -> list[DayEntry]:
    """Every stored day in [first, last], oldest first."""
    return load_entries(session, first, last)


def export_sections(
    session: Session, first: date | None = None, last: date | None = None
) -> dict[str, Any]:
    """Each registered section's data; sections with nothing to say are left out."""
    data: dict[str, Any] = {}
    for name, section in SECTIONS.items():
        value = section.export(session, first, last)
        if value is not None:
            data[name] = value
    return data


def _stamp(exported_at: Stamp) -> str | None:
    if exported_at is None:
        return None
    moment = datetime.now().astimezone() if exported_at == "now" else exported_at
    assert isinstance(moment, datetime)
    return moment.isoformat(timespec="seconds")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) via a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, data)


def export_journal(
    database: Database,
    path: Path,
    *,
    format: ExportFormat = "json",
    first: date | None = None,
    last: date | None = None,
    exported_at: Stamp = "now",
    work: Work | None = None,
    settings: SettingsStore | None = None,
) -> ExportResult:
    """Write the journal (or [first, last]) to ``path`` as JSON or a zip of CSV tables.

    ``exported_at=None`` writes no time stamp, so two exports of the same
    journal are byte-for-byte identical. The sections that are not days (experiments,
    checklist runs, articles, settings) are written whole, whatever the range.
    ``settings``: the open store (by default the data folder's settings file).
    """
    work = work or Work()
    work.step(0, 1)
    with database.session() as session:
        entries = load_days(session, first, last)
        sections = export_sections(session, first, last)
    journal = journal_settings.export_settings(settings or SettingsStore(database.data_dir))
    if journal is not None:
        sections[journal_settings.NAME] = journal
    total = len(entries) + 1
    stamp = _stamp(exported_at)
    if format == "json":
        text = dump_document(
            entries,
            sections,
            exported_at=stamp,
            first=first,
            last=last,
            progress=lambda done, _total: work.step(done, total),
        )
        data = text.encode("utf-8")
    elif format == "csv":
        data = dump_zip(entries, sections, exported_at=stamp, first=first, last=last)
    else:
        raise ValueError(f"unknown export format {format!r}")
    work.check()
    write_atomic(path, data)
    work.finish(total)
    return ExportResult(path, format, len(entries), tuple(sorted(sections)))


# import ------------------------------------------------------------------------


def _refusal(path: Path, kind: FileKind, message: Message) -> ParsedFile:
    parsed = ParsedFile(path, kind)
    parsed.add(ImportProblem(message))
    return parsed


def read_file(path: Path, default_zone: str) -> ParsedFile:
    """Read and check an import file of any supported kind; never raises for bad content.

    A folder or zip is our CSV export; a file starting with ``{`` our JSON;
    anything else a generic CSV of daily values. ``default_zone`` is the time
    zone for rows that name none (generic CSV). Should a reader still fail on
    some content nobody foresaw, the file is refused in one sentence (and the
    fault logged) rather than the failure reaching the person as a traceback.
    """
    path = Path(path)
    try:
        return _read_any(path, default_zone)
    except Exception as exc:
        log.exception("reading an import file failed")
        return _refusal(
            path,
            FileKind.DAILY_CSV,
            Message(
                N_("The file can't be read: {reason}."),
                {"reason": type(exc).__name__},
            ),
        )


def _read_any(path: Path, default_zone: str) -> ParsedFile:
    if path.is_dir():
        try:
            members = Members.from_folder(path)
        except BadValue as exc:
            return _refusal(path, FileKind.CSV, exc.message)
        if not is_csv_export(members.names):
            return _refusal(
                path,
                FileKind.CSV,
                Message(N_("This folder holds no gutsleep CSV export (no days.csv).")),
            )
        return read_csv_export(path, members, default_zone)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            return _refusal(
                path, FileKind.DAILY_CSV, Message(N_("The file is larger than 256 MB."))
            )
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                try:
                    members = Members.from_zip(archive)
                except BadValue as exc:
                    return _refusal(path, FileKind.CSV, exc.message)
                if not is_csv_export(members.names):
                    return _refusal(
                        path,
                        FileKind.CSV,
                        Message(N_("This zip file holds no gutsleep CSV export (no days.csv).")),
                    )
                return read_csv_export(path, members, default_zone)
        data = path.read_bytes()
    except FileNotFoundError:
        return _refusal(path, FileKind.DAILY_CSV, Message(N_("The file does not exist.")))
    except (OSError, zipfile.BadZipFile) as exc:
        return _refusal(
            path,
            FileKind.DAILY_CSV,
            Message(N_("The file can't be read: {reason}."), {"reason": str(exc)}),
        )
    if data.startswith(_SQLITE_MAGIC):
        return _refusal(
            path,
            FileKind.DAILY_CSV,
            Message(
                N_(
                    "This is a journal database or a backup, not an export; "
                    "use “Restore from backup” for it."
                )
            ),
        )
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _refusal(path, FileKind.JSON, Message(N_("The file is not UTF-8 text.")))
        return read_json(path, text, default_zone)
    return read_daily_csv(path, data, default_zone)


def _section_problems(parsed: ParsedFile) -> list[ImportProblem]:
    problems: list[ImportProblem] = []
    for name, data in parsed.sections.items():
        section = SECTIONS.get(name)
        if name == journal_settings.NAME:
            problems.extend(
                ImportProblem(Message(N_("{section}: {problem}"), {"section": name, "problem": p}))
                for p in journal_settings.check_settings(data)
            )
            continue
        if section is None:
            problems.append(
                ImportProblem(
                    Message(
                        N_(
                            "The file holds “{name}”, which this gutsleep can't read; "
                            "please update gutsleep to import it."
                        ),
                        {"name": name},
                    )
                )
            )
            continue
        if section.validate is not None:
            problems.extend(
                ImportProblem(Message(N_("{section}: {problem}"), {"section": name, "problem": p}))
                for p in section.validate(data)
            )
    return problems


def _existing(session: Session, days: Sequence[date]) -> set[date]:
    return stored_days(session, sorted(set(days)))


def plan_parsed(
    database: Database, parsed: ParsedFile, settings: SettingsStore | None = None
) -> ImportPlan:
    """The plan for an already read file: new days, days present, problems."""
    problems = [*parsed.problems, *_section_problems(parsed)]
    days = [d.entry.day for d in parsed.days]
    with database.session() as session:
        existing = _existing(session, days)
        store = settings or SettingsStore(database.data_dir)
        differing = [] if problems else _differing(session, parsed, store)
    return ImportPlan(
        path=parsed.path,
        kind=parsed.kind,
        new_days=tuple(sorted(d for d in days if d not in existing)),
        existing_days=tuple(sorted(existing)),
        problems=tuple(problems),
        sections=tuple(sorted(parsed.sections)),
        version=parsed.version,
        differing=tuple(differing),
    )


def _differing(session: Session, parsed: ParsedFile, store: SettingsStore) -> list[str]:
    found: list[str] = []
    for name, data in sorted(parsed.sections.items()):
        if name == journal_settings.NAME:
            keys = journal_settings.differing(store, data)
        else:
            section = SECTIONS[name]
            keys = section.conflicts(session, data) if section.conflicts is not None else []
        found.extend(f"{name}: {key}" for key in keys)
    return found


def plan_import(database: Database, path: Path, default_zone: str = "UTC") -> ImportPlan:
    """A dry run: what importing ``path`` would do; nothing is written."""
    return plan_parsed(database, read_file(path, default_zone))


def import_parsed(
    database: Database,
    parsed: ParsedFile,
    policy: ConflictPolicy | str = ConflictPolicy.FAIL,
    *,
    work: Work | None = None,
    settings: SettingsStore | None = None,
) -> ImportReport:
    """Write a read file into the journal in one transaction.

    Raises ImportRefused (the file's problems), ImportConflict (policy "fail"
    and some days exist), SectionConflict (policy "fail" and some items of a
    section are in the journal with other content) or Cancelled; in every case
    nothing is written. ``settings``: the open store the journal's settings go
    to (by default the data folder's settings file).
    """
    work = work or Work()
    policy = ConflictPolicy(policy)
    problems = [*parsed.problems, *_section_problems(parsed)]
    if problems:
        raise ImportRefused(problems)
    entries = sorted((d.entry for d in parsed.days), key=lambda e: e.day)
    total = len(entries) + len(parsed.sections) + 1
    work.step(0, total)
    added: list[date] = []
    overwritten: list[date] = []
    skipped: list[date] = []
    counts: dict[str, int] = {}
    undo_settings: Callable[[], None] | None = None
    try:
        with database.session() as session:
            existing = _existing(session, [e.day for e in entries])
            if existing and policy is ConflictPolicy.FAIL:
                raise ImportConflict(sorted(existing))
            if existing and policy is ConflictPolicy.OVERWRITE:
                delete_days(session, sorted(existing))
            batch: list[DayEntry] = []
            for done, entry in enumerate(entries, start=1):
                if entry.day in existing:
                    if policy is ConflictPolicy.SKIP:
                        skipped.append(entry.day)
                        continue
                    overwritten.append(entry.day)
                else:
                    added.append(entry.day)
                batch.append(entry)
                if done % _WRITE_BATCH == 0:
                    insert_entries(session, batch, keep_empty=True)
                    batch = []
                    work.step(done, total)
            insert_entries(session, batch, keep_empty=True)
            for offset, (name, data) in enumerate(sorted(parsed.sections.items()), start=1):
                if name != journal_settings.NAME:
                    counts[name] = SECTIONS[name].import_(session, data, policy)
                work.step(len(entries) + offset, total)
            work.check()
            undo_settings = _write_settings(database, parsed, policy, settings, counts)
    except BaseException:
        if undo_settings is not None:
            try:
                undo_settings()  # the database was rolled back: so are the settings
            except OSError:
                log.exception("The settings written by a failed import could not be put back")
        raise
    work.finish(total)
    return ImportReport(
        path=parsed.path,
        kind=parsed.kind,
        added=tuple(added),
        overwritten=tuple(overwritten),
        skipped=tuple(skipped),
        sections=counts,
    )


def _write_settings(
    database: Database,
    parsed: ParsedFile,
    policy: ConflictPolicy,
    settings: SettingsStore | None,
    counts: dict[str, int],
) -> Callable[[], None] | None:
    """The file's journal settings into the store, last (they are not in the transaction)."""
    data = parsed.sections.get(journal_settings.NAME)
    if data is None:
        return None
    store = settings or SettingsStore(database.data_dir)
    values = journal_settings.changes(store, data, policy)
    counts[journal_settings.NAME] = len(values)
    return store.set_many(values)


def import_file(
    database: Database,
    path: Path,
    policy: ConflictPolicy | str = ConflictPolicy.FAIL,
    *,
    default_zone: str = "UTC",
    work: Work | None = None,
) -> ImportReport:
    """Read, check and import ``path``; see :func:`import_parsed`."""
    return import_parsed(database, read_file(path, default_zone), policy, work=work)
