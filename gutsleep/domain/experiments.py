"""Self-experiments for one person (n-of-1): what is changed, and when.

An experiment alternates a baseline phase ("A", life as usual) with a change
phase ("B", the change being tried), each ``phase_days`` long (at least 7):
AB once, or ABAB for a repeated comparison that chance explains less easily.
``blocks`` counts the AB pairs; :func:`extend` adds one more.

The calendar is a pure function of the experiment: :func:`schedule` gives
every day its phase. A pause takes its days out of the calendar and moves the
rest later, so a phase interrupted by a holiday or an illness still gets its
full number of days. Ending early truncates the calendar at that day and says
so, so the evaluation can report an incomplete design honestly.

Gut changes are emerging evidence (tier 3) for perimenopausal sleep; every
template carries a reminder that tier 1 treatments come first (domain
reference, section 5), and a link into the article library.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import MAX_NAME, Problem, check_text

__all__ = [
    "CHANGE_TEMPLATES",
    "MAX_BLOCKS",
    "MAX_PHASE_DAYS",
    "MIN_PHASE_DAYS",
    "OUTCOMES",
    "ChangeTemplate",
    "Design",
    "Experiment",
    "ExperimentError",
    "Outcome",
    "State",
    "Status",
    "complete_pairs",
    "end_date",
    "end_early",
    "extend",
    "pause",
    "resume",
    "schedule",
    "status_on",
    "validate_experiment",
]

MIN_PHASE_DAYS = 7
MAX_PHASE_DAYS = 90
DEFAULT_PHASE_DAYS = 14
MAX_BLOCKS = 12

BASELINE = "A"
CHANGE = "B"


class Design(enum.Enum):
    """AB: one baseline then one change phase; ABAB: the pair twice."""

    AB = "AB"
    ABAB = "ABAB"

    @property
    def pairs(self) -> int:
        """The number of AB pairs the design starts with."""
        return 1 if self is Design.AB else 2


@dataclass(frozen=True)
class Outcome:
    """What an experiment measures, and which way is better."""

    key: str
    label: str
    lower_is_better: bool


OUTCOMES: dict[str, Outcome] = {
    o.key: o
    for o in (
        Outcome("tst", N_("Total sleep time"), False),
        Outcome("se", N_("Sleep efficiency"), False),
        Outcome("sol", N_("Time to fall asleep"), True),
        Outcome("waso", N_("Time awake during the night"), True),
        Outcome("quality", N_("Sleep quality"), False),
        Outcome("bloating", N_("Bloating"), True),
        Outcome("discomfort", N_("Abdominal discomfort"), True),
    )
}

_TIER_3_REMINDER = Message(
    N_(
        "Gut changes are emerging evidence (tier 3) for sleep in the menopausal "
        "transition. If sleep is a real problem, start with what is best supported "
        "(tier 1): CBT for insomnia, hormone therapy including progesterone, "
        "treating sleep apnoea, and care for low mood or anxiety."
    )
)
_TIER_2_REMINDER = Message(
    N_(
        "Stress management is solid supporting evidence (tier 2). If sleep is a real "
        "problem, start with what is best supported (tier 1): CBT for insomnia, "
        "hormone therapy including progesterone, treating sleep apnoea, and care for "
        "low mood or anxiety."
    )
)


@dataclass(frozen=True)
class ChangeTemplate:
    """A change worth trying, with its evidence tier and where to read more.

    ``article_id`` and ``anchor`` name a section of the article library
    (``article:ID#anchor``); the articles layer turns them into a link.
    """

    key: str
    title: str
    description: str
    tier: int
    article_id: str
    anchor: str
    reminder: Message
    suggested_outcome: str = "tst"
    needs_strain: bool = False

    @property
    def link(self) -> str:
        """The library URL, e.g. ``article:foundations#fermented-foods``."""
        return f"article:{self.article_id}#{self.anchor}"


CHANGE_TEMPLATES: dict[str, ChangeTemplate] = {
    t.key: t
    for t in (
        ChangeTemplate(
            "fermented",
            N_("Add fermented foods"),
            N_(
                "Eat fermented foods such as yogurt, kefir, sauerkraut, kimchi or miso "
                "every day, building up to several servings."
            ),
            3,
            "foundations",
            "fermented-foods",
            _TIER_3_REMINDER,
            "tst",
        ),
        ChangeTemplate(
            "plant_variety",
            N_("More plant variety"),
            N_(
                "Aim for many different plants each week: vegetables, fruit, whole "
                "grains, legumes, nuts, seeds, herbs and spices."
            ),
            3,
            "foundations",
            "plant-variety",
            _TIER_3_REMINDER,
            "bloating",
        ),
        ChangeTemplate(
            "cut_sugar_upf",
            N_("Cut added sugar and ultra-processed food"),
            N_("Leave out added sugar and ultra-processed food during the change phase."),
            3,
            "foundations",
            "trigger-foods",
            _TIER_3_REMINDER,
            "quality",
        ),
        ChangeTemplate(
            "avoid_trigger",
            N_("Avoid a trigger food"),
            N_("Leave out one food you suspect, such as dairy or gluten, during the change phase."),
            3,
            "foundations",
            "trigger-foods",
            _TIER_3_REMINDER,
            "bloating",
        ),
        ChangeTemplate(
            "stress_practice",
            N_("A daily stress practice"),
            N_("Do a breathing exercise, a walk outdoors or yoga every day."),
            2,
            "foundations",
            "stress-management",
            _TIER_2_REMINDER,
            "sol",
        ),
        ChangeTemplate(
            "probiotic",
            N_("Try a probiotic"),
            N_(
                "Take one probiotic product that names its strain and CFU count, "
                "every day of the change phase."
            ),
            3,
            "foundations",
            "probiotics",
            _TIER_3_REMINDER,
            "bloating",
            needs_strain=True,
        ),
        ChangeTemplate(
            "custom",
            N_("Your own change"),
            N_("Describe the change you want to try and keep it the same every day."),
            3,
            "evidence-tiers",
            "tier-3",
            _TIER_3_REMINDER,
            "tst",
        ),
    )
}


@dataclass(frozen=True)
class Experiment:
    """One self-experiment, as stored.

    ``blocks`` is the number of AB pairs; left at 0 it takes the design's
    (AB 1, ABAB 2). ``pauses`` are inclusive date ranges, oldest first; only
    the last may be open (end None: paused now). ``ended_on`` is the last day
    that counts when the experiment was stopped; ``ended_early`` says it was
    stopped before its calendar ran out.
    """

    title: str
    template: str
    outcome: str
    start: date
    design: Design = Design.ABAB
    phase_days: int = DEFAULT_PHASE_DAYS
    change: str = ""
    strain: str = ""
    cfu: str = ""
    blocks: int = 0
    pauses: tuple[tuple[date, date | None], ...] = ()
    ended_on: date | None = None
    ended_early: bool = False
    created: datetime | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.blocks == 0:
            object.__setattr__(self, "blocks", self.design.pairs)

    @property
    def total_days(self) -> int:
        """Days in all phases together, pauses not counted."""
        return 2 * self.blocks * self.phase_days

    @property
    def paused(self) -> bool:
        """True while the last pause is still open."""
        return bool(self.pauses) and self.pauses[-1][1] is None


class ExperimentError(ValueError):
    """An operation that does not fit the experiment's state (UI guards these)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class State(enum.Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


@dataclass(frozen=True)
class Status:
    """Where an experiment stands on one day.

    ``phase`` is "A" (baseline), "B" (change) or None; ``day`` the day number
    within that phase (when paused or ended: the last day done) and ``block``
    the AB pair, counted from 1. ``message`` is the sentence to show.
    """

    state: State
    phase: str | None
    day: int | None
    phase_length: int
    block: int | None
    message: Message = field(compare=False)


# -- validation --------------------------------------------------------------


def validate_experiment(exp: Experiment) -> list[Problem]:
    """Every problem with an experiment; an empty list means it can be stored."""
    problems: list[Problem] = []
    if not exp.title.strip():
        problems.append(Problem("experiment.title", Message(N_("Give the experiment a name."))))
    elif (p := check_text("experiment.title", exp.title, MAX_NAME)) is not None:
        problems.append(p)
    template = CHANGE_TEMPLATES.get(exp.template)
    if template is None:
        problems.append(
            Problem("experiment.template", Message(N_("Choose one of the listed changes.")))
        )
    if exp.outcome not in OUTCOMES:
        problems.append(
            Problem("experiment.outcome", Message(N_("Choose one of the listed outcomes.")))
        )
    if isinstance(exp.phase_days, bool) or not isinstance(exp.phase_days, int):
        problems.append(Problem("experiment.phase_days", Message(N_("Use a whole number."))))
    elif exp.phase_days < MIN_PHASE_DAYS:
        problems.append(
            Problem(
                "experiment.phase_days",
                Message(
                    N_(
                        "Each phase needs at least {min} days: shorter phases mostly "
                        "show day-to-day ups and downs."
                    ),
                    {"min": MIN_PHASE_DAYS},
                ),
            )
        )
    elif exp.phase_days > MAX_PHASE_DAYS:
        problems.append(
            Problem(
                "experiment.phase_days",
                Message(N_("A phase can last at most {max} days."), {"max": MAX_PHASE_DAYS}),
            )
        )
    if not 1 <= exp.blocks <= MAX_BLOCKS:
        problems.append(
            Problem(
                "experiment.blocks",
                Message(N_("Use from 1 to {max} baseline-and-change pairs."), {"max": MAX_BLOCKS}),
            )
        )
    for key, text in (
        ("experiment.change", exp.change),
        ("experiment.strain", exp.strain),
        ("experiment.cfu", exp.cfu),
    ):
        if (
            p := check_text(key, text, MAX_NAME if key != "experiment.change" else 2000)
        ) is not None:
            problems.append(p)
    if template is not None and template.needs_strain:
        if not exp.strain.strip():
            problems.append(
                Problem(
                    "experiment.strain",
                    Message(
                        N_(
                            "Name the probiotic's strain, not just the species "
                            "(for example Lactobacillus rhamnosus GG)."
                        )
                    ),
                )
            )
        if not exp.cfu.strip():
            problems.append(
                Problem(
                    "experiment.cfu",
                    Message(N_("Give the CFU count on the label (for example 10 billion).")),
                )
            )
    if exp.template == "custom" and not exp.change.strip():
        problems.append(
            Problem("experiment.change", Message(N_("Describe the change you will make.")))
        )
    problems.extend(_check_pauses(exp))
    if exp.ended_on is not None and exp.ended_on < exp.start:
        problems.append(
            Problem(
                "experiment.ended_on",
                Message(N_("An experiment can't end before it starts.")),
            )
        )
    if exp.ended_early and exp.ended_on is None:
        problems.append(
            Problem(
                "experiment.ended_on",
                Message(N_("An experiment that ended early needs the day it ended.")),
            )
        )
    return problems


def _check_pauses(exp: Experiment) -> list[Problem]:
    problems: list[Problem] = []
    previous_end: date | None = None
    for i, (first, last) in enumerate(exp.pauses):
        if last is None and i != len(exp.pauses) - 1:
            problems.append(
                Problem(
                    "experiment.pauses",
                    Message(N_("Only the latest pause can still be open.")),
                )
            )
        if last is not None and last < first:
            problems.append(
                Problem(
                    "experiment.pauses",
                    Message(N_("A pause can't end before it begins.")),
                )
            )
        if previous_end is not None and first <= previous_end:
            problems.append(
                Problem(
                    "experiment.pauses",
                    Message(N_("Pauses can't overlap; list them oldest first.")),
                )
            )
        previous_end = last if last is not None else first
    return problems


# -- the calendar -------------------------------------------------------------


def _is_paused(exp: Experiment, day: date) -> bool:
    return any(first <= day and (last is None or day <= last) for first, last in exp.pauses)


def _slots(exp: Experiment) -> list[tuple[date, int]]:
    """Each scheduled day with its position (0-based) among all phase days."""
    total = exp.total_days
    if total <= 0 or exp.phase_days <= 0:
        return []
    open_from = exp.pauses[-1][0] if exp.paused else None
    closed = [(a, b) for a, b in exp.pauses if b is not None]
    result: list[tuple[date, int]] = []
    day = exp.start
    while len(result) < total:
        if exp.ended_on is not None and day > exp.ended_on:
            break
        if open_from is not None and day >= open_from:
            break
        if not any(a <= day <= b for a, b in closed):
            result.append((day, len(result)))
        day += timedelta(days=1)
    return result


def _position(exp: Experiment, index: int) -> tuple[str, int, int]:
    """Phase letter, day within the phase (from 1) and block (from 1) of a slot."""
    block, within = divmod(index, 2 * exp.phase_days)
    phase = BASELINE if within < exp.phase_days else CHANGE
    return phase, within % exp.phase_days + 1, block + 1


def schedule(exp: Experiment) -> list[tuple[date, str]]:
    """Every day of the experiment with its phase, "A" or "B", in order.

    Paused days are left out and push the remaining days later; an open pause
    stops the calendar at its first day (what follows is not known yet), and
    ``ended_on`` truncates it.
    """
    return [(day, _position(exp, i)[0]) for day, i in _slots(exp)]


def end_date(exp: Experiment) -> date | None:
    """The experiment's last day: ``ended_on`` if it was stopped, else the last
    scheduled day; None while an open pause leaves it unknown."""
    if exp.ended_on is not None:
        return exp.ended_on
    if exp.paused:
        return None
    slots = _slots(exp)
    return slots[-1][0] if slots else None


def complete_pairs(exp: Experiment, today: date) -> int:
    """How many AB pairs have all their days on or before ``today``."""
    done = sum(1 for day, _ in _slots(exp) if day <= today)
    return done // (2 * exp.phase_days) if exp.phase_days > 0 else 0


def _phase_message(phase: str, day: int, length: int) -> Message:
    args = {"day": day, "length": length}
    if phase == BASELINE:
        return Message(N_("Day {day} of {length}, baseline phase"), args)
    return Message(N_("Day {day} of {length}, change phase"), args)


def status_on(exp: Experiment, day: date) -> Status:
    """Where the experiment stands on ``day``."""
    length = exp.phase_days
    if day < exp.start:
        days_left = (exp.start - day).days
        message = (
            Message(N_("Starts tomorrow"))
            if days_left == 1
            else Message(N_("Starts in {days} days"), {"days": days_left})
        )
        return Status(State.NOT_STARTED, None, None, length, None, message)
    slots = _slots(exp)
    done = [(d, i) for d, i in slots if d <= day]
    last = _position(exp, done[-1][1]) if done else None
    phase, within, block = last if last is not None else (None, None, None)
    if exp.ended_on is not None and day > exp.ended_on:
        if exp.ended_early:
            message = Message(
                N_("Ended early after {done} of {total} days"),
                {"done": len(done), "total": exp.total_days},
            )
            return Status(State.ENDED_EARLY, phase, within, length, block, message)
        return Status(State.FINISHED, phase, within, length, block, _finished(exp))
    if done and done[-1][0] == day:
        assert last is not None
        return Status(
            State.RUNNING, phase, within, length, block, _phase_message(last[0], last[1], length)
        )
    more_to_come = len(slots) < exp.total_days or len(done) < len(slots)
    if more_to_come and _is_paused(exp, day):
        if last is None:
            message = Message(N_("Paused before the first day"))
        elif last[0] == BASELINE:
            message = Message(
                N_("Paused in the baseline phase after day {day} of {length}"),
                {"day": last[1], "length": length},
            )
        else:
            message = Message(
                N_("Paused in the change phase after day {day} of {length}"),
                {"day": last[1], "length": length},
            )
        return Status(State.PAUSED, phase, within, length, block, message)
    return Status(State.FINISHED, phase, within, length, block, _finished(exp))


def _finished(exp: Experiment) -> Message:
    return Message(
        N_("Finished: {pairs} baseline-and-change pairs"),
        {"pairs": complete_pairs(exp, date.max)},
    )


# -- changes of state -----------------------------------------------------------


def _refuse(template: str) -> ExperimentError:
    return ExperimentError(Message(template))


def pause(exp: Experiment, on: date) -> Experiment:
    """Pause from ``on`` (inclusive) until :func:`resume`."""
    if exp.ended_on is not None:
        raise _refuse(N_("This experiment has ended."))
    if exp.paused:
        raise _refuse(N_("This experiment is already paused."))
    if exp.pauses and on <= (exp.pauses[-1][1] or exp.pauses[-1][0]):
        raise _refuse(N_("A new pause must start after the last one ended."))
    last = end_date(exp)
    if last is not None and on > last:
        raise _refuse(N_("This experiment has already finished."))
    return replace(exp, pauses=(*exp.pauses, (on, None)))


def resume(exp: Experiment, on: date) -> Experiment:
    """Carry on from ``on``: the open pause ends the day before."""
    if not exp.paused:
        raise _refuse(N_("This experiment is not paused."))
    first = exp.pauses[-1][0]
    if on < first:
        raise _refuse(N_("An experiment can't resume before its pause began."))
    if on == first:
        return replace(exp, pauses=exp.pauses[:-1])
    return replace(exp, pauses=(*exp.pauses[:-1], (first, on - timedelta(days=1))))


def extend(exp: Experiment) -> Experiment:
    """Add one more baseline-and-change pair at the end."""
    if exp.ended_on is not None:
        raise _refuse(N_("This experiment has ended."))
    if exp.blocks >= MAX_BLOCKS:
        raise _refuse(N_("This experiment can't be made any longer."))
    return replace(exp, blocks=exp.blocks + 1)


def end_early(exp: Experiment, on: date) -> Experiment:
    """Stop the experiment; ``on`` is the last day that counts.

    ``ended_early`` is set when the calendar had days left after ``on``; an
    open pause is closed on that day.
    """
    if exp.ended_on is not None:
        raise _refuse(N_("This experiment has already ended."))
    if on < exp.start:
        raise _refuse(N_("An experiment can't end before it starts."))
    natural = end_date(exp)
    pauses = exp.pauses
    if exp.paused:
        first = pauses[-1][0]
        pauses = pauses[:-1] if on < first else (*pauses[:-1], (first, on))
    early = natural is None or on < natural
    return replace(exp, pauses=pauses, ended_on=on, ended_early=early)
