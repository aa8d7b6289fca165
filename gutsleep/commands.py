"""The data commands of the command line: export, import, backup, restore, check, report,
experiments,
insights.

gutsleep.cli builds their parsers from :data:`COMMANDS`. They call the
same services as the File menu (:mod:`gutsleep.services.data`), print one line
on failure and exit non-zero, and show progress only on a terminal. Heavy
imports (SQLAlchemy, the storage layer) happen inside the run functions, so
``gutsleep --help`` stays quick; nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gutsleep.cli_common import Command, CommandError, data_dir_from, say

if TYPE_CHECKING:
    from gutsleep.services.context import Services
    from gutsleep.services.foreign import Preview

DATABASE_FILE = "journal.sqlite3"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-29") from None


def _check_period(first: date | None, last: date | None) -> None:
    """--from and --to inside the dates the journal keeps, in order; else one line."""
    from gutsleep.domain.validation import day_out_of_range

    for day in (first, last):
        problem = None if day is None else day_out_of_range(day)
        if problem is not None:
            raise CommandError(str(problem))
    if first and last and first > last:
        raise CommandError("--from comes after --to.")


def _existing_journal(data_dir: Path) -> None:
    if not (data_dir / DATABASE_FILE).exists():
        raise CommandError(f"There is no journal in {data_dir}.")


PASSPHRASE_TRIES = 3


def _open(data_dir: Path) -> Services:
    """open_services, asking at the terminal for the passphrase of a protected journal.

    The passphrase is read with getpass (never echoed, never an argument or an
    environment variable, so it stays out of shell history and process lists).
    """
    from gutsleep.services.context import open_services
    from gutsleep.storage.file.crypto import PassphraseRequired

    try:
        return open_services(data_dir)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise CommandError(
                f"The journal in {data_dir} is protected with a passphrase; run this command "
                "in a terminal to be asked for it."
            ) from None
    import getpass

    for attempt in range(PASSPHRASE_TRIES):
        passphrase = getpass.getpass(f"Passphrase for the journal in {data_dir}: ")
        try:
            return open_services(data_dir, passphrase=passphrase)
        except PassphraseRequired:
            if attempt + 1 < PASSPHRASE_TRIES:
                print("That passphrase does not open the journal; try again.", file=sys.stderr)
    raise CommandError("The passphrase did not open the journal; nothing was changed.")


@contextmanager
def _services(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[Services]:
    """Open the data folder's journal; refusals become one-line errors."""
    from gutsleep.storage.file.schema import StoreError

    data_dir = data_dir_from(args)
    if must_exist:
        _existing_journal(data_dir)
    try:
        services = _open(data_dir)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield services
    finally:
        services.close()


