"""Self-experiments: what the Experiments page, the Journal's check-in and the CLI share.

The rules (what a valid experiment is, its calendar, pausing and ending) are
the domain's (:mod:`gutsleep.domain.experiments`); the evaluation is the
analysis layer's (:func:`gutsleep.analysis.experiments.evaluate_experiment`).
This adds storage, the journal's outcome values for the experiment's days
(for sleep, the night *after* each day: it is filed under the morning it
ended), the drawn phase order at creation, and the one-page PDF summary.

numpy and matplotlib are imported only by :meth:`ExperimentsService.result`
and the PDF functions, so the Journal page's check-in costs nothing at start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gutsleep.domain import experiments as rules
from gutsleep.domain.experiments import (
    CHANGE_TEMPLATES,
    OUTCOMES,
    WASHOUT,
    Experiment,
    State,
    Status,
    complete_pairs,
    draw_order,
    end_date,
    outcome_day,
    phase_order,
    planned_blocks,
    smallest_change_for,
    status_on,
    validate_experiment,
)
from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import Problem
from gutsleep.storage.features.experiments_repo import ExperimentsRepository, UnknownExperimentError
from gutsleep.storage.file.private_files import open_private
from gutsleep.storage.journal.repository import JournalRepository

if TYPE_CHECKING:
    from gutsleep.analysis.experiments import ExperimentResult, PhaseSummary
    from gutsleep.charts.experiment import Report, Timeline

__all__ = [
    "DISCLAIMER",
    "TIER_NAMES",
    "Adherence",
    "CreateOutcome",
    "ExperimentsService",
    "Period",
    "UnknownExperimentError",
    "design_details",
    "design_text",
    "difference_message",
    "format_value",
    "missing_message",
    "periods",
    "tier_name",
    "timeline",
    "write_pdf",
]

#: States listed before the history (finished and ended experiments).
ACTIVE_STATES = (State.NOT_STARTED, State.RUNNING, State.PAUSED)

TIER_NAMES: dict[int, str] = {
    1: N_("Tier 1 · strongest evidence"),
    2: N_("Tier 2 · solid evidence"),
    3: N_("Tier 3 · emerging evidence"),
}

DISCLAIMER = N_(
    "Self-recorded data, not medical advice. One person's experiment shows what happened "
    "during these days; it does not prove what caused it."
)


def _same(text: str) -> str:
    return text


def tier_name(tier: int) -> str:
    """The untranslated label of an evidence tier, e.g. "Tier 3 · emerging evidence"."""
    return TIER_NAMES.get(tier, TIER_NAMES[3])


def design_text(exp: Experiment) -> Message:
    """ "Baseline then change (AB), 14-day phases" and the like."""
    args = {"days": exp.phase_days, "pairs": exp.blocks}
    if exp.blocks == 1:
        return Message(N_("Baseline then change (AB), {days}-day phases"), args)
    return Message(
        N_("Baseline and change alternating ({pairs} pairs, ABAB…), {days}-day phases"), args
    )


def design_details(exp: Experiment) -> list[Message]:
    """The plan fixed before the start: washout, order (and its seed), smallest change."""
    from gutsleep.analysis.series import MEASURES

    lines: list[Message] = []
    if exp.washout_days:
        lines.append(
            Message(
                N_("{days} washout days between phases, not compared."),
                {"days": exp.washout_days},
            )
        )
    order = "-".join(phase_order(exp)[i : i + 2] for i in range(0, 2 * exp.blocks, 2))
    if exp.randomised:
        lines.append(
            Message(
                N_("Order drawn at random within each pair: {order} (seed {seed})."),
                {"order": order, "seed": exp.seed if exp.seed is not None else "—"},
            )
        )
    else:
        lines.append(Message(N_("Order: {order}, as planned."), {"order": order}))
    measure = MEASURES.get(exp.outcome)
    unit = Message(measure.difference_unit) if measure else ""
    lines.append(
        Message(
            N_("Smallest change that would matter: {value} {unit}, set before the start."),
            {"value": f"{smallest_change_for(exp):g}", "unit": unit},
        )
    )
    for day, note in exp.plan_changes:
        lines.append(
            Message(
                N_("The plan was changed after the start, on {day}: {change}."),
                {"day": day.isoformat(), "change": note},
            )
        )
    return lines


@dataclass(frozen=True)
class Period:
    """One run of a phase or washout in the calendar, with what it holds."""

    phase: str
    number: int
    first: date
    last: date
    days: int
    recorded: int
    done: int
    mean: float | None


def periods(
    schedule: list[tuple[date, str]],
    values: dict[date, float | None],
    checkins: dict[date, bool],
) -> list[Period]:
    """The calendar's runs in order (A 1, B 1, washout, A 2...), with nights and check-ins."""
    runs: list[tuple[str, list[date]]] = []
    for day, phase in schedule:
        if runs and runs[-1][0] == phase:
            runs[-1][1].append(day)
        else:
            runs.append((phase, [day]))
    counts: dict[str, int] = {}
    result: list[Period] = []
    for phase, days in runs:
        counts[phase] = counts.get(phase, 0) + 1
        recorded = [v for d in days if (v := values.get(d)) is not None]
        result.append(
            Period(
                phase=phase,
                number=counts[phase],
                first=days[0],
                last=days[-1],
                days=len(days),
                recorded=len(recorded),
                done=sum(checkins.get(d) is True for d in days),
                mean=sum(recorded) / len(recorded) if recorded else None,
            )
        )
    return result


