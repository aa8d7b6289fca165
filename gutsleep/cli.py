"""The command line: opens the window by default, or runs a command without Qt.

Commands call the same services as the GUI; they print a one-line message and
exit non-zero on failure, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TypeAlias

from gutsleep import __version__

if TYPE_CHECKING:
    import argparse

#: Subcommands: name -> (add arguments, run). Features register theirs here.
Command: TypeAlias = (
    "tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]"
)
COMMANDS: dict[str, tuple[str, Command]] = {}


class CommandError(Exception):
    """A failure with a sentence for the person at the terminal."""


def printable(text: str) -> str:
    """``text`` with control characters spelled out (``\\x1b``, ``\\r``, ``\\u202e``).

    Messages quote file names and file content; printed raw, an escape
    sequence could clear the screen or a carriage return overwrite the line
    with a fake "Imported".
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def say(text: str, *, error: bool = False) -> None:
    """Print one message line for the person at the terminal (stderr for failures)."""
    print(printable(text), file=sys.stderr if error else sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every command."""
    parser = _window_parser()
    import gutsleep.cli_demo  # registers demo
    import gutsleep.commands  # noqa: F401  (registers export, import, backup, restore, check)

    if COMMANDS:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name, (help_text, (add_arguments, _)) in COMMANDS.items():
            add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    return parser


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
    return parser


#: Commands that replace or rewrite the journal: refused while the app has it open.
WRITING_COMMANDS = frozenset({"import", "restore"})


def _refuse_while_open(data_dir: Path) -> None:
    from gutsleep.storage.lockfile import JournalInUseError, ensure_not_in_use

    try:
        ensure_not_in_use(data_dir)
    except JournalInUseError as exc:
        raise CommandError(str(exc)) from exc


def _failure_line(exc: CommandError, args: argparse.Namespace) -> str:
    """The one line printed for a failure; for a damaged journal, the way out."""
    from gutsleep.storage import recovery

    cause = exc.__cause__
    if cause is not None and recovery.is_unusable(cause):
        return recovery.cli_message(cause, data_dir_from(args))
    return f"gutsleep: {exc}"


def data_dir_from(args: argparse.Namespace | SimpleNamespace) -> Path:
    from gutsleep.storage.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _window_only(argv: Sequence[str]) -> SimpleNamespace | None:
    """The window's options, when ``argv`` holds nothing but them in their plain forms.

    The usual start (no arguments, or ``--data-dir DIR``) then opens the window
    without setting up argparse's parser and parsing (~5 ms before the first paint);
    anything else (another option, a command, ``--help``, an abbreviation, an
    empty value) returns None and goes through the parsers, which decide.
    """
    options = SimpleNamespace(data_dir=None, self_test=False)
    words = iter(argv)
    for word in words:
        if word == "--self-test":
            options.self_test = True
        elif word == "--data-dir":
            value = next(words, "")
            if not value or value.startswith("-"):
                return None
            options.data_dir = Path(value)
        elif word.startswith("--data-dir=") and len(word) > len("--data-dir="):
            options.data_dir = Path(word.partition("=")[2])
        else:
            return None
    return options


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_only(argv)
    if window is not None:
        from gutsleep.app import run_gui

        return run_gui(data_dir_from(window), [sys.argv[0]], self_test=window.self_test)
    # Opening the window needs only the window's options: the commands' parsers are
    # built when a command, an unknown word or --help is given.
    args, rest = _window_parser(add_help=False).parse_known_args(argv)
    if not any(a in ("-h", "--help") or not a.startswith("-") for a in rest):
        from gutsleep.app import run_gui

        return run_gui(data_dir_from(args), [sys.argv[0], *rest], self_test=args.self_test)
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    command = getattr(args, "command", None)
    if command is None:
        unknown = [a for a in qt_args if not a.startswith("-")]
        if unknown:
            parser.error(f"unknown command {unknown[0]!r}")
        from gutsleep.app import run_gui

        return run_gui(data_dir_from(args), [sys.argv[0], *qt_args], self_test=args.self_test)
    if qt_args:
        parser.error(f"unrecognised arguments: {' '.join(qt_args)}")
    _, (_, run) = COMMANDS[command]
    try:
        if command in WRITING_COMMANDS:
            _refuse_while_open(data_dir_from(args))
        return run(args)
    except CommandError as exc:
        say(_failure_line(exc, args), error=True)
        return 1
    except KeyboardInterrupt:
        print("gutsleep: interrupted", file=sys.stderr)
        return 130
