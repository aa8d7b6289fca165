"""gutsleep's performance benchmark: whole processes against their floors, 1 to 20 years of data.

    .venv/bin/python tests/benchmarks/run.py            # full run (about 10-20 minutes here)
    .venv/bin/python tests/benchmarks/run.py --quick    # smoke run: 1 and 2 years, ~2 minutes

Generates (and caches) dense demo journals, then measures, alternating each
app run with its floor run (A/B) and taking medians:

* first paint: process start -> end of the main window's first paint pass,
  against a bare PySide6 QMainWindow with a QLabel;
* longest GUI stall in the first 10 s while a person types into the Journal's
  notes (one key every 30 ms from ready on; the warm-up runs in this time);
* ready: -> the Journal page painted showing today's stored entry, against bare
  Qt + ``import sqlalchemy.orm`` + one row read from SQLite with the ORM;
* Trends first view (cold, and warmed while idle) and range-change redraws,
  when the window has a "trends" page;
* save latency of today's entry through JournalService.save (p50, p95;
  synchronous=FULL, so every save is a durable commit);
* export of the whole journal as JSON, and import of that export into an
  empty folder;
* insights: daily_frame + find_insights over every day (loading the days is
  reported on its own line);
* the clinician report of 28 days, 1 year and 10 years: in a fresh process
  (cold: matplotlib imported by it) and made again in it (warm, as in the app);
* peak memory (VmHWM) after visiting every page, against the bare window's;
* the growth of each from 1 to 20 years.

Prints a table and writes ``benchmark-results.json`` at the repository root
(named times, ratios and the targets with pass/fail). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from journals import DEFAULT_CACHE, ensure_export, ensure_journal, fresh_copy  # noqa: E402
from probe_support import PREFIX  # noqa: E402

PYTHON = sys.executable
MIB = 1024.0


# clocks ------------------------------------------------------------------------------
def _parent_clock():
    """perf_counter_ns when it is CLOCK_MONOTONIC (as on Linux), else monotonic_ns.

    The children stamp events with time.monotonic_ns(), so both sides must read
    the same clock.
    """
    perf = time.get_clock_info("perf_counter").implementation
    mono = time.get_clock_info("monotonic").implementation
    if perf == mono:
        return time.perf_counter_ns, perf
    return time.monotonic_ns, mono


CLOCK, CLOCK_NAME = _parent_clock()


# running probes --------------------------------------------------------------------
@dataclass
class ProbeRun:
    start_ns: int
    lines: list[dict[str, Any]]
    returncode: int
    maxrss_kib: int
    wall_s: float
    stderr: str = ""
    cpu_s: float = 0.0
    """User plus system CPU time of the process: fair on a busy machine, unlike wall time."""

    def line(self, kind: str) -> dict[str, Any]:
        for item in self.lines:
            if item.get("kind") == kind:
                return item
        raise ProbeFailed(f"no {kind!r} result (exit {self.returncode}):\n{self.stderr[-3000:]}")

    def since_start_ms(self, stamp_ns: int) -> float:
        return (stamp_ns - self.start_ns) / 1e6


class ProbeFailed(RuntimeError):
    pass


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("GUTSLEEP_DATA_DIR", None)
    # Bytecode is read as an installed app reads it (pip and the bundles ship .pyc); a
    # PYTHONDONTWRITEBYTECODE inherited from the shell would leave gutsleep's own modules
    # (never the floors') compiled from source at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_package() -> None:
    """Write the bytecode of the gutsleep package the probes import (as installing does)."""
    code = (
        "import compileall, os, gutsleep; "
        "compileall.compile_dir(os.path.dirname(gutsleep.__file__), quiet=1)"
    )
    subprocess.run([PYTHON, "-c", code], cwd=ROOT, env=child_env(), check=True, timeout=300)


def run_probe(args: list[str], timeout: float = 300.0) -> ProbeRun:
    """Start ``python <args>``, wait for it with wait4 (its own rusage), parse its result lines.

    The start time is read just before the process is created.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        env = child_env()
        start = CLOCK()
        process = subprocess.Popen(
            [PYTHON, *args], stdout=out, stderr=err, cwd=ROOT, env=env, close_fds=True
        )
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = (CLOCK() - start) / 1e9
        out.seek(0)
        err.seek(0)
        lines = [json.loads(line[len(PREFIX) :]) for line in out if line.startswith(PREFIX)]
        stderr = err.read()
    return ProbeRun(
        start,
        lines,
        process.returncode,
        int(usage.ru_maxrss),
        wall,
        stderr,
        usage.ru_utime + usage.ru_stime,
    )


