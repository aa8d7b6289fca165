"""The symptoms section: declared from the starter set, missing kept missing, Apple's meaning."""

from __future__ import annotations

import math
from datetime import date

from gutsleep.analysis.series import FACTORS, MEASURES, daily_frame
from gutsleep.domain.fields import SECTION_FIELDS
from gutsleep.domain.journal import DayEntry, Symptoms
from gutsleep.domain.symptoms import APPLE_HEALTH, SYMPTOM_ATTRS, from_apple


def test_every_symptom_is_a_0_to_3_choice_charted_and_split_at_moderate() -> None:
    fields = SECTION_FIELDS["symptoms"]
    assert [f.attr for f in fields] == list(SYMPTOM_ATTRS)
    assert len(fields) == 10
    for field in fields:
        assert [value for value, _words in field.choices] == [0, 1, 2, 3]
        assert field.measure is not None and field.measure.key in FACTORS
        assert field.measure.lower_is_better
        assert field.measure.split is not None and field.measure.split.threshold == 2


def test_a_symptom_not_rated_is_missing_in_the_series_not_none() -> None:
    rated = DayEntry(date(2026, 3, 1), symptoms=Symptoms(headache=0, anxiety=2))
    frame = daily_frame([rated, DayEntry(date(2026, 3, 2), notes="x")])
    assert list(frame["symptom_headache"][:1]) == [0.0]
    assert list(frame["symptom_anxiety"][:1]) == [2.0]
    assert math.isnan(frame["symptom_aches"][0])  # not rated that day
    assert math.isnan(frame["symptom_headache"][1])
    assert MEASURES["symptom_headache"].unit == "0-3"


def test_apple_health_severities_read_on_our_scale_and_presence_gives_no_rating() -> None:
    assert from_apple("HKCategoryTypeIdentifierHeadache", 4) == ("headache", 3)
    assert from_apple("HKCategoryTypeIdentifierHeadache", 1) == ("headache", 0)  # not present
    assert from_apple("HKCategoryTypeIdentifierHeadache", 0) == ("headache", None)  # unspecified
    assert from_apple("HKCategoryTypeIdentifierMoodChanges", 0) == ("low_mood", None)
    assert from_apple("HKCategoryTypeIdentifierBreastPain", 3) == ("breast_tenderness", 2)
    assert from_apple("HKCategoryTypeIdentifierHotFlashes", 2) is None  # the flush diary's
    assert {a.symptom for a in APPLE_HEALTH} <= set(SYMPTOM_ATTRS)
    assert len({a.identifier for a in APPLE_HEALTH}) == len(APPLE_HEALTH)
