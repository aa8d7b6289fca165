"""The journal service's kept suggestion lists, the lazy services and the machine's zone."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry, Food, FoodItem, Intake
from gutsleep.services.zone import is_zone, system_zone

DAY = date(2026, 3, 2)


def count_queries(services, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    repository = services.journal.repository
    real = repository.suggestions

    def counted(kind: str, limit: int = 500) -> list[str]:
        asked.append(kind)
        return real(kind, limit)

    monkeypatch.setattr(repository, "suggestions", counted)
    return asked


def test_suggestions_are_counted_once_and_again_only_when_names_change(
    services, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = services.journal
    journal.save(DayEntry(day=DAY, food=Food(plants=("oats",), foods=(FoodItem("soup"),))))
    asked = count_queries(services, monkeypatch)
    assert journal.suggestions("plant") == ["oats"]
    assert journal.suggestions("plant") == ["oats"]
    assert journal.suggestions("food") == ["soup"]
    assert asked == ["plant", "food"]

    # the same names again (another field changed): the lists stand
    shown = journal.load(DAY)
    journal.save(DayEntry(day=DAY, food=shown.food, notes="a note"))
    assert journal.suggestions("plant") == ["oats"] and journal.suggestions("food") == ["soup"]
    assert asked == ["plant", "food"]

    # a new plant on another day shown first (as the page does): the plant list is
    # counted again, the food list is kept
    journal.load(DAY + timedelta(days=1))
    journal.save(DayEntry(day=DAY + timedelta(days=1), food=Food(plants=("kale", "oats"))))
    assert journal.suggestions("plant") == ["oats", "kale"]
    assert journal.suggestions("food") == ["soup"]
    assert asked == ["plant", "food", "plant"]

    # a name removed from a day shown before: counted again
    journal.load(DAY)
    journal.save(DayEntry(day=DAY, food=Food(foods=(FoodItem("soup"),))))
    assert journal.suggestions("plant") == ["kale", "oats"]
    assert asked[-1] == "plant"


def test_a_day_never_shown_drops_every_list_when_saved(services) -> None:
    journal = services.journal
    journal.repository.save(DayEntry(day=DAY, food=Food(plants=("leek",))))
    assert journal.suggestions("plant") == ["leek"]
    journal.save(DayEntry(day=DAY, notes="no plants now"))  # not loaded through the service
    assert journal.suggestions("plant") == []


def test_a_returned_list_is_the_callers_own(services) -> None:
    services.journal.save(DayEntry(day=DAY, intakes=(Intake("magnesium"),)))
    services.journal.suggestions("intake").append("changed")
    assert services.journal.suggestions("intake") == ["magnesium"]


def test_days_written_behind_the_service_are_seen_after_forget(services) -> None:
    journal = services.journal
    assert journal.suggestions("plant") == []
    journal.repository.save_many([DayEntry(day=DAY, food=Food(plants=("leek",)))])
    assert journal.suggestions("plant") == []  # kept
    journal.forget_suggestions()
    assert journal.suggestions("plant") == ["leek"]


def test_services_other_than_the_journal_are_built_on_first_use(services) -> None:
    assert "trends" not in vars(services) and "articles" not in vars(services)
    trends = services.trends
    assert services.trends is trends and "trends" in vars(services)
    assert services.experiments.journal is services.journal.repository
    assert services.checklist.journal is services.journal.repository
    assert services.articles.repository is not None


def test_opening_the_journal_leaves_the_other_services_unimported(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gutsleep.services.context import open_services\n"
        "s = open_services(Path(sys.argv[1]), zone='UTC')\n"
        "s.journal.load(__import__('datetime').date(2026, 1, 1))\n"
        "s.close()\n"
        "names = ('services.articles', 'services.checklist', 'services.experiments',\n"
        "         'services.trends', 'gutsleep.articles')\n"
        "print([m for m in sys.modules if m.endswith(names)])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_closing_works_whatever_was_built(data_dir: Path) -> None:
    from gutsleep.services.context import open_services

    opened = open_services(data_dir, zone="UTC")
    assert opened.trends.span() is None
    opened.close()
    again = open_services(data_dir, zone="UTC")
    again.close()


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Europe/London", True),
        ("UTC", True),
        ("America/Argentina/Buenos_Aires", True),
        ("Europe", False),  # a folder of the database
        ("Mars/Olympus_Mons", False),
        ("/etc/localtime", False),
        ("../zoneinfo/UTC", False),
        ("posixrules", False),
        ("", False),
    ],
)
def test_a_zone_name_is_checked_without_listing_every_zone(name: str, known: bool) -> None:
    assert is_zone(name) is known


def test_the_system_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", ":Asia/Tokyo")
    assert system_zone() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", "Nowhere/Special")
    assert is_zone(system_zone())  # falls through to the machine's files, or UTC
