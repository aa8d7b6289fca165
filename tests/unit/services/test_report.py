"""The clinician report: two summary pages of any period (and a daily appendix on request),
its text extractable, made offline."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from gutsleep import __version__
from gutsleep.charts.report_layout import MONTHLY_LIMIT, WEEKLY_LIMIT, WindowRow, summary_groups
from gutsleep.domain.dates import DateWords
from gutsleep.domain.experiments import Design, Experiment
from gutsleep.domain.journal import Bleeding, DayEntry, HotFlushes, Intake, IntakeKind, SleepDiary
from gutsleep.domain.screening.questions import ALL_KEYS, Answer
from gutsleep.domain.sleep import compute_metrics
from gutsleep.services.context import Services, open_services
from gutsleep.services.demo import create_demo
from gutsleep.services.report import DEFAULT_DAYS, make_report
from gutsleep.storage.transfer import Cancelled

END = date(2026, 3, 29)
FIRST = END - timedelta(days=DEFAULT_DAYS - 1)
#: The summary: sleep, sweats, bleeding and medicines; then gut, checklist, insights, experiments.
DEMO_PAGES = 2


def written(when: date) -> str:
    """A date as an English report writes it: "2 Mar 2026"."""
    return DateWords().full(when)


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


def test_a_demo_journal_gives_two_summary_pages(demo: Services, tmp_path: Path) -> None:
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
    assert reader.metadata is not None
    assert reader.metadata.title == "Sleep and gut diary: report for a clinician"
    assert reader.metadata.author == "gutsleep"
    fonts = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    ]
    assert fonts and all("/FontFile2" in f["/DescendantFonts"][0]["/FontDescriptor"] for f in fonts)
    pages = pages_text(result.path)
    text = " ".join(pages)

    entries = demo.journal.repository.between(FIRST, END)
    assert result.days == len(entries) > 0
    assert f"Period: {written(FIRST)} to {written(END)} (28 days)" in pages[0]
    assert f"Days with entries: {len(entries)} of 28" in pages[0]
    assert "self-reported" in pages[0]
    assert f"gutsleep {__version__}" in pages[1]
    assert "no tagged structure for screen readers" in pages[1]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {DEMO_PAGES}" in page
        assert "not medical advice" in page and "association is not causation" in page
        assert f"{written(FIRST)} to {written(END)}" in page

    # the period's mean of the sleep diary, computed here from the entries themselves
    metrics = [compute_metrics(e.sleep) for e in entries]
    tst = [m.total_sleep_min for m in metrics if m.total_sleep_min is not None]
    tst_mean = round(math.fsum(tst) / len(tst))
    assert f"{tst_mean // 60}:{tst_mean % 60:02d}" in pages[0].split("Period mean")[1][:60]
    # the demo's hormone therapy is a regimen: its doses are rows of the medicines
    for words in ("Week from", "Weekly total sleep time and sleep efficiency", "Medicines"):
        assert words in pages[0], words
    for words in (
        "Gut symptoms and Bristol stool types",
        "Types 1-2 (hard)",
        "No checklist completed.",
        "Patterns in this period",
        "No self-experiment was completed in this period.",
    ):
        assert words in pages[1], words
    assert "Appendix" not in text


def test_each_font_face_is_embedded_once(demo: Services, tmp_path: Path) -> None:
    """Ligatures (fi, fl) would embed a second subset of a face: the slowest part of the PDF."""
    result = make_report(demo, None, None, tmp_path / "report.pdf", today=END, appendix=True)
    reader = PdfReader(result.path)
    fonts = {
        str(font.get_object()["/BaseFont"])  # type: ignore[index]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index, union-attr]
    }
    faces = [name.split("+", 1)[1] for name in fonts]
    assert sorted(faces) == ["DejaVuSans", "DejaVuSans-Bold"]


def test_the_embedded_fonts_leave_out_the_layout_tables(demo: Services, tmp_path: Path) -> None:
    """Glyphs, widths and the text map stay; kerning and ligature lookups (read by no PDF
    viewer, and most of the subsetting time) go."""
    import io

    from fontTools.ttLib import TTFont

    result = make_report(demo, None, None, tmp_path / "report.pdf", today=END)
    reader = PdfReader(result.path)
    fonts = [
        font.get_object()
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index, union-attr]
    ]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0]["/FontDescriptor"]
        embedded = TTFont(io.BytesIO(descriptor["/FontFile2"].get_data()))
        assert {"glyf", "hmtx", "cmap"} <= set(embedded.keys())
        assert not {"GSUB", "GPOS", "GDEF", "kern"} & set(embedded.keys())
        assert "/ToUnicode" in font
    assert "Sleep diary (Consensus Sleep Diary)" in pages_text(result.path)[0]


def _night(
    day: date, into: str, lights: str, sol: int, waso: int, wake: str, out: str
) -> SleepDiary:
    def at(clock: str, evening: bool) -> datetime:
        return datetime.combine(
            day - timedelta(days=1 if evening else 0), time.fromisoformat(clock)
        )

    return SleepDiary(
        into_bed=at(into, True),
        lights_out=at(lights, True),
        sleep_onset_min=sol,
        waso_min=waso,
        final_wake=at(wake, False),
        out_of_bed=at(out, False),
        zone="Europe/London",
    )


@pytest.fixture
def small(services: Services) -> Services:
    """Two weeks worked out by hand (see the expected rows in the test below)."""
    week = date(2026, 3, 2)  # a Monday
    days = [
        DayEntry(
            week,
            replace(
                _night(week, "22:30", "22:45", 15, 30, "06:15", "06:45"),
                quality=3,
                night_sweats=2,
                naps=1,
                nap_min=20,
            ),
            bleeding=Bleeding.LIGHT,
            intakes=(Intake("Estradiol gel", "1 pump", IntakeKind.MEDICINE),),
        ),
        DayEntry(
            week + timedelta(days=1),
            replace(
                _night(week + timedelta(days=1), "23:00", "23:00", 35, 0, "07:00", "07:00"),
                quality=4,
                night_sweats=0,
            ),
            bleeding=Bleeding.NONE,
            intakes=(Intake("Estradiol gel", "1 pump", IntakeKind.MEDICINE),),
        ),
        DayEntry(week + timedelta(days=2), SleepDiary(quality=2, zone="Europe/London")),
        DayEntry(
            week + timedelta(days=9),
            replace(
                _night(week + timedelta(days=9), "22:00", "22:00", 10, 20, "06:00", "06:30"),
                quality=5,
            ),
        ),
    ]
    for entry in days:
        services.journal.repository.save(entry)
    services.trends.invalidate()
    return services


def test_the_weekly_table_matches_means_worked_out_by_hand(small: Services, tmp_path: Path) -> None:
    first, last = date(2026, 3, 2), date(2026, 3, 15)
    result = make_report(small, first, last, tmp_path / "small.pdf", today=last)
    page1, page2 = pages_text(result.path)
    # TST: 405 (450 - 15 - 30), 445 (480 - 35), 450 (480 - 10 - 20) minutes; TIB: 495, 480,
    # 510; SE: 81.8, 92.7, 88.2 %. The third night has a quality only: it counts as a
    # night, but in no other mean (missing is not zero).
    assert "Nights logged: 4 of 14." in page1
    assert "2 Mar 2026 3 25 15 7:05 8:08 87 3.0 1.0 1/2" in page1
    assert "9 Mar 2026 1 10 20 7:30 8:30 88 5.0 " in page1  # no sweats, no bleeding answered
    assert "Period mean 4 20 17 7:13 8:15 88 3.5 1.0 1/2" in page1
    assert "SD 13 15 0:25 0:15 5 1.3 1.4" in page1
    assert "n nights 3 3 3 3 3 4 2" in page1
    assert "Estradiol gel 1 pump 2 Mar 2026 3 Mar 2026 2" in page1
    assert "Night sweats or hot flushes: on 1 of the 2 nights answered, 1.0 times" in page1
    assert "Bleeding days: 1 of 2 answered. Episodes: 1, the last beginning on 2 Mar 2026" in page1
    assert "No gut entries in this period." in page2


def german_number(value: float, digits: int) -> str:
    """What the app's QLocale("de") writes: a decimal comma."""
    return f"{value:.{max(digits, 0)}f}".replace(".", ",")