class _Progress:
    """``label 120/500`` on one terminal line; silent when stdout isn't a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.shown = False
        self.enabled = sys.stdout.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 1:
            return
        print(f"\r{self.label} {done}/{total}", end="", flush=True)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            print("\r\033[K", end="", flush=True)


def _run_with_progress(label: str, call: Callable[[_Progress], Any]) -> Any:
    progress = _Progress(label)
    try:
        return call(progress)
    finally:
        progress.finish()


def _days(count: int, noun: str = "day") -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# export ----------------------------------------------------------------------------


def _add_period(parser: argparse.ArgumentParser, first_help: str, last_help: str) -> None:
    """``--from DATE`` and ``--to DATE`` (args.first, args.last), checked as ISO dates."""
    parser.add_argument("--from", dest="first", type=_iso_date, metavar="DATE", help=first_help)
    parser.add_argument("--to", dest="last", type=_iso_date, metavar="DATE", help=last_help)


def _add_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("json", "csv"),
        help="json (complete, the default) or csv (a zip of one CSV file per table; "
        "the default when PATH ends in .zip)",
    )
    _add_period(parser, "first day to export (YYYY-MM-DD)", "last day to export (YYYY-MM-DD)")
    parser.add_argument("path", type=Path, metavar="PATH", help="the file to write")


def _run_export(args: argparse.Namespace) -> int:
    from gutsleep.services import data

    path: Path = args.path
    fmt: Literal["json", "csv"] = args.format or (
        "csv" if path.suffix.lower() == ".zip" else "json"
    )
    if fmt == "csv" and path.suffix.lower() == ".csv":
        raise CommandError("A CSV export is a zip of several CSV tables; give PATH a .zip name.")
    _check_period(args.first, args.last)
    if path.is_dir():
        raise CommandError(f"{path} is a folder; give the name of the file to write.")
    with _services(args) as services:
        try:
            result = _run_with_progress(
                "Exporting",
                lambda progress: data.export_journal(
                    services,
                    path,
                    format=fmt,
                    first=args.first,
                    last=args.last,
                    progress=progress,
                ),
            )
        except OSError as exc:
            raise CommandError(f"{path} can't be written: {exc.strerror or exc}.") from exc
    what = ", ".join([_days(result.days), *result.sections])
    say(f"Exported {what} to {result.path} ({fmt}).")
    return 0


# import ----------------------------------------------------------------------------


def _add_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on-conflict",
        choices=("skip", "overwrite", "fail"),
        default="fail",
        help="days (and experiments, bookmarks, settings... with other content) already in "
        "the journal: skip them, overwrite them, or import nothing (fail, the default)",
    )
    parser.add_argument(
        "--from-app",
        choices=_FOREIGN_APPS,
        metavar="APP",
        help="read the file as an export of this app (one of: "
        + ", ".join(_FOREIGN_APPS)
        + "); without it, the app is recognised from the file",
    )
    parser.add_argument(
        "--fill-diary",
        action="store_true",
        help="for another app's nights: also fill the diary's empty nights from the "
        "device's estimate (never a night you wrote)",
    )
    parser.add_argument(
        "--mood",
        action="append",
        default=[],
        metavar="WORD=N",
        help="for a mood diary (Daylio): the value 0-10 of a mood word (repeat for each; "
        "rad, good, meh, bad and awful have defaults)",
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help="for another app's file: import what the preview shows without asking",
    )
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help="a gutsleep JSON export, a CSV export (.zip), a CSV of daily values, or an export "
        "of Apple Health, Fitbit, Garmin Connect, Sleep as Android, Plees Tracker or Daylio",
    )


_FOREIGN_APPS = (
    "sleep_as_android",
    "plees_tracker",
    "fitbit",
    "apple_health",
    "daylio",
    "garmin",
)
"""The keys of domain.device_nights.SOURCE_LABELS (not imported here: --help stays quick)."""


def _run_import(args: argparse.Namespace) -> int:
    from gutsleep.services import data, foreign
    from gutsleep.storage.transfer import Cancelled, ImportConflict, ImportDiffers, ImportRefused

    path: Path = args.path
    if not path.exists():
        raise CommandError(f"{path} does not exist.")
    if args.from_app or (path.is_file() and foreign.detect(path)):
        return _run_foreign_import(args, path)
    with _services(args, must_exist=False) as services:
        try:
            report = _run_with_progress(
                "Importing",
                lambda progress: data.import_journal(
                    services, path, on_conflict=args.on_conflict, progress=progress
                ),
            )
        except (ImportConflict, ImportDiffers) as exc:
            raise CommandError(
                f"{exc.summary()} Use --on-conflict skip or --on-conflict overwrite."
            ) from exc
        except ImportRefused as exc:
            raise CommandError(f"{path.name} was not imported: {exc.summary()}") from exc
        except Cancelled as exc:  # pragma: no cover - no cancel flag here
            raise CommandError("Cancelled; nothing was imported.") from exc
    parts = [_days(len(report.added), "new day")]
    if report.overwritten:
        parts.append(f"{len(report.overwritten)} overwritten")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped (already in the journal)")
    parts.extend(f"{count} {name}" for name, count in report.sections.items())
    say(f"Imported {', '.join(parts)} from {path}.")
    return 0


def _run_foreign_import(args: argparse.Namespace, path: Path) -> int:
    """Another app's file: show what it would add, ask (unless --yes), then import it."""
    from gutsleep.services import foreign

    with _services(args, must_exist=False) as services:
        try:
            shown = _run_with_progress(
                "Reading",
                lambda progress: foreign.preview(
                    services, path, force=args.from_app, progress=progress
                ),
            )
        except foreign.ForeignRefused as exc:
            raise CommandError(f"{path.name} was not imported: {exc.message.render()}") from exc
        except OSError as exc:
            raise CommandError(f"{path.name} can't be read: {exc.strerror or exc}.") from exc
        if shown is None:
            raise CommandError(f"{path.name} is not a file gutsleep knows how to read.")
        if args.mood:
            shown = foreign.remap(services, shown, _mood_values(args.mood))
        for line in _foreign_preview_lines(shown, fill=args.fill_diary):
            say(line)
        if not shown.adds_anything:
            say("Nothing to import: everything in the file is in the journal already.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("Nothing was imported: add --yes to import without asking.")
            answer = input("Import this? [y/N] ").strip().lower()
            if answer not in {"y", "yes"}:
                say("Nothing was imported.")
                return 0
        applied = foreign.apply(services, shown, fill_diary=args.fill_diary)
    parts = []
    if applied.nights or shown.plan.new:
        parts.append(_days(applied.nights, "night"))
    if args.fill_diary:
        parts.append(f"{_days(applied.diary_nights, 'empty diary night')} filled from them")
    if applied.days or shown.plan.day_values:
        parts.append(f"values on {_days(applied.days, 'diary day')}")
    message = f"Imported from {shown.label}: {', '.join(parts)}"
    say(message + ".")
    return 0


def _mood_values(pairs: list[str]) -> dict[str, int | None]:
    values: dict[str, int | None] = {}
    for pair in pairs:
        word, sep, number = pair.rpartition("=")
        if not sep or not word.strip() or not number.strip().isdigit() or int(number) > 10:
            raise CommandError(f"--mood {pair!r}: write a mood word, =, and a value 0-10.")
        values[word.strip()] = int(number)
    return values


def _foreign_preview_lines(shown: Preview, *, fill: bool) -> list[str]:
    from gutsleep.services.foreign import day_field_counts as foreign_fields

    plan = shown.plan
    lines = [f"{shown.path.name}: an export of {shown.label}."]
    if plan.new:
        naps = f" ({_days(plan.naps, 'nap')} among them)" if plan.naps else ""
        lines.append(
            f"New: {_days(len(plan.new), 'night')} from {plan.first} to {plan.last}{naps}."
        )
    if plan.known:
        lines.append(f"Already in the journal: {_days(plan.known, 'night')}.")
    for what, count in foreign_fields(shown):
        lines.append(f"Into the diary where it is empty: {what} on {_days(count)}.")
    if plan.kept_days:
        lines.append(
            f"Not imported: the file's values on {_days(plan.kept_days)} where your diary "
            "has its own (yours are kept)."
        )
    for reason, count in shown.skipped:
        lines.append(f"Not imported: {reason} ({count}).")
    for word, value in shown.mood_values.items():
        if value is None:
            lines.append(
                f"Mood word {word!r} has no value and is not imported: "
                f"give it one with --mood '{word}=N' (0-10)."
            )
        else:
            lines.append(f"Mood word {word!r} is {value} on the 0-10 mood scale.")
    if plan.fillable:
        if fill:
            lines.append(
                f"The diary has no night on {_days(len(plan.fillable), 'day')} of these; "
                "they will be filled from the device's estimate."
            )
        else:
            lines.append(
                f"The diary has no night on {_days(len(plan.fillable), 'day')} of these; "
                "--fill-diary fills them from the device's estimate."
            )
    if plan.new:
        lines.append(
            "Device nights are kept beside your diary; they never change a night you wrote."
        )
    return lines


# backup and restore ------------------------------------------------------------------


def _add_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="where to write the copy (a file or a folder); by default the data folder's backups/",
    )


