"""The command line: opens the window by default, or runs a command without Qt.

Commands call the same services as the GUI; they print a one-line message and
exit non-zero on failure, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep import __version__
from gutsleep.cli_common import Command, CommandError, data_dir_from, say

if TYPE_CHECKING:
    import argparse
    from logging import Logger

    from gutsleep.storage.file.lockfile import WriterLock

#: Subcommands: name -> (help, (add arguments, run)), filled by :func:`build_parser` from
#: gutsleep.commands and gutsleep.cli_demo (a command module never imports this one).
COMMANDS: dict[str, tuple[str, Command]] = {}


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every command."""
    parser = _window_parser()
    _load_commands()
    if COMMANDS:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name, (help_text, (add_arguments, _)) in COMMANDS.items():
            command_parser = sub.add_parser(name, help=help_text, description=help_text)
            add_arguments(command_parser)
            if name in WRITING_COMMANDS:
                command_parser.add_argument(
                    "--wait",
                    type=_seconds,
                    default=0.0,
                    metavar="SECONDS",
                    help="while the journal is open in gutsleep (or another command writes it), "
                    f"wait up to SECONDS (at most {MAX_WAIT_S}) for it to be closed "
                    "instead of refusing at once",
                )
    return parser


def _load_commands() -> None:
    """Fill :data:`COMMANDS` (only when a command line needs them: ~10 ms and the imports)."""
    from gutsleep import cli_demo, commands

    for name, command in {"demo": cli_demo.COMMAND, **commands.COMMANDS}.items():
        COMMANDS.setdefault(name, command)