def test_a_german_report_writes_decimals_with_a_comma(small: Services, tmp_path: Path) -> None:
    first, last = date(2026, 3, 2), date(2026, 3, 15)
    result = make_report(small, first, last, tmp_path / "de.pdf", today=last, number=german_number)
    page1, _page2 = pages_text(result.path)
    assert "2 Mar 2026 3 25 15 7:05 8:08 87 3,0 1,0 1/2" in page1
    assert "Period mean 4 20 17 7:13 8:15 88 3,5 1,0 1/2" in page1
    assert "SD 13 15 0:25 0:15 5 1,3 1,4" in page1
    assert "on 1 of the 2 nights answered, 1,0 times" in page1
    assert "3.5" not in page1 and "1.0 times" not in page1


def test_the_insights_sentences_write_their_numbers_the_reports_way() -> None:
    from gutsleep.analysis.insights import Number
    from gutsleep.charts.report_layout import ReportContent, ReportLayout
    from gutsleep.domain.text import Message

    layout = ReportLayout(ReportContent(END, END, END, 0), str, number=german_number)
    sentence = Message(
        "SE {se} % ({m})", {"se": Number(83.2, 1), "m": Message("{n} h", {"n": Number(6.5, 1)})}
    )
    assert layout.t(sentence) == "SE 83,2 % (6,5 h)"