def timeline(exp: Experiment, schedule: list[tuple[date, str]]) -> Timeline:
    """The n-of-1 diagram: planned blocks from the start, actual runs on the calendar."""
    from gutsleep.charts.experiment import Timeline

    planned: list[tuple[str, int, int]] = []
    offset = 0
    for letter, length in planned_blocks(exp):
        planned.append((letter, offset, length))
        offset += length
    actual: list[tuple[str, int, int]] = []
    for day, phase in schedule:
        first = (day - exp.start).days
        if actual and actual[-1][0] == phase and actual[-1][1] + actual[-1][2] == first:
            actual[-1] = (phase, actual[-1][1], actual[-1][2] + 1)
        else:
            actual.append((phase, first, 1))
    return Timeline(planned, actual)


@dataclass(frozen=True)
class CreateOutcome:
    """What :meth:`ExperimentsService.create` did: the stored experiment, or why not."""

    experiment: Experiment | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.experiment is not None


@dataclass(frozen=True)
class Adherence:
    """Check-in answers over one phase's scheduled days (up to a day)."""

    days: int = 0
    done: int = 0
    not_done: int = 0

    @property
    def unanswered(self) -> int:
        return self.days - self.done - self.not_done


class ExperimentsService:
    """Creates, changes, lists and evaluates self-experiments.

    Each change of state goes through the domain function of the same name
    and is then stored; an :class:`~gutsleep.domain.experiments.ExperimentError`
    from the domain (pausing an ended experiment, say) reaches the caller
    unchanged, and nothing is stored.
    """

    def __init__(self, repository: ExperimentsRepository, journal: JournalRepository):
        self.repository = repository
        self.journal = journal

    # creating and changing ---------------------------------------------------
    @staticmethod
    def validate(exp: Experiment) -> list[Problem]:
        return validate_experiment(exp)

    def create(self, exp: Experiment) -> CreateOutcome:
        """Store a new experiment; when it is not valid, nothing is stored.

        A randomised experiment without a seed gets one here, and the order
        drawn from it is stored with it, so the order can be shown and redrawn.
        """
        if exp.randomised and exp.seed is None:
            import secrets

            exp = replace(exp, seed=secrets.randbelow(2**31))
        if exp.randomised and exp.seed is not None:
            exp = replace(exp, order=draw_order(exp.seed, exp.blocks))
        problems = validate_experiment(exp)
        if problems:
            return CreateOutcome(None, problems)
        created = datetime.now().replace(microsecond=0)
        return CreateOutcome(self.repository.save(replace(exp, id=None, created=created)))

    def change_plan(
        self,
        exp: Experiment,
        on: date,
        outcome: str | None = None,
        smallest: float | None = None,
    ) -> Experiment:
        """Change the outcome or smallest change; recorded when the experiment has started."""
        return self.repository.save(rules.change_plan(self._stored(exp), on, outcome, smallest))

    def pause(self, exp: Experiment, on: date) -> Experiment:
        return self.repository.save(rules.pause(self._stored(exp), on))

    def resume(self, exp: Experiment, on: date) -> Experiment:
        return self.repository.save(rules.resume(self._stored(exp), on))

    def extend(self, exp: Experiment) -> Experiment:
        return self.repository.save(rules.extend(self._stored(exp)))

    def end_early(self, exp: Experiment, on: date) -> Experiment:
        return self.repository.save(rules.end_early(self._stored(exp), on))

    def delete(self, exp: Experiment | int) -> bool:
        """Remove an experiment with its check-ins."""
        return self.repository.delete(exp if isinstance(exp, int) else _id(exp))

    def _stored(self, exp: Experiment) -> Experiment:
        stored = self.repository.get(_id(exp))
        if stored is None:
            raise UnknownExperimentError(exp.id)
        return stored

    # reading ---------------------------------------------------------------------
    def get(self, experiment_id: int) -> Experiment | None:
        return self.repository.get(experiment_id)

    def history(self) -> list[Experiment]:
        """Every experiment, newest first."""
        return self.repository.history()

    def overview(self, today: date) -> tuple[list[Experiment], list[Experiment]]:
        """(active, finished) on ``today``: not started, running or paused first,
        then finished and ended ones; each newest first."""
        active: list[Experiment] = []
        done: list[Experiment] = []
        for exp in self.repository.history():
            (active if status_on(exp, today).state in ACTIVE_STATES else done).append(exp)
        return active, done

    def running_on(self, day: date) -> list[Experiment]:
        """Experiments with ``day`` in their calendar: the ones to check in for."""
        return self.repository.active_on(day)

    @staticmethod
    def status(exp: Experiment, today: date) -> Status:
        """Where ``exp`` stands on ``today`` ("Day 5 of 14, change phase")."""
        return status_on(exp, today)

    def statuses(self, today: date) -> list[tuple[Experiment, Status]]:
        return [(exp, status_on(exp, today)) for exp in self.repository.history()]

    @staticmethod
    def schedule(exp: Experiment, until: date | None = None) -> list[tuple[date, str]]:
        """Every scheduled day with its phase, "A", "B" or "W"; up to ``until`` if given."""
        days = rules.schedule(exp)
        return days if until is None else [(d, p) for d, p in days if d <= until]

    @staticmethod
    def result_ready(exp: Experiment, today: date) -> bool:
        """A result is worth showing once one baseline-and-change pair is complete,
        or when the experiment was ended."""
        return exp.ended_on is not None or complete_pairs(exp, today) >= 1

    # check-ins ---------------------------------------------------------------------
    def check_in(self, experiment_id: int, day: date, done: bool | None) -> None:
        """Whether the change was done on ``day``; None clears the answer.

        A day outside the experiment's calendar (paused, before the start, after
        the end) is refused with ValueError: its answer would count nowhere.
        """
        exp = self.repository.get(experiment_id)
        if exp is None:
            raise UnknownExperimentError(experiment_id)
        if done is not None and day not in dict(rules.schedule(exp)):
            raise ValueError(f"{day} is not a day of experiment {experiment_id}")
        self.repository.set_checkin(experiment_id, day, done)

    def checkins(self, exp: Experiment | int) -> dict[date, bool]:
        return self.repository.checkins(exp if isinstance(exp, int) else _id(exp))

    def adherence(self, exp: Experiment, until: date | None = None) -> dict[str, Adherence]:
        """Answers per phase ("A", "B") over the scheduled days up to ``until``.

        Washout days are not counted: they are compared with nothing.
        """
        answers = self.checkins(exp)
        counts = {phase: [0, 0, 0] for phase in ("A", "B")}
        for day, phase in self.schedule(exp, until):
            if phase == WASHOUT:
                continue
            count = counts[phase]
            count[0] += 1
            answer = answers.get(day)
            if answer is True:
                count[1] += 1
            elif answer is False:
                count[2] += 1
        return {phase: Adherence(*c) for phase, c in counts.items()}

    # evaluation ----------------------------------------------------------------------
    def outcome_values(
        self, exp: Experiment, until: date | None = None
    ) -> dict[date, float | None]:
        """The outcome of each scheduled day (up to ``until``); None where not recorded.

        For sleep outcomes a day's value is the night after it, read from the
        next day's entry (:func:`~gutsleep.domain.experiments.outcome_day`).
        """
        from gutsleep.analysis.series import MEASURES, daily_frame

        if exp.outcome not in MEASURES:
            raise ValueError(f"unknown outcome {exp.outcome!r}")
        days = [d for d, _ in self.schedule(exp, until)]
        if not days:
            return {}
        first, last = outcome_day(exp.outcome, days[0]), outcome_day(exp.outcome, days[-1])
        frame = daily_frame(self.journal.between(first, last), first, last)
        column = frame[exp.outcome]
        values: dict[date, float | None] = {}
        for day in days:
            i = frame.index(outcome_day(exp.outcome, day))
            value = float(column[i]) if i is not None else float("nan")
            values[day] = None if value != value else value
        return values

    def result(self, exp: Experiment, today: date | None = None) -> ExperimentResult:
        """The comparison of change and baseline over the days up to ``today``.

        A day whose outcome is still to come (tonight's sleep) is left out
        rather than counted as missing.
        """
        from gutsleep.analysis.experiments import evaluate_experiment

        days = self._result_days(exp, today)
        return evaluate_experiment(
            self.outcome_values(exp, today),
            days,
            self.checkins(exp),
            exp.outcome,
            ended_early=exp.ended_early,
            smallest_change=smallest_change_for(exp),
        )

    def _result_days(self, exp: Experiment, today: date | None) -> list[tuple[date, str]]:
        days = self.schedule(exp, today)
        if today is None:
            return days
        return [(d, p) for d, p in days if outcome_day(exp.outcome, d) <= today]

    # the PDF ---------------------------------------------------------------------------
    def report(
        self,
        exp: Experiment,
        today: date | None = None,
        *,
        translate: Callable[[str], str] = _same,
        format_date: Callable[[date], str] = date.isoformat,
        result: ExperimentResult | None = None,
    ) -> Report:
        """The one-page summary's content as plain strings (see :func:`write_pdf`).

        Quick and free of drawing, so a front end can build it on its own
        thread and leave the drawing to a worker.
        """
        result = result if result is not None else self.result(exp, today)
        return _report(
            exp,
            result,
            self.outcome_values(exp, today),
            self.schedule(exp, today),
            self.checkins(exp),
            translate,
            format_date,
        )

    def export_pdf(
        self,
        exp: Experiment,
        path: Path | str,
        today: date | None = None,
        *,
        translate: Callable[[str], str] = _same,
        format_date: Callable[[date], str] = date.isoformat,
    ) -> Path:
        """Write the one-page PDF summary of ``exp`` to ``path``; returns the path."""
        return write_pdf(
            self.report(exp, today, translate=translate, format_date=format_date), path
        )


