"""The big pages are packages of parts; the window still builds each one lazily."""

from __future__ import annotations

import json
import subprocess
import sys

PACKAGES = ("articles", "checklist", "experiments", "trends")


def imported_after(statement: str) -> list[str]:
    """The gutsleep, numpy and matplotlib modules a fresh interpreter has after ``statement``."""
    probe = (
        "import json, sys\n"
        f"{statement}\n"
        "print(json.dumps(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('gutsleep', 'numpy', 'matplotlib'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_window_imports_none_of_the_page_packages() -> None:
    loaded = imported_after("import gutsleep.ui.main_window, gutsleep.ui.pages")
    packages = {f"gutsleep.ui.{package}" for package in PACKAGES}
    assert [m for m in loaded if ".".join(m.split(".")[:3]) in packages] == []
    assert "gutsleep.charts.report_layout" not in loaded


def test_no_page_package_draws_with_matplotlib_before_it_is_shown() -> None:
    loaded = imported_after(
        "import " + ", ".join(f"gutsleep.ui.{package}.page" for package in PACKAGES)
    )
    assert not [m for m in loaded if m.startswith("matplotlib")]
    assert {f"gutsleep.ui.{p}.page" for p in PACKAGES} <= set(loaded)
