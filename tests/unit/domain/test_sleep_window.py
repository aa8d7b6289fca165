"""The sleep-window planner: titration at the thresholds, the floor, too few nights, the screen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep import evening_or_morning
from gutsleep.domain.sleep_window import (
    FLOOR_MIN,
    Change,
    Question,
    WeekFigures,
    Window,
    evaluate_screen,
    kept_window,
    propose,
    week_figures,
)

RISE = time(7, 0)
START = date(2026, 3, 9)


def figures(se: float, tst: float = 360.0, nights: int = 7) -> WeekFigures:
    return WeekFigures(START - timedelta(days=6), START, nights, tst, se)


def night(wake: date, bed: str, up: str, onset: int | None = 30, waso: int | None = 30) -> DayEntry:
    into = evening_or_morning(wake, time.fromisoformat(bed))
    out = datetime.combine(wake, time.fromisoformat(up))
    return DayEntry(
        day=wake,
        sleep=SleepDiary(
            into_bed=into,
            lights_out=into,
            sleep_onset_min=onset,
            waso_min=waso,
            final_wake=out,
            out_of_bed=out,
        ),
    )


@pytest.mark.parametrize(
    ("se", "change", "tib"),
    [
        (85.0, Change.LONGER, 375),
        (84.9, Change.SAME, 360),
        (80.0, Change.SAME, 360),
        (79.9, Change.SHORTER, 345),
    ],
)
def test_titration_at_the_thresholds(se: float, change: Change, tib: int) -> None:
    proposal = propose(figures(se), RISE, Window(RISE, 360))
    assert proposal.change is change
    assert proposal.window == Window(RISE, tib)


def test_shrinking_stops_at_the_five_hour_floor() -> None:
    proposal = propose(figures(60.0), RISE, Window(RISE, FLOOR_MIN))
    assert FLOOR_MIN == 300
    assert proposal.window == Window(RISE, 300)
    assert proposal.change is Change.AT_FLOOR
    assert propose(figures(60.0), RISE, Window(RISE, 310)).window == Window(RISE, 300)


def test_first_window_is_mean_sleep_time_never_below_floor() -> None:
    assert propose(figures(70.0, tst=367.0), RISE, None).window == Window(RISE, 360)
    short = propose(figures(70.0, tst=240.0), RISE, None)
    assert short.window == Window(RISE, 300)
    assert short.window.bedtime == time(2, 0)


def test_too_few_nights_gives_no_window_and_says_why() -> None:
    proposal = propose(figures(90.0, nights=4), RISE, Window(RISE, 360))
    assert proposal.window is None
    assert "Only 4 of the last 7 nights" in str(proposal.reason)
    assert propose(figures(90.0, nights=5), RISE, Window(RISE, 360)).window is not None


def test_week_figures_count_only_computable_nights() -> None:
    entries = [night(START - timedelta(days=i), "23:00", "07:00") for i in range(7)]
    entries[0] = DayEntry(day=entries[0].day)  # this morning's diary left empty
    entries.append(night(START + timedelta(days=1), "20:00", "07:00"))  # under the new window
    entries.append(night(START - timedelta(days=7), "20:00", "07:00"))  # too early
    got = week_figures(entries, START)
    assert got.nights == 6
    assert got.mean_tst_min == pytest.approx(420.0)
    assert got.mean_se_pct == pytest.approx(87.5)


def test_window_between_crosses_midnight() -> None:
    assert Window.between(time(23, 30), time(6, 30)).time_in_bed_min == 420
    assert Window(time(6, 30), 420).bedtime == time(23, 30)


def test_kept_window_uses_a_fifteen_minute_tolerance() -> None:
    window = Window(time(7, 0), 360)  # 01:00 to 07:00
    wake = START
    assert kept_window(night(wake, "00:45", "07:15").sleep, wake, window) is True
    assert kept_window(night(wake, "00:44", "07:00").sleep, wake, window) is False
    assert kept_window(night(wake, "01:00", "07:16").sleep, wake, window) is False
    assert kept_window(SleepDiary(), wake, window) is None


def all_no() -> dict[Question, bool]:
    return dict.fromkeys(Question, False)


def test_screen_all_no_offers_restriction() -> None:
    result = evaluate_screen(all_no())
    assert result.offer
    assert result.reasons == ()


def test_screen_incomplete_offers_nothing() -> None:
    answers = all_no()
    del answers[Question.PREGNANT]
    result = evaluate_screen(answers)
    assert not result.complete
    assert not result.offer


@pytest.mark.parametrize(
    "question",
    [
        Question.BIPOLAR,
        Question.SEIZURES,
        Question.APNOEA_UNTREATED,
        Question.FALLS,
        Question.PREGNANT,
        Question.DANGEROUS_JOB,
    ],
)
def test_screen_refuses_on_each_direct_yes(question: Question) -> None:
    answers = all_no() | {question: True}
    result = evaluate_screen(answers)
    assert not result.offer
    assert len(result.reasons) == 1


def test_screen_refers_at_stop_bang_three() -> None:
    two = all_no() | {Question.TIRED: True, Question.AGE: True}
    assert evaluate_screen(two).offer
    three = two | {Question.PRESSURE: True}
    result = evaluate_screen(three)
    assert result.stop_bang == 3
    assert not result.offer
    assert "STOP-Bang score 3 of 8" in str(result.reasons[0])


def test_screen_refers_on_loud_snoring_with_witnessed_pauses() -> None:
    answers = all_no() | {Question.SNORING: True, Question.OBSERVED_PAUSES: True}
    result = evaluate_screen(answers)
    assert result.stop_bang == 2
    assert not result.offer
    assert evaluate_screen(all_no() | {Question.SNORING: True}).offer
