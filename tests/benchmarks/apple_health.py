"""Benchmark: importing an Apple Health export against a bare iterparse pass over it.

    .venv/bin/python tests/benchmarks/apple_health.py              # 50 and 500 MB exports
    .venv/bin/python tests/benchmarks/apple_health.py --mb 20 100  # other sizes

For each size, a realistic export (mostly heart-rate and step samples, a night of
sleep stages each day, some hot flushes) is generated once, then read alternately
by the floor (``xml.etree.ElementTree.iterparse``, clearing each record) and by
gutsleep (read, preview and import into an empty journal), each in a fresh process.
Targets: gutsleep's CPU time at most 2x the floor's at the largest size, and its
peak memory (VmHWM) growing by less than 100 MiB from the smallest to the largest
size (flat in the file's size). Writes ``benchmark-apple-health.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from run import run_probe  # noqa: E402

TIME_RATIO = 2.0
MEMORY_GROWTH_MIB = 100.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[50.0, 500.0])
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmark-apple-health.json")
    args = parser.parse_args(argv)
    probe = str(HERE / "probe_apple.py")
    work = Path(tempfile.mkdtemp(prefix="gutsleep-apple-"))
    results: dict[str, dict[str, float]] = {}
    try:
        for size in sorted(args.mb):
            export = work / f"export-{size:g}.zip"
            made = run_probe([probe, "generate", str(export), str(size)], timeout=3600).line(
                "generate"
            )
            floors, apps = [], []
            for rep in range(args.reps):
                floors.append(run_probe([probe, "floor", str(export)], timeout=3600))
                target = work / f"data-{size:g}-{rep}"
                apps.append(run_probe([probe, "import", str(export), str(target)], timeout=3600))
                shutil.rmtree(target, ignore_errors=True)
            floor_cpu = statistics.median(r.cpu_s for r in floors)
            app_cpu = statistics.median(r.cpu_s for r in apps)
            results[f"{size:g}MB"] = {
                "xml_bytes": made["bytes"],
                "floor_wall_ms": statistics.median(r.line("floor")["ms"] for r in floors),
                "app_wall_ms": statistics.median(r.line("import")["ms"] for r in apps),
                "floor_cpu_s": floor_cpu,
                "app_cpu_s": app_cpu,
                "cpu_ratio": app_cpu / floor_cpu,
                "floor_peak_mib": statistics.median(r.line("floor")["peak_kib"] for r in floors)
                / 1024,
                "app_peak_mib": statistics.median(r.line("import")["peak_kib"] for r in apps)
                / 1024,
                "nights": apps[0].line("import")["nights"],
            }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sizes = list(results)
    largest, smallest = results[sizes[-1]], results[sizes[0]]
    growth = largest["app_peak_mib"] - smallest["app_peak_mib"]
    targets = {
        "cpu_ratio_at_largest": {
            "value": largest["cpu_ratio"],
            "target": TIME_RATIO,
            "pass": largest["cpu_ratio"] <= TIME_RATIO,
        },
        "peak_growth_mib": {
            "value": growth,
            "target": MEMORY_GROWTH_MIB,
            "pass": growth < MEMORY_GROWTH_MIB,
        },
    }
    args.output.write_text(json.dumps({"sizes": results, "targets": targets}, indent=2) + "\n")
    print(
        f"{'size':>8} {'floor s':>8} {'app s':>8} {'CPU ratio':>9} "
        f"{'floor MiB':>9} {'app MiB':>8} {'nights':>7}"
    )
    for name, row in results.items():
        print(
            f"{name:>8} {row['floor_cpu_s']:8.2f} {row['app_cpu_s']:8.2f} {row['cpu_ratio']:9.2f} "
            f"{row['floor_peak_mib']:9.1f} {row['app_peak_mib']:8.1f} {row['nights']:7.0f}"
        )
    for name, target in targets.items():
        print(
            f"{name}: {target['value']:.2f} (target {target['target']}) "
            + ("ok" if target["pass"] else "MISSED")
        )
    return 0 if all(t["pass"] for t in targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