# results -----------------------------------------------------------------------------
@dataclass
class Results:
    quick: bool
    sizes: list[float]
    target_years: float
    samples: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, metric: str, years: float, value: float | None) -> None:
        if value is None:
            return
        self.samples.setdefault(metric, {}).setdefault(key(years), []).append(float(value))

    def median(self, metric: str, years: float) -> float | None:
        values = self.samples.get(metric, {}).get(key(years))
        return statistics.median(values) if values else None


def key(years: float) -> str:
    return f"{years:g}y"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# the stages --------------------------------------------------------------------------
def measure_start(res: Results, years: float, folder: Path, runs: Path, rep: int) -> None:
    """One round of first paint and ready with their floors (the order rotates each round)."""
    kinds = ["app", "floor-window", "floor-sqlalchemy"]
    order = kinds[rep % 3 :] + kinds[: rep % 3]
    got: dict[str, float] = {}
    for kind in order:
        copy = fresh_copy(folder, runs)
        try:
            if kind == "app":
                run = run_probe([str(HERE / "probe_app.py"), "start", "--data-dir", str(copy)])
                line = run.line("app-start")
                got["paint"] = run.since_start_ms(line["paint_ns"])
                got["ready"] = run.since_start_ms(line["ready_ns"])
                res.add("start_rss_mib", years, line["peak_rss_kib"] / MIB)
                res.extra.setdefault("matplotlib_at_start", {})[key(years)] = line.get(
                    "matplotlib_at_start"
                )
                if line.get("note"):
                    res.extra.setdefault("notes", []).append(f"{key(years)}: {line['note']}")
            elif kind == "floor-window":
                run = run_probe([str(HERE / "probe_floor.py"), "window"])
                got["floor_paint"] = run.since_start_ms(run.line("floor-window")["paint_ns"])
            else:
                database = copy / "journal.sqlite3"
                run = run_probe([str(HERE / "probe_floor.py"), "sqlalchemy", str(database)])
                got["floor_ready"] = run.since_start_ms(run.line("floor-sqlalchemy")["paint_ns"])
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
    measure_typing(res, years, folder, runs)
    res.add("first_paint_ms", years, got["paint"])
    res.add("ready_ms", years, got["ready"])
    res.add("first_paint_floor_ms", years, got["floor_paint"])
    res.add("ready_floor_ms", years, got["floor_ready"])
    # Paired with the floor runs next to them, so machine load cancels out.
    res.add("first_paint_over_floor", years, got["paint"] / got["floor_paint"])
    res.add("ready_over_floor", years, got["ready"] / got["floor_ready"])


#: The stall window: the first seconds after the process started.
STALL_WINDOW_S = 10.0