def _seconds(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= MAX_WAIT_S:
        raise argparse.ArgumentTypeError(f"give between 0 and {MAX_WAIT_S} seconds")
    return value


def _window_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options of the window alone (no commands: they cost ~10 ms to set up)."""
    import argparse

    parser = argparse.ArgumentParser(
        add_help=add_help,
        prog="gutsleep",
        description=(
            "A private, offline journal of sleep, gut, food, stress and cycle. "
            "With no command, opens the app window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"gutsleep {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=(
            "keep all data in DIR instead of the platform's user data folder "
            "(also: the GUTSLEEP_DATA_DIR environment variable)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, visit every page once, then quit (exit 0 when all went well)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=(
            "add gutsleep to the desktop's menu: its launcher, icons and AppStream file in "
            "$XDG_DATA_HOME (~/.local/share), starting this installation; for pip and pipx "
            "installs"
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added (your journal is not touched)",
    )
    return parser


#: Commands that write the journal: they hold the window's lock while they run, and
#: are refused while the window (or another of them) holds it.
WRITING_COMMANDS = frozenset({"import", "restore", "demo"})
#: The longest ``--wait`` a writing command accepts: an hour.
MAX_WAIT_S = 3600


def _writer_folder(command: str, args: argparse.Namespace) -> Path:
    """The data folder ``command`` writes (demo has a folder of its own by default)."""
    if command == "demo":
        from gutsleep.cli_demo import target_dir

        return target_dir(args)
    return data_dir_from(args)


def _take_lock(command: str, args: argparse.Namespace) -> WriterLock:
    """The journal's lock for the whole run of a writing command, or a CommandError.

    The same lock file the window takes (storage.file.lockfile), so a window started
    meanwhile says the journal is busy, and two writers never interleave.
    """
    from gutsleep.storage.file.lockfile import (
        IN_USE,
        JournalInUseError,
        LockInfo,
        in_use_message,
        take,
    )
    from gutsleep.storage.file.paths import ensure_private_dir

    folder = _writer_folder(command, args)
    wait_s = float(getattr(args, "wait", 0.0) or 0.0)

    def say_waiting(info: LockInfo | None) -> None:
        busy = in_use_message(info) if info is not None else IN_USE
        print(f"gutsleep: {busy} Waiting up to {wait_s:g} s…", file=sys.stderr, flush=True)

    try:
        ensure_private_dir(folder)
        return take(folder, command, wait_s=wait_s, on_wait=say_waiting)
    except JournalInUseError as exc:
        if wait_s:
            raise CommandError(f"{exc} Waited {wait_s:g} s; nothing was changed.") from exc
        raise CommandError(f"{exc} Nothing was changed.") from exc
    except OSError as exc:
        raise CommandError(
            f"The journal's lock in {folder} can't be taken: {exc.strerror or exc}."
        ) from exc


def _failure_line(exc: CommandError, args: argparse.Namespace) -> str:
    """The one line printed for a failure; for a damaged journal, the way out."""
    from gutsleep.storage.file import recovery

    cause = exc.__cause__
    if cause is not None and recovery.is_unusable(cause):
        return recovery.cli_message(cause, data_dir_from(args))
    return f"gutsleep: {exc}"


def _log_to(data_dir: Path) -> Logger | None:
    """Warnings and errors of a command go to the data folder's log, if there is one
    (None: no folder, so nothing to log into, and nothing extra on stderr)."""
    if not data_dir.is_dir():
        return None
    import logging

    from gutsleep.services import logs

    return logging.getLogger(__name__) if logs.configure(data_dir) else None


def _open_window(args: argparse.Namespace, qt_argv: list[str]) -> int:
    """Start the window, unless Qt's X11 plugin lacks a system library: then say which
    package to install (Qt itself would abort, naming perhaps another one) and exit 1."""
    from gutsleep import qt_libraries

    problem = qt_libraries.check(qt_argv)
    if problem is not None:
        log = _log_to(data_dir_from(args))
        if log is not None:
            log.error("The window can't start: %s", problem)
        say(problem, error=True)
        _show_on_desktop(problem)
        return 1
    from gutsleep.app import run_gui

    return run_gui(data_dir_from(args), qt_argv, self_test=args.self_test)


#: Message boxes that need no Qt, tried in order when gutsleep has no terminal.
DESKTOP_MESSAGE_TOOLS = (
    ("zenity", "--error", "--no-markup", "--title=gutsleep", "--text"),
    ("kdialog", "--title", "gutsleep", "--error"),
    ("xmessage", "-center", "-default", "OK", "-buttons", "OK:0"),  # Return presses OK
)


def _show_on_desktop(text: str) -> None:
    """Started from the menu, nobody reads stderr: show ``text`` in the first message box
    tool the system has (none: the log and stderr keep it)."""
    import shutil
    import subprocess
    import textwrap

    if sys.stderr is not None and sys.stderr.isatty():
        return
    for tool, *options in DESKTOP_MESSAGE_TOOLS:
        path = shutil.which(tool)
        if path is None:
            continue
        shown = (
            textwrap.fill(text, 72, break_on_hyphens=False) if tool == "xmessage" else text
        )  # it never wraps
        try:
            subprocess.run([path, *options, shown], check=False, timeout=3600)
        except (OSError, subprocess.SubprocessError):
            continue
        return


def _desktop_entry(args: argparse.Namespace, extra: list[str]) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``: a line per file."""
    from gutsleep import desktop_entry
    from gutsleep.locate import resources_dir

    if extra:
        say(f"gutsleep: unrecognised arguments: {' '.join(extra)}", error=True)
        return 2
    if not sys.platform.startswith("linux"):
        say("gutsleep: desktop entries are for Linux desktops (freedesktop.org)", error=True)
        return 1
    try:
        if args.install_desktop_entry:
            outcome = desktop_entry.install(resources_dir())
        else:
            outcome = desktop_entry.uninstall(resources_dir())
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        say(
            f"gutsleep: the desktop entry can't be changed{where}: {exc.strerror or exc}",
            error=True,
        )
        return 1
    for line in outcome.lines:
        say(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, or run the command ``argv`` names; the exit status.

    The window's options go through argparse too: PySide6 imports argparse on the
    way to the window anyway, and parsing them costs about 3 ms (measured; an
    argparse-free path for the usual starts was dropped as not worth it).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    # Opening the window needs only the window's options: the commands' parsers are
    # built when a command, an unknown word or --help is given.
    args, rest = _window_parser(add_help=False).parse_known_args(argv)
    if not any(a in ("-h", "--help") or not a.startswith("-") for a in rest):
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _desktop_entry(args, rest)
        return _open_window(args, [sys.argv[0], *rest])
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    command = getattr(args, "command", None)
    if command is None:
        unknown = [a for a in qt_args if not a.startswith("-")]
        if unknown:
            parser.error(f"unknown command {unknown[0]!r}")
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return _desktop_entry(args, qt_args)
        return _open_window(args, [sys.argv[0], *qt_args])
    if qt_args:
        parser.error(f"unrecognised arguments: {' '.join(qt_args)}")
    _, (_, run) = COMMANDS[command]
    log = _log_to(data_dir_from(args))
    try:
        if command not in WRITING_COMMANDS:
            return run(args)
        with _take_lock(command, args):
            return run(args)
    except CommandError as exc:
        if log is not None:  # its sentence may quote a file's value: the command only
            log.warning("The %s command failed", command)
        say(_failure_line(exc, args), error=True)
        return 1
    except KeyboardInterrupt:
        print("gutsleep: interrupted", file=sys.stderr)
        return 130
    except Exception:
        if log is not None:
            log.exception("The %s command failed unexpectedly", command)
        raise
