"""``gutsleep [--data-dir DIR] demo [--days N] [--seed S]``: a generated journal to explore.

Without ``--data-dir`` the demo goes to its own folder beside the user's data
folder (``<data folder>-demo``), never into the journal a person keeps; a
folder that already holds a real journal is refused with one line and exit
status 1. gutsleep.cli adds :data:`COMMAND` to its parser; the storage and
services layers are imported only when the command runs, and nothing here
imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gutsleep.cli_common import Command, CommandError, data_dir_from

HELP = "fill a separate data folder with a generated demo journal to explore"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("needs at least 1 day")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--days", type=_positive, default=365, help="how many days to generate (default 365)"
    )
    parser.add_argument(
        "--seed", type=int, default=1, help="the random seed: the same seed, the same journal"
    )


def target_dir(args: argparse.Namespace) -> Path:
    """``--data-dir`` when given, else the demo folder beside the user's data folder."""
    if args.data_dir:
        return data_dir_from(args)
    from gutsleep.services.demo_folder import default_demo_dir

    return default_demo_dir()


def _progress(done: int, total: int) -> None:
    print(f"\rdemo: {done}/{total} days", end="", flush=True)


def run(args: argparse.Namespace) -> int:
    from gutsleep.services.context import open_services
    from gutsleep.services.demo import DemoRefused, create_demo
    from gutsleep.storage.file.schema import StoreError

    target = target_dir(args)
    try:
        services = open_services(target)
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    tty = sys.stdout.isatty()
    try:
        stored = create_demo(
            services, days=args.days, seed=args.seed, progress=_progress if tty else None
        )
    except DemoRefused as exc:
        raise CommandError(str(exc)) from exc
    finally:
        services.close()
    if tty:
        print()
    print(f"Stored {stored} demo days in {target}; open them with: gutsleep --data-dir {target}")
    return 0


#: The demo command for gutsleep.cli: (help, (add arguments, run)).
COMMAND: tuple[str, Command] = (HELP, (add_arguments, run))
