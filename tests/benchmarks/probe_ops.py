"""Whole-history and per-day operations, timed inside one fresh process each.

    probe_ops.py save DATA N          N autosaves of today's entry (JournalService.save)
    probe_ops.py export DATA OUT      the whole journal as JSON (services.data.export_journal)
    probe_ops.py import EMPTY JSON    JSON export into an empty data folder (import_journal)
    probe_ops.py insights DATA        load every day, daily_frame, find_insights
    probe_ops.py search DATA          Edit → Find on the Journal: words typed a letter at a
                                      time (each prefix searched, as the panel does), and
                                      the index rebuilt as "Check database" does
    probe_ops.py report DATA OUT DAYS the clinician report of the last DAYS days (a cold
                                      process: reading, insights, layout and the PDF;
                                      then again in the same process: warm, as in the app)

Prints one ``GUTSLEEP-BENCH {json}`` line with the times in milliseconds.
Opening the journal is not timed. Uses gutsleep.services.data when present,
else gutsleep.storage.transfer directly.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from probe_support import peak_rss_kib, report

ZONE = "Europe/London"
WARMUP_SAVES = 3


def _ms(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


def _open(folder: Path):
    from gutsleep.services.context import open_services

    return open_services(folder, zone=ZONE)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def save(folder: Path, n: int) -> None:
    services = _open(folder)
    journal = services.journal
    today = date.today()
    entry = journal.load(today)
    if entry.is_empty():  # a stale cache: use the newest day instead
        span = journal.repository.span()
        entry = journal.load(span[1] if span else today - timedelta(days=1))
    times = []
    first = None
    for i in range(WARMUP_SAVES + n):
        edited = replace(entry, notes=f"{entry.notes} (edit {i})")
        start = time.perf_counter_ns()
        outcome = journal.save(edited)
        elapsed = _ms(start)
        assert outcome.ok, outcome.problems
        if i == 0:
            first = elapsed
        if i >= WARMUP_SAVES:
            times.append(elapsed)
    pragma = services.database.engine.connect()
    synchronous = pragma.exec_driver_sql("PRAGMA synchronous").scalar()
    journal_mode = pragma.exec_driver_sql("PRAGMA journal_mode").scalar()
    pragma.close()
    report(
        kind="save",
        n=len(times),
        first_ms=first,
        p50_ms=_percentile(times, 0.5),
        p95_ms=_percentile(times, 0.95),
        max_ms=max(times),
        synchronous=synchronous,  # 2 = FULL
        journal_mode=journal_mode,
    )
    services.close()


def export(folder: Path, out: Path) -> None:
    services = _open(folder)
    start = time.perf_counter_ns()
    try:
        from gutsleep.services.data import export_journal

        result = export_journal(services, out, format="json", exported_at=None)
        via = "services.data"
    except ImportError:
        from gutsleep.storage.transfer import export_journal as storage_export

        result = storage_export(services.database, out, format="json", exported_at=None)
        via = "storage.transfer"
    elapsed = _ms(start)
    report(
        kind="export",
        ms=elapsed,
        days=result.days,
        bytes=out.stat().st_size,
        via=via,
        peak_rss_kib=peak_rss_kib(),
    )
    services.close()


def import_(folder: Path, source: Path) -> None:
    services = _open(folder)
    assert services.journal.repository.count() == 0, "import needs an empty data folder"
    start = time.perf_counter_ns()
    try:
        from gutsleep.services.data import import_journal

        result = import_journal(services, source)
        via = "services.data"
    except ImportError:
        from gutsleep.storage.transfer import import_file

        result = import_file(services.database, source, default_zone=ZONE)
        via = "storage.transfer"
    elapsed = _ms(start)
    report(
        kind="import",
        ms=elapsed,
        days=result.written,
        stored=services.journal.repository.count(),
        via=via,
        peak_rss_kib=peak_rss_kib(),
    )
    services.close()


def insights(folder: Path, repeats: int = 3) -> None:
    services = _open(folder)
    from gutsleep.analysis.insights import find_insights
    from gutsleep.analysis.series import daily_frame

    start = time.perf_counter_ns()
    entries = services.journal.repository.between()
    load_ms = _ms(start)
    frames, finds = [], []
    report_ = None
    for _ in range(repeats):
        start = time.perf_counter_ns()
        frame = daily_frame(entries)
        frames.append(_ms(start))
        start = time.perf_counter_ns()
        report_ = find_insights(frame)
        finds.append(_ms(start))
    report(
        kind="insights",
        days=len(entries),
        load_ms=load_ms,
        frame_ms=statistics.median(frames),
        find_ms=statistics.median(finds),
        first_frame_plus_find_ms=frames[0] + finds[0],
        compute_ms=statistics.median(f + g for f, g in zip(frames, finds, strict=True)),
        insights=len(report_.insights) if report_ else 0,
        peak_rss_kib=peak_rss_kib(),
    )
    services.close()


def report_pdf(folder: Path, out: Path, days: int) -> None:
    services = _open(folder)
    from gutsleep.services.report import make_report

    span = services.journal.repository.span()
    last = span[1] if span else date.today()
    first = last - timedelta(days=days - 1)
    start = time.perf_counter_ns()
    result = make_report(services, first, last, out, today=last)
    cold = _ms(start)
    # warm, as in the app: matplotlib imported, the same period made again (read again)
    start = time.perf_counter_ns()
    make_report(services, first, last, out, today=last)
    report(
        kind="report",
        ms=cold,
        warm_ms=_ms(start),
        days=days,
        pages=result.pages,
        peak_rss_kib=peak_rss_kib(),
    )
    services.close()


#: What a person might look for, typed a letter at a time (every prefix is a search).
SEARCH_WORDS = ("oats", "kale", "magnesium", "yoga", "coffee", "bloated", "käse", "slept badly")


def search(folder: Path) -> None:
    services = _open(folder)
    journal = services.journal
    journal.search("warm up")  # the first query opens the index's pages
    times, found = [], 0
    for word in SEARCH_WORDS:
        for end in range(1, len(word) + 1):
            start = time.perf_counter_ns()
            hits = journal.search(word[:end])
            times.append(_ms(start))
        found += len(hits)
    from gutsleep.storage.journal import search as index

    start = time.perf_counter_ns()
    with services.database.session() as session:
        index.rebuild(session.connection())
    rebuild_ms = _ms(start)
    start = time.perf_counter_ns()
    with services.database.reading() as connection:
        in_step = index.in_step(connection)
    check_ms = _ms(start)
    report(
        kind="search",
        n=len(times),
        p50_ms=_percentile(times, 0.5),
        p95_ms=_percentile(times, 0.95),
        max_ms=max(times),
        hits_for_whole_words=found,
        rebuild_ms=rebuild_ms,
        in_step_check_ms=check_ms,
        in_step=in_step,
    )
    services.close()


def main() -> None:
    op = sys.argv[1]
    if op == "save":
        save(Path(sys.argv[2]), int(sys.argv[3]))
    elif op == "export":
        export(Path(sys.argv[2]), Path(sys.argv[3]))
    elif op == "import":
        import_(Path(sys.argv[2]), Path(sys.argv[3]))
    elif op == "insights":
        insights(Path(sys.argv[2]))
    elif op == "search":
        search(Path(sys.argv[2]))
    elif op == "report":
        report_pdf(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown operation {op!r}")


if __name__ == "__main__":
    main()
