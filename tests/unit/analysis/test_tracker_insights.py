"""Trackers of your own in the insights: as a factor and as an outcome, same statistics."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from gutsleep.analysis.insights import INSIGHT_OUTCOMES, find_insights, lag_of
from gutsleep.analysis.series import DailyFrame
from gutsleep.domain.trackers import Tracker, TrackerKind

D0 = date(2025, 1, 1)
OUTDOORS = Tracker("0utd00r50000", "Time outdoors", TrackerKind.MINUTES)
ENERGY = Tracker("e4e4e4e4e4e4", "Energy", TrackerKind.SCALE)


def seeded(days: int = 300, seed: int = 2) -> DailyFrame:
    """30+ min outdoors lengthens the next night by 30 min; 2+ fermented servings raise
    the same day's energy by 2 points; caffeine does nothing. A few days are missing."""
    rng = np.random.default_rng(seed)
    fermented = rng.integers(0, 4, days).astype(float)
    caffeine = rng.integers(0, 6, days).astype(float)
    outdoors = rng.choice([0.0, 10.0, 45.0, 90.0], days)
    tst = 420 + rng.normal(0, 30, days)
    tst[1:] += 30 * (outdoors[:-1] >= 30)
    energy = np.clip(np.round(4 + rng.normal(0, 1.2, days) + 2 * (fermented >= 2)), 0, 10)
    frame = DailyFrame.from_columns(D0, {"fermented": fermented, "caffeine": caffeine, "tst": tst})
    missing = set(rng.choice(days, 20, replace=False).tolist())
    values = {
        OUTDOORS.key: {
            D0 + timedelta(days=i): float(v) for i, v in enumerate(outdoors) if i not in missing
        },
        ENERGY.key: {D0 + timedelta(days=i): float(v) for i, v in enumerate(energy)},
    }
    return frame.with_series([OUTDOORS.measure(), ENERGY.measure()], values)


def test_a_missing_day_of_a_tracker_stays_missing() -> None:
    frame = seeded()
    assert np.isnan(frame[OUTDOORS.key]).sum() == 20
    assert frame.measure(OUTDOORS.key).label == "Time outdoors"
    assert frame.measure("tst").key == "tst"


def test_a_tracker_is_found_as_a_factor_with_its_n_and_words() -> None:
    report = find_insights(seeded(), outcomes=(*INSIGHT_OUTCOMES, OUTDOORS.key, ENERGY.key))
    (hit,) = [i for i in report.tested if (i.factor, i.outcome) == (OUTDOORS.key, "tst")]
    assert hit.finding and hit.lag == 1
    assert hit.ci_low < 30 < hit.ci_high
    assert hit.n == hit.n_with + hit.n_without < 299  # the days without a value are left out
    text = str(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} nights after a day with Time outdoors ≥ 30 min")
    assert "association, not proof of cause" in text
    null = [i for i in report.tested if (i.factor, i.outcome) == ("caffeine", "tst")]
    assert null and not null[0].finding


def test_a_tracker_is_an_outcome_of_the_same_day() -> None:
    assert lag_of("fermented", ENERGY.key) == 0
    report = find_insights(seeded(), outcomes=(*INSIGHT_OUTCOMES, ENERGY.key))
    (hit,) = [i for i in report.tested if (i.factor, i.outcome) == ("fermented", ENERGY.key)]
    assert hit.finding and hit.lag == 0 and hit.effect > 1
    assert report.measure_of(ENERGY.key).label == "Energy"
    text = str(hit.sentence)
    assert text.startswith(f"On the {hit.n_with} days with 2 or more fermented")
    assert "“Energy” was" in text and "points higher on average" in text
    assert all(i.factor != ENERGY.key for i in report.tested if i.outcome == ENERGY.key)
    assert "Time outdoors" in str(hit.adjusted_message()) or OUTDOORS.key not in hit.adjusted_for