def _run_backup(args: argparse.Namespace) -> int:
    from gutsleep.services import data
    from gutsleep.storage.file.schema import StoreError

    with _services(args) as services:
        try:
            target = data.back_up_now(services, args.path)
        except StoreError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"The copy can't be written: {exc.strerror or exc}.") from exc
    say(f"Backed up the journal to {target}.")
    return 0


def _add_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="the backup to restore")


def _run_restore(args: argparse.Namespace) -> int:
    from gutsleep.storage.backups import restoring
    from gutsleep.storage.file import recovery
    from gutsleep.storage.file.schema import StoreError

    data_dir = data_dir_from(args)
    path: Path = args.path
    try:
        # Not through open_services: the journal being replaced may be damaged.
        result = restoring.restore(data_dir, path)
    except StoreError as exc:
        if recovery.is_unusable(exc) and str(path) in str(exc):
            # The backup is what is damaged (or foreign), not the journal: say so,
            # rather than the damaged-journal advice cli gives for this error.
            raise CommandError(
                f"The backup can't be restored: {exc} Your journal was not changed."
            ) from None
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"The backup can't be restored: {exc.strerror or exc}.") from exc
    message = f"Restored the journal from {result.restored_from}."
    if result.previous is not None:
        message += f" The journal it replaced is kept in {result.previous}."
    if result.upgraded:
        message += " It was upgraded to this version's format."
    say(message)
    return 0


