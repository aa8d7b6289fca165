"""Filling a data folder with the synthetic demo journal, never over real data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gutsleep.domain.demo import demo_regimens, generate_journal
from gutsleep.services.context import Services
from gutsleep.storage.settings import DEMO_JOURNAL

CHUNK = 500


class DemoRefused(Exception):
    """The data folder holds a real journal; the message says so."""


def create_demo(
    services: Services,
    days: int = 365,
    seed: int = 1,
    end: date | None = None,
    *,
    dense: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write ``days`` generated days ending at ``end`` (today); returns days stored.

    A folder that already holds days not made by this function is refused, so
    demo data can never mix with a person's own journal.
    """
    repository = services.journal.repository
    if repository.count() and not services.settings.get(DEMO_JOURNAL):
        raise DemoRefused(
            f"{services.data_dir} already holds a journal; the demo needs an empty data "
            "folder (use --data-dir with a new folder)."
        )
    if days < 1:
        raise DemoRefused("The demo needs at least one day.")
    services.settings.set(DEMO_JOURNAL, True)
    last = end or date.today()
    entries = [
        e
        for e in generate_journal(days, seed, last, services.journal.zone, dense)
        if not e.is_empty()
    ]
    for start in range(0, len(entries), CHUNK):
        repository.save_many(entries[start : start + CHUNK])
        if progress:
            progress(min(start + CHUNK, len(entries)), len(entries))
    _store_regimens(services, days, last)
    return len(entries)


def _store_regimens(services: Services, days: int, end: date) -> None:
    """The demo's hormone therapy, so Trends marks its start and dose change at once.

    A regimen of the same name already there (a demo made again) is left as it is.
    """
    stored = {r.name.casefold() for r in services.regimens.regimens()}
    for regimen in demo_regimens(days, end):
        if regimen.name.casefold() not in stored:
            services.regimens.repository.add(regimen)