def measure_typing(res: Results, years: float, folder: Path, runs: Path) -> None:
    """Longest gap between typing ticks in the first 10 s, less the typing interval.

    A tick can only run when the GUI thread's event loop is free, and the
    keys typed meanwhile wait in the queue: the gap is what the person feels.
    """
    copy = fresh_copy(folder, runs)
    try:
        run = run_probe([str(HERE / "probe_app.py"), "typing", "--data-dir", str(copy)])
        line = run.line("app-typing")
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    ticks = [t for t in line["ticks"] if run.since_start_ms(t) <= STALL_WINDOW_S * 1000]
    gaps = [(b - a) / 1e6 - line["interval_ms"] for a, b in itertools.pairwise(ticks)]
    if not gaps:
        res.errors.append(f"typing {key(years)}: no typing ticks within {STALL_WINDOW_S:g} s")
        return
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    res.add("typing_stall_ms", years, max(0.0, gaps[worst]))
    res.add("typing_stalls_over_50ms", years, sum(g > 50 for g in gaps))
    res.extra.setdefault("typing_worst_at_s", {}).setdefault(key(years), []).append(
        round(run.since_start_ms(ticks[worst]) / 1000, 2)
    )
    res.extra.setdefault("typing_warm_done", {}).setdefault(key(years), []).append(
        line.get("warm_done")
    )


def measure_memory(res: Results, years: float, folder: Path, runs: Path, rep: int) -> None:
    """Peak memory after visiting every page, against the bare window (alternating)."""
    for kind in ["app", "floor"] if rep % 2 == 0 else ["floor", "app"]:
        if kind == "floor":
            run = run_probe([str(HERE / "probe_floor.py"), "window"])
            line = run.line("floor-window")
            res.add("peak_rss_floor_mib", years, line["peak_rss_kib"] / MIB)
            res.add("maxrss_floor_wait4_mib", years, run.maxrss_kib / MIB)
            continue
        copy = fresh_copy(folder, runs)
        try:
            run = run_probe([str(HERE / "probe_app.py"), "pages", "--data-dir", str(copy)])
            line = run.line("app-pages")
            res.add("peak_rss_mib", years, line["peak_rss_kib"] / MIB)
            res.add("maxrss_wait4_mib", years, run.maxrss_kib / MIB)
            res.extra.setdefault("page_settle_ms", {})[key(years)] = line["visited"]
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)


def measure_trends(res: Results, years: float, folder: Path, runs: Path, rep: int) -> None:
    """Trends first view, cold and warmed while idle (alternating), and range redraws."""
    for warm in [False, True] if rep % 2 == 0 else [True, False]:
        copy = fresh_copy(folder, runs)
        try:
            args = [str(HERE / "probe_app.py"), "trends", "--data-dir", str(copy)]
            run = run_probe([*args, "--warm-idle"] if warm else args)
            line = run.line("app-trends")
            if line.get("missing"):
                return
            name = "trends_first_view_warm_ms" if warm else "trends_first_view_ms"
            res.add(name, years, line["first_view_ms"])
            if warm:
                res.extra.setdefault("trends_warm_source", {})[key(years)] = line["warm_source"]
            for redraw in line.get("redraws") or []:
                if redraw["ms"] is None:
                    res.extra.setdefault("trends_redraw_unpainted", []).append(redraw)
                res.add("trends_redraw_ms", years, redraw["ms"])
            if not line.get("range_control_found"):
                res.extra["trends_range_control"] = "not found: no redraws measured"
            res.add("trends_rss_mib", years, line["peak_rss_kib"] / MIB)
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)


