"""The experiments service: lifecycle, evaluation on a seeded journal, adherence, the PDF."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from gutsleep.analysis.experiments import Finding
from gutsleep.domain.experiments import (
    Design,
    Experiment,
    ExperimentError,
    State,
    outcome_day,
)
from gutsleep.domain.journal import DayEntry, Gut, SleepDiary
from gutsleep.services.context import Services, open_services
from gutsleep.services.experiments import Adherence, ExperimentsService

ZONE = "Europe/London"
START = date(2026, 1, 5)


def fermented(**kw: object) -> Experiment:
    fields: dict[str, object] = {
        "title": "Kefir every day",
        "template": "fermented",
        "outcome": "tst",
        "start": START,
        "design": Design.AB,
        "phase_days": 14,
        "change": "a glass of kefir with breakfast",
    }
    fields.update(kw)
    return Experiment(**fields)  # type: ignore[arg-type]


def night(day: date, asleep_min: int) -> SleepDiary:
    """Lights out at 23:00 the evening before, 15 min to fall asleep, 20 min awake."""
    lights_out = datetime.combine(day - timedelta(days=1), time(23, 0))
    wake = lights_out + timedelta(minutes=asleep_min + 15 + 20)
    return SleepDiary(
        into_bed=lights_out,
        lights_out=lights_out,
        sleep_onset_min=15,
        waso_min=20,
        final_wake=wake,
        out_of_bed=wake + timedelta(minutes=10),
        zone=ZONE,
    )


def seed_journal(
    services: Services,
    exp: Experiment,
    effect: int,
    seed: int = 4,
    skip: frozenset[date] = frozenset(),
) -> None:
    """Total sleep about 420 min (sd 20) the night after every scheduled day, plus
    ``effect`` after B days; the night is filed under the morning it ended."""
    rng = random.Random(seed)
    entries = []
    for day, phase in services.experiments.schedule(exp):
        if day in skip:
            continue
        minutes = round(420 + rng.gauss(0, 20) + (effect if phase == "B" else 0))
        morning = outcome_day("tst", day)
        entries.append(DayEntry(day=morning, sleep=night(morning, minutes), gut=Gut(bloating=3)))
    services.journal.repository.save_many(entries)


def create(services: Services, exp: Experiment) -> Experiment:
    outcome = services.experiments.create(exp)
    assert outcome.ok, outcome.problems
    assert outcome.experiment is not None
    return outcome.experiment


def test_the_container_has_the_service(services: Services) -> None:
    assert isinstance(services.experiments, ExperimentsService)


def test_an_invalid_experiment_is_refused_and_nothing_stored(services: Services) -> None:
    outcome = services.experiments.create(
        fermented(template="probiotic", strain="", cfu="", phase_days=5, title=" ")
    )
    assert not outcome.ok and outcome.experiment is None
    fields = {p.field for p in outcome.problems}
    assert {
        "experiment.title",
        "experiment.strain",
        "experiment.cfu",
        "experiment.phase_days",
    } <= fields
    assert services.experiments.history() == []


def test_lifecycle_pause_resume_extend_end_early_delete(services: Services) -> None:
    svc = services.experiments
    exp = create(services, fermented(design=Design.ABAB))
    assert exp.id is not None and exp.created is not None and exp.blocks == 2
    assert svc.status(exp, START + timedelta(days=4)).message.render() == (
        "Day 5 of 14, baseline phase"
    )
    assert svc.status(exp, START + timedelta(days=18)).message.render() == (
        "Day 5 of 14, change phase"
    )

    paused = svc.pause(exp, START + timedelta(days=20))
    assert paused.paused and svc.get(exp.id) == paused
    assert svc.status(paused, START + timedelta(days=22)).state is State.PAUSED
    with pytest.raises(ExperimentError):
        svc.pause(paused, START + timedelta(days=21))
    resumed = svc.resume(paused, START + timedelta(days=24))
    assert resumed.pauses == ((START + timedelta(days=20), START + timedelta(days=23)),)
    # the pause pushes the calendar four days later
    assert svc.schedule(resumed)[-1][0] == START + timedelta(days=56 - 1 + 4)
    longer = svc.extend(resumed)
    assert longer.blocks == 3 and svc.get(exp.id) == longer

    active, done = svc.overview(START + timedelta(days=30))
    assert [e.id for e in active] == [exp.id] and done == []
    ended = svc.end_early(longer, START + timedelta(days=30))
    assert ended.ended_early and ended.ended_on == START + timedelta(days=30)
    assert svc.status(ended, START + timedelta(days=31)).state is State.ENDED_EARLY
    active, done = svc.overview(START + timedelta(days=31))
    assert active == [] and [e.id for e in done] == [exp.id]
    with pytest.raises(ExperimentError):
        svc.extend(ended)
    assert svc.result_ready(ended, START + timedelta(days=31))

    assert svc.delete(ended) is True
    assert svc.history() == [] and svc.get(exp.id) is None


def test_a_thirty_minute_effect_is_found_with_an_interval_excluding_zero(
    services: Services,
) -> None:
    exp = create(services, fermented())
    seed_journal(services, exp, effect=30)
    end = START + timedelta(days=27)
    assert not services.experiments.result_ready(exp, end - timedelta(days=1))
    assert services.experiments.result_ready(exp, end)
    result = services.experiments.result(exp, end + timedelta(days=1))  # after the last night
    assert result.baseline.n == 14 and result.change.n == 14
    assert result.difference is not None and result.ci_low is not None
    assert result.ci_high is not None
    assert 0 < result.ci_low < 30 < result.ci_high
    assert result.finding is Finding.BETTER
    assert not result.ended_early
    # the seed is fixed: the same journal gives the same interval
    again = services.experiments.result(exp, end + timedelta(days=1))
    assert (again.ci_low, again.ci_high) == (result.ci_low, result.ci_high)


def test_no_effect_gives_no_clear_improvement(services: Services) -> None:
    exp = create(services, fermented())
    seed_journal(services, exp, effect=0, seed=11)
    result = services.experiments.result(exp)
    assert result.ci_low is not None and result.ci_high is not None
    assert result.ci_low < 0 < result.ci_high
    assert result.finding in (Finding.NO_CLEAR_DIFFERENCE, Finding.UNCLEAR)


def test_days_after_today_and_missing_days_are_counted_honestly(services: Services) -> None:
    exp = create(services, fermented())
    skip = frozenset({START + timedelta(days=2), START + timedelta(days=16)})
    seed_journal(services, exp, effect=30, skip=skip)
    result = services.experiments.result(exp, START + timedelta(days=21))  # day 20's night ended
    assert (result.baseline.days, result.baseline.missing) == (14, 1)
    assert (result.change.days, result.change.n, result.change.missing) == (7, 6, 1)
    values = services.experiments.outcome_values(exp, START + timedelta(days=3))
    assert list(values) == [START + timedelta(days=i) for i in range(4)]
    assert values[START + timedelta(days=2)] is None
    assert all(isinstance(values[START + timedelta(days=i)], float) for i in (0, 1, 3))


def test_ended_early_is_flagged_in_the_result(services: Services) -> None:
    exp = create(services, fermented())
    seed_journal(services, exp, effect=30)
    ended = services.experiments.end_early(exp, START + timedelta(days=19))
    result = services.experiments.result(ended)
    assert result.ended_early
    assert result.change.days == 6
    assert any("ended early" in note.render() for note in result.notes)


def test_adherence_counts_come_exactly_from_checkins(services: Services) -> None:
    svc = services.experiments
    exp = create(services, fermented())
    assert exp.id is not None
    seed_journal(services, exp, effect=30)
    yes = [START + timedelta(days=d) for d in (14, 15, 16, 18, 20, 21, 22, 25)]
    no = [START + timedelta(days=d) for d in (17, 19)]
    for day in yes:
        svc.check_in(exp.id, day, True)
    for day in no:
        svc.check_in(exp.id, day, False)
    svc.check_in(exp.id, START + timedelta(days=3), True)  # done during baseline
    svc.check_in(exp.id, START + timedelta(days=26), True)
    svc.check_in(exp.id, START + timedelta(days=26), None)  # and cleared again
    with pytest.raises(ValueError):
        svc.check_in(exp.id, START - timedelta(days=1), True)  # not an experiment day

    result = svc.result(exp)
    assert (result.change.done, result.change.not_done, result.change.unanswered) == (8, 2, 4)
    assert (result.baseline.done, result.baseline.not_done, result.baseline.unanswered) == (
        1,
        0,
        13,
    )
    assert svc.adherence(exp) == {"A": Adherence(14, 1, 0), "B": Adherence(14, 8, 2)}
    assert svc.adherence(exp, START + timedelta(days=17)) == {
        "A": Adherence(14, 1, 0),
        "B": Adherence(4, 3, 1),
    }
    assert svc.running_on(START + timedelta(days=5)) == [exp]
    assert svc.running_on(START + timedelta(days=28)) == []


def test_the_pdf_is_one_page_with_the_title_and_the_difference(
    services: Services, tmp_path: Path
) -> None:
    exp = create(services, fermented(design=Design.ABAB, title="Kefir and my sleep"))
    seed_journal(services, exp, effect=30)
    assert exp.id is not None
    for i, (day, phase) in enumerate(services.experiments.schedule(exp)):
        if phase == "B" and i % 3:
            services.experiments.check_in(exp.id, day, True)
    result = services.experiments.result(exp)
    assert result.difference is not None
    target = services.experiments.export_pdf(exp, tmp_path / "summary.pdf")
    assert target == tmp_path / "summary.pdf" and target.stat().st_size > 1000
    assert not (tmp_path / "summary.pdf.part").exists()
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Kefir and my sleep" in text
    assert f"change minus baseline: {round(result.difference)} min" in text
    assert "not medical advice" in text
    assert "Tier 3 · emerging evidence" in text
    assert "Cycle phase" in text
    assert reader.metadata is not None and reader.metadata.title == "Kefir and my sleep"


def test_a_pdf_with_no_data_and_long_words_still_fits_one_page(
    services: Services, tmp_path: Path
) -> None:
    exp = create(
        services,
        replace(
            fermented(template="custom", title="Nothing recorded"),
            change="Walk to work instead of driving, every single day. " * 30,
        ),
    )
    target = services.experiments.export_pdf(exp, tmp_path / "empty.pdf", START)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Nothing recorded" in text and "Not enough days to compare yet" in text


def test_experiments_survive_reopening(data_dir: Path) -> None:
    first = open_services(data_dir, zone=ZONE)
    exp = create(first, fermented())
    assert exp.id is not None
    first.experiments.check_in(exp.id, START, True)
    first.close()
    second = open_services(data_dir, zone=ZONE)
    assert second.experiments.history() == [exp]
    assert second.experiments.checkins(exp) == {START: True}
    second.close()


def test_the_hot_flush_score_can_be_an_experiments_outcome(services: Services) -> None:
    """Fewer, milder flushes in the change phase: the verdict reads the diary's score
    of the same day (a day's diary holds the night that ended on it)."""
    from gutsleep.domain.journal import HotFlushes

    exp = create(services, fermented(outcome="hot_flush_score", template="custom"))
    rng = random.Random(3)
    services.journal.repository.save_many(
        [
            DayEntry(
                day=day,
                flushes=HotFlushes(
                    day_moderate=max(0, round(rng.gauss(4 if phase == "A" else 1, 0.7))),
                    night_mild=1,
                ),
            )
            for day, phase in services.experiments.schedule(exp)
        ]
    )
    result = services.experiments.result(exp, START + timedelta(days=28))
    assert result.baseline.n == 14 and result.change.n == 14
    assert result.baseline.mean is not None and result.change.mean is not None
    assert result.baseline.mean > 7 > result.change.mean  # about 9 against 3 points
    assert result.finding is Finding.BETTER  # lower is better for the score
