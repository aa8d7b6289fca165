"""What the command line and every command share: the failure with a sentence, printing
one line safely, and the data folder the options name.

Its own module so that the commands (gutsleep.commands, gutsleep.cli_demo) and the
command line that builds their parsers (gutsleep.cli) import it, not each other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import argparse

#: A command: (add its arguments to its parser, run it with the parsed ones -> exit status).
Command: TypeAlias = (
    "tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]"
)


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


def data_dir_from(args: argparse.Namespace) -> Path:
    """``--data-dir`` when given, else GUTSLEEP_DATA_DIR, a moved folder or the platform's."""
    from gutsleep.storage.file.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
