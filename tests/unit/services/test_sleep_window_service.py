"""The sleep-window service: stored screen and windows, proposals from the diary, reopening."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep_window import Change, Question, Window
from gutsleep.services.context import open_services
from gutsleep.services.sleep_window import ScreenNotPassedError

WEEK = date(2026, 3, 16)


def diary_night(wake: date, bed: time = time(23, 0), up: time = time(7, 0)) -> DayEntry:
    into = datetime.combine(wake - timedelta(days=1) if bed >= time(12) else wake, bed)
    out = datetime.combine(wake, up)
    sleep = SleepDiary(
        into_bed=into,
        lights_out=into,
        sleep_onset_min=30,
        waso_min=60,
        final_wake=out,
        out_of_bed=out,
        zone="Europe/London",
    )
    return DayEntry(day=wake, sleep=sleep)


def seed_fourteen_nights(services, last: date = WEEK) -> None:
    services.journal.repository.save_many(
        [diary_night(last - timedelta(days=i)) for i in range(14)]
    )


def no_to_all() -> dict[Question, bool]:
    return dict.fromkeys(Question, False)


def test_screen_round_trip_and_replacement(services) -> None:
    answers = no_to_all() | {Question.PREGNANT: True}
    services.sleep_window.save_screen(answers, WEEK)
    got, day, result = services.sleep_window.screen()
    assert got == answers
    assert day == WEEK
    assert not result.offer
    services.sleep_window.save_screen(no_to_all(), WEEK + timedelta(days=1))
    got, day, result = services.sleep_window.screen()
    assert result.offer
    assert day == WEEK + timedelta(days=1)


def test_first_proposal_from_a_fourteen_night_diary(services) -> None:
    seed_fourteen_nights(services)
    proposal = services.sleep_window.proposal(WEEK)
    assert proposal.figures.nights == 7
    assert proposal.figures.mean_tst_min == pytest.approx(390.0)  # 480 in bed - 30 - 60
    assert proposal.figures.mean_se_pct == pytest.approx(81.25)
    assert proposal.change is Change.FIRST
    assert proposal.window == Window(time(7, 0), 390)
    assert proposal.window.bedtime == time(0, 30)


def test_accept_refused_without_a_passed_screen(services) -> None:
    seed_fourteen_nights(services)
    proposal = services.sleep_window.proposal(WEEK)
    with pytest.raises(ScreenNotPassedError):
        services.sleep_window.accept(proposal, WEEK)
    assert services.sleep_window.window_history() == []


def test_accept_adjust_history_and_reopen(services, data_dir: Path) -> None:
    seed_fourteen_nights(services)
    service = services.sleep_window
    service.save_screen(no_to_all(), WEEK)
    first = service.accept(service.proposal(WEEK), WEEK)
    assert not first.adjusted
    assert service.tonight(WEEK).window.bedtime == time(0, 30)
    assert service.tonight(WEEK - timedelta(days=1)) is None

    # next week: diary nights kept the window (00:30-07:00, 30 + 0 awake): SE 92 %
    nights = [
        diary_night(WEEK + timedelta(days=i), bed=time(0, 30), up=time(7, 0)) for i in range(1, 8)
    ]
    services.journal.repository.save_many(nights)
    assert service.kept(WEEK + timedelta(days=1)) is True
    assert service.kept(WEEK - timedelta(days=1)) is None
    second_week = WEEK + timedelta(days=7)
    proposal = service.proposal(second_week)
    assert proposal.figures.mean_se_pct == pytest.approx(300 / 390 * 100)
    assert proposal.change is Change.SHORTER
    chosen = Window.between(time(0, 15), time(7, 0))
    second = service.accept(proposal, second_week, chosen)
    assert second.adjusted
    assert second.proposed_min == 375
    services.close()

    reopened = open_services(data_dir, zone="Europe/London")
    try:
        history = reopened.sleep_window.window_history()
        assert [r.week_start for r in history] == [WEEK, second_week]
        assert history[1].window == chosen
        assert history[0].nights == 7
        assert history[0].mean_se_pct == pytest.approx(81.25)
        assert reopened.sleep_window.screen()[2].offer
        weekly = reopened.sleep_window.weekly(second_week + timedelta(days=3))
        assert [p.time_in_bed_min for p in weekly] == [390, 405]
        assert weekly[0].nights == 7
    finally:
        reopened.close()


def test_accepting_the_same_week_twice_replaces_it(services) -> None:
    seed_fourteen_nights(services)
    service = services.sleep_window
    service.save_screen(no_to_all(), WEEK)
    service.accept(service.proposal(WEEK), WEEK)
    service.accept(service.proposal(WEEK), WEEK, Window(time(6, 30), 420))
    assert [r.window for r in service.window_history()] == [Window(time(6, 30), 420)]
