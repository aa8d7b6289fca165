"""Where the demo journal lives when nobody names a folder, and getting it ready.

The demo never shares a folder with a person's journal: by default it sits
beside the user's data folder as ``<data folder>-demo``. Both the ``demo``
command (:mod:`gutsleep.cli_demo`) and Help ▸ Explore a demo journal…
(:mod:`gutsleep.ui.demo_action`) use these functions, so they agree on the
place. No Qt here: the GUI calls :func:`prepare_demo` on a worker thread.
"""

from __future__ import annotations

from pathlib import Path

DEMO_SUFFIX = "-demo"


def demo_data_dir(user_dir: Path) -> Path:
    """The demo's own folder beside ``user_dir``: ``<user_dir>-demo``."""
    return user_dir.with_name(user_dir.name + DEMO_SUFFIX)


def default_demo_dir() -> Path:
    """The demo folder beside the default data folder (GUTSLEEP_DATA_DIR or the platform's)."""
    from gutsleep.storage.file.paths import default_data_dir

    return demo_data_dir(default_data_dir())


def prepare_demo(folder: Path, days: int = 365, seed: int = 1) -> int:
    """Fill ``folder`` with the demo journal unless it already holds it; returns its days.

    Raises services.demo.DemoRefused when the folder holds a real journal, and
    storage.file.schema.StoreError when it can't be opened.
    """
    from gutsleep.services.context import open_services
    from gutsleep.services.demo import create_demo
    from gutsleep.storage.settings import DEMO_JOURNAL

    services = open_services(folder)
    try:
        stored = services.journal.repository.count()
        if not (stored and services.settings.get(DEMO_JOURNAL)):
            stored = create_demo(services, days=days, seed=seed)
        return stored
    finally:
        services.close()
