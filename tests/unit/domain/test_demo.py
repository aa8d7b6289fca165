"""The demo journal: deterministic, always valid, realistic, with known effects."""

from __future__ import annotations

import statistics
from dataclasses import fields
from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gutsleep.domain import demo
from gutsleep.domain.demo import (
    BUILT_IN_EFFECTS,
    NO_EFFECTS,
    BuiltInEffect,
    demo_regimens,
    generate_journal,
    therapy_start,
)
from gutsleep.domain.journal import Bleeding, DayEntry, Food, IntakeKind
from gutsleep.domain.sleep import compute_metrics
from gutsleep.domain.validation import last_day, validate_day

END = date(2026, 5, 1)
ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "UTC")


def factor_value(entry: DayEntry, key: str) -> float | None:
    """A day's value for a ``section.field`` factor key, None if not recorded."""
    section, name = key.split(".")
    part = getattr(entry, section)
    value = getattr(part, name)
    if isinstance(value, tuple):
        return None if part == type(part)() else float(len(value))
    return None if value is None else float(value)


def outcome_value(entry: DayEntry, key: str) -> float | None:
    metrics = compute_metrics(entry.sleep)
    value: float | int | None = {
        "tst": metrics.total_sleep_min,
        "se": metrics.sleep_efficiency_pct,
        "sol": entry.sleep.sleep_onset_min,
        "waso": entry.sleep.waso_min,
        "quality": entry.sleep.quality,
        "bloating": entry.gut.bloating,
        "discomfort": entry.gut.discomfort,
    }[key]
    return None if value is None else float(value)


def with_minus_without(entries: list[DayEntry], effect: BuiltInEffect) -> tuple[float, int]:
    """Raw mean outcome after days with the factor minus after days without."""
    by_day = {e.day: e for e in entries}
    with_: list[float] = []
    without: list[float] = []
    for entry in entries:
        later = by_day.get(entry.day + timedelta(days=effect.lag))
        if later is None:
            continue
        x = factor_value(entry, effect.factor)
        y = outcome_value(later, effect.outcome)
        if x is None or y is None:
            continue
        (with_ if x >= effect.threshold else without).append(y)
    return statistics.mean(with_) - statistics.mean(without), len(with_)


# -- determinism and validity ---------------------------------------------------


def test_same_seed_same_journal_other_seed_other_journal() -> None:
    a = generate_journal(120, 7, END)
    assert a == generate_journal(120, 7, END)
    assert a != generate_journal(120, 8, END)
    assert generate_journal(60, 7, END, dense=True) == generate_journal(60, 7, END, dense=True)


def test_one_entry_per_day_ending_at_end() -> None:
    entries = generate_journal(400, 3, END, zone="America/New_York")
    assert len(entries) == 400
    assert entries[-1].day == END
    assert [e.day for e in entries] == [END - timedelta(days=399 - i) for i in range(400)]
    assert {e.sleep.zone for e in entries} == {"America/New_York"}
    assert generate_journal(0, 3, END) == []


@settings(max_examples=60)
@given(
    seed=st.integers(0, 2**63),
    days=st.integers(1, 45),
    end=st.dates(date(2000, 1, 1), last_day()),
    zone=st.sampled_from(ZONES),
    dense=st.booleans(),
)
def test_every_generated_entry_validates(
    seed: int, days: int, end: date, zone: str, dense: bool
) -> None:
    entries = generate_journal(days, seed, end, zone=zone, dense=dense)
    assert len(entries) == days
    for entry in entries:
        assert validate_day(entry) == [], entry.day


def test_a_year_validates_across_daylight_saving_changes() -> None:
    for zone in ZONES:
        for entry in generate_journal(365, 11, END, zone=zone, dense=True):
            assert validate_day(entry) == [], (zone, entry.day)


# -- missing, partial and dense days ---------------------------------------------


def test_missing_and_partial_days_when_not_dense() -> None:
    entries = generate_journal(365, 5, END)
    missing = sum(e.is_empty() for e in entries)
    assert 0.04 * 365 < missing < 0.13 * 365
    partial = [
        e
        for e in entries
        if not e.is_empty()
        and (
            e.sleep.is_empty()
            or e.sleep.into_bed is None
            or e.food == Food()
            or e.bleeding is None
            or e.stress.stress is None
        )
    ]
    assert len(partial) > 0.05 * 365


