"""Sleep-diary arithmetic: ordinary nights, midnight, daylight-saving nights, bad orders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.journal import SleepDiary
from gutsleep.domain.sleep import (
    REPEATED,
    SKIPPED,
    clock_change,
    compute_metrics,
    evening_or_morning,
    format_duration,
    minutes_between,
    missing_for_total_sleep,
    on_wake_day,
)
from gutsleep.domain.validation import check_sleep_order, clock_change_notes, validate_sleep

LONDON = "Europe/London"


def night(wake: date, bed: str, lights: str, wake_at: str, up: str, **kw: int) -> SleepDiary:
    def t(s: str) -> time:
        return time.fromisoformat(s)

    return SleepDiary(
        into_bed=evening_or_morning(wake, t(bed)),
        lights_out=evening_or_morning(wake, t(lights)),
        final_wake=on_wake_day(wake, t(wake_at)),
        out_of_bed=on_wake_day(wake, t(up)),
        zone=kw.pop("zone", LONDON),  # type: ignore[arg-type]
        **kw,
    )


def test_ordinary_night_across_midnight() -> None:
    diary = night(
        date(2026, 5, 10), "23:10", "23:20", "06:40", "07:00", sleep_onset_min=20, waso_min=30
    )
    m = compute_metrics(diary)
    assert diary.into_bed == datetime(2026, 5, 9, 23, 10)
    assert m.time_in_bed_min == 470
    assert m.total_sleep_min == 440 - 20 - 30
    assert m.sleep_efficiency_pct == pytest.approx(390 / 470 * 100)
    assert m.time_after_final_wake_min == 20
    assert validate_sleep(diary) == []


def test_night_entirely_after_midnight() -> None:
    diary = night(
        date(2026, 5, 10), "00:30", "00:45", "07:15", "07:30", sleep_onset_min=15, awakenings=0
    )
    m = compute_metrics(diary)
    assert diary.into_bed == datetime(2026, 5, 10, 0, 30)
    assert m.time_in_bed_min == 420
    assert m.total_sleep_min == 390 - 15


def test_spring_forward_night_is_an_hour_shorter() -> None:
    # Clocks in London went forward at 01:00 on 29 March 2026.
    dst = night(
        date(2026, 3, 29), "23:00", "23:00", "07:00", "07:00", sleep_onset_min=0, waso_min=0
    )
    normal = night(date(2026, 3, 22), "23:00", "23:00", "07:00", "07:00")
    assert compute_metrics(normal).time_in_bed_min == 480
    assert compute_metrics(dst).time_in_bed_min == 420
    assert compute_metrics(dst).total_sleep_min == 420


def test_fall_back_night_is_an_hour_longer() -> None:
    # Clocks in London went back at 02:00 on 25 October 2026.
    dst = night(
        date(2026, 10, 25), "23:00", "23:00", "07:00", "07:00", sleep_onset_min=0, waso_min=0
    )
    assert compute_metrics(dst).time_in_bed_min == 540
    assert compute_metrics(dst).sleep_efficiency_pct == pytest.approx(100)


def test_other_zone_changes_on_its_own_date() -> None:
    us = night(date(2026, 3, 8), "23:00", "23:00", "07:00", "07:00", zone="America/New_York")
    assert compute_metrics(us).time_in_bed_min == 420


def test_unknown_zone_falls_back_to_utc() -> None:
    diary = night(date(2026, 3, 29), "23:00", "23:00", "07:00", "07:00", zone="Nowhere/Land")
    assert compute_metrics(diary).time_in_bed_min == 480


def test_missing_parts_give_none() -> None:
    m = compute_metrics(SleepDiary(quality=3))
    assert m.time_in_bed_min is None and m.total_sleep_min is None
    assert m.sleep_efficiency_pct is None


@pytest.mark.parametrize(
    ("times", "field"),
    [
        (("23:30", "23:00", "06:00", "06:30"), "sleep.lights_out"),
        (("01:00", "01:30", "01:00", "06:30"), "sleep.final_wake"),
        (("23:00", "23:10", "06:30", "06:00"), "sleep.out_of_bed"),
    ],
)
def test_impossible_orders_are_refused(times: tuple[str, ...], field: str) -> None:
    problems = check_sleep_order(night(date(2026, 5, 10), *times))
    assert field in {p.field for p in problems}
    assert all(str(p.message) for p in problems)


def test_awake_time_longer_than_the_night_is_refused() -> None:
    diary = night(
        date(2026, 5, 10), "23:00", "23:00", "06:00", "06:30", sleep_onset_min=200, waso_min=250
    )
    problems = validate_sleep(diary)
    assert [p.field for p in problems] == ["sleep.waso_min"]
    assert "longer than" in str(problems[0].message)


def test_more_than_a_day_in_bed_is_refused() -> None:
    diary = SleepDiary(
        into_bed=datetime(2026, 5, 8, 20, 0),
        lights_out=datetime(2026, 5, 8, 20, 0),
        final_wake=datetime(2026, 5, 10, 6, 0),
        out_of_bed=datetime(2026, 5, 10, 6, 0),
    )
    assert "sleep.out_of_bed" in {p.field for p in validate_sleep(diary)}


def test_out_of_range_values_name_their_field() -> None:
    problems = validate_sleep(SleepDiary(quality=6, sweats_disturbance=-1))
    assert {p.field for p in problems} == {"sleep.quality", "sleep.sweats_disturbance"}
    assert "from 1 to 5" in str(problems[0].message)


def test_format_duration() -> None:
    assert format_duration(None) == "—"
    assert format_duration(445) == "7 h 25 min"
    assert format_duration(45) == "45 min"


@st.composite
def valid_nights(draw: st.DrawFn) -> SleepDiary:
    wake = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
    zone = draw(st.sampled_from([LONDON, "America/New_York", "Australia/Sydney", "UTC"]))
    bed = datetime.combine(wake - timedelta(days=1), time(18)) + timedelta(
        minutes=draw(st.integers(0, 9 * 60))
    )
    lights = bed + timedelta(minutes=draw(st.integers(0, 120)))
    wake_at = lights + timedelta(minutes=draw(st.integers(0, 14 * 60)))
    up = wake_at + timedelta(minutes=draw(st.integers(0, 180)))
    diary = SleepDiary(
        into_bed=bed, lights_out=lights, final_wake=wake_at, out_of_bed=up, zone=zone
    )
    from gutsleep.domain.sleep import minutes_between

    window = max(0, int(minutes_between(lights, wake_at, zone)))
    sol = draw(st.integers(0, window))
    waso = draw(st.integers(0, window - sol))
    return replace(diary, sleep_onset_min=sol, waso_min=waso)


@given(valid_nights())
def test_total_sleep_never_exceeds_time_in_bed(diary: SleepDiary) -> None:
    problems = validate_sleep(diary)
    m = compute_metrics(diary)
    if problems:  # a wall-clock night that does not exist in that zone
        return
    assert m.total_sleep_min is not None and m.time_in_bed_min is not None
    assert 0 <= m.total_sleep_min <= m.time_in_bed_min


@given(valid_nights())
def test_efficiency_stays_within_0_and_100(diary: SleepDiary) -> None:
    if validate_sleep(diary):
        return
    se = compute_metrics(diary).sleep_efficiency_pct
    assert se is None or 0 <= se <= 100 + 1e-9


# missing is never zero ------------------------------------------------------------------


def _timed(**values: int | None) -> SleepDiary:
    return night(date(2026, 5, 10), "23:00", "23:10", "06:40", "07:00", **values)  # type: ignore[arg-type]


def test_missing_minutes_to_fall_asleep_leave_total_sleep_and_efficiency_unknown() -> None:
    m = compute_metrics(_timed(sleep_onset_min=None, waso_min=10))
    assert m.total_sleep_min is None and m.sleep_efficiency_pct is None
    assert m.time_in_bed_min == 480  # what can be computed still is
    assert missing_for_total_sleep(_timed(sleep_onset_min=None, waso_min=10)) == "sleep_onset_min"


def test_a_blank_waso_after_no_awakenings_counts_as_zero() -> None:
    m = compute_metrics(_timed(sleep_onset_min=10, awakenings=0, waso_min=None))
    assert m.waso_min == 0
    assert m.total_sleep_min == 450 - 10
    assert m.sleep_efficiency_pct == pytest.approx(440 / 480 * 100)


@pytest.mark.parametrize("awakenings", [None, 2])
def test_a_blank_waso_otherwise_leaves_total_sleep_unknown(awakenings: int | None) -> None:
    diary = _timed(sleep_onset_min=10, awakenings=awakenings, waso_min=None)
    m = compute_metrics(diary)
    assert m.waso_min is None and m.total_sleep_min is None and m.sleep_efficiency_pct is None
    assert missing_for_total_sleep(diary) == "waso_min"


@given(
    sol=st.one_of(st.none(), st.integers(0, 60)),
    awakenings=st.one_of(st.none(), st.integers(0, 5)),
    waso=st.one_of(st.none(), st.integers(0, 60)),
)
def test_total_sleep_is_never_computed_from_a_missing_value(
    sol: int | None, awakenings: int | None, waso: int | None
) -> None:
    m = compute_metrics(_timed(sleep_onset_min=sol, awakenings=awakenings, waso_min=waso))
    known_waso = waso if waso is not None else (0 if awakenings == 0 else None)
    if sol is None or known_waso is None:
        assert m.total_sleep_min is None and m.sleep_efficiency_pct is None
    else:
        assert m.total_sleep_min == 450 - sol - known_waso
        assert m.waso_min == known_waso


# time zones and clock changes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "sentence"),
    [
        ("Europe/Lndon", "Unknown time zone “Europe/Lndon”; did you mean “Europe/London”?"),
        ("BST", "“BST” is an abbreviation, not a time zone; use a place name"),
        ("America", "Unknown time zone “America”; use a place name like Europe/London."),
        ("../../etc/passwd", "Unknown time zone “../../etc/passwd”"),
    ],
)
def test_an_unknown_zone_is_refused_with_a_suggestion(zone: str, sentence: str) -> None:
    problems = [p for p in validate_sleep(SleepDiary(zone=zone)) if p.field == "sleep.zone"]
    assert len(problems) == 1 and sentence in str(problems[0].message)


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Australia/Sydney", "UTC"])
def test_a_known_zone_is_accepted(zone: str) -> None:
    assert validate_sleep(SleepDiary(zone=zone)) == []


#: (zone, a wall-clock time the clocks skipped, one that happened twice), 2026.
TRANSITIONS = [
    ("Europe/London", datetime(2026, 3, 29, 1, 30), datetime(2026, 10, 25, 1, 20)),
    ("America/New_York", datetime(2026, 3, 8, 2, 30), datetime(2026, 11, 1, 1, 20)),
    ("Australia/Sydney", datetime(2026, 10, 4, 2, 30), datetime(2026, 4, 5, 2, 20)),
]


@pytest.mark.parametrize(("zone", "skipped", "repeated"), TRANSITIONS)
def test_a_skipped_time_counts_as_shifted_forward_by_the_gap(
    zone: str, skipped: datetime, repeated: datetime
) -> None:
    del repeated
    before = skipped - timedelta(hours=1)  # an ordinary time an hour earlier on the clock
    later = skipped + timedelta(hours=1)  # the same moment by the new clock
    assert clock_change(skipped, zone) == SKIPPED
    assert clock_change(later, zone) is None
    assert minutes_between(before, skipped, zone) == 60  # fold=0: the old offset
    assert minutes_between(skipped, later, zone) == 0
    notes = clock_change_notes(SleepDiary(lights_out=skipped, zone=zone))
    assert [n.field for n in notes] == ["sleep.lights_out"]
    assert f"counted as {later:%H:%M}" in str(notes[0].message)
    assert validate_sleep(SleepDiary(lights_out=skipped, zone=zone)) == []  # never refused


@pytest.mark.parametrize(("zone", "skipped", "repeated"), TRANSITIONS)
def test_a_repeated_time_counts_as_its_first_occurrence(
    zone: str, skipped: datetime, repeated: datetime
) -> None:
    del skipped
    before = repeated - timedelta(minutes=50)
    assert clock_change(repeated, zone) == REPEATED
    assert minutes_between(before, repeated, zone) == 50  # the first 01:20, not an hour later
    notes = clock_change_notes(SleepDiary(final_wake=repeated, zone=zone))
    assert [n.field for n in notes] == ["sleep.final_wake"]
    assert "happened twice" in str(notes[0].message)


def test_ordinary_times_and_unknown_zones_have_no_clock_change_note() -> None:
    assert clock_change_notes(_timed(sleep_onset_min=10)) == []
    assert clock_change_notes(SleepDiary(lights_out=datetime(2026, 3, 29, 1, 30), zone="X/Y")) == []
