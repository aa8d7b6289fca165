"""The insight finder: thresholds, built-in effects found, null factors not, honest words."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from analysis_helpers import journal

from gutsleep.analysis.insights import (
    GUT_OUTCOMES,
    INSIGHT_OUTCOMES,
    METHOD_AR1_REGRESSION,
    SLEEP_OUTCOMES,
    SPLITS,
    InsightReport,
    find_insights,
    lag_of,
)
from gutsleep.analysis.regression import outward
from gutsleep.analysis.series import FACTORS, DailyFrame, daily_frame
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
    """The tested comparison (finding or not)."""
    matches = [i for i in report.tested if (i.factor, i.outcome, i.lag) == (factor, outcome, lag)]
    assert len(matches) <= 1
    return matches[0] if matches else None


def rendered(message: Message) -> str:
    text = str(message)
    assert "{" not in text and "}" not in text
    return text


def test_every_factor_has_a_split_and_the_outcomes_are_sleep_and_gut() -> None:
    assert sorted(s.factor for s in SPLITS) == sorted(FACTORS)
    assert SLEEP_OUTCOMES == ("tst", "se", "sol", "waso", "quality")
    assert GUT_OUTCOMES == ("bloating", "discomfort", "stool_form")
    assert INSIGHT_OUTCOMES == SLEEP_OUTCOMES + GUT_OUTCOMES


def test_lag_is_the_day_before_the_night_and_the_same_day_for_the_gut() -> None:
    """Finding 5: a day's food is paired with the night after it (stored on the next day),
    never with the night that ended that morning; night sweats with their own night;
    the gut with the same day."""
    assert lag_of("fermented", "tst") == 1
    assert lag_of("stress", "sol") == 1
    assert lag_of("night_sweats", "quality") == 0
    assert lag_of("trigger_day", "bloating") == 0


def test_an_empty_frame_needs_fourteen_days() -> None:
    report = find_insights(daily_frame([]))
    assert report.insights == () and report.n_comparisons == 0
    assert report.days_needed == 14
    assert report.status is not None and "14" in rendered(report.status)
    assert report.summary is None


def test_nothing_below_the_threshold_and_days_needed_counted() -> None:
    frame = synthetic(days=10, effect=200)
    report = find_insights(frame)
    assert report.insights == ()
    assert report.paired_days == 9  # next-night pairs only
    assert report.days_needed == 5
    assert report.status is not None and "5 more" in rendered(report.status)
    report = find_insights(frame, min_pairs=20)
    assert report.days_needed == 11


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
    assert [(d.outcome, d.factor) for d in report.dropped] == [("tst", "alcohol")]


def test_a_built_in_effect_is_found_and_a_null_factor_is_not() -> None:
    frame = synthetic()
    report = find_insights(frame)
    hit = find(report, "fermented", "tst", 1)
    assert hit is not None and hit.finding
    assert hit.excludes_zero and hit.effect > 0
    assert hit.ci_low < 25 < hit.ci_high
    assert hit.method == METHOD_AR1_REGRESSION
    assert report.insights == (hit,)  # the only finding
    assert hit.adjusted_for == ("caffeine",)
    text = rendered(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} nights after a day with 2 or more fermented")
    assert "min longer on average" in text and f"the {hit.n_without} other nights" in text
    assert "other factors taken into account" in text
    assert "association, not proof of cause" in text
    assert "caffeinated drinks" in rendered(hit.adjusted_message()).lower()
    null = find(report, "caffeine", "tst", 1)
    assert null is not None and not null.finding
    assert "may well be chance" in rendered(null.sentence)


def test_the_groups_are_the_days_in_the_model() -> None:
    frame = synthetic()
    hit = find(find_insights(frame), "fermented", "tst", 1)
    assert hit is not None
    assert hit.n == hit.n_with + hit.n_without == 399  # the first night has no day before it
    assert hit.n_with == int((frame["fermented"][:-1] >= 2).sum())
    assert (len(hit.values_with), len(hit.values_without)) == (hit.n_with, hit.n_without)
    assert hit.mean_with == pytest.approx(float(np.mean(hit.values_with)))


def test_the_report_counts_every_comparison_and_states_it() -> None:
    report = find_insights(synthetic())
    assert report.n_comparisons == len(report.tested) == 2  # 2 factors, 1 outcome
    assert report.summary is not None
    text = rendered(report.summary)
    assert "2 comparisons tested; findings shown after correcting for that" in text
    assert report.days_needed is None and report.status is None
    flags = [i.finding for i in report.tested]
    assert flags == sorted(flags, reverse=True)


def test_the_same_data_give_the_same_report() -> None:
    a = find_insights(synthetic(seed=3))
    b = find_insights(synthetic(seed=3))
    assert [(i.ci_low, i.ci_high) for i in a.tested] == [(i.ci_low, i.ci_high) for i in b.tested]


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
    assert hit is not None and hit.finding
    assert (hit.effect > 0) == (shift > 0)
    text = rendered(hit.sentence)
    assert words in text and "stress rated 7 or higher" in text
    lo, hi = sorted((abs(hit.ci_low), abs(hit.ci_high)))
    shown_lo, shown_hi, digits = outward(lo, hi, 0 if outcome in ("tst", "sol", "waso") else 1)
    assert f"interval {shown_lo:.{digits}f} to {shown_hi:.{digits}f}" in text


def test_night_sweats_are_paired_with_their_own_night() -> None:
    rng = np.random.default_rng(2)
    days = 200
    sweats = (rng.random(days) < 0.3).astype(float)
    tst = 420 + rng.normal(0, 20, days) - 40 * sweats
    frame = DailyFrame.from_columns(D0, {"night_sweats": sweats, "tst": tst})
    hit = find(find_insights(frame), "night_sweats", "tst", 0)
    assert hit is not None and hit.effect < 0 and hit.finding
    text = rendered(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} nights with night sweats or hot flushes")


def test_a_day_is_never_compared_with_the_night_before_it() -> None:
    """Finding 5: the old code ranked "bleeding -> the night that ended that morning"; a
    factor that only follows the night (here: set by it) is no longer a finding."""
    rng = np.random.default_rng(5)
    days = 300
    tst = 420 + rng.normal(0, 30, days)
    stress = np.where(tst < 400, 8.0, 3.0)  # a short night makes the day stressful
    frame = DailyFrame.from_columns(D0, {"stress": stress, "tst": tst})
    report = find_insights(frame)
    assert {(i.factor, i.outcome, i.lag) for i in report.tested} == {("stress", "tst", 1)}
    assert report.insights == ()


def test_gut_outcomes_are_examined_on_the_same_day() -> None:
    """Finding 7: a trigger food that raises the same day's bloating by 3 is found."""
    rng = np.random.default_rng(4)
    days = 200
    trigger = (rng.random(days) < 0.25).astype(float)
    bloating = np.clip(np.round(2 + rng.normal(0, 1, days) + 3 * trigger), 0, 10)
    frame = DailyFrame.from_columns(D0, {"trigger_day": trigger, "bloating": bloating})
    report = find_insights(frame)
    hit = find(report, "trigger_day", "bloating", 0)
    assert hit is not None and hit.finding and 2.4 < hit.effect < 3.6
    text = rendered(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} days with a personal trigger food")
    assert "bloating" in text and "points higher" in text