def test_a_short_report_from_a_cold_start_reads_only_its_own_period(
    ten_years: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Trends page's history (every day) is read only when the page has read it already."""
    ten_years.trends.invalidate()
    repository = ten_years.trends.repository
    read = repository.summaries
    asked: list[tuple[object, ...]] = []

    def summaries(*args: object) -> object:
        asked.append(args)
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(repository, "summaries", summaries)
    result = make_report(ten_years, FIRST, END, tmp_path / "cold.pdf", today=END)
    assert asked == [(FIRST, END)]
    cold = pages_text(result.path)

    ten_years.trends.full_frame()  # the Trends page was shown: it read every day
    assert asked[-1] == ()
    asked.clear()
    result = make_report(ten_years, FIRST, END, tmp_path / "warm.pdf", today=END)
    assert asked == []  # the history is reused
    assert pages_text(result.path) == cold

    ten_years.trends.invalidate()
    asked.clear()
    span = ten_years.journal.repository.span()
    assert span is not None
    for _ in range(2):  # a period of the whole journal reads (and keeps) the history
        make_report(ten_years, span[0], span[1], tmp_path / "all.pdf", today=END)
    assert asked == [()]


def test_the_appendix_lists_every_day_with_sweats_bleeding_naps_and_early_waking(
    small: Services, tmp_path: Path
) -> None:
    first, last = date(2026, 3, 2), date(2026, 3, 15)
    result = make_report(small, first, last, tmp_path / "a.pdf", today=last, appendix=True)
    pages = pages_text(result.path)
    assert result.pages == 3
    assert "Appendix: the daily sleep diary" in pages[2]
    # early: out of bed minus final awakening; naps: how many (minutes)
    assert "2 Mar 2026 22:30 22:45 15 30 06:15 06:45 30 8:15 6:45 82 3 1 (20) 2 light" in pages[2]
    assert "3 Mar 2026 23:00 23:00 35 0 07:00 07:00 0 8:00 7:25 93 4 0 none" in pages[2]
    assert "5 Mar 2026 6 Mar 2026" in pages[2]  # days without an entry keep their row


def test_summary_groups_go_by_month_then_show_the_last_twelve_months_and_the_years() -> None:
    monday = date(2026, 1, 5)
    kind, rows, years = summary_groups(monday, monday + timedelta(weeks=WEEKLY_LIMIT, days=-1))
    assert (kind, len(rows), years) == ("week", WEEKLY_LIMIT, [])
    kind, rows, years = summary_groups(monday, monday + timedelta(weeks=WEEKLY_LIMIT))
    assert kind == "month" and [r.label for r in rows] == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
    ]
    assert rows[0].first == monday and rows[-1].last == monday + timedelta(weeks=WEEKLY_LIMIT)
    kind, rows, years = summary_groups(date(2026, 1, 1), date(2026, 12, 31))
    assert (kind, len(rows), years) == ("month", MONTHLY_LIMIT, [])
    kind, rows, years = summary_groups(date(2016, 12, 8), date(2026, 12, 7))
    assert [r.label for r in rows] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert [y.label for y in years] == [str(y) for y in range(2016, 2027)]
    assert years[0].first == date(2016, 12, 8) and years[-1].last == date(2026, 12, 7)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    opened = open_services(tmp_path_factory.mktemp("ten-years"), zone="Europe/London")
    create_demo(opened, days=3653, seed=3, end=END)
    yield opened
    opened.close()