# check -------------------------------------------------------------------------------


def _add_check(parser: argparse.ArgumentParser) -> None:
    del parser


def _run_check(args: argparse.Namespace) -> int:
    import sqlite3

    import sqlalchemy.exc

    from gutsleep.storage.backups import health
    from gutsleep.storage.file.schema import DamagedFileError, StoreError

    data_dir = data_dir_from(args)
    _existing_journal(data_dir)
    try:
        services = _open(data_dir)
    except (DamagedFileError, sqlite3.DatabaseError, sqlalchemy.exc.DatabaseError) as exc:
        report = health.check_file(data_dir / DATABASE_FILE)
        for line in report.lines():
            say(line)
        raise CommandError(f"The journal in {data_dir} is damaged.") from exc
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        report = health.check_database(services.database)
    finally:
        services.close()
    for line in report.lines():
        say(line)
    return 0 if report.ok else 1


# report ------------------------------------------------------------------------------


def _add_report(parser: argparse.ArgumentParser) -> None:
    _add_period(
        parser,
        "first day of the period (YYYY-MM-DD; default: four weeks up to --to)",
        "last day of the period (YYYY-MM-DD; default: today, or four weeks from --from when "
        "that lies in the future)",
    )
    parser.add_argument(
        "--appendix",
        action="store_true",
        help="add the daily sleep diary (one row per day) after the two summary pages",
    )
    parser.add_argument("path", type=Path, metavar="PATH.pdf", help="the PDF file to write")


def _run_report(args: argparse.Namespace) -> int:
    from gutsleep.services.report import make_report

    path: Path = args.path
    if path.suffix.lower() != ".pdf":
        raise CommandError(f"{path} doesn't end in .pdf; give the report a .pdf name.")
    _check_period(args.first, args.last)
    try:
        if path.is_dir():
            raise CommandError(f"{path} is a folder; give the name of the file to write.")
        if not path.parent.is_dir():
            raise CommandError(f"The folder {path.parent} does not exist.")
    except OSError as exc:  # a name too long, a folder that can't be read
        raise CommandError(f"{path} can't be written: {exc.strerror or exc}.") from exc
    with _services(args) as services:
        try:
            result = _run_with_progress(
                "Making the report",
                lambda progress: make_report(
                    services, args.first, args.last, path, progress=progress, appendix=args.appendix
                ),
            )
        except OSError as exc:
            raise CommandError(f"{path} can't be written: {exc.strerror or exc}.") from exc
    say(
        f"Wrote the report for {result.first} to {result.last} ({_days(result.pages, 'page')}, "
        f"{_days(result.days)} with entries) to {result.path}."
    )
    return 0


# experiments ---------------------------------------------------------------------------


def _add_experiments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list (name, outcome, effect, low, high, verdict, smallest_change, "
        "nights_a, nights_b, adherence, ...) instead of sentences",
    )