def measure_ops(
    res: Results, years: float, folder: Path, runs: Path, rep: int, saves: int = 200
) -> None:
    """One round of save latency, export, import and insights, each in a fresh process."""
    export_file = ensure_export(folder)
    copy = fresh_copy(folder, runs)
    try:
        ops = str(HERE / "probe_ops.py")
        line = run_probe([ops, "save", str(copy), str(saves)]).line("save")
        res.add("save_p50_ms", years, line["p50_ms"])
        res.add("save_p95_ms", years, line["p95_ms"])
        res.add("save_first_ms", years, line["first_ms"])
        res.extra.setdefault("save_pragmas", {})[key(years)] = {
            "synchronous": line["synchronous"],
            "journal_mode": line["journal_mode"],
        }
        copy2 = fresh_copy(folder, runs)  # the saves above changed a day: export the original
        try:
            out = copy2.parent / "export.json"
            line = run_probe([ops, "export", str(copy2), str(out)]).line("export")
            res.add("export_ms", years, line["ms"])
            res.extra.setdefault("export_via", line["via"])
            line = run_probe([ops, "insights", str(copy2)]).line("insights")
            res.add("insights_ms", years, line["compute_ms"])
            res.add("insights_first_ms", years, line["first_frame_plus_find_ms"])
            res.add("load_all_days_ms", years, line["load_ms"])
            line = run_probe([ops, "search", str(copy2)]).line("search")
            res.add("search_p95_ms", years, line["p95_ms"])
            res.add("search_max_ms", years, line["max_ms"])
            res.add("search_rebuild_ms", years, line["rebuild_ms"])
            if not line["in_step"]:
                res.errors.append(f"{key(years)} search index out of step after its rebuild")
            for label, days in REPORT_RANGES:
                pdf = copy2.parent / f"report-{label}.pdf"
                line = run_probe([ops, "report", str(copy2), str(pdf), str(days)]).line("report")
                res.add(f"report_{label}_ms", years, line["ms"])
                res.add(f"report_{label}_warm_ms", years, line["warm_ms"])
                if line["pages"] != 2:
                    res.errors.append(f"{key(years)} report {label}: {line['pages']} pages, not 2")
        finally:
            shutil.rmtree(copy2.parent, ignore_errors=True)
        empty = copy.parent / "empty"
        line = run_probe([ops, "import", str(empty), str(export_file)], timeout=900).line("import")
        res.add("import_ms", years, line["ms"])
        if line["stored"] != line["days"]:
            res.errors.append(f"{key(years)} import stored {line['stored']} of {line['days']}")
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)


#: The clinician report's periods: label and days (ending on the journal's last day).
REPORT_RANGES = (("28d", 28), ("1y", 365), ("10y", 3653))

