"""The clinician report's pages: what goes where, in which words, and the weekly chart.

:class:`ReportLayout` lays out a :class:`ReportContent` (everything the
report says, read by :mod:`gutsleep.services.report`) as :class:`Block`
objects on the A4 pages of :mod:`gutsleep.charts.report`: the summary
(sleep by week or month, sweats and bleeding, medicines, a chart of weekly
TST and SE; then gut, the latest checklist, the sleep window, insights and
completed self-experiments) and, on request, the daily diary.

A period of more than :data:`WEEKLY_LIMIT` weeks is summarised by month,
and one of more than :data:`MONTHLY_LIMIT` months shows its last twelve
months plus one line per year. Averages are over the nights where the value
exists, with n beside them: missing is never zero. matplotlib is imported
only when the pages are laid out.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from gutsleep import __version__
from gutsleep.domain.checklist_history import ChecklistRecord
from gutsleep.domain.dates import DateWords
from gutsleep.domain.journal import Bleeding, DayEntry
from gutsleep.domain.regimens import Regimen, RegimenEvent, events_between
from gutsleep.domain.screening.questions import (
    ALL_KEYS,
    DIGESTION_FINE,
    SIGNS,
    Answer,
    question_for,
)
from gutsleep.domain.sleep import compute_metrics
from gutsleep.domain.text import N_, Message

if TYPE_CHECKING:
    from gutsleep.analysis.insights import InsightReport
    from gutsleep.analysis.series import DailyFrame
    from gutsleep.charts.report import Block
    from gutsleep.domain.fields import Measure


__all__ = [
    "LIMITS",
    "MONTHLY_LIMIT",
    "WEEKLY_LIMIT",
    "CompletedExperiment",
    "FormatNumber",
    "Group",
    "Limits",
    "MedicineSpan",
    "ReportContent",
    "ReportLayout",
    "Stat",
    "WindowRow",
    "bleeding_starts",
    "plain_number",
    "stat",
    "summary_groups",
    "week_groups",
    "with_numbers",
]


@dataclass(frozen=True)
class Limits:
    """How many medicines, insights, completed experiments and window weeks are listed.

    The summary is laid out with the first of :data:`LIMITS`; when its two
    pages overflow (many medicines, a long checklist, wordy results) it is
    laid out again with the next, so it stays on two pages.
    """

    medicines: int
    insights: int
    experiments: int
    window_weeks: int
    checklist_no: bool  # list the questions answered "no" too
    checklist_answers: bool = True  # False: only the checklist's date and result


LIMITS: tuple[Limits, ...] = (
    Limits(5, 5, 3, 8, True),
    Limits(4, 4, 2, 6, True),
    Limits(3, 3, 1, 4, False),
    Limits(2, 2, 1, 4, False),
    Limits(1, 1, 1, 2, False),
    Limits(1, 1, 1, 2, False, checklist_answers=False),
)


Translate = Callable[[str], str]


#: Writes ``value`` with ``digits`` decimals the reader's way: "3.5", or "3,5" in German.
FormatNumber = Callable[[float, int], str]


def plain_number(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and a decimal point: the CLI's way, and English."""
    return f"{value:.{max(digits, 0)}f}"


def with_numbers(
    message: Message, number: FormatNumber, day: Callable[[date], str] = date.isoformat
) -> Message:
    """``message`` with its :class:`~gutsleep.analysis.insights.Number` arguments written
    by ``number`` and its dates by ``day``, so a sentence's decimals and dates follow the
    report's language."""
    from gutsleep.analysis.insights import Number

    args: dict[str, object] = {}
    for key, value in message.args.items():
        if isinstance(value, Message):
            args[key] = with_numbers(value, number, day)
        elif isinstance(value, Number):
            args[key] = number(value.value, value.digits)
        elif isinstance(value, date):
            args[key] = day(value)
        else:
            args[key] = value
    return Message(message.template, args)


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


MADE = N_("Made offline with gutsleep {version} on {made}.")


DEFINITIONS = N_(
    "Definitions (Consensus Sleep Diary; a night is filed under the date of waking): SOL, "
    "minutes from lights out to falling asleep; WASO, minutes awake in the night; TST, "
    "lights out to the final awakening minus SOL and WASO; TIB, into bed to out of bed; "
    "SE, TST as a share of TIB; quality from 1 (very poor) to 5 (very good). TST and SE are "
    "left out of a night when they cannot be computed."
)


ACCESSIBILITY = N_(
    "Fonts are embedded and the text can be searched; the PDF has no tagged structure for "
    "screen readers, which its writer (matplotlib) cannot make."
)


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


#: Up to this many weeks the summary has one row per week; longer periods go by month.
WEEKLY_LIMIT = 13


#: Up to this many months every month gets a row; longer periods show the last
#: twelve months by month and one line per year above them.
MONTHLY_LIMIT = 12


@dataclass(frozen=True)
class Group:
    """A block of the summary's table: a week (from its Monday), a month or a year."""

    label: str
    first: date
    last: date