@pytest.mark.parametrize("days", [365, 3653])
def test_one_and_ten_years_give_exactly_two_summary_pages(
    ten_years: Services, tmp_path: Path, days: int
) -> None:
    first = END - timedelta(days=days - 1)
    result = make_report(ten_years, first, END, tmp_path / "long.pdf", today=END)
    assert result.pages == 2
    page1, page2 = pages_text(result.path)
    assert "Month Nights" in page1 and "Mar 2026" in page1
    if days > 366:
        assert "Only the last twelve months have rows." in page1 and "2017: " in page1
    assert "Gut symptoms and Bristol stool types" in page2
    assert "Patterns in this period" in page2
    assert "This is an association, not proof of cause." in page2


def test_one_year_with_the_appendix_has_a_row_for_every_day(
    ten_years: Services, tmp_path: Path
) -> None:
    first = END - timedelta(days=364)
    result = make_report(ten_years, first, END, tmp_path / "year.pdf", today=END, appendix=True)
    pages = pages_text(result.path)
    assert result.pages > 2
    appendix = " ".join(pages[2:])
    assert all("Date (woke up)" in page for page in pages[2:])  # the header on every page
    for offset in range(0, 365, 30):
        assert written(first + timedelta(days=offset)) in appendix


def test_a_crowded_period_still_fits_two_pages_and_shows_the_window_history(
    demo: Services, tmp_path: Path
) -> None:
    first = END - timedelta(weeks=WEEKLY_LIMIT) + timedelta(days=1)
    repository = demo.journal.repository
    for i in range(8):
        day = END - timedelta(days=80 - i * 9)
        entry = repository.get(day) or DayEntry(day)
        pill = Intake(
            f"Medicine {i} with quite a long name", "10 mg twice a day", IntakeKind.MEDICINE
        )
        repository.save(replace(entry, intakes=(*entry.intakes, pill)))
    demo.trends.invalidate()
    demo.checklist.save(dict.fromkeys(ALL_KEYS, Answer.YES), END - timedelta(days=3))
    for i in range(5):
        demo.experiments.create(
            Experiment(
                title=f"Kefir at breakfast {i}",
                template="fermented",
                outcome="tst",
                start=first + timedelta(days=3 * i),
                design=Design.AB,
                phase_days=14,
            )
        )
    weeks = [
        WindowRow(END - timedelta(weeks=w), time(23, 30), time(6, 30), 6, 86.0) for w in (2, 1)
    ]
    asked: list[tuple[date, date]] = []

    def history(a: date, b: date) -> list[WindowRow]:
        asked.append((a, b))
        return weeks

    result = make_report(demo, first, END, tmp_path / "busy.pdf", today=END, window_history=history)
    assert result.pages == 2
    assert asked == [(first, END)] * len(asked) and asked
    page1, page2 = pages_text(result.path)
    assert "Medicine 7 with quite a long name" in page1
    assert "Medicines begun earlier, not listed:" in page1
    assert "Sleep window (sleep scheduling) history" in page2
    assert f"{written(weeks[0].start)} 23:30 06:30 6 86" in page2
    assert "Taken on" in page2 and "Kefir at breakfast" in page2
    plain = make_report(demo, first, END, tmp_path / "plain.pdf", today=END)
    assert "Sleep window" not in " ".join(pages_text(plain.path))