def test_no_missing_days_when_dense() -> None:
    assert not any(e.is_empty() for e in generate_journal(365, 5, END, dense=True))


def test_dense_days_fill_every_field() -> None:
    for entry in generate_journal(120, 9, END, dense=True):
        for part in (entry.sleep, entry.food, entry.gut, entry.stress):
            for f in fields(part):
                value = getattr(part, f.name)
                if f.name == "last_alcohol" and not entry.food.alcohol_drinks:
                    assert value is None  # no drink, no time of the last one
                elif f.name == "trigger_foods":
                    continue  # empty on days without a trigger food, by design
                else:
                    assert value not in (None, "", ()), (entry.day, f.name)
        assert entry.bleeding is not None and entry.notes
        assert 4 <= len(entry.food.foods) <= 6
        assert all(item.tags for item in entry.food.foods)
        therapy = [x for r in demo_regimens(120, END) if (x := r.intake(entry.day))]
        assert len(entry.intakes) == 3 + len(therapy)
        assert set(therapy) <= set(entry.intakes)
        probiotic = [i for i in entry.intakes if i.kind is IntakeKind.PROBIOTIC]
        assert len(probiotic) == 1
        assert probiotic[0].strain == "Lactobacillus rhamnosus GG"
        assert "10 billion" in probiotic[0].cfu
        assert all(1 <= m.bristol <= 7 for m in entry.gut.bowel_movements)


# -- realism ---------------------------------------------------------------------


def test_sleep_times_and_values_are_plausible() -> None:
    entries = generate_journal(365, 2, END, dense=True)
    for e in entries:
        s = e.sleep
        assert s.into_bed is not None and s.lights_out is not None
        assert s.final_wake is not None and s.out_of_bed is not None
        evening = e.day - timedelta(days=1)
        if s.into_bed.date() == evening:
            assert s.into_bed.hour >= 22
        else:
            assert s.into_bed.date() == e.day and s.into_bed.time() <= time(0, 30)
        assert s.final_wake.date() == e.day and 5 <= s.final_wake.hour <= 7
        assert s.sleep_onset_min is not None and 5 <= s.sleep_onset_min <= 60
        assert s.awakenings is not None and 0 <= s.awakenings <= 5
        assert s.waso_min is not None and 0 <= s.waso_min <= 90
        assert s.quality is not None and 1 <= s.quality <= 5
    tst_by_quality = {
        q: [
            compute_metrics(e.sleep).total_sleep_min or 0.0 for e in entries if e.sleep.quality == q
        ]
        for q in range(1, 6)
    }
    good = tst_by_quality[4] + tst_by_quality[5]
    poor = tst_by_quality[1] + tst_by_quality[2]
    assert statistics.mean(good) > statistics.mean(poor) + 30


def test_plants_repeat_within_a_week() -> None:
    entries = generate_journal(364, 4, date(2026, 4, 26), dense=True)  # whole ISO weeks
    assert 50 <= len(demo.PLANTS) <= 70
    weeks: dict[tuple[int, int], list[str]] = {}
    for e in entries:
        iso = e.day.isocalendar()
        weeks.setdefault((iso.year, iso.week), []).extend(e.food.plants)
    for eaten in weeks.values():
        assert len(set(eaten)) < len(eaten)  # staples come back
        assert 10 <= len(set(eaten)) <= 45


def period_starts(entries: list[DayEntry]) -> list[int]:
    bleeding = [e.bleeding in (Bleeding.MEDIUM, Bleeding.HEAVY) for e in entries]
    return [i for i in range(1, len(bleeding)) if bleeding[i] and not bleeding[i - 1]]


def test_cycles_become_sparser() -> None:
    for seed in (1, 2, 3):
        entries = generate_journal(730, seed, END, dense=True)
        starts = period_starts(entries)
        first = sum(1 for i in starts if i < 365)
        second = len(starts) - first
        assert first >= 9
        assert second < first


def test_night_sweats_more_common_around_period_starts() -> None:
    entries = generate_journal(730, 6, END, dense=True)
    near = {j for i in period_starts(entries) for j in range(i - 4, i + 3)}
    sweaty = [bool(e.sleep.night_sweats) for e in entries]
    around = [s for i, s in enumerate(sweaty) if i in near]
    elsewhere = [s for i, s in enumerate(sweaty) if i not in near]
    assert statistics.mean(around) > statistics.mean(elsewhere) + 0.1