# summary -----------------------------------------------------------------------------
FLAT = 1.2  # "flat": 20 years within 20 % of 1 year (app/floor ratios; noise allowance)
LINEAR_SLACK = 1.25  # "at most linear": doubling the years at most 2.5 x the time


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def summarise(res: Results) -> dict[str, Any]:
    t = res.target_years
    small, large = min(res.sizes), max(res.sizes)
    medians = {
        metric: {size: statistics.median(vals) for size, vals in by_size.items()}
        for metric, by_size in res.samples.items()
    }
    m = res.median
    ratios: dict[str, float | None] = {
        "first_paint_vs_floor": _ratio(m("first_paint_ms", t), m("first_paint_floor_ms", t)),
        "ready_vs_floor": _ratio(m("ready_ms", t), m("ready_floor_ms", t)),
        "peak_rss_vs_floor": _ratio(m("peak_rss_mib", t), m("peak_rss_floor_mib", t)),
    }
    growth_metrics = [
        "first_paint_ms",
        "ready_ms",
        "first_paint_over_floor",
        "ready_over_floor",
        "save_p50_ms",
        "save_p95_ms",
        "trends_first_view_ms",
        "trends_redraw_ms",
        "export_ms",
        "import_ms",
        "insights_ms",
        "load_all_days_ms",
        "search_p95_ms",
        "peak_rss_mib",
    ]
    for metric in growth_metrics:
        name = metric.removesuffix("_ms").removesuffix("_mib")
        ratios[f"{name}_{key(large)}_vs_{key(small)}"] = _ratio(m(metric, large), m(metric, small))
        if t != large and t != small:
            ratios[f"{name}_{key(large)}_vs_{key(t)}"] = _ratio(m(metric, large), m(metric, t))

    targets: list[dict[str, Any]] = []

    def target(name: str, value: float | None, limit: float, unit: str, detail: str = "") -> None:
        targets.append(
            {
                "name": name,
                "value": None if value is None else round(value, 3),
                "limit": round(limit, 3),
                "unit": unit,
                "pass": None if value is None else value <= limit,
                "detail": detail,
            }
        )

    tk = key(t)
    target("first paint ≤ 1.5 × bare window", ratios["first_paint_vs_floor"], 1.5, "×", tk)
    target("ready ≤ 1.3 × its floor", ratios["ready_vs_floor"], 1.3, "×", tk)
    target(
        "GUI stall while typing ≤ 50 ms",
        m("typing_stall_ms", t),
        50,
        "ms",
        f"{tk}, first {STALL_WINDOW_S:g} s, one key every 30 ms, beyond the interval",
    )
    for metric, label in (("first_paint_over_floor", "first paint"), ("ready_over_floor", "ready")):
        target(
            f"{label} flat {key(small)}→{key(large)}",
            _ratio(m(metric, large), m(metric, small)),
            FLAT,
            "×",
            f"app/floor of each round, median {key(large)} / median {key(small)}",
        )
    cold, warm = m("trends_first_view_ms", t), m("trends_first_view_warm_ms", t)
    if cold is not None or warm is not None:
        warm_source = res.extra.get("trends_warm_source", {}).get(tk)
        cold_ok = cold is not None and cold <= 1000
        warm_ok = warm is not None and warm <= 300 and warm_source == "app"
        targets.append(
            {
                "name": "Trends first view ≤ 1.0 s cold (or ≤ 0.3 s warmed by the app while idle)",
                "value": None if cold is None else round(cold / 1000, 3),
                "limit": 1.0,
                "unit": "s",
                "pass": cold_ok or warm_ok,
                "detail": f"{tk}; warmed {warm and round(warm / 1000, 3)} s ({warm_source})",
            }
        )
        redraw = m("trends_redraw_ms", t)
        target("range change redraw ≤ 150 ms", redraw, 150, "ms", tk)
    else:
        targets.append(
            {
                "name": "Trends first view / range redraw",
                "value": None,
                "limit": None,
                "unit": "",
                "pass": None,
                "detail": "no Trends page in this build: not measured",
            }
        )
    target("save p95 ≤ 25 ms", m("save_p95_ms", t), 25, "ms", tk)
    target(
        f"save flat {key(small)}→{key(large)}",
        _ratio(m("save_p50_ms", large), m("save_p50_ms", small)),
        FLAT,
        "×",
        "p50 ratio",
    )
    target(
        f"search on {tk} ≤ 100 ms",
        m("search_max_ms", t),
        100,
        "ms",
        "Edit → Find on the Journal: the slowest of every prefix of 8 words",
    )
    target(f"{tk} import ≤ 5 s", _s(m("import_ms", t)), 5, "s")
    target(f"{tk} export ≤ 2 s", _s(m("export_ms", t)), 2, "s")
    target(
        f"insights on {tk} ≤ 1 s", _s(m("insights_ms", t)), 1, "s", "daily_frame + find_insights"
    )
    for label, _days in REPORT_RANGES:
        target(
            f"report of {label} on {tk} ≤ 2 s (warm)",
            _s(m(f"report_{label}_warm_ms", t)),
            2,
            "s",
            "matplotlib imported, as in the app: reading, insights, layout, PDF",
        )
    floor_mem = m("peak_rss_floor_mib", t)
    target(
        "peak memory ≤ 2 × bare window + 100 MiB",
        m("peak_rss_mib", t),
        2 * floor_mem + 100 if floor_mem else float("nan"),
        "MiB",
        f"{tk}, every page visited; bare window {floor_mem and round(floor_mem, 1)} MiB",
    )
    if large != t:
        for metric, label in (
            ("import_ms", "import"),
            ("export_ms", "export"),
            ("insights_ms", "insights"),
            ("trends_first_view_ms", "Trends first view"),
        ):
            growth = _ratio(m(metric, large), m(metric, t))
            if growth is None:
                continue
            years_ratio = large / t
            target(
                f"{label} at most linear {tk}→{key(large)}",
                growth,
                years_ratio * LINEAR_SLACK,
                "×",
                f"{years_ratio:g}× the days",
            )
    return {"medians": medians, "ratios": ratios, "targets": targets}


