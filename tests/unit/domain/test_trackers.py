"""Trackers of your own as the domain sees them: kinds, values accepted, their measure."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.trackers import (
    TEMPLATES,
    Tracker,
    TrackerKind,
    check_name,
    check_value,
    clock_text,
    tracker_uid,
)


def test_the_measure_is_keyed_by_the_uid_and_named_by_the_tracker() -> None:
    tracker = Tracker("abc123abc123", "Time outdoors", TrackerKind.MINUTES)
    measure = tracker.measure()
    assert measure.key == "tracker:abc123abc123"
    assert tracker_uid(measure.key) == "abc123abc123"
    assert tracker_uid("tst") is None
    assert measure.label == "Time outdoors"
    assert measure.kind == "factor"
    assert measure.split is not None and measure.split.threshold == 30


def test_renaming_keeps_the_key() -> None:
    before = Tracker("u1", "Outdoors", TrackerKind.MINUTES)
    after = Tracker("u1", "Time outside", TrackerKind.MINUTES)
    assert before.key == after.key


def test_every_kind_has_a_measure_and_a_label() -> None:
    for kind in TrackerKind:
        measure = Tracker("u", "X", kind, "kg").measure()
        assert measure.key == "tracker:u"
        assert kind.label


def test_an_amount_is_measured_in_its_own_unit() -> None:
    weight = Tracker("u", "Weight", TrackerKind.AMOUNT, "kg")
    assert weight.measure().unit == "kg"
    assert weight.unit_label == "kg"


@given(st.sampled_from(list(TrackerKind)), st.floats(allow_nan=True, allow_infinity=True))
def test_a_value_is_accepted_only_within_its_kinds_bounds(kind: TrackerKind, value: float) -> None:
    low, high = kind.bounds
    ok = math.isfinite(value) and low <= value <= high and (not kind.whole or value == int(value))
    assert (check_value(kind, value) is None) == ok


def test_zero_is_a_value_not_a_missing_one() -> None:
    for kind in TrackerKind:
        assert check_value(kind, 0) is None


def test_a_name_must_be_given_and_not_too_long() -> None:
    assert check_name("  ") is not None
    assert check_name("x" * 61) is not None
    assert check_name("Time outdoors") is None
    assert check_name("tab\there") is not None


def test_clock_text() -> None:
    assert clock_text(0) == "00:00"
    assert clock_text(21 * 60 + 5) == "21:05"


def test_templates_do_not_repeat_a_built_in_field() -> None:
    names = {t.name for t in TEMPLATES}
    assert "Time outdoors" in names and "Weight" in names
    assert not any("xercise" in name for name in names)  # exercise_min is built in
