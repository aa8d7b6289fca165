"""Regimens: the dose on a day, the change events, and the validation sentences."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.journal import Intake, IntakeKind
from gutsleep.domain.regimens import (
    ChangeKind,
    Regimen,
    RegimenChange,
    RegimenKind,
    events,
    events_between,
    holds_intake,
    validate_regimen,
)

D0 = date(2026, 1, 1)

GEL = Regimen(
    "Estradiol gel",
    RegimenKind.HORMONE_THERAPY,
    "on the skin",
    (
        RegimenChange(D0, ChangeKind.START, "1 pump"),
        RegimenChange(D0 + timedelta(days=30), ChangeKind.DOSE, "2 pumps"),
        RegimenChange(D0 + timedelta(days=60), ChangeKind.STOP),
    ),
)


def test_dose_on_follows_start_change_and_stop() -> None:
    assert GEL.dose_on(D0 - timedelta(days=1)) is None
    assert GEL.dose_on(D0) == "1 pump"
    assert GEL.dose_on(D0 + timedelta(days=29)) == "1 pump"
    assert GEL.dose_on(D0 + timedelta(days=30)) == "2 pumps"
    assert GEL.dose_on(D0 + timedelta(days=59)) == "2 pumps"
    assert GEL.dose_on(D0 + timedelta(days=60)) is None
    assert GEL.started == D0
    assert GEL.stopped == D0 + timedelta(days=60)


def test_intake_is_a_medicine_row_for_hormone_therapy_and_a_supplement_for_supplements() -> None:
    assert GEL.intake(D0) == Intake("Estradiol gel", "1 pump", IntakeKind.MEDICINE)
    magnesium = Regimen(
        "Magnesium",
        RegimenKind.SUPPLEMENT,
        changes=(RegimenChange(D0, ChangeKind.START, "300 mg"),),
    )
    assert magnesium.intake(D0) == Intake("Magnesium", "300 mg", IntakeKind.SUPPLEMENT)
    assert GEL.intake(D0 - timedelta(days=1)) is None


def test_holds_intake_ignores_case_and_spaces_but_not_the_dose() -> None:
    rows = (Intake("estradiol GEL ", "1 Pump", IntakeKind.MEDICINE),)
    assert holds_intake(rows, Intake("Estradiol gel", "1 pump"))
    assert not holds_intake(rows, Intake("Estradiol gel", "2 pumps"))


def test_events_are_in_date_order_with_labels() -> None:
    found = events([GEL])
    assert [e.kind for e in found] == [ChangeKind.START, ChangeKind.DOSE, ChangeKind.STOP]
    assert str(found[0].label) == "Estradiol gel started (1 pump)"
    assert str(found[1].label) == "Estradiol gel now 2 pumps"
    assert str(found[2].label) == "Estradiol gel stopped"
    assert len(events_between([GEL], D0 + timedelta(days=1), D0 + timedelta(days=60))) == 2


def test_a_valid_regimen_has_no_problems() -> None:
    assert validate_regimen(GEL) == []


def test_stop_before_start_is_refused_in_one_sentence() -> None:
    bad = Regimen(
        "SSRI",
        changes=(
            RegimenChange(D0, ChangeKind.STOP),
            RegimenChange(D0 + timedelta(days=1), ChangeKind.START, "10 mg"),
        ),
    )
    messages = [str(p.message) for p in validate_regimen(bad)]
    assert messages == ["The stop on 2026-01-01 comes before the start."]


def test_two_changes_on_one_day_are_refused() -> None:
    bad = Regimen(
        "SSRI",
        changes=(
            RegimenChange(D0, ChangeKind.START, "10 mg"),
            RegimenChange(D0, ChangeKind.DOSE, "20 mg"),
        ),
    )
    messages = [str(p.message) for p in validate_regimen(bad)]
    assert "There is already a change on 2026-01-01: one per day." in messages


def test_a_start_needs_a_dose_and_a_name_is_needed() -> None:
    bad = Regimen(" ", changes=(RegimenChange(D0, ChangeKind.START, "  "),))
    fields = {p.field for p in validate_regimen(bad)}
    assert fields == {"name", "dose"}


def test_no_changes_means_no_start() -> None:
    assert [p.field for p in validate_regimen(Regimen("SSRI"))] == ["start"]


def test_restart_after_stop_is_fine_but_start_while_taken_is_not() -> None:
    restart = Regimen(
        "SSRI",
        changes=(
            RegimenChange(D0, ChangeKind.START, "10 mg"),
            RegimenChange(D0 + timedelta(days=5), ChangeKind.STOP),
            RegimenChange(D0 + timedelta(days=9), ChangeKind.START, "5 mg"),
        ),
    )
    assert validate_regimen(restart) == []
    assert restart.dose_on(D0 + timedelta(days=7)) is None
    assert restart.dose_on(D0 + timedelta(days=9)) == "5 mg"
    twice = Regimen(
        "SSRI",
        changes=(
            RegimenChange(D0, ChangeKind.START, "10 mg"),
            RegimenChange(D0 + timedelta(days=5), ChangeKind.START, "20 mg"),
        ),
    )
    assert [p.field for p in validate_regimen(twice)] == ["start"]


changes_strategy = st.lists(
    st.tuples(
        st.integers(0, 120),
        st.sampled_from(list(ChangeKind)),
        st.sampled_from(["1 pump", "2 pumps", "100 mg", ""]),
    ),
    max_size=8,
    unique_by=lambda t: t[0],
)


@given(changes_strategy, st.integers(-5, 130))
def test_dose_on_agrees_with_a_naive_replay(
    raw: list[tuple[int, ChangeKind, str]], offset: int
) -> None:
    changes = tuple(RegimenChange(D0 + timedelta(days=d), k, dose) for d, k, dose in raw)
    regimen = Regimen("X", changes=changes)
    day = D0 + timedelta(days=offset)
    # Naive: walk every day from the first change, applying that day's change.
    dose: str | None = None
    by_day = {c.day: c for c in changes}
    walk = D0 - timedelta(days=6)
    while walk <= day:
        change = by_day.get(walk)
        if change is not None:
            dose = None if change.kind is ChangeKind.STOP else change.dose
        walk += timedelta(days=1)
    assert regimen.dose_on(day) == dose
    assert regimen.active_on(day) == (dose is not None)
    if not validate_regimen(regimen):
        assert all(e.day in by_day for e in events([regimen]))
