"""The report for a clinician: a few pages of PDF about a chosen period, made offline.

:func:`make_report` reads the period's days (by default the last four weeks,
today included) and writes an A4 PDF with matplotlib alone (``PdfPages``,
TrueType fonts embedded so the text can be searched and copied):

1. a title page: the period, how many days hold entries, a clear statement
   that everything is self-reported, the gutsleep version and the date made,
   and how the sleep diary's figures are defined;
2. the sleep-diary table (one row per calendar day, empty cells where
   nothing was recorded) and the period's averages with the number of days
   behind each;
3. the trend figures (sleep measures; sleep beside daily factors), drawn by
   the Trends page's builders in the light theme;
4. gut symptoms (bloating and discomfort averages, bowel movements, the
   Bristol type distribution), stress, mood and practices, supplements and
   medicines taken, the latest checklist, and experiments overlapping the
   period with their results.

Every page carries the period, "self-reported, not medical advice,
association is not causation" and "Page X of N". A period without entries
gives a one-page PDF that says so.

Safe on a worker thread: it reads through the repositories, draws on plain
Figures (never pyplot) and touches no widget. ``progress(done, total)`` is
called between steps, and a set ``cancel`` flag raises
:class:`~gutsleep.storage.transfer.Cancelled` with nothing written.
numpy and matplotlib are imported only when a report is made.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep import __version__
from gutsleep.domain.journal import DayEntry, Gut, IntakeKind
from gutsleep.domain.screening import ALL_KEYS, DIGESTION_FINE, SIGNS, Answer, question_for
from gutsleep.domain.sleep import compute_metrics, format_duration
from gutsleep.domain.text import N_, Message
from gutsleep.services.context import Services
from gutsleep.storage.private_files import private_path
from gutsleep.storage.transfer import Cancelled
from gutsleep.storage.transfer.problems import CancelFlag

if TYPE_CHECKING:
    from gutsleep.analysis.series import DailyFrame
    from gutsleep.charts.report import Block, Table

__all__ = [
    "DEFAULT_DAYS",
    "FACTORS",
    "ReportResult",
    "default_period",
    "make_report",
    "mean_text",
]

#: The default period: the last four weeks, today included.
DEFAULT_DAYS = 28
#: The daily factors drawn under total sleep on the factors page.
FACTORS: tuple[str, ...] = ("stress", "mood", "bloating", "discomfort", "night_sweats", "alcohol")

Translate = Callable[[str], str]
Progress = Callable[[int, int], None]

TITLE = N_("Sleep and gut diary: report for a clinician")
SELF_REPORTED = N_(
    "All the information in this report is self-reported: the person entered it "
    "themselves in the gutsleep journal app. None of it was measured by a device or "
    "checked by a clinician."
)
FOOTER = N_(
    "Self-reported data, not medical advice. An association is not causation: measures "
    "that move together do not show that one causes the other."
)
NO_ENTRIES = N_(
    "No days were recorded between {first} and {last}, so there is nothing to summarise "
    "for this period."
)
_MISSING = "—"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ReportResult:
    """What :func:`make_report` wrote: the file, its period, pages and days with entries."""

    path: Path
    first: date
    last: date
    pages: int
    days: int


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last :data:`DEFAULT_DAYS` days, ``today`` included."""
    last = today or date.today()
    return last - timedelta(days=DEFAULT_DAYS - 1), last


def _period(first: date | None, last: date | None, today: date) -> tuple[date, date]:
    if first is None and last is None:
        return default_period(today)
    if last is None:
        assert first is not None
        last = max(first, today) if first <= today else first + timedelta(days=DEFAULT_DAYS - 1)
    if first is None:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise ValueError("The first day of the period comes after the last.")
    return first, last


# -- numbers as the report shows them ------------------------------------------------


def mean_text(key: str, value: float) -> str:
    """A period average of ``key`` as the report prints it (tests use this too)."""
    if key in ("tst", "tib", "sol", "waso"):
        return format_duration(value)
    if key == "se":
        return f"{value:.1f}%"
    if key == "quality":
        return f"{value:.1f} / 5"
    if key in ("stress", "mood", "bloating", "discomfort"):
        return f"{value:.1f} / 10"
    return f"{value:.1f}"


