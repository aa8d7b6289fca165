"""The insight finder: thresholds, built-in effects found, null factors not, honest words."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from analysis_helpers import journal

from gutsleep.analysis.insights import (
    INSIGHT_OUTCOMES,
    LAGS,
    METHOD_DIFF_IN_MEANS,
    SPLITS,
    InsightReport,
    find_insights,
)
from gutsleep.analysis.series import FACTORS, DailyFrame, daily_frame
from gutsleep.analysis.stats import diff_in_means, lag_pairs
from gutsleep.domain.text import Message

D0 = date(2025, 1, 1)


def synthetic(days: int = 400, seed: int = 1, effect: float = 25.0) -> DailyFrame:
    """2+ fermented servings lengthen the next night by ``effect``; caffeine does nothing."""
    rng = np.random.default_rng(seed)
    fermented = rng.integers(0, 4, days).astype(float)
    caffeine = rng.integers(0, 6, days).astype(float)
    tst = 420 + rng.normal(0, 35, days)
    tst[1:] += effect * (fermented[:-1] >= 2)
    return DailyFrame.from_columns(D0, {"fermented": fermented, "caffeine": caffeine, "tst": tst})


def find(report: InsightReport, factor: str, outcome: str, lag: int):  # type: ignore[no-untyped-def]
    matches = [i for i in report.insights if (i.factor, i.outcome, i.lag) == (factor, outcome, lag)]
    assert len(matches) <= 1
    return matches[0] if matches else None


def rendered(message: Message) -> str:
    text = str(message)
    assert "{" not in text and "}" not in text
    return text


def test_every_factor_has_a_split_and_the_outcomes_are_sleep() -> None:
    assert sorted(s.factor for s in SPLITS) == sorted(FACTORS)
    assert INSIGHT_OUTCOMES == ("tst", "se", "sol", "waso", "quality")
    assert LAGS == (0, 1)


def test_an_empty_frame_needs_fourteen_days() -> None:
    report = find_insights(daily_frame([]))
    assert report.insights == () and report.n_comparisons == 0
    assert report.days_needed == 14
    assert report.status is not None and "14" in rendered(report.status)
    assert report.warning is None


def test_nothing_below_the_threshold_and_days_needed_counted() -> None:
    frame = synthetic(days=10, effect=200)
    report = find_insights(frame)
    assert report.insights == ()
    assert report.paired_days == 10  # same-day pairs; next-night pairs have 9
    assert report.days_needed == 4
    assert report.status is not None and "4 more" in rendered(report.status)
    report = find_insights(frame, min_pairs=20)
    assert report.days_needed == 10


def test_each_side_needs_five_days() -> None:
    days = 60
    alcohol = np.ones(days)
    alcohol[:4] = 0  # only four days without
    tst = np.linspace(380, 440, days)
    frame = DailyFrame.from_columns(D0, {"alcohol": alcohol, "tst": tst})
    report = find_insights(frame)
    assert report.insights == ()
    assert report.days_needed == 0  # days enough; what is missing is days without alcohol
    assert report.status is not None and "on each side" in rendered(report.status)


def test_a_built_in_effect_is_found_and_a_null_factor_is_not() -> None:
    frame = synthetic()
    report = find_insights(frame, seed=0)
    hit = find(report, "fermented", "tst", 1)
    assert hit is not None
    assert hit.excludes_zero and hit.effect > 0
    assert hit.ci_low < 25 < hit.ci_high
    assert hit.method == METHOD_DIFF_IN_MEANS
    assert report.insights[0] == hit  # ranked first
    text = rendered(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} nights after a day with 2 or more fermented")
    assert "min longer on average" in text and f"the {hit.n_without} other nights" in text
    assert "association, not proof of cause" in text
    null = find(report, "caffeine", "tst", 1)
    assert null is not None and not null.excludes_zero
    assert "may well be chance" in rendered(null.sentence)


def test_figures_agree_with_lag_pairs() -> None:
    frame = synthetic()
    hit = find(find_insights(frame), "fermented", "tst", 1)
    assert hit is not None
    pairs = lag_pairs(frame, "fermented", "tst", 1)
    assert hit.n == pairs.n == hit.n_with + hit.n_without
    assert hit.n_with == int((pairs.factor >= 2).sum())
    expected = diff_in_means(pairs.outcome[pairs.factor >= 2], pairs.outcome[pairs.factor < 2])
    assert hit.effect == pytest.approx(expected)
    assert hit.mean_with - hit.mean_without == pytest.approx(expected)


def test_many_comparisons_carry_a_warning() -> None:
    report = find_insights(synthetic(), seed=0)
    assert report.n_comparisons == len(report.insights) == 4  # 2 factors, 1 outcome, 2 lags
    assert report.n_notable == sum(i.excludes_zero for i in report.insights)
    assert report.expected_by_chance == pytest.approx(0.2)
    assert report.warning is not None
    text = rendered(report.warning)
    assert "4 comparisons" in text and "about 0.2" in text and "by chance" in text
    assert report.days_needed is None and report.status is None
    few = find_insights(DailyFrame.from_columns(D0, {"fermented": synthetic()["fermented"]}))
    assert few.warning is None


def test_ranking_puts_clear_results_first() -> None:
    report = find_insights(synthetic(), seed=0)
    flags = [i.excludes_zero for i in report.insights]
    assert flags == sorted(flags, reverse=True)


def test_the_same_seed_gives_the_same_report() -> None:
    a = find_insights(synthetic(), seed=3)
    b = find_insights(synthetic(), seed=3)
    assert [(i.ci_low, i.ci_high) for i in a.insights] == [
        (i.ci_low, i.ci_high) for i in b.insights
    ]


@pytest.mark.parametrize(
    ("outcome", "shift", "words"),
    [
        ("tst", -30.0, "min less on average"),
        ("sol", 15.0, "min longer to fall asleep"),
        ("waso", -15.0, "min less time awake in the night"),
        ("se", 5.0, "percentage points higher"),
        ("quality", -1.0, "points lower"),
    ],
)
def test_direction_words_fit_the_outcome(outcome: str, shift: float, words: str) -> None:
    rng = np.random.default_rng(11)
    days = 300
    stress = rng.integers(0, 11, days).astype(float)
    base = {"tst": 420.0, "sol": 20.0, "waso": 30.0, "se": 85.0, "quality": 3.0}[outcome]
    spread = {"tst": 30.0, "sol": 5.0, "waso": 8.0, "se": 3.0, "quality": 0.4}[outcome]
    values = base + rng.normal(0, spread, days)
    values[1:] += shift * (stress[:-1] >= 7)
    frame = DailyFrame.from_columns(D0, {"stress": stress, outcome: values})
    hit = find(find_insights(frame), "stress", outcome, 1)
    assert hit is not None and hit.excludes_zero
    assert (hit.effect > 0) == (shift > 0)
    text = rendered(hit.sentence)
    assert words in text and "stress rated 7 or higher" in text
    near = min(abs(hit.ci_low), abs(hit.ci_high))  # the bound nearer zero comes first
    assert (
        f"interval {round(near) if outcome in ('tst', 'sol', 'waso') else round(near, 1)}" in text
    )


def test_same_day_sentences_name_the_night_that_ended_that_day() -> None:
    rng = np.random.default_rng(2)
    days = 200
    bleeding = (rng.random(days) < 0.3).astype(float)
    tst = 420 + rng.normal(0, 20, days) - 40 * bleeding
    frame = DailyFrame.from_columns(D0, {"bleeding": bleeding, "tst": tst})
    hit = find(find_insights(frame), "bleeding", "tst", 0)
    assert hit is not None and hit.effect < 0
    text = rendered(hit.sentence)
    assert text.startswith("Looking at the night that ended on each day: on the")
    assert "menstrual bleeding or spotting" in text


def test_twenty_years_of_entries_run_through() -> None:
    frame = daily_frame(journal(7300, end=date(2026, 1, 31), seed=9))
    report = find_insights(frame, seed=1)
    assert report.n_comparisons == len(report.insights) > 0
    for insight in report.insights:
        assert insight.n >= 14 and insight.n_with >= 5 and insight.n_without >= 5
        assert insight.ci_low <= insight.effect <= insight.ci_high
        rendered(insight.sentence)
    assert report.warning is not None
