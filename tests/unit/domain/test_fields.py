"""The field declaration is the one description of a day: everything else follows it."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import day_entries

from gutsleep.domain import fields
from gutsleep.domain.fields import DAY_FIELDS, MEASURED_FIELDS, SECTION_FIELDS, SERIES_FIELDS, Kind
from gutsleep.domain.journal import DayEntry, StressMood
from gutsleep.domain.summary import DaySummary, field_value
from gutsleep.domain.validation import RANGES, validate_day


def test_every_number_declares_its_range_and_its_choices_lie_inside_it() -> None:
    for field in DAY_FIELDS:
        if field.kind is Kind.INT:
            assert field.range is not None, field.key
            assert RANGES[field.key] == field.range
            for value, _words in field.choices:
                assert field.range.low <= value <= field.range.high, field.key  # type: ignore[operator]


def test_a_value_outside_a_declared_range_is_refused_with_the_field_named() -> None:
    field = fields.FIELDS_BY_KEY["stress.exercise_min"]
    assert field.range is not None
    too_many = DayEntry(day=date(2026, 3, 1), stress=StressMood(exercise_min=field.range.high + 1))
    assert [p.field for p in validate_day(too_many)] == ["stress.exercise_min"]


def test_the_dataclasses_and_the_declaration_must_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    fields._check_declaration()  # as at import
    stress_without_exercise = tuple(f for f in SECTION_FIELDS["stress"] if f.attr != "exercise_min")
    monkeypatch.setattr(
        fields,
        "SECTION_FIELDS",
        MappingProxyType({**SECTION_FIELDS, "stress": stress_without_exercise}),
    )
    with pytest.raises(AssertionError, match="exercise_min"):
        fields._check_declaration()


def test_every_measured_field_is_a_series_an_insight_factor_and_a_chart_choice() -> None:
    from gutsleep.analysis.insights import SPLITS
    from gutsleep.analysis.series import FACTORS, MEASURES, OUTCOMES
    from gutsleep.charts.choices import FACTOR_CHOICES

    split_factors = {s.factor for s in SPLITS}
    for field in MEASURED_FIELDS:
        measure = field.measure
        assert measure is not None and MEASURES[measure.key] is measure
        if measure.kind == "factor":
            assert measure.key in FACTORS and measure.key in split_factors
            assert measure.key in FACTOR_CHOICES
        else:
            assert measure.key in OUTCOMES


def test_the_export_columns_are_the_declared_fields_in_order() -> None:
    from gutsleep.storage.transfer.fields import DAY_COLUMNS

    assert [(c.name, c.key, c.kind) for c in DAY_COLUMNS] == [
        (f.column, f.key, f.kind) for f in DAY_FIELDS
    ]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_summary_holds_every_field_a_series_reads(data: st.DataObject) -> None:
    entry = data.draw(day_entries())
    summary = DaySummary.of(entry)
    assert summary.numbers == {f.column: field_value(entry, f) for f in SERIES_FIELDS}


def test_the_test_strategies_draw_every_declared_field() -> None:
    """So round-trip property tests cover a new field without an edit to strategies.py."""
    seen: set[str] = set()

    @settings(max_examples=200, database=None)
    @given(day_entries())
    def record(entry: DayEntry) -> None:
        for field in DAY_FIELDS:
            if field_value(entry, field) != field.default:
                seen.add(field.key)

    record()
    assert seen == {f.key for f in DAY_FIELDS}
