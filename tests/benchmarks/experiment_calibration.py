"""Calibration of the experiment verdict: no-effect experiments called better or worse.

Run ``python tests/benchmarks/experiment_calibration.py [--runs N]`` (default
1000 per cell; about three minutes on one core). For AB 2×14 and ABAB 4×14
days and a lag-1 correlation (AR(1)) of 0, 0.3, 0.5 and 0.7 it runs
no-effect experiments through the app's own
:func:`gutsleep.analysis.experiments.evaluate_experiment` and prints the
share whose 95 % interval excludes no change, the share the verdict calls
better or worse (the interval must also exclude no change and the estimate
reach the 15 min that matter), and, with fresh noise, the share of intervals
covering a known 25 min effect. The target is ≤ 7 % called better or worse
up to 0.5, and coverage near 95 %. Last, it times the app's result for an
ABAB 4×14 experiment read from a data folder (the page and the command
line compute the same thing). Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gutsleep.analysis.experiments import Finding, evaluate_experiment

START = date(2026, 1, 5)
DESIGNS = {"AB 2x14": "AB", "ABAB 4x14": "ABAB"}
RHOS = (0.0, 0.3, 0.5, 0.7)
EFFECT = 25.0


def calendar(order: str, days: int = 14) -> list[tuple[date, str]]:
    letters = "".join(p * days for p in order)
    return [(START + timedelta(days=i), p) for i, p in enumerate(letters)]


def ar1_noise(rng: np.random.Generator, n: int, rho: float, sd: float) -> np.ndarray:
    noise = np.empty(n)
    noise[0] = rng.normal()
    for i in range(1, n):
        noise[i] = rho * noise[i - 1] + np.sqrt(1 - rho**2) * rng.normal()
    return sd * noise


def cell(order: str, rho: float, runs: int, seed: int) -> dict[str, float]:
    rng = np.random.default_rng(seed)
    schedule = calendar(order)
    change = np.array([p == "B" for _, p in schedule])
    excluded = called = covered = 0
    for effect in (0.0, EFFECT):
        for _ in range(runs):
            values = 420 + effect * change + ar1_noise(rng, len(schedule), rho, 40)
            result = evaluate_experiment(
                {d: float(v) for (d, _), v in zip(schedule, values, strict=True)},
                schedule,
                {},
                "tst",
                smallest_change=15,
            )
            assert result.ci_low is not None and result.ci_high is not None
            if effect == 0.0:
                excluded += result.ci_low > 0 or result.ci_high < 0
                called += result.finding in (Finding.BETTER, Finding.WORSE)
            else:
                covered += result.ci_low <= effect <= result.ci_high
    return {"excluded": excluded / runs, "called": called / runs, "covered": covered / runs}


def result_time(repeats: int = 7) -> float:
    """Median seconds for ExperimentsService.result on an ABAB 4×14 experiment."""
    from gutsleep.domain.experiments import Design, Experiment, outcome_day
    from gutsleep.domain.journal import DayEntry, SleepDiary
    from gutsleep.services.context import open_services

    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "data", zone="Europe/London")
        try:
            made = services.experiments.create(
                Experiment("Kefir", "fermented", "tst", START, design=Design.ABAB, phase_days=14)
            ).experiment
            assert made is not None and made.id is not None
            rng = np.random.default_rng(1)
            entries = []
            for day, phase in services.experiments.schedule(made):
                morning = outcome_day("tst", day)
                lights_out = datetime.combine(day, time(23, 0))
                minutes = 420 + rng.normal(0, 30) + (20 if phase == "B" else 0)
                wake = lights_out + timedelta(minutes=float(minutes))
                entries.append(
                    DayEntry(
                        day=morning,
                        sleep=SleepDiary(
                            into_bed=lights_out,
                            lights_out=lights_out,
                            final_wake=wake,
                            out_of_bed=wake,
                            zone="Europe/London",
                        ),
                    )
                )
                services.experiments.check_in(made.id, day, phase == "B")
            services.journal.repository.save_many(entries)
            services.experiments.result(made)  # imports numpy and the analysis once
            times = []
            for _ in range(repeats):
                began = clock.perf_counter()
                services.experiments.result(made)
                times.append(clock.perf_counter() - began)
            return statistics.median(times)
        finally:
            services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="experiments per cell")
    args = parser.parse_args()
    print(f"{args.runs} no-effect and {args.runs} effect experiments per cell, 95% intervals")
    print(f"{'design':<10} {'AR(1)':>5} {'excl. 0':>8} {'better/worse':>13} {'coverage':>9}")
    for name, order in DESIGNS.items():
        for i, rho in enumerate(RHOS):
            got = cell(order, rho, args.runs, seed=1000 + 10 * i + len(order))
            print(
                f"{name:<10} {rho:>5.1f} {got['excluded']:>8.1%} {got['called']:>13.1%} "
                f"{got['covered']:>9.1%}",
                flush=True,
            )
    print(f"result for ABAB 4x14 from a data folder: {result_time() * 1000:.0f} ms (median of 7)")


if __name__ == "__main__":
    main()