def test_the_latest_checklist_and_completed_experiments_are_included(
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
    assert result.pages == DEMO_PAGES
    assert f"Taken on {written(END - timedelta(days=3))}" in text
    assert "Result: Gut factors may be worth a look" in text
    assert "Digestive symptoms yes" in text and "A lot of antibiotics not sure" in text
    assert "An autoimmune condition" not in text  # that checklist came after the period
    assert "Kefir at breakfast" in text and "Long ago" not in text
    assert "Difference, change minus baseline" in text


def test_the_pages_render_to_png(demo: Services, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from matplotlib.image import imread

    result = make_report(demo, FIRST, END, tmp_path / "r.pdf", today=END)
    subprocess.run(
        [pdftoppm, "-r", "40", "-png", str(result.path), str(tmp_path / "page")], check=True
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2
    for png in pngs:
        pixels = imread(png)
        assert pixels.shape[0] > pixels.shape[1] > 300  # A4 portrait
        assert (pixels[..., :3].mean(axis=2) < 0.5).mean() > 0.002  # there is text on it


def test_an_empty_period_gives_a_short_valid_pdf(demo: Services, tmp_path: Path) -> None:
    first, last = date(2020, 1, 1), date(2020, 1, 31)
    result = make_report(demo, first, last, tmp_path / "empty.pdf", today=END, appendix=True)
    assert (result.pages, result.days) == (1, 0)
    (page,) = pages_text(result.path)
    assert "No days were recorded between 1 Jan 2020 and 31 Jan 2020" in page
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


@pytest.mark.parametrize("at", [3, 6])  # while laying out, while saving the pages
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


def test_the_appendix_carries_the_diary_over_pages_with_its_header(
    demo: Services, tmp_path: Path
) -> None:
    first = END - timedelta(days=59)
    result = make_report(demo, first, END, tmp_path / "long.pdf", today=END, appendix=True)
    pages = pages_text(result.path)
    assert result.pages == DEMO_PAGES + 2
    assert "Date (woke up)" in pages[2] and "Date (woke up)" in pages[3]
    assert written(first) in pages[2] and written(END) in pages[3]


def test_the_planners_accepted_weeks_join_page_two_by_themselves(
    demo: Services, tmp_path: Path
) -> None:
    from gutsleep.domain.sleep_window import Window, WindowRecord
    from gutsleep.storage.features.sleep_window_repo import SleepWindowRepository

    week = END - timedelta(days=10)
    SleepWindowRepository(demo.database).save_window(
        WindowRecord(week, Window(time(6, 45), 390), 390, 7, 385.0, 82.5, False)
    )
    make_report(demo, END - timedelta(days=27), END, tmp_path / "window.pdf", today=END)
    page2 = pages_text(tmp_path / "window.pdf")[1]
    assert "Sleep window (sleep scheduling) history" in page2
    assert written(week) in page2 and "06:45" in page2 and "00:15" in page2


def test_the_hot_flush_diary_is_summed_up_beside_the_sweats(
    services: Services, tmp_path: Path
) -> None:
    days = [
        DayEntry(END - timedelta(days=2), flushes=HotFlushes(day_mild=2, night_severe=1)),  # 5
        DayEntry(END - timedelta(days=1), flushes=HotFlushes(day_moderate=0)),  # kept, none
        DayEntry(END, flushes=HotFlushes(day_very_severe=2, day_mild=1)),  # 9
        DayEntry(END - timedelta(days=3), notes="no diary kept"),
    ]
    services.journal.repository.save_many(days)
    result = make_report(services, None, None, tmp_path / "r.pdf", today=END)
    page = pages_text(result.path)[0]
    assert (
        "Hot-flush diary kept on 3 days: a hot flush on 2 of them; daily score "
        "(each flush 1 mild to 4 very severe) 4.7 on average, 9 at most."
    ) in page


def test_without_a_hot_flush_diary_the_report_says_nothing_of_it(
    demo: Services, tmp_path: Path
) -> None:
    for entry in demo.journal.repository.between(FIRST, END):
        demo.journal.repository.save(replace(entry, flushes=HotFlushes()))
    result = make_report(demo, None, None, tmp_path / "r.pdf", today=END)
    assert "Hot-flush diary" not in pages_text(result.path)[0]


def test_trackers_of_your_own_are_summed_up_by_week_with_their_n(
    small: Services, tmp_path: Path
) -> None:
    from gutsleep.domain.trackers import TrackerKind

    week = date(2026, 3, 2)
    outdoors = small.trackers.add("Time outdoors", TrackerKind.MINUTES)
    caffeine = small.trackers.add("Caffeine after 2 pm", TrackerKind.YES_NO)
    small.trackers.add("Never filled", TrackerKind.COUNT)
    for offset, minutes in ((0, 30), (1, 60), (9, 0)):  # 0 is a value: it counts
        small.trackers.set_value(outdoors.uid, week + timedelta(days=offset), minutes)
    small.trackers.set_value(caffeine.uid, week, 1)
    small.trackers.set_value(caffeine.uid, week + timedelta(days=1), 0)
    result = make_report(small, week, date(2026, 3, 15), tmp_path / "t.pdf", today=week)
    text = " ".join(pages_text(result.path))
    assert "Trackers of your own" in text
    assert "2 Mar 2026 45 (n 2) 1/2" in text
    assert "9 Mar 2026 0.0 (n 1)" in text
    assert "Period 30 (n 3) 1/2" in text
    assert "Never filled" not in text


def test_a_journal_without_trackers_has_no_trackers_block(small: Services, tmp_path: Path) -> None:
    week = date(2026, 3, 2)
    result = make_report(small, week, date(2026, 3, 15), tmp_path / "t.pdf", today=week)
    assert "Trackers of your own" not in " ".join(pages_text(result.path))


#: The German words of the report's date strings, as the catalogue gives them.
GERMAN_DATES = {
    "Jan": "Jan.",
    "Feb": "Feb.",
    "Mar": "März",
    "Apr": "Apr.",
    "May": "Mai",
    "Jun": "Juni",
    "Jul": "Juli",
    "Aug": "Aug.",
    "Sep": "Sept.",
    "Oct": "Okt.",
    "Nov": "Nov.",
    "Dec": "Dez.",
    "{day} {month} {year}": "{day}. {month} {year}",
    "{day} {month}": "{day}. {month}",
    "{month} {year}": "{month} {year}",
}

ISO_DATE = re.compile(r"\b\d{4}-\d{2}(-\d{2})?\b")


def test_a_german_report_writes_its_dates_with_german_month_names(
    small: Services, tmp_path: Path
) -> None:
    small.checklist.save({"digestive-symptoms": Answer.YES}, date(2026, 3, 10))
    first, last = date(2026, 3, 2), date(2026, 3, 15)
    result = make_report(
        small,
        first,
        last,
        tmp_path / "de.pdf",
        today=date(2026, 3, 16),
        translate=lambda text: GERMAN_DATES.get(text, text),
        number=german_number,
        appendix=True,
    )
    text = " ".join(pages_text(result.path))
    assert ISO_DATE.search(text) is None, ISO_DATE.search(text)
    assert "Period: 2. März 2026 to 15. März 2026 (14 days)" in text
    assert "2. März 2026 3 25 15 7:05" in text  # the weekly table's first row
    assert "9. März 2026" in text  # its second week
    assert "Taken on 10. März 2026" in text
    assert "Estradiol gel 1 pump 2. März 2026 3. März 2026 2" in text
    assert "on 16. März 2026" in text  # made on
    assert "3. März 2026 23:00 23:00 35" in text  # the appendix
    metadata = PdfReader(result.path).metadata
    assert metadata is not None and metadata.title is not None


def test_a_long_german_report_names_its_months(ten_years: Services, tmp_path: Path) -> None:
    result = make_report(
        ten_years,
        END - timedelta(days=364),
        END,
        tmp_path / "year.pdf",
        today=END,
        translate=lambda text: GERMAN_DATES.get(text, text),
    )
    page1, page2 = pages_text(result.path)
    for page in (page1, page2):  # the patterns' summary names its period too
        assert ISO_DATE.search(page) is None, ISO_DATE.search(page)
    assert "Dez. 2025" in page1 and "März 2026" in page1  # month rows
    assert "30. März 2025" in page2


def test_the_reports_clock_times_follow_the_twelve_hour_setting(
    small: Services, tmp_path: Path
) -> None:
    from gutsleep.storage.settings import CLOCK

    small.settings.set(CLOCK, "12h")
    first, last = date(2026, 3, 2), date(2026, 3, 15)
    result = make_report(small, first, last, tmp_path / "12h.pdf", today=last, appendix=True)
    appendix = pages_text(result.path)[2]
    assert "2 Mar 2026 10:30 pm 10:45 pm 15 30 6:15 am 6:45 am" in appendix
    assert "22:30" not in appendix


def test_the_experiment_sentences_write_their_decimals_the_reports_way() -> None:
    from types import SimpleNamespace

    from gutsleep.analysis.experiments import verdict_for
    from gutsleep.analysis.series import MEASURES
    from gutsleep.charts.report_layout import ReportContent, ReportLayout
    from gutsleep.services.experiments import difference_message

    layout = ReportLayout(ReportContent(END, END, END, 0), str, number=german_number)
    result = SimpleNamespace(
        outcome="quality", difference=0.54, ci_low=0.21, ci_high=0.86, level=0.95
    )
    difference = layout.t(difference_message(result))  # type: ignore[arg-type]
    assert "0,5" in difference and "0,2 to 0,9" in difference, difference
    _finding, verdict = verdict_for(MEASURES["quality"], 0.54, 0.21, 0.86, 0.95, 0.5)
    sentence = layout.t(verdict)
    assert "0,5" in sentence and "0.5" not in sentence and "0.2" not in sentence, sentence


REPORT_PROBE = """
import sys
from datetime import date
from pathlib import Path
from gutsleep.services.context import open_services
from gutsleep.services.report import make_report
services = open_services(Path(sys.argv[1]))
make_report(services, date(2026, 3, 2), date(2026, 3, 29), Path(sys.argv[2]))
print("sqlalchemy" in sys.modules)
services.close()
"""


def test_a_report_of_a_journal_without_experiments_or_checklist_skips_sqlalchemy(
    demo: Services, tmp_path: Path
) -> None:
    """The features' reads (the ORM) are what loads SQLAlchemy; nothing kept, nothing read.

    The demo keeps hormone therapy as regimens: taken away here, so no feature is kept.
    """
    for regimen in demo.regimens.regimens():
        demo.regimens.delete(regimen)
    folder = demo.database.data_dir
    demo.close()
    out = subprocess.run(
        [sys.executable, "-c", REPORT_PROBE, str(folder), str(tmp_path / "r.pdf")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_page_one_lists_the_regimens_and_their_changes_with_dates(
    demo: Services, tmp_path: Path
) -> None:
    """The demo's hormone therapy began before the period; a medicine starts, changes and
    stops in it: each dose is a row of the medicines with the day it began and ended."""
    from gutsleep.domain.regimens import RegimenKind

    ssri = demo.regimens.add(
        "Escitalopram", RegimenKind.MEDICINE, FIRST + timedelta(days=3), "5 mg"
    )
    ssri = demo.regimens.change_dose(ssri, FIRST + timedelta(days=10), "10 mg")
    demo.regimens.stop(ssri, FIRST + timedelta(days=20))
    demo.regimens.add("Magnesium", RegimenKind.SUPPLEMENT, FIRST, "300 mg")
    result = make_report(demo, None, None, tmp_path / "report.pdf", today=END)
    assert result.pages == DEMO_PAGES
    page1 = pages_text(result.path)[0]
    gel_start = END - timedelta(days=29)
    gel_days = sum(
        1
        for e in demo.journal.repository.between(FIRST, END)
        if any(i.name == "Estradiol gel" for i in e.intakes)
    )
    assert gel_days > 0
    full = DateWords(lambda text: text).full  # the report's own dates: "28 Feb 2026"
    assert (f"Estradiol gel 1 pump (0.75 mg) {full(gel_start)} {full(END)} {gel_days}") in page1, (
        "taken as the period began: its start before the period"
    )
    day = FIRST + timedelta(days=3)
    assert (f"Escitalopram 5 mg {full(day)} {full(day + timedelta(days=6))} 0") in page1
    assert (
        f"Escitalopram 10 mg {full(FIRST + timedelta(days=10))} "
        f"{full(FIRST + timedelta(days=19))} 0"
    ) in page1, "the stop ends the last dose the day before"
    assert "Magnesium" not in page1, "supplements are not medicines, as before"
    assert "Regimen change" in page1


def test_the_weekly_chart_draws_a_dashed_line_per_regimen_change(demo: Services) -> None:
    from matplotlib.dates import date2num

    from gutsleep.charts.report_layout import ReportLayout
    from gutsleep.domain.regimens import RegimenKind
    from gutsleep.services.report import _content, _planner_weeks
    from gutsleep.storage.features.presence import kept_features

    day = FIRST + timedelta(days=3)
    demo.regimens.add("Escitalopram", RegimenKind.MEDICINE, day, "5 mg")
    kept = kept_features(demo.database)
    content = _content(demo, FIRST, END, END, _planner_weeks(demo), kept, appendix=False)
    writer = ReportLayout(content, lambda text: text)
    writer.summary(lambda _done: None)
    marker = writer.pages.theme.marker
    dashed = [
        line.get_xdata()[0]
        for figure in writer.pages.figures
        for ax in figure.axes
        for line in ax.get_lines()
        if line.get_color() == marker
    ]
    assert dashed == [date2num(day)]
    assert content.regimens and content.regimens[0].name == "Estradiol gel"
