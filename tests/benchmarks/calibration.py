"""The insights' calibration study, larger than the suite's, and their speed on ten years.

    .venv/bin/python tests/benchmarks/calibration.py            # about 10 minutes here
    .venv/bin/python tests/benchmarks/calibration.py --quick    # fewer runs, ~2 minutes

For each diary length and day-to-day correlation of the outcomes:

* false findings: null journals (nothing affects anything; 8 factors in spells,
  3 sleep outcomes AR(1), 8 % of days missing, 24 comparisons) put through
  :func:`find_insights`; the share of journals with any finding, with more than
  one, and the mean number of findings per journal;
* coverage: how often the 95 % interval of :func:`ar1_ols` holds a known
  effect, in regressions built as the insights build them (trend, day of week,
  four factors in spells), with its Monte-Carlo standard error;
* speed: find_insights on a dense ten-year demo journal (median of 5).

Prints a table; the figures go into docs/benchmarks.md ("Insight calibration").
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "unit" / "analysis"))

import test_insights_calibration as sim  # noqa: E402

from gutsleep.analysis.insights import WEEKDAYS_FROM, find_insights  # noqa: E402
from gutsleep.analysis.regression import ar1_ols  # noqa: E402
from gutsleep.analysis.series import daily_frame  # noqa: E402
from gutsleep.domain.demo import generate_journal  # noqa: E402

LENGTHS = (28, 90, 365, 3650)
CORRELATIONS = (0.0, 0.3, 0.5, 0.7)


def false_findings(days: int, rho: float, runs: int) -> tuple[float, float, float]:
    """Share of null journals with any finding, with more than one, mean findings."""
    sim.RHO = rho
    counts = np.array(
        [len(find_insights(sim.null_journal(seed, days)).insights) for seed in range(runs)]
    )
    return float(np.mean(counts > 0)), float(np.mean(counts > 1)), float(counts.mean())


def coverage(days: int, rho: float, runs: int, seed: int = 1) -> tuple[float, float]:
    """Coverage of 95 % intervals for a known effect, and its Monte-Carlo standard error."""
    rng = np.random.default_rng(seed)
    effect = 10.0
    covered = done = 0
    weekday = np.arange(days) % 7
    calendar = (
        [(weekday == d).astype(float) for d in range(1, 7)]
        if days >= WEEKDAYS_FROM
        else [(weekday >= 5).astype(float)]
    )
    for _ in range(runs):
        factors = np.column_stack([sim.spells(rng, days) for _ in range(4)]).astype(float)
        y = 50.0 + effect * factors[:, 0] + 20.0 * sim.ar1(rng, days, rho)
        keep = rng.random(days) >= 0.08
        design = np.column_stack([np.ones(days), np.arange(days) / days, *calendar, factors])
        design, target = design[keep], y[keep]
        column = design.shape[1] - 4
        gram = design.T @ design
        if np.linalg.matrix_rank(gram) < design.shape[1]:
            continue  # a factor without both sides in a short journal: the app drops it
        fit = ar1_ols(design, target, np.flatnonzero(keep))
        covered += fit.low[column] <= effect <= fit.high[column]
        done += 1
    share = covered / done
    return share, math.sqrt(share * (1 - share) / done)


def speed(years: int = 10, repeats: int = 5) -> tuple[float, int, int]:
    entries = generate_journal(365 * years, 3, date(2026, 6, 30), dense=True)
    frame = daily_frame(entries)
    times = []
    report = None
    for _ in range(repeats):
        start = time.perf_counter()
        report = find_insights(frame)
        times.append(time.perf_counter() - start)
    assert report is not None
    return statistics.median(times), report.n_comparisons, len(report.insights)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    journals = {28: 200, 90: 200, 365: 100, 3650: 20} if args.quick else {
        28: 1000, 90: 1000, 365: 400, 3650: 100
    }  # fmt: skip
    regressions = 400 if args.quick else 2000
    print(f"{'days':>5} {'rho':>4} | {'any':>6} {'>1':>6} {'mean':>6} | {'coverage':>8} ± se")
    for days in LENGTHS:
        for rho in CORRELATIONS:
            runs = journals[days]
            any_, more, mean = false_findings(days, rho, runs)
            runs_ = regressions if days < 3650 else regressions // 4
            share, se = coverage(days, rho, runs_, seed=days * 10 + round(rho * 10))
            print(
                f"{days:>5} {rho:>4.1f} | {any_:>6.3f} {more:>6.3f} {mean:>6.3f} | "
                f"{share:>8.3f} ± {se:.3f}  ({runs} journals)",
                flush=True,
            )
    seconds, k, found = speed()
    print(
        f"find_insights on 10 years (dense demo): {seconds:.3f} s, {k} comparisons, {found} found"
    )


if __name__ == "__main__":
    main()