def _months_between(first: date, last: date) -> list[Group]:
    groups = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        start = date(year, month, 1)
        following = date(year + month // 12, month % 12 + 1, 1)
        groups.append(
            Group(
                f"{year}-{month:02d}", max(start, first), min(following - timedelta(days=1), last)
            )
        )
        year, month = following.year, following.month
    return groups


def week_groups(first: date, last: date) -> list[Group]:
    """The ISO weeks (Monday to Sunday) of ``first``..``last``, clipped to it."""
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        start = max(monday, first)
        weeks.append(Group(start.isoformat(), start, min(monday + timedelta(days=6), last)))
        monday += timedelta(days=7)
    return weeks


def summary_groups(first: date, last: date) -> tuple[str, list[Group], list[Group]]:
    """(``"week"`` or ``"month"``, the table's rows, the yearly overview's years).

    Weeks start on Monday (ISO weeks), clipped to the period; the years are
    empty unless the period runs over more than :data:`MONTHLY_LIMIT` months.
    """
    weeks = week_groups(first, last)
    if len(weeks) <= WEEKLY_LIMIT:
        return "week", weeks, []
    months = _months_between(first, last)
    if len(months) <= MONTHLY_LIMIT:
        return "month", months, []
    years = [
        Group(str(year), max(first, date(year, 1, 1)), min(last, date(year, 12, 31)))
        for year in range(first.year, last.year + 1)
    ]
    return "month", months[-MONTHLY_LIMIT:], years


@dataclass(frozen=True)
class WindowRow:
    """One week of a sleep window (the CBT-I planner's history), as the report shows it."""

    start: date
    bedtime: time
    rising: time
    nights: int | None = None
    average_se: float | None = None


@dataclass(frozen=True)
class MedicineSpan:
    """A medicine (name and dose) taken in the period: its first and last day, days taken."""

    name: str
    dose: str
    first: date
    last: date
    days: int


@dataclass(frozen=True)
class Stat:
    """A measure over a group of days: mean, standard deviation, range and n."""

    mean: float | None
    sd: float | None
    low: float | None
    high: float | None
    n: int


def stat(values: Sequence[float]) -> Stat:
    """The :class:`Stat` of the non-NaN ``values`` (NaN: not recorded)."""
    present = [float(v) for v in values if not math.isnan(v)]
    if not present:
        return Stat(None, None, None, None, 0)
    mean = math.fsum(present) / len(present)
    sd = (
        math.sqrt(math.fsum((v - mean) ** 2 for v in present) / (len(present) - 1))
        if len(present) > 1
        else None
    )
    return Stat(mean, sd, min(present), max(present), len(present))


#: The Consensus Sleep Diary measures of the summary, in the order clinicians read them.
SLEEP_KEYS: tuple[str, ...] = ("sol", "waso", "tst", "tib", "se", "quality")


def _short(key: str, value: float | None, number: FormatNumber = plain_number) -> str:
    """A value in a summary table's cell: minutes for durations, h:mm for TST/TIB."""
    if value is None:
        return ""
    if key in ("tst", "tib"):
        return _hours(value)
    if key in ("sol", "waso"):
        return str(round(value))
    if key == "se":
        return number(value, 0)
    return number(value, 1)


def bleeding_starts(days: Sequence[date], bleeding: Sequence[float]) -> list[date]:
    """First days of bleeding episodes: a bleeding day after two days without bleeding.

    Days not answered break nothing (a gap in the diary is not a new episode).
    """
    starts: list[date] = []
    last_bleeding: date | None = None
    for day, value in zip(days, bleeding, strict=True):
        if math.isnan(value) or value <= 0:
            continue
        if last_bleeding is None or (day - last_bleeding).days > 2:
            starts.append(day)
        last_bleeding = day
    return starts


_MISSING = "—"


@dataclass(frozen=True)
class CompletedExperiment:
    """A self-experiment completed in the period, with its verdict and difference in words."""

    title: str
    start: date
    end: date
    verdict: Message
    difference: Message


@dataclass(frozen=True)
class ReportContent:
    """Everything the report says about one period, read from the journal.

    ``logged`` counts the days with entries; the rest is read only when there
    are some. ``experiments`` are the first completed ones (as many as the
    first :data:`LIMITS` lists), ``experiments_completed`` how many there are
    in all; ``diary`` holds the days for the appendix, when it is asked for.
    """

    first: date
    last: date
    today: date
    logged: int
    frame: DailyFrame | None = None
    medicines: Sequence[MedicineSpan] = ()
    bristol: Mapping[date, tuple[int, ...]] = field(default_factory=dict)
    checklist: ChecklistRecord | None = None
    window: Sequence[WindowRow] = ()
    insights: InsightReport | None = None
    experiments: Sequence[CompletedExperiment] = ()
    experiments_completed: int = 0
    diary: Sequence[DayEntry] = ()
    #: Every regimen (hormone therapy, medicines, supplements) with its dated changes.
    regimens: Sequence[Regimen] = ()


class ReportLayout:
    """Builds the report's blocks and pages for one period's content."""

    def __init__(
        self,
        content: ReportContent,
        translate: Translate,
        limits: Limits = LIMITS[0],
        number: FormatNumber = plain_number,
        twelve_hour: bool = False,
    ):
        from gutsleep.charts.report import Pages

        self.content = content
        self.first = first = content.first
        self.last = last = content.last
        self.today = content.today
        self.translate = translate
        self.number = number
        self.words = DateWords(translate, twelve_hour)
        self.limits = limits
        self.days = (last - first).days + 1
        self.logged = content.logged
        self.pages = Pages()
        self.kind, self.groups, self.years = summary_groups(first, last)

    def t(self, text: str | Message, **args: object) -> str:
        if isinstance(text, Message):
            return with_numbers(text, self.number, self.day).render(self.translate)
        return self.translate(text).format(**args) if args else self.translate(text)

    def day(self, day: date) -> str:
        """``day`` in the report's language: "7 Dec 2026", "7. Dez. 2026"."""
        return self.words.full(day)

    def group_label(self, group: Group) -> str:
        """A table row's name: the week's first day ("7 Dec 2026") or the month ("Dec 2026")."""
        return self.day(group.first) if self.kind == "week" else self.words.month_year(group.first)

    def short(self, key: str, value: float | None) -> str:
        """:func:`_short` with this report's decimal separator."""
        return _short(key, value, self.number)

    def flow(self, *blocks: Block) -> None:
        self.pages.flow(blocks)

    def _index(self, group: Group) -> slice:
        start = (group.first - self.first).days
        return slice(start, start + (group.last - group.first).days + 1)

    # page 1: the summary ------------------------------------------------------------

    def title(self) -> None:
        from gutsleep.charts.report import Block

        self.flow(
            Block("title", self.t(TITLE)),
            Block(
                "text",
                self.t(
                    N_(
                        "Period: {first} to {last} ({days} days). Days with entries: {n} of {days}."
                    ),
                    first=self.day(self.first),
                    last=self.day(self.last),
                    days=self.days,
                    n=self.logged,
                ),
            ),
        )
        if not self.logged:
            self.flow(
                Block("small", self.t(SELF_REPORTED)),
                Block("heading", self.t(N_("No entries"))),
                Block(
                    "text",
                    self.t(NO_ENTRIES, first=self.day(self.first), last=self.day(self.last)),
                ),
                Block("small", self.t(MADE, version=__version__, made=self.day(self.today))),
            )

    def sleep_summary(self, frame: DailyFrame, medicines: Sequence[MedicineSpan]) -> None:
        from gutsleep.charts.report import Block, Table

        columns = [[float(v) for v in frame[key]] for key in SLEEP_KEYS]
        sweats = [float(v) for v in frame["night_sweats"]]
        bleeding = [float(v) for v in frame["bleeding"]]
        any_sleep = [any(not math.isnan(c[i]) for c in columns) for i in range(len(frame))]
        self.flow(
            Block("heading", self.t(N_("Sleep diary (Consensus Sleep Diary)"))),
            Block(
                "text",
                self.t(N_("Nights logged: {n} of {days}."), n=sum(any_sleep), days=self.days),
            ),
        )
        self.weekly_chart(frame, medicines)
        label = self.t(N_("Week from")) if self.kind == "week" else self.t(N_("Month"))
        header = [
            label,
            self.t(N_("Nights")),
            self.t(N_("SOL\nmin")),
            self.t(N_("WASO\nmin")),
            self.t(N_("TST\nh:mm")),
            self.t(N_("TIB\nh:mm")),
            self.t(N_("SE\n%")),
            self.t(N_("Quality\n1-5")),
            self.t(N_("Sweats or\nflushes/night")),
            self.t(N_("Bleeding\ndays")),
        ]

        def bleeding_days(values: Sequence[float]) -> str:
            answered = [v for v in values if not math.isnan(v)]
            return f"{sum(1 for v in answered if v > 0)}/{len(answered)}" if answered else ""

        rows: list[list[str]] = [header]
        for group in self.groups:
            index = self._index(group)
            rows.append(
                [
                    self.group_label(group),
                    str(sum(any_sleep[index])),
                    *(
                        self.short(key, stat(column[index]).mean)
                        for key, column in zip(SLEEP_KEYS, columns, strict=True)
                    ),
                    self.short("sweats", stat(sweats[index]).mean),
                    bleeding_days(bleeding[index]),
                ]
            )
        stats = [stat(column) for column in (*columns, sweats)]
        keys = (*SLEEP_KEYS, "sweats")
        rows.append(
            [
                self.t(N_("Period mean")),
                str(sum(any_sleep)),
                *(self.short(k, s.mean) for k, s in zip(keys, stats, strict=True)),
                bleeding_days(bleeding),
            ]
        )
        rows.append(
            [
                self.t(N_("SD")),
                "",
                *(self.short(k, s.sd) for k, s in zip(keys, stats, strict=True)),
                "",
            ]
        )
        rows.append([self.t(N_("n nights")), "", *(str(s.n) for s in stats), ""])
        widths = (0.13, 0.08, 0.08, 0.08, 0.09, 0.09, 0.07, 0.09, 0.15, 0.14)  # 10. Sept. 2026
        self.flow(Block("table", Table(rows, widths, (False,) + (True,) * 9, size=7.4)))
        note = N_(
            "One row per week (Monday to Sunday): the mean over the nights with a value; an "
            "empty cell means nothing was recorded (never zero). The last rows: the whole "
            "period's mean, standard deviation between nights (SD) and number of nights with "
            "a value. Bleeding days: days with bleeding / days answered."
        )
        if self.kind == "month":
            note = N_(
                "One row per calendar month: the mean over the nights with a value; an empty "
                "cell means nothing was recorded (never zero). The last rows: the whole "
                "period's mean, standard deviation between nights (SD) and number of nights "
                "with a value. Bleeding days: days with bleeding / days answered."
            )
        self.flow(Block("small", self.t(note)))
        if self.years:
            parts = []
            for year in self.years:
                index = self._index(year)
                tst = stat(columns[SLEEP_KEYS.index("tst")][index])
                se = stat(columns[SLEEP_KEYS.index("se")][index])
                parts.append(
                    f"{year.label}: {self.short('tst', tst.mean) or _MISSING}, "
                    f"{self.short('se', se.mean) or _MISSING}%"
                )
            self.flow(
                Block(
                    "small",
                    self.t(
                        N_(
                            "Only the last twelve months have rows. Each year's TST and SE: "
                            "{years}."
                        ),
                        years="; ".join(parts),
                    ),
                )
            )

    def sweats_and_bleeding(self, frame: DailyFrame) -> None:
        from gutsleep.charts.report import Block

        sweats = stat([float(v) for v in frame["night_sweats"]])
        with_any = sum(1 for v in frame["night_sweats"] if not math.isnan(float(v)) and v > 0)
        if sweats.n:
            text = self.t(
                N_(
                    "Night sweats or hot flushes: on {with_any} of the {n} nights answered, "
                    "{mean} times a night on average (most in one night: {high})."
                ),
                with_any=with_any,
                n=sweats.n,
                mean=self.number(sweats.mean or 0.0, 1),
                high=round(sweats.high or 0),
            )
        else:
            text = self.t(N_("Night sweats or hot flushes: not recorded in this period."))
        scores = [float(v) for v in frame["hot_flush_score"]]
        kept = stat(scores)
        if kept.n:  # the hot-flush diary, where the person keeps it
            text += " " + self.t(
                N_(
                    "Hot-flush diary kept on {n} days: a hot flush on {with_any} of them; "
                    "daily score (each flush 1 mild to 4 very severe) {mean} on average, "
                    "{high} at most."
                ),
                n=kept.n,
                with_any=sum(1 for v in scores if not math.isnan(v) and v > 0),
                mean=self.number(kept.mean or 0.0, 1),
                high=round(kept.high or 0),
            )
        dates = frame.dates()
        bleeding = [float(v) for v in frame["bleeding"]]
        answered = sum(1 for v in bleeding if not math.isnan(v))
        bled = [d for d, v in zip(dates, bleeding, strict=True) if not math.isnan(v) and v > 0]
        if not answered:
            pattern = self.t(N_("Bleeding: not recorded in this period."))
        elif not bled:
            pattern = self.t(N_("Bleeding: none on the {n} days answered."), n=answered)
        else:
            starts = bleeding_starts(dates, bleeding)
            gaps = [(b - a).days for a, b in itertools.pairwise(starts)]
            pattern = self.t(
                N_(
                    "Bleeding days: {days} of {n} answered. Episodes: {episodes}, the last "
                    "beginning on {last_start}; last bleeding day: {last_day}."
                ),
                days=len(bled),
                n=answered,
                episodes=len(starts),
                last_start=self.day(starts[-1]),
                last_day=self.day(bled[-1]),
            )
            if gaps:
                pattern += " " + self.t(
                    N_(
                        "Days from one start to the next: median {median}, shortest {low}, "
                        "longest {high}."
                    ),
                    median=round(statistics.median(gaps)),
                    low=min(gaps),
                    high=max(gaps),
                )
        self.flow(
            Block("subheading", self.t(N_("Night sweats, hot flushes and bleeding"))),
            Block("text", text),
            Block("text", pattern),
        )

    def medicines(self, spans: Sequence[MedicineSpan]) -> None:
        from gutsleep.charts.report import Block, Table

        if not spans:
            self.flow(Block("text", self.t(N_("No medicines were recorded in this period."))))
            return
        self.flow(Block("subheading", self.t(N_("Medicines"))))
        table: list[list[str]] = [
            [
                self.t(N_("Medicine")),
                self.t(N_("Dose")),
                self.t(N_("First day")),
                self.t(N_("Last day")),
                self.t(N_("Days taken")),
            ]
        ]
        for span in spans[-self.limits.medicines :]:
            table.append(
                [
                    span.name,
                    span.dose,
                    self.day(span.first),
                    self.day(span.last),
                    str(span.days),
                ]
            )
        widths = (0.32, 0.2, 0.16, 0.16, 0.16)
        self.flow(Block("table", Table(table, widths, (False, False, True, True, True), size=7.4)))
        if len(spans) > self.limits.medicines:
            self.flow(
                Block(
                    "small",
                    self.t(
                        N_(
                            "Medicines begun earlier, not listed: {n} (the appendix lists "
                            "every day)."
                        ),
                        n=len(spans) - self.limits.medicines,
                    ),
                )
            )

    def weekly_chart(self, frame: DailyFrame, medicines: Sequence[MedicineSpan]) -> None:
        from gutsleep.charts.report import Block

        weeks: list[date] = []
        tst: list[float] = []
        se: list[float] = []
        for week in week_groups(self.first, self.last):
            index = self._index(week)
            weeks.append(week.first)
            t, s = (
                stat([float(v) for v in frame["tst"][index]]),
                stat([float(v) for v in frame["se"][index]]),
            )
            tst.append(math.nan if t.mean is None else t.mean / 60)
            se.append(math.nan if s.mean is None else s.mean)
        from matplotlib.dates import AutoDateLocator, date2num, num2date
        from matplotlib.ticker import FuncFormatter

        def x(days: Sequence[date]) -> list[float]:
            return [float(v) for v in date2num(days)]  # type: ignore[no-untyped-call]

        theme = self.pages.theme
        axes = self.pages.axes(1.55)
        axes.set_title(
            self.t(N_("Weekly total sleep time and sleep efficiency")),
            fontsize=8,
            loc="left",
            color=theme.foreground,
        )
        axes.set_facecolor(theme.background)
        marker = 2.5 if len(weeks) <= 60 else 0.0
        axes.plot(
            x(weeks),
            tst,
            color=theme.series[0],
            linewidth=1.2,
            label=self.t(N_("TST (hours)")),
            marker="o",
            markersize=marker,
        )
        axes.set_ylabel(self.t(N_("TST (hours)")), fontsize=7, color=theme.series[0])
        right = axes.twinx()
        right.plot(
            x(weeks),
            se,
            color=theme.series[1],
            linewidth=1.0,
            linestyle="--",
            label=self.t(N_("SE (%)")),
            marker="o",
            markersize=marker,
        )
        right.set_ylabel(self.t(N_("SE (%)")), fontsize=7, color=theme.series[1])
        right.set_ylim(0, 100)
        low = min((v for v in tst if not math.isnan(v)), default=0.0)
        axes.set_ylim(
            max(0.0, math.floor(low) - 1),
            max(9.0, max((v for v in tst if not math.isnan(v)), default=9.0) + 0.5),
        )
        markers = [m.first for m in medicines[-self.limits.medicines :] if m.first > self.first]
        for first_day in markers:
            axes.axvline(x([first_day])[0], color=theme.reference, linewidth=0.8, linestyle=":")
        for each in (axes, right):
            each.tick_params(labelsize=6.5, colors=theme.muted)
            each.grid(False)
        axes.grid(True, color=theme.grid, linewidth=0.4)
        axes.set_xlim(*x([self.first, self.last + timedelta(days=1)]))
        locator = AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        by_year = self.days > 3 * 366  # the locator then puts its ticks on New Year's Days

        def tick(value: float, _position: object) -> str:
            """A tick in the report's language: "2026", "Jan 2026", "Mar" or "7 Mar"."""
            day = num2date(value).date()  # type: ignore[no-untyped-call]
            if by_year:
                return str(day.year)
            if day.day == 1:
                return self.words.month_year(day) if day.month == 1 else self.words.month(day)
            return self.words.day_month(day)

        axes.xaxis.set_major_formatter(FuncFormatter(tick))
        lines = axes.get_lines()[:1] + right.get_lines()[:1]
        axes.legend(
            lines,
            [str(line.get_label()) for line in lines],
            fontsize=6.5,
            loc="upper right",
            bbox_to_anchor=(1.0, 1.22),
            ncols=2,
            frameon=False,
        )
        self.regimen_markers(axes, x)
        if markers:
            self.flow(
                Block(
                    "small",
                    self.t(
                        N_("Dotted lines: the day each medicine in the list below was first taken.")
                    ),
                )
            )

    # regimens: hormone therapy and medicines with their dated changes ------------------

    def regimen_events(self) -> list[RegimenEvent]:
        return events_between(self.content.regimens, self.first, self.last)

    def regimen_markers(self, axes: Any, x: Callable[[Sequence[date]], list[float]]) -> int:
        """A dashed line on the weekly chart per regimen change in the period (above the
        dotted line of a medicine's first day), named in the chart's legend; how many.

        The legend, not a line of text, explains them: page 1 has no line to spare."""
        from matplotlib.lines import Line2D

        found = self.regimen_events()
        if not found:
            return 0
        colour = self.pages.theme.marker
        for event in found:
            axes.axvline(
                x([event.day])[0], color=colour, linewidth=0.9, linestyle=(0, (4, 2)), zorder=2.5
            )
        legend = axes.get_legend()
        handles = list(legend.legend_handles) if legend is not None else []
        labels = [t.get_text() for t in legend.get_texts()] if legend is not None else []
        handles.append(Line2D([], [], color=colour, linewidth=0.9, linestyle=(0, (4, 2))))
        labels.append(self.t(N_("Regimen change")))
        axes.legend(
            handles,
            labels,
            fontsize=6.5,
            loc="upper right",
            bbox_to_anchor=(1.0, 1.22),
            ncols=len(handles),
            frameon=False,
        )
        return len(found)

    # page 2: the rest ----------------------------------------------------------------------

    def gut(self, frame: DailyFrame) -> None:
        from gutsleep.charts.report import Block, Table

        self.pages.page_break()
        self.flow(Block("heading", self.t(N_("Gut symptoms and Bristol stool types"))))
        bristol = self.content.bristol
        if not bristol and not any(not math.isnan(float(v)) for v in frame["bloating"]):
            self.flow(Block("text", self.t(N_("No gut entries in this period."))))
            return
        label = self.t(N_("Week from")) if self.kind == "week" else self.t(N_("Month"))
        rows: list[list[str]] = [
            [
                label,
                self.t(N_("Gut\ndays")),
                self.t(N_("Bloating\n0-10")),
                self.t(N_("Discomfort\n0-10")),
                self.t(N_("Movements\na day")),
                self.t(N_("Types 1-2\n(hard)")),
                self.t(N_("Types 3-5")),
                self.t(N_("Types 6-7\n(loose)")),
            ]
        ]
        for group in self.groups:
            index = self._index(group)
            counts = [0] * 7
            gut_days = 0
            for offset in range(index.start, index.stop):
                found = bristol.get(self.first + timedelta(days=offset))
                if found is not None:
                    gut_days += 1
                    counts = [a + b for a, b in zip(counts, found, strict=True)]
            typed = sum(counts)

            def share(types: slice, typed: int = typed, counts: list[int] = counts) -> str:
                return f"{round(100 * sum(counts[types]) / typed)}%" if typed else ""

            movements = stat([float(v) for v in frame["bm_count"][index]])
            rows.append(
                [
                    self.group_label(group),
                    str(gut_days),
                    self.short("bloating", stat([float(v) for v in frame["bloating"][index]]).mean),
                    self.short(
                        "discomfort", stat([float(v) for v in frame["discomfort"][index]]).mean
                    ),
                    self.short("bm", movements.mean),
                    share(slice(0, 2)),
                    share(slice(2, 5)),
                    share(slice(5, 7)),
                ]
            )
        self.flow(
            Block(
                "table",
                Table(
                    rows,
                    (0.14, 0.09, 0.12, 0.13, 0.13, 0.13, 0.13, 0.13),
                    (False,) + (True,) * 7,
                    size=7.2,
                ),
            ),
            Block(
                "small",
                self.t(
                    N_(
                        "Means over the days with a value; Bristol types as shares of the "
                        "movements typed."
                    )
                ),
            ),
        )

    def trackers(self, frame: DailyFrame) -> None:
        """Trackers of the person's own: per week or month, the mean and n of each
        (a yes/no as days yes of days answered); nothing when there are none."""
        from gutsleep.charts.report import Block, Table
        from gutsleep.domain.trackers import CLOCK_UNIT, YES_NO_UNIT

        if not frame.extra:
            return
        measures = [m for m in frame.extra.values() if frame.recorded(m.key)][:5]
        self.flow(Block("heading", self.t(N_("Trackers of your own"))))
        if not measures:
            self.flow(Block("text", self.t(N_("No tracker of your own recorded in this period."))))
            return

        def cell(measure: Measure, values: Sequence[float]) -> str:
            present = [v for v in values if not math.isnan(v)]
            if not present:
                return ""
            if measure.unit == YES_NO_UNIT:
                return f"{sum(1 for v in present if v >= 1)}/{len(present)}"
            mean = math.fsum(present) / len(present)
            if measure.unit == CLOCK_UNIT:
                shown = f"{int(mean) // 60}:{int(mean) % 60:02d}"
            else:
                shown = self.number(mean, max(measure.digits, 1 if mean < 10 else 0))
            return f"{shown} (n {len(present)})"

        label = self.t(N_("Week from")) if self.kind == "week" else self.t(N_("Month"))
        header = [label]
        for measure in measures:
            unit = measure.unit
            shown_unit = "" if unit in ("", CLOCK_UNIT) else f"\n{self.t(unit)}"
            header.append(f"{measure.label[:24]}{shown_unit}")
        columns = [[float(v) for v in frame[m.key]] for m in measures]
        rows: list[list[str]] = [header]
        for group in self.groups:
            index = self._index(group)
            rows.append(
                [
                    self.group_label(group),
                    *(cell(m, c[index]) for m, c in zip(measures, columns, strict=True)),
                ]
            )
        rows.append(
            [
                self.t(N_("Period")),
                *(cell(m, c) for m, c in zip(measures, columns, strict=True)),
            ]
        )
        first = 0.16
        rest = (1 - first) / len(measures)
        widths = (first, *([rest] * len(measures)))
        self.flow(Block("table", Table(rows, widths, (False,) + (True,) * len(measures), size=7.4)))
        self.flow(
            Block(
                "small",
                self.t(
                    N_(
                        "Mean over the days with a value, and how many days had one (n); a "
                        "yes/no tracker shows days with yes / days answered. An empty cell means "
                        "nothing was recorded (never zero)."
                    )
                ),
            )
        )

    def checklist(self) -> None:
        from gutsleep.charts.report import Block, Table

        self.flow(Block("subheading", self.t(N_("Latest screening checklist"))))
        record = self.content.checklist
        if record is None:
            self.flow(Block("text", self.t(N_("No checklist completed."))))
            return
        result = record.screening()
        self.flow(
            Block(
                "text",
                self.t(
                    N_("Taken on {day}. Result: {headline}"),
                    day=self.day(record.taken_on),
                    headline=self.t(result.headline),
                ),
            )
        )
        answer_text = {
            Answer.YES: self.t(N_("yes")),
            Answer.NO: self.t(N_("no")),
            Answer.UNSURE: self.t(N_("not sure")),
        }
        labels = {s.key: s.label for s in (*SIGNS, DIGESTION_FINE)}
        if not self.limits.checklist_answers:
            self.flow(
                Block(
                    "small",
                    self.t(
                        N_("The answers are on the Checklist page ({n} questions)."),
                        n=len(record.answers),
                    ),
                )
            )
            return
        cells: list[tuple[str, str]] = []
        hidden = 0
        for key in ALL_KEYS:
            answer = record.answers.get(key)
            if answer is Answer.NO and not self.limits.checklist_no:
                hidden += 1
            elif answer is not None:
                label = labels.get(key) or question_for(key) or key
                cells.append((self.t(label), answer_text[answer]))
        if cells:
            half = (len(cells) + 1) // 2
            rows: list[list[str]] = [[self.t(N_("Question")), self.t(N_("Answer"))] * 2]
            for i in range(half):
                right = cells[half + i] if half + i < len(cells) else ("", "")
                rows.append([*cells[i], *right])
            self.flow(
                Block(
                    "table",
                    Table(rows, (0.43, 0.07, 0.43, 0.07), size=7, wrap=True),
                )
            )
        if hidden:
            self.flow(Block("small", self.t(N_("Questions answered no: {n}."), n=hidden)))

    def window(self) -> None:
        from gutsleep.charts.report import Block, Table

        weeks = list(self.content.window)
        if not weeks:
            return
        rows: list[list[str]] = [
            [
                self.t(N_("Week from")),
                self.t(N_("Bedtime")),
                self.t(N_("Rising time")),
                self.t(N_("Nights logged")),
                self.t(N_("SE %")),
            ]
        ]
        for week in weeks[-self.limits.window_weeks :]:
            rows.append(
                [
                    self.day(week.start),
                    self.words.clock(week.bedtime),
                    self.words.clock(week.rising),
                    "" if week.nights is None else str(week.nights),
                    "" if week.average_se is None else self.number(week.average_se, 0),
                ]
            )
        self.flow(
            Block("subheading", self.t(N_("Sleep window (sleep scheduling) history"))),
            Block(
                "table",
                Table(rows, (0.24, 0.19, 0.19, 0.19, 0.19), (False,) + (True,) * 4, size=7.6),
            ),
        )

    def insights(self) -> None:
        from gutsleep.charts.report import Block

        report = self.content.insights
        self.flow(Block("subheading", self.t(N_("Patterns in this period"))))
        if report is None:
            self.flow(Block("text", self.t(N_("The patterns could not be computed."))))
            return
        notable = list(report.insights)[: self.limits.insights]
        if not notable:
            status = report.status
            self.flow(
                Block(
                    "text",
                    self.t(status)
                    if status is not None
                    else self.t(
                        N_(
                            "No comparison stands out once the number of comparisons is "
                            "taken into account."
                        )
                    ),
                )
            )
            return
        if report.summary is not None:
            self.flow(Block("small", self.t(report.summary)))
        self.flow(
            Block(
                "small",
                self.t(
                    N_(
                        "Each pattern is estimated with the other factors taken into "
                        "account. Associations, not causes: measures that move together "
                        "do not show that one causes the other."
                    )
                ),
            )
        )
        for insight in notable:
            self.flow(Block("small-bullet", self.t(insight.sentence)))

    def experiments(self) -> None:
        from gutsleep.charts.report import Block

        completed = self.content.experiments_completed
        self.flow(Block("subheading", self.t(N_("Completed self-experiments"))))
        if not completed:
            self.flow(Block("text", self.t(N_("No self-experiment was completed in this period."))))
            return
        for exp in self.content.experiments[: self.limits.experiments]:
            self.flow(
                Block(
                    "small-bullet",
                    self.t(
                        N_("{title} ({start} to {end}): {verdict}"),
                        title=exp.title,
                        start=self.day(exp.start),
                        end=self.day(exp.end),
                        verdict=self.t(exp.verdict),
                    ),
                ),
                Block("small", "    " + self.t(exp.difference)),
            )
        if completed > self.limits.experiments:
            self.flow(
                Block(
                    "small",
                    self.t(
                        N_("Earlier completed experiments, on the Experiments page: {n}."),
                        n=completed - self.limits.experiments,
                    ),
                )
            )

    def about(self) -> None:
        from gutsleep.charts.report import Block

        self.flow(
            Block("space", 0.08),
            Block(
                "small",
                " ".join(
                    (
                        self.t(SELF_REPORTED),
                        self.t(DEFINITIONS),
                        self.t(ACCESSIBILITY),
                        self.t(MADE, version=__version__, made=self.day(self.today)),
                    )
                ),
            ),
        )

    def summary(self, step: Callable[[int], None]) -> int:
        """Lay out the two summary pages; returns how many pages they took."""
        self.title()
        step(1)
        if not self.logged:
            return len(self.pages.figures)
        frame = self.content.frame
        assert frame is not None  # read whenever there are days with entries
        medicines = self.content.medicines
        self.sleep_summary(frame, medicines)
        step(2)
        self.sweats_and_bleeding(frame)
        self.medicines(medicines)
        overflowed = len(self.pages.figures) > 1  # page 1 ran over: lay out again
        step(3)
        self.gut(frame)
        self.trackers(frame)
        self.checklist()
        self.window()
        self.insights()
        step(4)
        self.experiments()
        self.about()
        return len(self.pages.figures) + overflowed

    # appendix ---------------------------------------------------------------------------------

    def appendix(self) -> None:
        from gutsleep.charts.report import Block, Table

        self.pages.page_break()
        by_day = {e.day: e for e in self.content.diary}
        header = [
            self.t(N_("Date\n(woke up)")),
            self.t(N_("Into\nbed")),
            self.t(N_("Lights\nout")),
            self.t(N_("SOL\nmin")),
            self.t(N_("Awaken-\nings")),
            self.t(N_("WASO\nmin")),
            self.t(N_("Final\nwake")),
            self.t(N_("Out of\nbed")),
            self.t(N_("Early\nmin")),
            self.t(N_("TIB\nh:mm")),
            self.t(N_("TST\nh:mm")),
            self.t(N_("SE\n%")),
            self.t(N_("Qual.\n1-5")),
            self.t(N_("Naps\n(min)")),
            self.t(N_("Sweats")),
            self.t(N_("Bleed-\ning")),
        ]
        bleeding_text = {
            Bleeding.NONE: self.t(N_("none")),
            Bleeding.SPOTTING: self.t(N_("spot")),
            Bleeding.LIGHT: self.t(N_("light")),
            Bleeding.MEDIUM: self.t(N_("medium")),
            Bleeding.HEAVY: self.t(N_("heavy")),
        }
        rows: list[list[str]] = [header]
        for offset in range(self.days):
            day = self.first + timedelta(days=offset)
            entry = by_day.get(day)
            if entry is None:
                rows.append([self.day(day), *[""] * (len(header) - 1)])
                continue
            sleep = entry.sleep
            metrics = compute_metrics(sleep)
            se = metrics.sleep_efficiency_pct
            early = (
                (sleep.out_of_bed - sleep.final_wake).total_seconds() / 60
                if sleep.out_of_bed is not None and sleep.final_wake is not None
                else None
            )
            naps = _number(sleep.naps)
            if naps and sleep.nap_min is not None:
                naps = f"{naps} ({sleep.nap_min})"
            rows.append(
                [
                    self.day(day),
                    self.words.clock(sleep.into_bed),
                    self.words.clock(sleep.lights_out),
                    _number(sleep.sleep_onset_min),
                    _number(sleep.awakenings),
                    _number(sleep.waso_min),
                    self.words.clock(sleep.final_wake),
                    self.words.clock(sleep.out_of_bed),
                    _number(early),
                    _hours(metrics.time_in_bed_min),
                    _hours(metrics.total_sleep_min),
                    "" if se is None else self.number(se, 0),
                    _number(sleep.quality),
                    naps,
                    _number(sleep.night_sweats),
                    "" if entry.bleeding is None else bleeding_text[entry.bleeding],
                ]
            )
        clock = 0.075 if self.words.twelve_hour else 0.058  # "10:45 pm", "22:45"
        shares = (
            0.12,  # the date: "10. Sept. 2026"
            clock,
            clock,
            0.05,
            0.065,
            0.055,
            clock,
            clock,
            0.055,
            0.06,
            0.06,
            0.045,
            0.05,
            0.08,  # naps: "1 (25)", "Nickerchen"
            0.068,  # sweats
            0.075,  # bleeding: "spotting", "Schmierblutung"
        )
        scale = max(1.0, sum(shares))  # over the width: the columns and letters shrink alike
        widths = tuple(share / scale for share in shares)
        self.flow(
            Block("heading", self.t(N_("Appendix: the daily sleep diary"))),
            Block(
                "small",
                self.t(
                    N_(
                        "One row per night, under the date of waking; clock times as entered. "
                        "Early: minutes from the final awakening to getting out of bed. Naps: "
                        "how many (their minutes). Sweats: night sweats or hot flushes. An "
                        "empty cell means nothing was recorded (never zero)."
                    )
                ),
            ),
            Block(
                "table",
                Table(rows, widths, (False,) + (True,) * (len(header) - 1), size=6.8 / scale),
            ),
        )

    # the whole document -----------------------------------------------------------------------

    def footer(self) -> tuple[str, str]:
        header = self.t(
            N_("gutsleep · report for a clinician · {first} to {last} · self-reported data"),
            first=self.day(self.first),
            last=self.day(self.last),
        )
        return header, self.t(FOOTER)

    def page_label(self, number: int, total: int) -> str:
        return self.t(N_("Page {number} of {total}"), number=number, total=total)
