"""Entries to daily series: the axis, gaps, and the honest yes/no and count rules."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from analysis_helpers import journal, night

from gutsleep.analysis.series import (
    FACTORS,
    MEASURES,
    OUTCOMES,
    DailyFrame,
    daily_frame,
    rounded,
)
from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    DayEntry,
    Food,
    Gut,
    Practice,
    StressMood,
)
from gutsleep.domain.sleep import compute_metrics

D0 = date(2026, 3, 1)


def test_registry_holds_every_measure_with_kind_and_label() -> None:
    assert OUTCOMES == ("tst", "se", "sol", "waso", "tib", "quality", "stool_form")
    assert set(FACTORS) == {
        "stress", "mood", "bloating", "discomfort", "fermented", "fibre", "sugar_upf",
        "alcohol", "caffeine", "plants", "trigger_day", "night_sweats", "bleeding",
        "practice_min", "bm_count", "exercise_min", "hot_flush_score",
        "symptom_aches", "symptom_headache", "symptom_palpitations", "symptom_anxiety",
        "symptom_low_mood", "symptom_irritability", "symptom_brain_fog",
        "symptom_vaginal_dryness", "symptom_urinary_urgency", "symptom_breast_tenderness",
    }  # fmt: skip
    for key, measure in MEASURES.items():
        assert measure.key == key
        assert measure.label and measure.unit
        assert measure.kind == ("outcome" if key in OUTCOMES else "factor")
    assert MEASURES["sol"].lower_is_better and MEASURES["waso"].lower_is_better
    assert MEASURES["bloating"].lower_is_better and not MEASURES["tst"].lower_is_better


def test_no_entries_give_an_empty_frame() -> None:
    frame = daily_frame([])
    assert len(frame) == 0
    assert frame.start is None and frame.end is None
    assert frame.days.dtype == np.dtype("datetime64[D]")
    for key in MEASURES:
        assert frame[key].shape == (0,)
    assert frame.index(D0) is None


def test_an_explicit_range_without_entries_is_all_missing() -> None:
    frame = daily_frame([], start=D0, end=D0 + timedelta(days=6))
    assert len(frame) == 7
    assert all(np.isnan(frame[key]).all() for key in MEASURES)


def test_axis_is_contiguous_and_gaps_are_nan() -> None:
    entries = [
        DayEntry(D0, sleep=night(D0, quality=4)),
        DayEntry(D0 + timedelta(days=3), sleep=night(D0 + timedelta(days=3), quality=2)),
    ]
    frame = daily_frame(entries)
    assert len(frame) == 4
    assert frame.start == D0 and frame.end == D0 + timedelta(days=3)
    assert frame.dates() == [D0 + timedelta(days=i) for i in range(4)]
    assert frame["quality"].tolist()[0] == 4
    assert np.isnan(frame["quality"][1:3]).all()
    assert frame["quality"][3] == 2
    assert frame.recorded("quality") == 2
    assert frame.index(D0 + timedelta(days=3)) == 3


def test_explicit_range_leaves_out_entries_outside_it() -> None:
    entries = [DayEntry(D0 + timedelta(days=i), stress=StressMood(stress=i)) for i in range(10)]
    frame = daily_frame(entries, start=D0 + timedelta(days=2), end=D0 + timedelta(days=4))
    assert frame["stress"].tolist() == [2, 3, 4]


def test_sleep_figures_come_from_compute_metrics() -> None:
    diary = night(D0, bed="22:40", up="06:50", sleep_onset_min=25, waso_min=35)
    frame = daily_frame([DayEntry(D0, sleep=diary)])
    m = compute_metrics(diary)
    assert frame["tst"][0] == pytest.approx(m.total_sleep_min)
    assert frame["se"][0] == pytest.approx(m.sleep_efficiency_pct)
    assert frame["tib"][0] == pytest.approx(m.time_in_bed_min)
    assert frame["sol"][0] == 25 and frame["waso"][0] == 35


def test_missing_is_never_zero() -> None:
    frame = daily_frame(
        [DayEntry(D0, notes="a quiet day"), DayEntry(D0 + timedelta(days=1), gut=Gut(bloating=3))]
    )
    for key in MEASURES:
        assert math.isnan(frame[key][0]), key
        if key not in ("bloating", "bm_count"):  # bm_count: 0, the gut section was filled in
            assert math.isnan(frame[key][1]), key


def test_trigger_day_plants_and_bowel_movements_follow_the_section_rule() -> None:
    entries = [
        DayEntry(D0, food=Food(trigger_foods=("dairy",))),
        DayEntry(D0 + timedelta(days=1), food=Food(fermented_servings=1)),
        DayEntry(D0 + timedelta(days=2), stress=StressMood(stress=5)),
        DayEntry(
            D0 + timedelta(days=3),
            food=Food(plants=("Apple", " apple ", "KALE", "kale  ", "Red  pepper", "red pepper")),
        ),
        DayEntry(D0 + timedelta(days=4), gut=Gut(bloating=2)),
        DayEntry(D0 + timedelta(days=5), gut=Gut(bowel_movements=(BowelMovement(3),) * 2)),
    ]
    frame = daily_frame(entries)
    assert frame["trigger_day"].tolist()[:2] == [1.0, 0.0]
    assert np.isnan(frame["trigger_day"][2])
    assert frame["plants"][1] == 0 and np.isnan(frame["plants"][2])
    assert frame["plants"][3] == 3
    assert np.isnan(frame["bm_count"][3])
    assert frame["bm_count"][4] == 0 and frame["bm_count"][5] == 2


def test_bleeding_and_practice_minutes() -> None:
    entries = [
        DayEntry(D0, bleeding=Bleeding.NONE),
        DayEntry(D0 + timedelta(days=1), bleeding=Bleeding.SPOTTING),
        DayEntry(D0 + timedelta(days=2), bleeding=Bleeding.HEAVY),
        DayEntry(
            D0 + timedelta(days=3),
            stress=StressMood(practices=(Practice("walk", 30), Practice("breathing", 10))),
        ),
        DayEntry(D0 + timedelta(days=4), stress=StressMood(practices=(Practice("yoga"),))),
        DayEntry(D0 + timedelta(days=5), stress=StressMood(mood=6)),
    ]
    frame = daily_frame(entries)
    assert frame["bleeding"].tolist()[:3] == [0.0, 1.0, 1.0]
    assert np.isnan(frame["bleeding"][3])
    assert frame["practice_min"][3] == 40
    assert np.isnan(frame["practice_min"][4])  # a practice without minutes: unknown total
    assert frame["practice_min"][5] == 0
    assert np.isnan(frame["practice_min"][0])


def test_duplicate_days_and_backward_ranges_are_refused() -> None:
    with pytest.raises(ValueError, match="more than one entry"):
        daily_frame([DayEntry(D0), DayEntry(D0)])
    with pytest.raises(ValueError, match="before it starts"):
        daily_frame([], start=D0, end=D0 - timedelta(days=1))


def test_arrays_are_read_only() -> None:
    frame = daily_frame([DayEntry(D0, stress=StressMood(stress=3))])
    with pytest.raises(ValueError):
        frame["stress"][0] = 9
    with pytest.raises(TypeError):
        frame.values["stress"] = np.zeros(1)  # type: ignore[index]


def test_from_columns_fills_the_rest_with_nan() -> None:
    frame = DailyFrame.from_columns(D0, {"tst": [400, 410], "stress": [3, np.nan]})
    assert len(frame) == 2 and frame.end == D0 + timedelta(days=1)
    assert np.isnan(frame["mood"]).all()
    with pytest.raises(ValueError):
        DailyFrame.from_columns(D0, {"tst": [1, 2], "stress": [1]})
    with pytest.raises(ValueError):
        DailyFrame.from_columns(D0, {"nonsense": [1]})


def test_rounded_shows_ints_without_decimals_and_no_negative_zero() -> None:
    assert rounded(12.6, 0) == 13 and isinstance(rounded(12.6, 0), int)
    assert str(rounded(-0.04, 1)) == "0.0"


def test_twenty_years_build() -> None:
    entries = journal(7300, end=date(2026, 1, 31), seed=3)
    frame = daily_frame(entries)
    assert len(frame) == 7300
    assert frame.recorded("tst") == sum(not e.is_empty() for e in entries)
    assert np.nanmax(frame["se"]) <= 100