def test_a_gut_outcome_is_never_its_own_factor() -> None:
    rng = np.random.default_rng(6)
    days = 150
    bloating = rng.integers(0, 10, days).astype(float)
    discomfort = np.clip(bloating + rng.normal(0, 1, days), 0, 10)
    tst = 420 + rng.normal(0, 30, days)
    frame = DailyFrame.from_columns(
        D0, {"bloating": bloating, "discomfort": discomfort, "tst": tst}
    )
    report = find_insights(frame)
    pairs = {(i.factor, i.outcome) for i in report.tested}
    assert ("bloating", "tst") in pairs and ("discomfort", "tst") in pairs
    assert not {p for p in pairs if p[1] in GUT_OUTCOMES}


def test_confounding_is_taken_into_account() -> None:
    """Finding 4: sugar has no effect of its own but comes on days without fermented food;
    one factor at a time calls it "less sleep", the model with both does not."""
    rng = np.random.default_rng(8)
    days = 365
    fermented = rng.integers(0, 4, days).astype(float)
    sugar = np.where(fermented >= 2, rng.integers(0, 2, days), rng.integers(1, 4, days))
    tst = 420 + rng.normal(0, 25, days)
    tst[1:] += 25 * (fermented[:-1] >= 2)
    frame = DailyFrame.from_columns(
        D0, {"fermented": fermented, "sugar_upf": sugar.astype(float), "tst": tst}
    )
    report = find_insights(frame)
    assert [(i.factor, i.outcome) for i in report.insights] == [("fermented", "tst")]
    sugar_hit = find(report, "sugar_upf", "tst", 1)
    assert sugar_hit is not None and not sugar_hit.finding
    assert sugar_hit.mean_with < sugar_hit.mean_without - 10  # the raw means mislead


def test_missing_is_never_zero_and_n_says_how_many_days() -> None:
    frame = synthetic()
    caffeine = np.array(frame["caffeine"])
    caffeine[::4] = np.nan  # a quarter of the days without caffeine recorded
    holes = DailyFrame.from_columns(
        D0, {"fermented": frame["fermented"], "caffeine": caffeine, "tst": frame["tst"]}
    )
    hit = find(find_insights(holes), "fermented", "tst", 1)
    assert hit is not None
    assert hit.n == int((~np.isnan(caffeine[:-1])).sum())  # complete cases only


@pytest.mark.parametrize(
    ("low", "high", "digits", "shown"),
    [
        (0.3, 5.21, 0, (0.3, 5.3, 1)),  # excludes zero: never shown as "0 to 6"
        (-0.4, 21.6, 0, (-1.0, 22.0, 0)),  # includes zero: shown including it
        (2.24, 9.71, 0, (2.0, 10.0, 0)),  # rounded outwards
        (-5.2, -0.04, 1, (-5.2, -0.04, 2)),
    ],
)
def test_shown_intervals_never_contradict_the_verdict(
    low: float, high: float, digits: int, shown: tuple[float, float, int]
) -> None:
    """Finding 8: "interval 0 to 5 min" beside "an association" is gone."""
    assert outward(low, high, digits) == pytest.approx(shown)


def test_twenty_years_of_entries_run_through() -> None:
    frame = daily_frame(journal(7300, end=date(2026, 1, 31), seed=9))
    report = find_insights(frame)
    assert report.n_comparisons == len(report.tested) > 0
    for insight in report.tested:
        assert insight.n >= 14 and insight.n_with >= 5 and insight.n_without >= 5
        assert insight.ci_low <= insight.effect <= insight.ci_high
        assert 0 <= insight.p_value <= insight.q_value <= 1
        rendered(insight.sentence)
