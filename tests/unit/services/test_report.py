"""The clinician report: a multi-page PDF of a period, its text extractable, made offline."""

from __future__ import annotations

import math
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from gutsleep import __version__
from gutsleep.domain.experiments import Design, Experiment
from gutsleep.domain.screening import Answer
from gutsleep.domain.sleep import compute_metrics
from gutsleep.services.context import Services
from gutsleep.services.demo import create_demo
from gutsleep.services.report import DEFAULT_DAYS, make_report
from gutsleep.storage.transfer import Cancelled

END = date(2026, 3, 29)
FIRST = END - timedelta(days=DEFAULT_DAYS - 1)
#: Title page, sleep diary with averages, the two figures, gut to experiments.
DEMO_PAGES = 5


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def duration(minutes: float) -> str:
    total = round(minutes)
    hours, mins = divmod(total, 60)
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


@pytest.fixture
def demo(services: Services) -> Services:
    create_demo(services, days=60, seed=5, end=END)
    return services


def test_a_demo_journal_gives_the_expected_pages_and_text(demo: Services, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = make_report(
        demo, None, None, tmp_path / "report.pdf", lambda d, t: calls.append((d, t)), today=END
    )

    assert (result.first, result.last) == (FIRST, END)  # the last four weeks by default
    assert result.path == tmp_path / "report.pdf" and result.path.exists()
    assert result.path.stat().st_mode & 0o077 == 0
    assert not (tmp_path / "report.pdf.part").exists()
    assert calls[-1][0] == calls[-1][1] and [d for d, _ in calls] == sorted(d for d, _ in calls)
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages == DEMO_PAGES
    assert reader.metadata is not None and reader.metadata.title
    pages = pages_text(result.path)
    text = " ".join(pages)

    entries = demo.journal.repository.between(FIRST, END)
    assert result.days == len(entries) > 0
    assert f"Period: {FIRST.isoformat()} to {END.isoformat()} (28 days)" in pages[0]
    assert f"Days with entries: {len(entries)} of 28" in pages[0]
    assert "self-reported" in pages[0]
    assert f"gutsleep {__version__}" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {DEMO_PAGES}" in page
        assert "not medical advice" in page and "association is not causation" in page
        assert f"{FIRST.isoformat()} to {END.isoformat()}" in page

    # the diary: a row for every calendar day, a day without an entry has empty cells
    logged = {e.day for e in entries}
    for offset in range(DEFAULT_DAYS):
        assert (FIRST + timedelta(days=offset)).isoformat() in pages[1]
    missing = sorted(set(FIRST + timedelta(days=i) for i in range(DEFAULT_DAYS)) - logged)
    if missing:
        after = (missing[0] + timedelta(days=1)).isoformat()
        assert f"{missing[0].isoformat()} {after}" in pages[1]

    # the averages, computed here from the sleep diary itself
    metrics = [compute_metrics(e.sleep) for e in entries]
    tst = [m.total_sleep_min for m in metrics if m.total_sleep_min is not None]
    se = [m.sleep_efficiency_pct for m in metrics if m.sleep_efficiency_pct is not None]
    tst_mean = math.fsum(tst) / len(tst)
    se_mean = math.fsum(se) / len(se)
    assert f"Total sleep time (TST) {duration(tst_mean)} {len(tst)} of 28" in pages[1]
    assert f"Sleep efficiency (SE) {se_mean:.1f}% {len(se)} of 28" in pages[1]
    for label in ("Time in bed (TIB)", "Time to fall asleep (SOL)", "Sleep quality (1-5)"):
        assert label in pages[1]

    # the figures, then gut, stress, supplements, checklist and experiments
    assert (
        "Sleep over the period" in pages[2]
        and f"Total sleep averaged {duration(tst_mean)}" in (pages[2])
    )
    assert "Sleep beside daily factors" in pages[3] and "Stress" in pages[3]
    for words in (
        "Gut symptoms",
        "Bloating (0-10)",
        "Bristol stool type distribution",
        "Type 4: smooth and soft",
        "Stress, mood and practices",
        "Supplements and medicines",
        "magnesium 300 mg",
        "Lactobacillus",
        "No checklist completed.",
        "No self-experiment ran during this period.",
    ):
        assert words in text, words


def test_the_latest_checklist_and_overlapping_experiments_are_included(
    demo: Services, tmp_path: Path
) -> None:
    demo.checklist.save({"digestive-symptoms": Answer.NO}, FIRST - timedelta(days=40))
    demo.checklist.save(
        {"digestive-symptoms": Answer.YES, "antibiotics": Answer.UNSURE}, END - timedelta(days=3)
    )
    demo.checklist.save({"autoimmune": Answer.YES}, END + timedelta(days=5))  # after the period
    demo.experiments.create(
        Experiment(
            title="Kefir at breakfast",
            template="fermented",
            outcome="tst",
            start=FIRST - timedelta(days=10),
            design=Design.AB,
            phase_days=14,
        )
    )
    demo.experiments.create(
        Experiment(title="Long ago", template="fermented", outcome="tst", start=date(2025, 1, 6))
    )
    result = make_report(demo, FIRST, END, tmp_path / "full.pdf", today=END)
    text = " ".join(pages_text(result.path))
    assert result.pages >= DEMO_PAGES
    assert f"Taken on {(END - timedelta(days=3)).isoformat()}" in text
    assert "Result: Gut factors may be worth a look" in text
    assert "Digestive symptoms — yes" in text and "A lot of antibiotics — not sure" in text
    assert "An autoimmune condition" not in text  # that checklist came after the period
    assert "Kefir at breakfast" in text and "Long ago" not in text
    assert "Difference, change minus baseline" in text
    assert f"Result as of {END.isoformat()}" in text


def test_an_empty_period_gives_a_short_valid_pdf(demo: Services, tmp_path: Path) -> None:
    first, last = date(2020, 1, 1), date(2020, 1, 31)
    result = make_report(demo, first, last, tmp_path / "empty.pdf", today=END)
    assert (result.pages, result.days) == (1, 0)
    (page,) = pages_text(result.path)
    assert "No days were recorded between 2020-01-01 and 2020-01-31" in page
    assert "self-reported" in page and "Page 1 of 1" in page


def test_an_empty_journal_gets_a_report_too(services: Services, tmp_path: Path) -> None:
    result = make_report(services, None, None, tmp_path / "nothing.pdf")
    assert result.pages == 1
    assert result.last == date.today() and result.first == date.today() - timedelta(days=27)


def test_periods_given_in_part_or_backwards(demo: Services, tmp_path: Path) -> None:
    only_last = make_report(demo, None, END, tmp_path / "a.pdf", today=END + timedelta(days=60))
    assert (only_last.first, only_last.last) == (FIRST, END)
    only_first = make_report(demo, FIRST, None, tmp_path / "b.pdf", today=END)
    assert (only_first.first, only_first.last) == (FIRST, END)
    with pytest.raises(ValueError):
        make_report(demo, END, FIRST, tmp_path / "c.pdf", today=END)
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("at", [3, 6])  # while drawing, while saving the pages
def test_cancelling_writes_nothing(demo: Services, tmp_path: Path, at: int) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == at:
            cancel.set()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        make_report(demo, FIRST, END, out / "cancelled.pdf", progress, cancel, today=END)
    assert list(out.iterdir()) == []


def test_a_longer_period_carries_the_diary_over_pages_with_its_header(
    demo: Services, tmp_path: Path
) -> None:
    first = END - timedelta(days=59)
    result = make_report(demo, first, END, tmp_path / "long.pdf", today=END)
    pages = pages_text(result.path)
    assert result.pages == DEMO_PAGES + 1
    assert "Date (woke up)" in pages[1] and "Date (woke up)" in pages[2]
    assert first.isoformat() in pages[1] and END.isoformat() in pages[2]
