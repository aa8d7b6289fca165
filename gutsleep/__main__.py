"""``python -m gutsleep`` and the ``gutsleep`` launcher."""

import sys

from gutsleep.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