def _id(exp: Experiment) -> int:
    if exp.id is None:
        raise UnknownExperimentError(None)
    return exp.id


def write_pdf(report: Report, path: Path | str) -> Path:
    """Draw ``report`` on one A4 page and save it as a PDF (offline, matplotlib only).

    Safe to call from a worker thread: it touches no database and no widget.
    Fonts are embedded as TrueType, so the text can be searched and copied.
    """
    import matplotlib
    from matplotlib.backends.backend_pdf import FigureCanvasPdf

    from gutsleep.charts.experiment import report_figure

    target = Path(path)
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        figure = report_figure(report)
        FigureCanvasPdf(figure)
        with open_private(target) as handle:
            figure.savefig(
                handle,
                format="pdf",
                metadata={"Title": report.title, "Creator": "gutsleep", "Subject": report.subtitle},
            )
    return target


def format_value(outcome: str, value: float | None) -> str:
    """``value`` at the precision worth showing for ``outcome``; "—" for None."""
    from gutsleep.analysis.series import MEASURES

    return "—" if value is None else str(MEASURES[outcome].rounded(value))


def difference_message(result: ExperimentResult) -> Message:
    """ "Difference, change minus baseline: 23 min (95% interval 12 to 34 min)."

    Its numbers are :class:`~gutsleep.analysis.insights.Number` objects, so the report
    and the Experiments page write their decimals the reader's way ("0,5" in German).
    """
    from gutsleep.analysis.insights import Number
    from gutsleep.analysis.series import MEASURES

    measure = MEASURES[result.outcome]
    unit = Message(measure.difference_unit)
    if result.difference is None:
        return Message(N_("Difference: not available yet."))

    def number(value: float) -> Number:  # written in the reader's language when shown
        return Number(measure.rounded(value), measure.digits)

    diff = number(result.difference)
    if result.ci_low is None or result.ci_high is None:
        return Message(
            N_("Difference, change minus baseline: {diff} {unit} (too few days for an interval)."),
            {"diff": diff, "unit": unit},
        )
    return Message(
        N_(
            "Difference, change minus baseline: {diff} {unit} "
            "({level}% interval {low} to {high} {unit})."
        ),
        {
            "diff": diff,
            "unit": unit,
            "level": round(result.level * 100),
            "low": number(result.ci_low),
            "high": number(result.ci_high),
        },
    )