def _experiment_record(services: Services, exp: Any, today: date) -> dict[str, Any]:
    """One experiment's result as plain values (the --json item)."""
    from gutsleep.analysis.experiments import verdict_word
    from gutsleep.analysis.series import MEASURES
    from gutsleep.domain.experiments import phase_order, smallest_change_for

    service = services.experiments
    result = service.result(exp, today)
    adherence = service.adherence(exp, today)
    measure = MEASURES[exp.outcome]
    per_protocol = result.per_protocol
    return {
        "name": exp.title,
        "outcome": exp.outcome,
        "unit": measure.difference_unit,
        "status": service.status(exp, today).state.value,
        "start": exp.start.isoformat(),
        "order": phase_order(exp),
        "randomised": exp.randomised,
        "seed": exp.seed,
        "washout_days": exp.washout_days,
        "effect": result.difference,
        "low": result.ci_low,
        "high": result.ci_high,
        "level": result.level,
        "verdict": verdict_word(result.finding),
        "finding": result.finding.value,
        "smallest_change": smallest_change_for(exp),
        "nights_a": result.baseline.n,
        "nights_b": result.change.n,
        "adherence": {
            phase: {"days": a.days, "done": a.done, "not_done": a.not_done}
            for phase, a in (("baseline", adherence["A"]), ("change", adherence["B"]))
        },
        "per_protocol": None
        if per_protocol is None
        else {
            "effect": per_protocol.difference,
            "low": per_protocol.low,
            "high": per_protocol.high,
        },
        "sentence": result.verdict.render(),
    }


def _run_experiments(args: argparse.Namespace) -> int:
    import json

    today = date.today()
    with _services(args) as services:
        records = [
            _experiment_record(services, exp, today)
            for exp in reversed(services.experiments.history())
        ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    if not records:
        print("No self-experiments yet.")
        return 0
    for record in records:
        adherence = record["adherence"]["change"]
        print(
            f"{record['name']} ({record['outcome']}, {record['order']}, {record['status']}): "
            f"{record['verdict']}. {record['sentence']} Change marked done on "
            f"{adherence['done']} of {adherence['days']} change days."
        )
    return 0


# insights ----------------------------------------------------------------------------


def _add_insights(parser: argparse.ArgumentParser) -> None:
    _add_period(
        parser,
        "first day to look at (YYYY-MM-DD; default: the first day logged)",
        "last day to look at (YYYY-MM-DD; default: the last day logged)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the comparisons and findings as JSON instead of sentences",
    )


def _run_insights(args: argparse.Namespace) -> int:
    import json

    if args.first and args.last and args.first > args.last:
        raise CommandError("--from comes after --to.")
    with _services(args) as services:
        trends = services.trends
        span = trends.span()
        first = args.first or (span[0] if span else None)
        last = args.last or (span[1] if span else None)
        if first is not None and last is not None and first > last:
            raise CommandError("--from comes after the last day logged.")
        report = trends.insights(first, last)
        if args.json:
            print(json.dumps(trends.insights_json(report), indent=2, ensure_ascii=False))
            return 0
    if report.status is not None:
        print(report.status.render())
        return 0
    if report.summary is not None:
        print(report.summary.render())
    for rank, insight in enumerate(report.insights, start=1):
        print(f"{rank}. {insight.sentence.render()} {insight.adjusted_message().render()}")
    if not report.insights:
        print("No comparison stands out once the number of comparisons is taken into account.")
    return 0


#: The data commands for gutsleep.cli: name -> (help, (add arguments, run)).
COMMANDS: dict[str, tuple[str, Command]] = {
    "export": ("write the journal (or a date range) as JSON or CSV", (_add_export, _run_export)),
    "import": (
        "bring in a gutsleep export or a CSV of daily values, all or nothing",
        (_add_import, _run_import),
    ),
    "backup": ("write a consistent copy of the journal", (_add_backup, _run_backup)),
    "restore": (
        "replace the journal with a backup (the current one is kept first)",
        (_add_restore, _run_restore),
    ),
    "check": (
        "check the journal file and every day in it (exit 0 only when sound)",
        (_add_check, _run_check),
    ),
    "report": (
        "write a PDF report of a period for a clinician (default: the last 4 weeks)",
        (_add_report, _run_report),
    ),
    "experiments": (
        "list self-experiments with their effect, interval and verdict (better, worse, unclear)",
        (_add_experiments, _run_experiments),
    ),
    "insights": (
        "print the patterns in the journal (or a date range) that survive the false discovery rate",
        (_add_insights, _run_insights),
    ),
}