def test_trigger_foods_match_the_foods_eaten() -> None:
    for e in generate_journal(200, 8, END, dense=True):
        tags = {t for item in e.food.foods for t in item.tags}
        assert set(e.food.trigger_foods) == tags & set(demo.TRIGGER_FOODS)
        assert e.food.fermented_servings is not None
        fermented_items = sum("fermented" in item.tags for item in e.food.foods)
        assert fermented_items == e.food.fermented_servings


# -- the documented effects --------------------------------------------------------


def test_effects_are_documented() -> None:
    assert demo.__doc__ is not None
    assert len(BUILT_IN_EFFECTS) == 5
    for effect in [*BUILT_IN_EFFECTS, *NO_EFFECTS]:
        assert effect.description and effect.lag in (0, 1)
        assert effect.direction in (-1, 0, 1)
    assert {e.factor for e in BUILT_IN_EFFECTS} == {
        "stress.stress",
        "food.fermented_servings",
        "food.trigger_foods",
        "food.alcohol_drinks",
    }
    assert "fibre" in demo.__doc__.lower()
    assert all(e.direction == 0 and e.size == 0 for e in NO_EFFECTS)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("effect", BUILT_IN_EFFECTS, ids=lambda e: f"{e.factor}->{e.outcome}")
def test_built_in_effects_show_in_raw_means_over_a_year(effect: BuiltInEffect, seed: int) -> None:
    diff, n_with = with_minus_without(generate_journal(365, seed, END), effect)
    assert n_with >= 20
    assert diff * effect.direction > 0.55 * effect.size, diff


def test_high_stress_shortens_the_next_night_by_more_than_20_min() -> None:
    effect = BUILT_IN_EFFECTS[0]
    assert (effect.factor, effect.outcome, effect.lag) == ("stress.stress", "tst", 1)
    diff, _ = with_minus_without(generate_journal(365, 2026, END), effect)
    assert diff < -20


@pytest.mark.parametrize("effect", NO_EFFECTS, ids=lambda e: e.factor)
def test_null_factors_show_no_effect_over_a_long_record(effect: BuiltInEffect) -> None:
    diff, _ = with_minus_without(generate_journal(2000, 12, END), effect)
    assert abs(diff) < 8


def test_twenty_years_of_dense_days_generate_one_per_day() -> None:
    """Its speed is measured by the benchmark (tests/benchmarks), not timed here."""
    entries = generate_journal(7300, 1, END, dense=True)
    assert len(entries) == 7300
    assert [e.day for e in entries] == sorted({e.day for e in entries})


def test_hormone_therapy_starts_before_the_end_and_flushes_and_sweats_fall_after_it() -> None:
    """The documented pattern: fewer hot flushes and sweaty nights once the therapy works."""
    days = 3 * 365
    start = therapy_start(days, END)
    assert start == END - timedelta(days=119)
    [gel, progesterone] = demo_regimens(days, END)
    assert gel.dose_on(start) == "1 pump (0.75 mg)"
    assert gel.dose_on(END) == "2 pumps (1.5 mg)"
    assert progesterone.dose_on(END) == "100 mg at bedtime"
    assert gel.dose_on(start - timedelta(days=1)) is None
    entries = [e for e in generate_journal(days, 3, END) if not e.is_empty()]
    window = timedelta(days=90)
    before = [e for e in entries if start - window <= e.day < start]
    after = [e for e in entries if start + timedelta(days=28) <= e.day <= END]

    def sweaty_share(group: list[DayEntry]) -> float:
        nights = [e.sleep.night_sweats for e in group if e.sleep.night_sweats is not None]
        return sum(1 for n in nights if n) / len(nights)

    def flush_mean(group: list[DayEntry]) -> float:
        counts = [sum(vars_of(e)) for e in group]
        return sum(counts) / len(counts)

    assert sweaty_share(after) < 0.7 * sweaty_share(before)
    assert flush_mean(after) < 0.7 * flush_mean(before)
    assert all(gel.intake(e.day) in e.intakes for e in after if len(e.intakes) >= 2)
    assert generate_journal(40, 3, END) == generate_journal(40, 3, END)
    assert demo_regimens(40, END) == []


def vars_of(entry: DayEntry) -> list[int]:
    from dataclasses import astuple

    return [v or 0 for v in astuple(entry.flushes)]