def missing_message(result: ExperimentResult) -> Message:
    """ "Days missing: 3 of 56 experiment days have no value for the outcome." """
    return Message(
        N_("Days missing: {missing} of {days} experiment days have no value for the outcome."),
        {
            "missing": result.baseline.missing + result.change.missing,
            "days": result.baseline.days + result.change.days,
        },
    )


# -- the summary's words -------------------------------------------------------------------


def _report(
    exp: Experiment,
    result: ExperimentResult,
    values: dict[date, float | None],
    days: list[tuple[date, str]],
    checkins: dict[date, bool],
    translate: Callable[[str], str],
    format_date: Callable[[date], str],
) -> Report:
    from gutsleep.analysis.series import MEASURES
    from gutsleep.charts.experiment import Report, ReportTable

    def t(message: Message | str) -> str:
        return message.render(translate) if isinstance(message, Message) else translate(message)

    template = CHANGE_TEMPLATES.get(exp.template)
    measure = MEASURES[exp.outcome]
    outcome = OUTCOMES[exp.outcome]
    blocks: list[tuple[str, object]] = []

    change_lines = [t(template.title) if template else exp.template]
    if exp.change.strip():
        change_lines.append(exp.change.strip())
    elif template is not None:
        change_lines.append(t(template.description))
    if exp.strain.strip() or exp.cfu.strip():
        change_lines.append(
            t(Message(N_("Strain: {strain}; CFU: {cfu}"), {"strain": exp.strain, "cfu": exp.cfu}))
        )
    blocks.append(("heading", t(N_("The change"))))
    blocks.append(("text", "\n".join(change_lines)))
    if template is not None:
        blocks.append(("small", f"{t(tier_name(template.tier))}. {t(template.reminder)}"))

    blocks.append(("heading", t(N_("Design and dates"))))
    last = end_date(exp)
    dates = t(
        Message(
            N_("Outcome watched: {outcome}. {design}. From {start} to {end}."),
            {
                "outcome": Message(outcome.label),
                "design": design_text(exp),
                "start": format_date(exp.start),
                "end": format_date(last) if last else t(N_("not known yet (paused)")),
            },
        )
    )
    extra: list[str] = []
    if exp.pauses:
        extra.append(
            t(N_("Paused once; paused days are left out of the phases."))
            if len(exp.pauses) == 1
            else t(
                Message(
                    N_("Paused {n} times; paused days are left out of the phases."),
                    {"n": len(exp.pauses)},
                )
            )
        )
    if exp.ended_early and exp.ended_on is not None:
        extra.append(
            t(
                Message(
                    N_("Ended early, on {day}: fewer days than planned."),
                    {"day": format_date(exp.ended_on)},
                )
            )
        )
    extra.extend(t(line) for line in design_details(exp))
    blocks.append(("text", " ".join([dates, *extra])))
    blocks.append(("timeline", timeline(exp, days)))

    def number(value: float | None) -> str:
        return format_value(exp.outcome, value)

    header = [
        t(N_("Phase")),
        t(N_("Dates")),
        t(N_("Days")),
        t(N_("Recorded (n)")),
        t(N_("Missing")),
        t(Message(N_("Mean ({unit})"), {"unit": Message(measure.unit)})),
        t(N_("Check-ins")),
    ]
    rows: list[list[str]] = [header]
    phases: list[tuple[str, PhaseSummary]] = [
        (t(N_("Baseline (A), all days")), result.baseline),
        (t(N_("Change (B), all days")), result.change),
    ]
    for name, summary in phases:
        span = (
            f"{format_date(summary.first_day)} – {format_date(summary.last_day)}"
            if summary.first_day and summary.last_day
            else "—"
        )
        rows.append(
            [
                name,
                span,
                str(summary.days),
                str(summary.n),
                str(summary.missing),
                number(summary.mean),
                f"{summary.done} · {summary.not_done} · {summary.unanswered}",
            ]
        )
    blocks.append(("heading", t(N_("Results"))))
    blocks.append(("table", ReportTable(rows, (0.21, 0.25, 0.07, 0.12, 0.1, 0.12, 0.13))))
    blocks.append(
        (
            "small",
            t(
                N_(
                    "Check-ins: days the change was marked as done · not done · not answered "
                    '(during baseline, "done" means the change was made anyway).'
                )
            ),
        )
    )
    night = outcome.night_after
    period_rows: list[list[str]] = [
        [
            t(N_("Period")),
            t(N_("Dates")),
            t(N_("Nights recorded")) if night else t(N_("Days recorded")),
            t(N_("Adherence")),
            t(Message(N_("Mean ({unit})"), {"unit": Message(measure.unit)})),
        ]
    ]
    names = {"A": N_("Baseline {n}"), "B": N_("Change {n}"), WASHOUT: N_("Washout {n}")}
    for period in periods(days, values, checkins):
        washout = period.phase == WASHOUT
        period_rows.append(
            [
                t(Message(names[period.phase], {"n": period.number})),
                f"{format_date(period.first)} – {format_date(period.last)}",
                f"{period.recorded} / {period.days}",
                "—" if washout else f"{period.done} / {period.days}",
                t(N_("not compared")) if washout else number(period.mean),
            ]
        )
    blocks.append(("table", ReportTable(period_rows, (0.16, 0.3, 0.17, 0.14, 0.23))))
    blocks.append(
        (
            "small",
            t(
                N_(
                    "Adherence: days marked as done in each period. For sleep, each day's "
                    "value is the night after it."
                )
            )
            if night
            else t(N_("Adherence: days marked as done in each period.")),
        )
    )
    better = (
        t(N_("Lower is better for this measure."))
        if outcome.lower_is_better
        else t(N_("Higher is better for this measure."))
    )
    blocks.append(("text", f"{t(difference_message(result))} {better}"))
    blocks.append(("text", t(missing_message(result))))
    blocks.append(("heading", t(N_("What the numbers say"))))
    blocks.append(("text", t(result.verdict)))
    for note in result.notes:
        blocks.append(("bullet", t(note)))
    blocks.append(("chart", None))
    blocks.append(("heading", t(N_("Other explanations to keep in mind"))))
    for confounder in result.confounders:
        blocks.append(("bullet", t(confounder)))

    return Report(
        title=exp.title,
        subtitle=t(
            Message(
                N_("gutsleep self-experiment summary · made {day}"),
                {"day": format_date(date.today())},
            )
        ),
        blocks=blocks,
        footer=t(DISCLAIMER),
        schedule=days,
        values=values,
        outcome=exp.outcome,
        chart_translate=translate,
    )
