"""Dense demo journals of N years, generated once and cached between benchmark runs.

A cached journal is a data folder ``journal-{years}y-seed{seed}-end{date}`` in
the cache folder (default: ``$TMPDIR/gutsleep-bench-cache``). It ends today, so
the Journal page opens on a stored day; a new day means a new journal (older
ones are removed). Each measured run gets its own copy, so nothing the app
writes (settings, backups, lock files) leaks into the next run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

ZONE = "Europe/London"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "gutsleep-bench-cache"
MARKER = "benchmark-journal.json"


def days_for(years: float) -> int:
    return round(years * 365.25)


def _name(years: float, seed: int, end: date) -> str:
    return f"journal-{years:g}y-seed{seed}-end{end.isoformat()}"


def _open(folder: Path):
    from gutsleep.services.context import open_services

    return open_services(folder, zone=ZONE)


def ensure_journal(years: float, seed: int, cache: Path = DEFAULT_CACHE, log=print) -> Path:
    """The cached data folder for ``years`` of dense days ending today; generated if missing.

    Opening it once here also upgrades it to the current schema, so no measured
    run pays for a migration.
    """
    end = date.today()
    cache.mkdir(parents=True, exist_ok=True)
    folder = cache / _name(years, seed, end)
    for stale in cache.glob(f"journal-{years:g}y-seed{seed}-end*"):
        if stale != folder and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
            stale.with_suffix(".json").unlink(missing_ok=True)
    if not (folder / MARKER).exists():
        shutil.rmtree(folder, ignore_errors=True)
        partial = cache / (folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        from gutsleep.services.demo import create_demo
        from gutsleep.storage.settings import FIRST_RUN_DONE, LAST_PAGE

        log(f"generating {years:g} years of dense days (seed {seed}) in {folder} …")
        started = time.perf_counter()
        services = _open(partial)
        try:
            stored = create_demo(services, days=days_for(years), seed=seed, end=end, dense=True)
            services.settings.set(FIRST_RUN_DONE, True)  # a used journal: no first-run offer
            services.settings.set(LAST_PAGE, "journal")
        finally:
            services.close()
        (partial / MARKER).write_text(
            json.dumps({"years": years, "seed": seed, "end": end.isoformat(), "days": stored})
        )
        partial.rename(folder)
        log(f"  {stored} days in {time.perf_counter() - started:.1f} s")
    services = _open(folder)  # upgrade to the current schema once, outside any measurement
    services.close()
    return folder


def ensure_export(folder: Path) -> Path:
    """The journal's JSON export, next to the cached folder (made once)."""
    target = folder.with_suffix(".json")
    if not target.exists():
        services = _open(folder)
        try:
            partial = target.with_name(target.name + ".partial")
            try:
                from gutsleep.services.data import export_journal

                export_journal(services, partial, format="json", exported_at=None)
            except ImportError:
                from gutsleep.storage.transfer import export_journal as storage_export

                storage_export(services.database, partial, format="json", exported_at=None)
            partial.rename(target)
        finally:
            services.close()
    return target


def journal_info(folder: Path) -> dict:
    return json.loads((folder / MARKER).read_text())


def fresh_copy(folder: Path, runs: Path) -> Path:
    """A private copy of a cached data folder for one measured run."""
    runs.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix="run-", dir=runs)) / "data"
    shutil.copytree(folder, target)
    (target / MARKER).unlink(missing_ok=True)
    return target
