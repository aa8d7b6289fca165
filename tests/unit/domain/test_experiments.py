"""Self-experiment calendar: phases, pauses, extending, ending early, validation."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.domain.experiments import (
    CHANGE_TEMPLATES,
    OUTCOMES,
    Design,
    Experiment,
    ExperimentError,
    State,
    complete_pairs,
    end_date,
    end_early,
    extend,
    pause,
    resume,
    schedule,
    status_on,
    validate_experiment,
)

START = date(2026, 1, 5)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def experiment(**kw: object) -> Experiment:
    values: dict[str, object] = {
        "title": "Kefir every day",
        "template": "fermented",
        "outcome": "tst",
        "start": START,
    }
    values.update(kw)
    return Experiment(**values)  # type: ignore[arg-type]


# -- templates and outcomes ----------------------------------------------------------


def test_templates_carry_tier_link_and_reminder() -> None:
    assert set(CHANGE_TEMPLATES) == {
        "fermented",
        "plant_variety",
        "cut_sugar_upf",
        "avoid_trigger",
        "stress_practice",
        "probiotic",
        "custom",
    }
    links = {key: t.link for key, t in CHANGE_TEMPLATES.items()}
    assert links == {
        "fermented": "article:foundations#fermented-foods",
        "plant_variety": "article:foundations#plant-variety",
        "cut_sugar_upf": "article:foundations#trigger-foods",
        "avoid_trigger": "article:foundations#trigger-foods",
        "stress_practice": "article:foundations#stress-management",
        "probiotic": "article:foundations#probiotics",
        "custom": "article:evidence-tiers#tier-3",
    }
    assert CHANGE_TEMPLATES["stress_practice"].tier == 2
    assert all(t.tier == 3 for k, t in CHANGE_TEMPLATES.items() if k != "stress_practice")
    for template in CHANGE_TEMPLATES.values():
        assert template.title and template.description
        assert "tier 1" in template.reminder.render()
        assert template.suggested_outcome in OUTCOMES
    assert CHANGE_TEMPLATES["probiotic"].needs_strain


def test_outcomes_say_which_way_is_better() -> None:
    lower = {key for key, o in OUTCOMES.items() if o.lower_is_better}
    assert set(OUTCOMES) == {
        "tst", "se", "sol", "waso", "quality", "bloating", "discomfort", "hot_flush_score",
    }  # fmt: skip
    assert lower == {"sol", "waso", "bloating", "discomfort", "hot_flush_score"}
    assert all(o.label for o in OUTCOMES.values())


# -- validation ------------------------------------------------------------------------


def test_a_plain_experiment_validates_and_takes_its_design_blocks() -> None:
    assert validate_experiment(experiment()) == []
    assert experiment(design=Design.AB).blocks == 1
    assert experiment(design=Design.ABAB).blocks == 2
    assert experiment().phase_days == 14


def fields_of(exp: Experiment) -> set[str]:
    return {p.field for p in validate_experiment(exp)}


@pytest.mark.parametrize("phase_days", [0, 1, 6])
def test_phases_shorter_than_a_week_are_refused(phase_days: int) -> None:
    problems = validate_experiment(experiment(phase_days=phase_days))
    assert [p.field for p in problems] == ["experiment.phase_days"]
    assert "7" in str(problems[0].message)
    assert validate_experiment(experiment(phase_days=7)) == []


def test_probiotic_needs_strain_and_cfu() -> None:
    bare = experiment(template="probiotic", outcome="bloating")
    assert fields_of(bare) == {"experiment.strain", "experiment.cfu"}
    assert fields_of(experiment(template="probiotic", strain="LGG", cfu=" ")) == {"experiment.cfu"}
    named = experiment(template="probiotic", strain="Lactobacillus rhamnosus GG", cfu="10 billion")
    assert validate_experiment(named) == []


def test_other_refusals() -> None:
    assert fields_of(experiment(title="  ")) == {"experiment.title"}
    assert fields_of(experiment(template="magic")) == {"experiment.template"}
    assert fields_of(experiment(outcome="happiness")) == {"experiment.outcome"}
    assert fields_of(experiment(template="custom")) == {"experiment.change"}
    assert validate_experiment(experiment(template="custom", change="No screens after 21:00")) == []
    assert fields_of(experiment(blocks=-1)) == {"experiment.blocks"}
    assert fields_of(experiment(ended_early=True)) == {"experiment.ended_on"}
    assert fields_of(experiment(ended_on=START - timedelta(days=1))) == {"experiment.ended_on"}
    assert fields_of(experiment(pauses=((d(1, 9), d(1, 8)),))) == {"experiment.pauses"}
    overlapping = ((d(1, 8), d(1, 10)), (d(1, 10), d(1, 12)))
    assert fields_of(experiment(pauses=overlapping)) == {"experiment.pauses"}
    open_first = ((d(1, 8), None), (d(1, 10), d(1, 12)))
    assert "experiment.pauses" in fields_of(experiment(pauses=open_first))


# -- the calendar ------------------------------------------------------------------------


def test_ab_schedule_exact_dates() -> None:
    exp = experiment(design=Design.AB)
    assert schedule(exp) == [(day, "A") for day in days(d(1, 5), d(1, 18))] + [
        (day, "B") for day in days(d(1, 19), d(2, 1))
    ]
    assert end_date(exp) == d(2, 1)


def test_abab_schedule_exact_dates() -> None:
    exp = experiment(design=Design.ABAB, phase_days=7)
    expected = (
        [(day, "A") for day in days(d(1, 5), d(1, 11))]
        + [(day, "B") for day in days(d(1, 12), d(1, 18))]
        + [(day, "A") for day in days(d(1, 19), d(1, 25))]
        + [(day, "B") for day in days(d(1, 26), d(2, 1))]
    )
    assert schedule(exp) == expected
    assert end_date(exp) == d(2, 1)


def test_pause_shifts_the_rest_and_keeps_phases_whole() -> None:
    exp = experiment(phase_days=7)
    paused = pause(exp, d(1, 8))
    assert paused.paused
    assert schedule(paused) == [(day, "A") for day in days(d(1, 5), d(1, 7))]
    assert end_date(paused) is None

    resumed = resume(paused, d(1, 11))
    assert resumed.pauses == ((d(1, 8), d(1, 10)),)
    sched = schedule(resumed)
    assert [day for day, _ in sched if d(1, 8) <= day <= d(1, 10)] == []
    assert Counter(phase for _, phase in sched) == {"A": 14, "B": 14}
    first_a = [day for day, phase in sched[:7]]
    assert first_a == [*days(d(1, 5), d(1, 7)), *days(d(1, 11), d(1, 14))]
    assert sched[7] == (d(1, 15), "B")
    assert end_date(resumed) == d(2, 4)


def test_resume_on_the_pause_day_undoes_the_pause() -> None:
    exp = experiment()
    assert resume(pause(exp, d(1, 8)), d(1, 8)) == exp


def test_pause_and_resume_refusals() -> None:
    exp = experiment(phase_days=7)
    with pytest.raises(ExperimentError):
        resume(exp, d(1, 9))
    paused = pause(exp, d(1, 8))
    with pytest.raises(ExperimentError):
        pause(paused, d(1, 9))
    with pytest.raises(ExperimentError):
        resume(paused, d(1, 7))
    resumed = resume(paused, d(1, 11))
    with pytest.raises(ExperimentError):
        pause(resumed, d(1, 10))  # overlaps the last pause
    with pytest.raises(ExperimentError):
        pause(resumed, d(3, 1))  # already finished
    assert validate_experiment(pause(resumed, d(1, 20))) == []


def test_extend_adds_one_pair() -> None:
    exp = experiment(phase_days=7)
    longer = extend(exp)
    assert longer.blocks == 3
    sched = schedule(longer)
    assert sched[:28] == schedule(exp)
    assert sched[28:] == [(day, "A") for day in days(d(2, 2), d(2, 8))] + [
        (day, "B") for day in days(d(2, 9), d(2, 15))
    ]
    assert end_date(longer) == d(2, 15)
    assert extend(experiment(design=Design.AB)).blocks == 2


def test_end_early_truncates_and_flags() -> None:
    exp = experiment(phase_days=7)
    ended = end_early(exp, d(1, 14))
    assert ended.ended_on == d(1, 14) and ended.ended_early
    assert schedule(ended)[-1] == (d(1, 14), "B")
    assert len(schedule(ended)) == 10
    assert end_date(ended) == d(1, 14)
    status = status_on(ended, d(1, 20))
    assert status.state is State.ENDED_EARLY
    assert str(status.message) == "Ended early after 10 of 28 days"
    with pytest.raises(ExperimentError):
        extend(ended)
    with pytest.raises(ExperimentError):
        pause(ended, d(1, 20))
    with pytest.raises(ExperimentError):
        end_early(ended, d(1, 20))


def test_ending_on_the_last_day_is_not_early() -> None:
    ended = end_early(experiment(phase_days=7), d(2, 1))
    assert not ended.ended_early
    assert status_on(ended, d(2, 2)).state is State.FINISHED


def test_end_early_while_paused_closes_the_pause() -> None:
    ended = end_early(pause(experiment(phase_days=7), d(1, 8)), d(1, 12))
    assert ended.pauses == ((d(1, 8), d(1, 12)),)
    assert ended.ended_early
    assert validate_experiment(ended) == []
    assert len(schedule(ended)) == 3


def test_complete_pairs() -> None:
    exp = experiment(phase_days=7)
    assert complete_pairs(exp, d(1, 4)) == 0
    assert complete_pairs(exp, d(1, 17)) == 0
    assert complete_pairs(exp, d(1, 18)) == 1
    assert complete_pairs(exp, d(1, 31)) == 1
    assert complete_pairs(exp, d(2, 1)) == 2
    assert complete_pairs(exp, d(12, 31)) == 2
    assert complete_pairs(end_early(exp, d(1, 20)), d(12, 31)) == 1
    assert complete_pairs(resume(pause(exp, d(1, 8)), d(1, 11)), d(1, 18)) == 0


# -- status ----------------------------------------------------------------------------------


def test_status_while_running() -> None:
    exp = experiment()  # ABAB, 14-day phases from 5 January
    first = status_on(exp, d(1, 5))
    assert (first.state, first.phase, first.day, first.phase_length, first.block) == (
        State.RUNNING,
        "A",
        1,
        14,
        1,
    )
    assert str(first.message) == "Day 1 of 14, baseline phase"
    fifth_b = status_on(exp, d(1, 23))
    assert (fifth_b.phase, fifth_b.day, fifth_b.block) == ("B", 5, 1)
    assert str(fifth_b.message) == "Day 5 of 14, change phase"
    second_a = status_on(exp, d(2, 4))
    assert (second_a.phase, second_a.day, second_a.block) == ("A", 3, 2)
    assert str(second_a.message) == "Day 3 of 14, baseline phase"
    assert second_a.message.template == "Day {day} of {length}, baseline phase"


def test_status_before_and_after() -> None:
    exp = experiment(design=Design.AB, phase_days=7)
    assert status_on(exp, d(1, 4)).state is State.NOT_STARTED
    assert str(status_on(exp, d(1, 4)).message) == "Starts tomorrow"
    assert str(status_on(exp, d(1, 1)).message) == "Starts in 4 days"
    assert status_on(exp, d(1, 18)).state is State.RUNNING
    done = status_on(exp, d(1, 19))
    assert done.state is State.FINISHED
    assert (done.phase, done.day, done.block) == ("B", 7, 1)
    assert "1" in str(done.message)


def test_status_while_paused() -> None:
    paused = pause(experiment(phase_days=7), d(1, 8))
    status = status_on(paused, d(1, 9))
    assert (status.state, status.phase, status.day, status.block) == (State.PAUSED, "A", 3, 1)
    assert str(status.message) == "Paused in the baseline phase after day 3 of 7"
    assert status_on(paused, d(3, 1)).state is State.PAUSED
    resumed = resume(paused, d(1, 11))
    assert status_on(resumed, d(1, 10)).state is State.PAUSED
    back = status_on(resumed, d(1, 11))
    assert (back.state, back.phase, back.day) == (State.RUNNING, "A", 4)
    in_b = pause(experiment(phase_days=7), d(1, 14))
    assert str(status_on(in_b, d(1, 15)).message) == ("Paused in the change phase after day 2 of 7")


# -- properties ------------------------------------------------------------------------------


@st.composite
def paused_experiments(draw: st.DrawFn) -> Experiment:
    phase_days = draw(st.integers(7, 21))
    design = draw(st.sampled_from(Design))
    exp = experiment(phase_days=phase_days, design=design)
    day = START
    for _ in range(draw(st.integers(0, 4))):
        day += timedelta(days=draw(st.integers(1, 20)))
        last = end_date(exp)
        if last is None or day > last:
            break
        exp = pause(exp, day)
        day += timedelta(days=draw(st.integers(1, 10)))
        exp = resume(exp, day)
    return exp


@given(paused_experiments())
def test_pauses_never_shorten_phases(exp: Experiment) -> None:
    sched = schedule(exp)
    assert validate_experiment(exp) == []
    assert len(sched) == 2 * exp.blocks * exp.phase_days
    assert all(a[0] < b[0] for a, b in pairwise(sched))
    for first, last in exp.pauses:
        assert last is not None
        assert not any(first <= day <= last for day, _ in sched)
    runs = [phase for i, (_, phase) in enumerate(sched) if i == 0 or sched[i - 1][1] != phase]
    assert "".join(runs) == "AB" * exp.blocks
    assert Counter(p for _, p in sched) == {"A": len(sched) // 2, "B": len(sched) // 2}
    assert end_date(exp) == sched[-1][0]
    for day, phase in sched:
        status = status_on(exp, day)
        assert status.state is State.RUNNING and status.phase == phase
