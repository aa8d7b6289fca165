"""Facts every packaging target shares, read from the checkout without importing it.

The version has one source, ``gutsleep/__init__.py``'s ``__version__``, which is also
what hatchling puts in the wheel's metadata and what ``gutsleep --version`` prints.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.gutsleep.GutSleep"
NAME = "gutsleep"


def package_version() -> str:
    text = (ROOT / "gutsleep" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise RuntimeError("gutsleep/__init__.py has no __version__")
    return match.group(1)


if __name__ == "__main__":
    print(package_version())
