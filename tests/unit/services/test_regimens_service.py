"""The regimens service: writes go through the domain's rules; intakes follow the dose."""

from __future__ import annotations

from datetime import date

import pytest

from gutsleep.domain.journal import IntakeKind
from gutsleep.domain.regimens import ChangeKind, RegimenKind
from gutsleep.services.context import Services
from gutsleep.services.regimens import RegimenRefused


def test_add_change_stop_and_the_intakes_of_a_day(services: Services) -> None:
    service = services.regimens
    gel = service.add("Estradiol gel ", RegimenKind.HORMONE_THERAPY, date(2026, 2, 1), "1 pump")
    gel = service.change_dose(gel, date(2026, 3, 1), "2 pumps")
    ssri = service.add("Escitalopram", RegimenKind.MEDICINE, date(2026, 2, 10), "10 mg")
    service.stop(ssri, date(2026, 3, 5))

    [(regimen, intake)] = service.intakes_on(date(2026, 3, 10))
    assert regimen.name == "Estradiol gel"
    assert (intake.name, intake.dose, intake.kind) == (
        "Estradiol gel",
        "2 pumps",
        IntakeKind.MEDICINE,
    )
    assert len(service.intakes_on(date(2026, 2, 20))) == 2
    assert service.intakes_on(date(2026, 1, 31)) == []
    kinds = [(e.name, e.kind) for e in service.events(date(2026, 2, 5), date(2026, 3, 31))]
    assert kinds == [
        ("Escitalopram", ChangeKind.START),
        ("Estradiol gel", ChangeKind.DOSE),
        ("Escitalopram", ChangeKind.STOP),
    ]


def test_a_stop_before_the_start_is_refused_and_nothing_is_stored(services: Services) -> None:
    service = services.regimens
    gel = service.add("Estradiol gel", RegimenKind.HORMONE_THERAPY, date(2026, 2, 1), "1 pump")
    with pytest.raises(RegimenRefused) as refused:
        service.stop(gel, date(2026, 1, 15))
    assert "comes before the start" in str(refused.value)
    assert services.regimens.regimens() == [gel]


def test_delete_removes_the_regimen_and_its_history(services: Services) -> None:
    service = services.regimens
    gel = service.add("Estradiol gel", RegimenKind.HORMONE_THERAPY, date(2026, 2, 1), "1 pump")
    service.delete(gel)
    assert service.regimens() == []
    assert service.events() == []