def _clock(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else ""


def _number(value: int | float | None) -> str:
    if value is None:
        return ""
    return str(round(value))


def _hours(minutes: float | None) -> str:
    if minutes is None:
        return ""
    total = round(minutes)
    sign = "-" if total < 0 else ""
    hours, mins = divmod(abs(total), 60)
    return f"{sign}{hours}:{mins:02d}"


def _tidy(text: str) -> str:
    """``text`` with its spacing collapsed."""
    return " ".join(text.split())


def _nanmean(values: Sequence[float]) -> tuple[float | None, int]:
    """Mean of the non-NaN values and how many there were."""
    present = [v for v in values if not math.isnan(v)]
    if not present:
        return None, 0
    return math.fsum(present) / len(present), len(present)


# -- the pages' content -----------------------------------------------------------------


class _Writer:
    """Builds the report's blocks and pages for one period."""

    def __init__(
        self,
        services: Services,
        first: date,
        last: date,
        today: date,
        translate: Translate,
    ):
        from gutsleep.charts.report import Pages

        self.services = services
        self.first = first
        self.last = last
        self.today = today
        self.translate = translate
        self.days = (last - first).days + 1
        self.entries: list[DayEntry] = services.journal.repository.between(first, last)
        self.pages = Pages()

    def t(self, text: str | Message, **args: object) -> str:
        if isinstance(text, Message):
            return text.render(self.translate)
        return self.translate(text).format(**args) if args else self.translate(text)

    def flow(self, *blocks: Block) -> None:
        self.pages.flow(blocks)

    # title page ----------------------------------------------------------------

    def title_page(self) -> None:
        from gutsleep.charts.report import Block

        b = Block
        self.flow(
            b("title", self.t(TITLE)),
            b(
                "text",
                self.t(
                    N_(
                        "Period: {first} to {last} ({days} days). Days with entries: {n} of {days}."
                    ),
                    first=self.first.isoformat(),
                    last=self.last.isoformat(),
                    days=self.days,
                    n=len(self.entries),
                ),
            ),
            b("heading", self.t(N_("About this report"))),
            b("text", self.t(SELF_REPORTED)),
            b(
                "text",
                self.t(
                    N_(
                        "Made with gutsleep {version} on {made}. The journal is kept on the "
                        "person's own computer and this report was made there, offline."
                    ),
                    version=__version__,
                    made=self.today.isoformat(),
                ),
            ),
        )
        if not self.entries:
            self.flow(
                b("heading", self.t(N_("No entries"))),
                b(
                    "text",
                    self.t(NO_ENTRIES, first=self.first.isoformat(), last=self.last.isoformat()),
                ),
            )
            return
        self.flow(
            b("heading", self.t(N_("How the sleep figures are defined"))),
            b(
                "small",
                self.t(
                    N_(
                        "The sleep diary follows the Consensus Sleep Diary: each night is listed "
                        "under the date the person woke up. TIB, time in bed: from getting into "
                        "bed to getting out of bed. SOL, sleep onset latency: minutes from "
                        "lights out to falling asleep. WASO, wake after sleep onset: minutes "
                        "awake during the night. TST, total sleep time: from lights out to the "
                        "final awakening, minus SOL and WASO. SE, sleep efficiency: TST as a "
                        "share of TIB. Quality: the person's rating from 1 (very poor) to 5 "
                        "(very good). Durations are real elapsed time, so nights across a "
                        "daylight-saving change count the hour gained or lost."
                    )
                ),
            ),
            b("heading", self.t(N_("Contents"))),
        )
        for part in (
            N_("The sleep diary, day by day, and its averages"),
            N_("Sleep over the period (figure)"),
            N_("Sleep beside daily factors: stress, mood, gut symptoms, night sweats, alcohol"),
            N_("Gut symptoms and the Bristol stool types"),
            N_("Stress, mood and stress practices"),
            N_("Supplements and medicines taken"),
            N_("The latest screening checklist, and any self-experiments in the period"),
        ):
            self.flow(b("bullet", self.t(part)))

    # the sleep diary ------------------------------------------------------------------

    def diary(self, frame: DailyFrame) -> None:
        from gutsleep.charts.report import Block, Table

        self.pages.page_break()
        by_day = {e.day: e for e in self.entries}
        # header cells on two lines ("\n"), the table being twelve columns wide
        header = [
            self.t(N_("Date\n(woke up)")),
            self.t(N_("Into\nbed")),
            self.t(N_("Lights\nout")),
            self.t(N_("SOL\nmin")),
            self.t(N_("Awaken-\nings")),
            self.t(N_("WASO\nmin")),
            self.t(N_("Final\nwake")),
            self.t(N_("Out of\nbed")),
            self.t(N_("TIB\nh:mm")),
            self.t(N_("TST\nh:mm")),
            self.t(N_("SE\n%")),
            self.t(N_("Quality\n1-5")),
        ]
        rows: list[list[str]] = [header]
        for offset in range(self.days):
            day = self.first + timedelta(days=offset)
            entry = by_day.get(day)
            if entry is None:
                rows.append([day.isoformat(), *[""] * 11])
                continue
            sleep = entry.sleep
            metrics = compute_metrics(sleep)
            se = metrics.sleep_efficiency_pct
            rows.append(
                [
                    day.isoformat(),
                    _clock(sleep.into_bed),
                    _clock(sleep.lights_out),
                    _number(sleep.sleep_onset_min),
                    _number(sleep.awakenings),
                    _number(sleep.waso_min),
                    _clock(sleep.final_wake),
                    _clock(sleep.out_of_bed),
                    _hours(metrics.time_in_bed_min),
                    _hours(metrics.total_sleep_min),
                    "" if se is None else f"{se:.0f}",
                    _number(sleep.quality),
                ]
            )
        widths = (0.1, 0.075, 0.08, 0.07, 0.09, 0.08, 0.08, 0.08, 0.08, 0.08, 0.07, 0.115)
        self.flow(
            Block("heading", self.t(N_("Sleep diary"))),
            Block(
                "small",
                self.t(
                    N_(
                        "One row per night, under the date of waking; clock times as entered. "
                        "An empty cell means nothing was recorded (never zero)."
                    )
                ),
            ),
            Block("table", Table(rows, widths, (False,) + (True,) * 11, size=7.6)),
        )
        measures = (
            ("tib", N_("Time in bed (TIB)")),
            ("tst", N_("Total sleep time (TST)")),
            ("sol", N_("Time to fall asleep (SOL)")),
            ("waso", N_("Awake during the night (WASO)")),
            ("se", N_("Sleep efficiency (SE)")),
            ("quality", N_("Sleep quality (1-5)")),
        )
        averages: list[list[str]] = [
            [self.t(N_("Measure")), self.t(N_("Average")), self.t(N_("Days with a value"))]
        ]
        for key, label in measures:
            mean, n = _nanmean([float(v) for v in frame[key]])
            averages.append(
                [
                    self.t(label),
                    _MISSING if mean is None else mean_text(key, mean),
                    self.t(N_("{n} of {days}"), n=n, days=self.days),
                ]
            )
        self.flow(
            Block("heading", self.t(N_("Sleep averages over the period"))),
            Block("table", Table(averages, (0.45, 0.3, 0.25), (False, True, True), size=9)),
        )

    # trend figures ----------------------------------------------------------------------

    def charts(self, frame: DailyFrame) -> None:
        from gutsleep.charts.theme import ChartTheme
        from gutsleep.charts.timeseries import SLEEP_MEASURES, factors_figure, sleep_figure

        light = ChartTheme.light()
        sleep = sleep_figure(frame, SLEEP_MEASURES, light, self.translate)
        self.pages.chart(
            sleep.figure,
            self.t(N_("Sleep over the period")),
            [self.t(N_("Thin lines: each night; thick lines: the mean of the last 7 days."))]
            + [self.t(m) for m in sleep.summary()],
        )
        factors = factors_figure(frame, FACTORS, light, self.translate)
        self.pages.chart(
            factors.figure,
            self.t(N_("Sleep beside daily factors")),
            [
                self.t(
                    N_(
                        "Total sleep on top, then the day's factors on the same dates. "
                        "Lining them up shows what happened together, not what caused what."
                    )
                )
            ]
            + [self.t(m) for m in factors.summary()],
        )

    # gut, stress, supplements ---------------------------------------------------------------

    def _averages_table(self, frame: DailyFrame, rows: Sequence[tuple[str, str]]) -> Table:
        from gutsleep.charts.report import Table

        table: list[list[str]] = [
            [self.t(N_("Measure")), self.t(N_("Average")), self.t(N_("Days with a value"))]
        ]
        for key, label in rows:
            mean, n = _nanmean([float(v) for v in frame[key]])
            table.append(
                [
                    self.t(label),
                    _MISSING if mean is None else mean_text(key, mean),
                    self.t(N_("{n} of {days}"), n=n, days=self.days),
                ]
            )
        return Table(table, (0.45, 0.3, 0.25), (False, True, True), size=9)

    def gut(self, frame: DailyFrame) -> None:
        from gutsleep.charts.report import Block, Table
        from gutsleep.charts.weekly import BRISTOL_LABELS

        self.pages.page_break()
        table = self._averages_table(
            frame,
            (
                ("bloating", N_("Bloating (0-10)")),
                ("discomfort", N_("Abdominal discomfort (0-10)")),
            ),
        )
        counts = [0] * 7
        gut_days = 0
        movements = 0
        for entry in self.entries:
            if entry.gut == Gut():
                continue
            gut_days += 1
            for movement in entry.gut.bowel_movements:
                movements += 1
                if 1 <= movement.bristol <= 7:
                    counts[movement.bristol - 1] += 1
        self.flow(
            Block("heading", self.t(N_("Gut symptoms"))),
            Block("table", table),
        )
        if not gut_days:
            self.flow(Block("text", self.t(N_("No gut entries in this period."))))
            return
        self.flow(
            Block(
                "text",
                self.t(
                    N_(
                        "Bowel movements: {count} logged over the {n} days with gut entries "
                        "(of {days}), {per_day} a day on average on those days."
                    ),
                    count=movements,
                    n=gut_days,
                    days=self.days,
                    per_day=f"{movements / gut_days:.1f}",
                ),
            )
        )
        typed = sum(counts)
        if not typed:
            self.flow(Block("text", self.t(N_("No Bristol stool types were recorded."))))
            return
        rows: list[list[str]] = [
            [self.t(N_("Bristol stool type")), self.t(N_("Count")), self.t(N_("Share"))]
        ]
        for label, count in zip(BRISTOL_LABELS, counts, strict=True):
            rows.append([self.t(label), str(count), f"{round(100 * count / typed)}%"])
        rows.append([self.t(N_("All typed movements")), str(typed), "100%"])
        self.flow(
            Block("subheading", self.t(N_("Bristol stool type distribution"))),
            Block("table", Table(rows, (0.55, 0.2, 0.25), (False, True, True), size=9)),
        )

    def stress(self, frame: DailyFrame) -> None:
        from gutsleep.charts.report import Block, Table

        table = self._averages_table(
            frame, (("stress", N_("Stress (0-10)")), ("mood", N_("Mood (0-10)")))
        )
        self.flow(
            Block("heading", self.t(N_("Stress, mood and practices"))),
            Block("table", table),
        )
        names: dict[str, str] = {}  # the first spelling seen, by case-folded name
        days: dict[str, set[date]] = {}
        minutes: dict[str, int] = {}
        for entry in self.entries:
            for practice in entry.stress.practices:
                name = _tidy(practice.name)
                key = name.casefold()
                if not key:
                    continue
                names.setdefault(key, name)
                days.setdefault(key, set()).add(entry.day)
                if practice.minutes is not None:
                    minutes[key] = minutes.get(key, 0) + practice.minutes
        if not names:
            self.flow(Block("text", self.t(N_("No stress practices were recorded."))))
            return
        rows: list[list[str]] = [
            [
                self.t(N_("Practice")),
                self.t(N_("Days done")),
                self.t(N_("Total minutes")),
            ]
        ]
        for key in sorted(names, key=lambda k: (-len(days[k]), k)):
            rows.append(
                [
                    names[key],
                    self.t(N_("{n} of {days}"), n=len(days[key]), days=self.days),
                    str(minutes[key]) if key in minutes else "",
                ]
            )
        self.flow(
            Block("subheading", self.t(N_("Stress practices"))),
            Block("table", Table(rows, (0.5, 0.25, 0.25), (False, True, True), size=9)),
        )

    def intakes(self) -> None:
        from gutsleep.charts.report import Block, Table

        kinds = {
            IntakeKind.SUPPLEMENT: self.t(N_("Supplement")),
            IntakeKind.PROBIOTIC: self.t(N_("Probiotic")),
            IntakeKind.MEDICINE: self.t(N_("Medicine")),
        }
        # one row per kind, name, dose, strain and CFU (case and spacing ignored)
        taken: dict[tuple[IntakeKind, str], set[date]] = {}
        names: dict[tuple[IntakeKind, str], tuple[str, str, str, str]] = {}
        for entry in self.entries:
            for intake in entry.intakes:
                name, dose, strain, cfu = (
                    _tidy(intake.name),
                    _tidy(intake.dose),
                    _tidy(intake.strain),
                    _tidy(intake.cfu),
                )
                key = (intake.kind, "\x00".join((name, dose, strain, cfu)).casefold())
                taken.setdefault(key, set()).add(entry.day)
                names.setdefault(key, (name, dose, strain, cfu))
        self.flow(Block("heading", self.t(N_("Supplements and medicines"))))
        if not taken:
            self.flow(
                Block(
                    "text", self.t(N_("No supplements or medicines were recorded in this period."))
                )
            )
            return
        rows: list[list[str]] = [
            [
                self.t(N_("Kind")),
                self.t(N_("Name")),
                self.t(N_("Dose")),
                self.t(N_("Strain / CFU")),
                self.t(N_("Days taken")),
            ]
        ]
        order = sorted(taken, key=lambda k: (list(IntakeKind).index(k[0]), k[1]))
        for key in order:
            name, dose, strain, cfu = names[key]
            strain_cfu = " / ".join(part for part in (strain, cfu) if part)
            rows.append(
                [
                    kinds[key[0]],
                    name,
                    dose,
                    strain_cfu,
                    self.t(N_("{n} of {days}"), n=len(taken[key]), days=self.days),
                ]
            )
        self.flow(
            Block(
                "table",
                Table(
                    rows,
                    (0.14, 0.24, 0.16, 0.31, 0.15),
                    (False,) * 4 + (True,),
                    size=8.5,
                    wrap=True,
                ),
            )
        )

    # checklist and experiments ----------------------------------------------------------------

    def checklist(self) -> None:
        from gutsleep.charts.report import Block

        self.flow(Block("heading", self.t(N_("Latest screening checklist"))))
        record = next(
            (r for r in self.services.checklist.history() if r.taken_on <= self.last), None
        )
        if record is None:
            self.flow(Block("text", self.t(N_("No checklist completed."))))
            return
        result = record.screening()
        self.flow(
            Block(
                "text",
                self.t(
                    N_("Taken on {day}. Result: {headline}"),
                    day=record.taken_on.isoformat(),
                    headline=self.t(result.headline),
                ),
            ),
            Block("subheading", self.t(N_("Answers"))),
        )
        answer_text = {
            Answer.YES: self.t(N_("yes")),
            Answer.NO: self.t(N_("no")),
            Answer.UNSURE: self.t(N_("not sure")),
        }
        labels = {s.key: s.label for s in (*SIGNS, DIGESTION_FINE)}
        for key in ALL_KEYS:
            answer = record.answers.get(key)
            if answer is None:
                continue
            label = labels.get(key) or question_for(key) or key
            self.flow(Block("bullet", f"{self.t(label)} — {answer_text[answer]}"))
        if any(k not in labels and k in record.answers for k in ALL_KEYS):
            self.flow(
                Block(
                    "text",
                    self.t(
                        N_("Testing decision aid: {summary}"),
                        summary=self.t(record.testing().summary),
                    ),
                )
            )

    def experiments(self) -> None:
        from gutsleep.charts.report import Block
        from gutsleep.domain.experiments import OUTCOMES, end_date
        from gutsleep.services.experiments import design_text, difference_message, missing_message

        service = self.services.experiments
        overlapping = [
            exp
            for exp in reversed(service.history())
            if any(self.first <= d <= self.last for d, _ in service.schedule(exp))
        ]
        self.flow(Block("heading", self.t(N_("Self-experiments in this period"))))
        if not overlapping:
            self.flow(Block("text", self.t(N_("No self-experiment ran during this period."))))
            return
        as_of = min(self.last, self.today)
        for exp in overlapping:
            result = service.result(exp, as_of)
            last = end_date(exp)
            self.flow(
                Block("subheading", exp.title),
                Block(
                    "text",
                    self.t(
                        N_("{design}. From {start} to {end}. Outcome watched: {outcome}."),
                        design=self.t(design_text(exp)),
                        start=exp.start.isoformat(),
                        end=last.isoformat() if last else self.t(N_("not known yet (paused)")),
                        outcome=self.t(OUTCOMES[exp.outcome].label),
                    ),
                ),
                Block(
                    "text",
                    self.t(
                        N_("Result as of {day}: {verdict}"),
                        day=as_of.isoformat(),
                        verdict=self.t(result.verdict),
                    ),
                ),
                Block("text", self.t(difference_message(result))),
                Block("small", self.t(missing_message(result))),
            )

    # the whole document -----------------------------------------------------------------------

    def footer(self) -> tuple[str, str]:
        header = self.t(
            N_("gutsleep · report for a clinician · {first} to {last} · self-reported data"),
            first=self.first.isoformat(),
            last=self.last.isoformat(),
        )
        return header, self.t(FOOTER)

    def page_label(self, number: int, total: int) -> str:
        return self.t(N_("Page {number} of {total}"), number=number, total=total)


def make_report(
    services: Services,
    first: date | None,
    last: date | None,
    path: Path | str,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    *,
    today: date | None = None,
    translate: Translate | None = None,
) -> ReportResult:
    """Write the clinician report for ``first``..``last`` to ``path`` (a PDF).

    Without dates the period is the last four weeks up to ``today``; with only
    ``first`` it runs four weeks from it (or to today), with only ``last`` the
    four weeks before it. Raises ValueError for a period given backwards,
    Cancelled when ``cancel`` is set (nothing is written), OSError when the
    file can't be written (nothing is left half-written).
    """
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    from gutsleep.analysis.series import daily_frame

    made = today or date.today()
    first, last = _period(first, last, made)
    target = Path(path)
    steps = 8

    def step(done: int) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(done, steps)

    step(0)
    with matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42}):
        writer = _Writer(services, first, last, made, translate or _same)
        writer.title_page()
        step(1)
        if writer.entries:
            frame = daily_frame(writer.entries, first, last)
            writer.diary(frame)
            step(2)
            writer.charts(frame)
            step(3)
            writer.gut(frame)
            writer.stress(frame)
            step(4)
            writer.intakes()
            writer.checklist()
            writer.experiments()
        step(5)
        header, footer = writer.footer()
        figures = writer.pages.finish(header, footer, writer.page_label)
        step(6)
        with private_path(target) as partial:
            with PdfPages(partial, metadata=_metadata(writer, header)) as pdf:
                for figure in figures:
                    if cancel is not None and cancel.is_set():
                        raise Cancelled()
                    pdf.savefig(figure, facecolor=figure.get_facecolor())
            step(7)
    step(8)
    return ReportResult(target, first, last, len(figures), len(writer.entries))


def _metadata(writer: _Writer, subject: str) -> dict[str, str]:
    return {
        "Title": writer.t(TITLE),
        "Subject": subject,
        "Creator": f"gutsleep {__version__}",
        "Keywords": writer.t(N_("self-reported; not medical advice")),
    }