def _s(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000


ROWS = [
    ("first paint", "first_paint_ms", "ms"),
    ("  floor: bare window", "first_paint_floor_ms", "ms"),
    ("  app / floor (paired)", "first_paint_over_floor", "×"),
    ("ready (Journal, today)", "ready_ms", "ms"),
    ("  floor: Qt + SQLAlchemy row", "ready_floor_ms", "ms"),
    ("  app / floor (paired)", "ready_over_floor", "×"),
    ("longest GUI stall, typing 10 s", "typing_stall_ms", "ms"),
    ("  stalls over 50 ms", "typing_stalls_over_50ms", "n"),
    ("Trends first view (cold)", "trends_first_view_ms", "ms"),
    ("Trends first view (warmed)", "trends_first_view_warm_ms", "ms"),
    ("Trends range redraw", "trends_redraw_ms", "ms"),
    ("save p50", "save_p50_ms", "ms"),
    ("save p95", "save_p95_ms", "ms"),
    ("export JSON", "export_ms", "ms"),
    ("import JSON (empty folder)", "import_ms", "ms"),
    ("insights (frame + find)", "insights_ms", "ms"),
    ("  load every day", "load_all_days_ms", "ms"),
    ("report, last 28 days (cold process)", "report_28d_ms", "ms"),
    ("report, last year (cold process)", "report_1y_ms", "ms"),
    ("report, last 10 years (cold process)", "report_10y_ms", "ms"),
    ("report, last 28 days (warm)", "report_28d_warm_ms", "ms"),
    ("report, last year (warm)", "report_1y_warm_ms", "ms"),
    ("report, last 10 years (warm)", "report_10y_warm_ms", "ms"),
    ("peak RSS, every page", "peak_rss_mib", "MiB"),
    ("  floor: bare window", "peak_rss_floor_mib", "MiB"),
]


def table(res: Results, summary: dict[str, Any]) -> str:
    cols = [key(s) for s in res.sizes]
    head = f"{'measure':32}" + "".join(f"{c:>10}" for c in cols) + "  unit"
    lines = [head, "-" * len(head)]
    for label, metric, unit in ROWS:
        values = summary["medians"].get(metric)
        if not values:
            continue
        fmt = ">10.2f" if unit == "×" else ">10.1f"
        cells = "".join(f"{values[c]:{fmt}}" if c in values else f"{'—':>10}" for c in cols)
        lines.append(f"{label:32}{cells}  {unit}")
    lines.append("")
    lines.append("ratios")
    for name, value in summary["ratios"].items():
        if value is not None:
            lines.append(f"  {name:40} {value:8.2f}")
    lines.append("")
    lines.append("targets")
    for t in summary["targets"]:
        mark = {True: "PASS", False: "FAIL", None: "n/a "}[t["pass"]]
        value = "—" if t["value"] is None else f"{t['value']:g} {t['unit']}"
        limit = "" if t["limit"] is None else f"(limit {t['limit']:g} {t['unit']})"
        detail = f"  [{t['detail']}]" if t["detail"] else ""
        lines.append(f"  {mark}  {t['name']}: {value} {limit}{detail}")
    return "\n".join(lines)


def git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


# main --------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 and 2 years, few repeats")
    parser.add_argument("--sizes", type=float, nargs="+", help="journal sizes in years")
    parser.add_argument("--reps", type=int, help="A/B repeats of the start-up measurements")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmark-results.json")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["start", "memory", "trends", "ops"],
        help="run only these stages",
    )
    args = parser.parse_args(argv)

    sizes = args.sizes or ([1.0, 2.0] if args.quick else [1.0, 5.0, 10.0, 20.0])
    sizes = sorted(set(sizes))
    target_years = 10.0 if 10.0 in sizes else max(sizes)
    start_reps = args.reps or (3 if args.quick else 10)
    mem_reps = 1 if args.quick else 3
    trends_reps = 1 if args.quick else 3
    ops_reps = 1 if args.quick else 3
    saves = 60 if args.quick else 200
    stages = set(args.only or ["start", "memory", "trends", "ops"])

    res = Results(quick=args.quick, sizes=sizes, target_years=target_years)
    started = time.perf_counter()
    load_before = os.getloadavg()
    log(f"gutsleep benchmark: sizes {', '.join(key(s) for s in sizes)}; parent clock {CLOCK_NAME}")

    folders = {years: ensure_journal(years, args.seed, args.cache_dir, log) for years in sizes}
    runs = Path(tempfile.mkdtemp(prefix="gutsleep-bench-runs-"))
    try:
        # Warm the bytecode caches and the file cache once; these runs are not counted.
        log("warming up …")
        compile_package()
        warm_copy = fresh_copy(folders[sizes[0]], runs)
        run_probe([str(HERE / "probe_app.py"), "start", "--data-dir", str(warm_copy)])
        run_probe([str(HERE / "probe_floor.py"), "sqlalchemy", str(warm_copy / "journal.sqlite3")])
        run_probe([str(HERE / "probe_floor.py"), "window"])

        start = run_probe([str(HERE / "probe_app.py"), "start", "--data-dir", str(warm_copy)]).line(
            "app-start"
        )
        has_trends = bool(start.get("has_trends"))
        res.extra["pages"] = start.get("pages")
        if not has_trends:
            res.extra["trends"] = "no 'trends' page in window.specs: not measured"
        plan = [
            ("start", "first paint and ready (A/B with floors)", start_reps, measure_start),
            ("memory", "peak memory after every page (A/B)", mem_reps, measure_memory),
            ("trends", "Trends first view (cold/warm) and redraws", trends_reps, measure_trends),
            ("ops", f"save ×{saves}, export, insights, import", ops_reps, measure_ops),
        ]
        for stage, title, reps, measure in plan:
            if stage not in stages or (stage == "trends" and not has_trends):
                continue
            for rep in range(reps):
                # Sizes interleaved (and their order alternating), so a busy spell on the
                # machine hits every size alike and the growth ratios stay fair.
                order = sizes if rep % 2 == 0 else sizes[::-1]
                log(f"{title}: round {rep + 1}/{reps} …")
                for years in order:
                    try:
                        if measure is measure_ops:
                            measure_ops(res, years, folders[years], runs, rep, saves)
                        else:
                            measure(res, years, folders[years], runs, rep)
                    except ProbeFailed as exc:
                        res.errors.append(f"{stage} {key(years)}: {exc}")
                        log(f"{stage} {key(years)}: a probe failed: {exc}")
    finally:
        shutil.rmtree(runs, ignore_errors=True)

    summary = summarise(res)
    results = {
        "meta": {
            "when": datetime.now().astimezone().isoformat(timespec="seconds"),
            "commit": git("rev-parse", "HEAD"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
            "quick": args.quick,
            "sizes_years": sizes,
            "target_years": target_years,
            "seed": args.seed,
            "start_reps": start_reps,
            "memory_reps": mem_reps,
            "trends_reps": trends_reps,
            "ops_reps": ops_reps,
            "saves": saves,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "loadavg_before": load_before,
            "loadavg_after": os.getloadavg(),
            "qt_platform": child_env()["QT_QPA_PLATFORM"],
            "clock": CLOCK_NAME,
            "duration_s": round(time.perf_counter() - started, 1),
            "parent_maxrss_children_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            / MIB,
        },
        "times": summary["medians"],
        "ratios": summary["ratios"],
        "targets": summary["targets"],
        "extra": res.extra,
        "errors": res.errors,
        "samples": res.samples,
    }
    args.output.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(table(res, summary))
    if res.errors:
        print("\nerrors:\n  " + "\n  ".join(res.errors))
    print(f"\nwrote {args.output} in {results['meta']['duration_s']} s")
    return 1 if res.errors else 0


if __name__ == "__main__":
    sys.exit(main())
