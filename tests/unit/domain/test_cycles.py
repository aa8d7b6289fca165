"""Cycles from bleeding days: worked examples with spotting and gaps, and properties."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.cycles import BLEED_FREE_DAYS, Cycle, cycle_starts, find_cycles
from gutsleep.domain.journal import Bleeding

N, L, M, H, S = Bleeding.NONE, Bleeding.LIGHT, Bleeding.MEDIUM, Bleeding.HEAVY, Bleeding.SPOTTING
START = date(2025, 1, 1)


def diary(codes: str, start: date = START) -> dict[date, Bleeding]:
    """One character a day: . none, s spotting, l/m/h bleeding, ? not answered."""
    values = {".": N, "s": S, "l": L, "m": M, "h": H}
    return {start + timedelta(days=i): values[code] for i, code in enumerate(codes) if code != "?"}


def test_a_cycle_runs_from_one_first_bleeding_day_to_the_day_before_the_next() -> None:
    days = diary("..." + "hml" + "." * 22 + "mm" + "." * 25 + "l" + "....")
    report = find_cycles(days, START + timedelta(days=80))
    assert [c.start for c in report.cycles] == [
        START + timedelta(days=3),
        START + timedelta(days=28),
        START + timedelta(days=55),
    ]
    assert report.lengths == (25, 27)
    assert report.cycles[-1] == Cycle(START + timedelta(days=55), None, 0)
    assert report.differences == (2,)
    assert report.large_differences == 0


def test_spotting_alone_starts_no_cycle_and_counts_as_no_bleeding() -> None:
    days = diary("...m" + "." * 10 + "ss" + "." * 14 + "h" + "." * 5)
    starts = cycle_starts(days)
    assert starts == [START + timedelta(days=3), START + timedelta(days=30)]
    assert find_cycles(days, START + timedelta(days=40)).lengths == (27,)


def test_bleeding_again_after_fewer_than_three_dry_days_is_the_same_period() -> None:
    days = diary("...mm..l" + "." * 20 + "h...")
    assert cycle_starts(days) == [START + timedelta(days=3), START + timedelta(days=28)]
    days = diary("...mm...l" + "." * 20)  # three dry days: a new start
    assert cycle_starts(days)[1] == START + timedelta(days=8)


def test_a_gap_in_the_diary_is_unknown_and_makes_its_cycle_uncertain() -> None:
    days = diary("...h" + "." * 10 + "?????" + "." * 10 + "m" + "." * 27 + "l" + "...")
    report = find_cycles(days, START + timedelta(days=80))
    first, second, _running = report.cycles
    assert (first.length, first.unknown_days, first.uncertain) == (26, 5, True)
    assert (second.length, second.uncertain) == (28, False)
    assert report.differences == ()  # an uncertain cycle is no measure of variability


def test_the_first_cycle_is_uncertain_when_the_days_before_it_are_not_known() -> None:
    days = diary("h" + "." * 27 + "m...")
    assert find_cycles(days, START + timedelta(days=40)).cycles[0].unknown_days == BLEED_FREE_DAYS


def test_differences_of_seven_days_or_more_and_only_in_the_last_year() -> None:
    lengths = [40, 28, 36, 26, 27]  # the first ends before the last year
    codes = "..."
    for length in lengths:
        codes += "m" + "." * (length - 1)
    codes += "h..."
    days = diary(codes)
    today = START + timedelta(days=3 + 40 + 365)
    report = find_cycles(days, today)
    assert report.lengths == tuple(lengths)
    assert report.differences == (8, -10, 1)
    assert report.large_differences == 2


def test_the_longest_run_without_bleeding_counts_spotting_and_gaps_but_says_so() -> None:
    days = diary("m" + "." * 30 + "s" + "??" + "." * 40 + "h" + "." * 10)
    run = find_cycles(days, START + timedelta(days=100)).longest_dry
    assert run is not None
    assert (run.first, run.days, run.unknown_days) == (START + timedelta(days=1), 73, 2)
    assert run.uncertain


def test_an_empty_diary_has_no_cycles() -> None:
    report = find_cycles({}, START)
    assert report.cycles == () and report.longest_dry is None and report.differences == ()


_DAY_CODES = st.text(alphabet=".slmh?", max_size=150)


@given(_DAY_CODES)
def test_lengths_add_up_to_the_span_between_the_first_and_last_start(codes: str) -> None:
    days = diary(codes)
    report = find_cycles(days, START + timedelta(days=len(codes)))
    starts = [c.start for c in report.cycles]
    assert starts == sorted(starts)
    if len(starts) > 1:
        assert sum(report.lengths) == (starts[-1] - starts[0]).days
    assert all(length > BLEED_FREE_DAYS for length in report.lengths)


@given(_DAY_CODES)
def test_spotting_never_starts_a_cycle_and_only_bleeding_does(codes: str) -> None:
    days = diary(codes)
    for start in cycle_starts(days):
        assert days[start] in (L, M, H)
    without_spotting = diary(codes.replace("s", "."))
    assert cycle_starts(days) == cycle_starts(without_spotting)


@given(_DAY_CODES)
def test_answering_every_unknown_day_with_none_keeps_the_cycles_and_removes_doubt(
    codes: str,
) -> None:
    known = find_cycles(diary(codes.replace("?", ".")), START + timedelta(days=len(codes)))
    unsure = find_cycles(diary(codes), START + timedelta(days=len(codes)))
    assert [c.start for c in known.cycles] == [c.start for c in unsure.cycles]
    if "?" not in codes.strip("?"):
        assert len(known.differences) >= len(unsure.differences)
    first_answer = next((i for i, c in enumerate(codes) if c != "?"), None)
    for cycle in known.cycles:
        # A known diary leaves doubt only before its first answer.
        if first_answer is not None and (cycle.start - START).days - BLEED_FREE_DAYS >= 0:
            assert not cycle.uncertain
