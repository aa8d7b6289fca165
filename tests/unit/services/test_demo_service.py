"""The demo journal fills an empty folder and refuses a real journal."""

from __future__ import annotations

from datetime import date

import pytest

from gutsleep.domain.journal import DayEntry
from gutsleep.services.demo import DemoRefused, create_demo


def test_demo_fills_an_empty_folder(services) -> None:
    stored = create_demo(services, days=60, seed=3, end=date(2026, 6, 30))
    assert 40 < stored <= 60
    assert services.journal.repository.count() == stored
    assert services.journal.repository.span()[1] <= date(2026, 6, 30)
    # running it again on a demo folder is allowed (replaces those days)
    create_demo(services, days=60, seed=3, end=date(2026, 6, 30))
    assert services.journal.repository.count() == stored


def test_demo_stores_its_hormone_therapy_once(services) -> None:
    create_demo(services, days=200, seed=3, end=date(2026, 6, 30))
    create_demo(services, days=200, seed=3, end=date(2026, 6, 30))
    names = [r.name for r in services.regimens.regimens()]
    assert names == ["Estradiol gel", "Micronised progesterone"]
    events = services.regimens.events()
    assert [e.day for e in events] == [date(2026, 3, 23)] * 2 + [date(2026, 5, 4)]  # 100 days
    assert all(date(2026, 3, 23) <= e.day <= date(2026, 6, 30) for e in events)


def test_demo_refuses_a_real_journal(services) -> None:
    services.journal.save(DayEntry(day=date(2026, 1, 1), notes="mine"))
    with pytest.raises(DemoRefused, match="already holds a journal"):
        create_demo(services, days=10)
    assert services.journal.repository.count() == 1
