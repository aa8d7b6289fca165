"""Self-experiments for one person (n-of-1): what is changed, and when.

An experiment alternates a baseline phase ("A", life as usual) with a change
phase ("B", the change being tried), each ``phase_days`` long (at least 7):
AB once, or ABAB for a repeated comparison that chance explains less easily.
``blocks`` counts the pairs; :func:`extend` adds one more. With two or more
pairs the order within each pair can be drawn at random when the experiment
is made (:func:`draw_order`; the seed and the drawn order are stored), and
``washout_days`` (0 by default) can separate phases: the new phase's way of
living starts on the first washout day, but those days are not compared, so
what lingers from the phase before has time to fade (CENT 2015, items 5 and
11).

Before the start the person names the smallest change that would matter to
them (``smallest_change``, in the outcome's unit, defaulting per outcome);
the plan is fixed once the experiment has started (:func:`change_plan`).

A day's sleep is the night that *ended* that morning (see
:mod:`gutsleep.domain.journal`), so the night that follows a phase day is
filed under the next day: :attr:`Outcome.night_after` says which outcomes are
read one day later (:func:`outcome_day`).

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
import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from gutsleep.domain.text import N_, Message
from gutsleep.domain.validation import MAX_NAME, Problem, check_text

__all__ = [
    "CHANGE_TEMPLATES",
    "MAX_BLOCKS",
    "MAX_PHASE_DAYS",
    "MAX_WASHOUT_DAYS",
    "MIN_PHASE_DAYS",
    "OUTCOMES",
    "WASHOUT",
    "ChangeTemplate",
    "Design",
    "Experiment",
    "ExperimentError",
    "Outcome",
    "State",
    "Status",
    "change_plan",
    "complete_pairs",
    "draw_order",
    "end_date",
    "end_early",
    "extend",
    "lived_phase",
    "outcome_day",
    "pause",
    "phase_order",
    "planned_blocks",
    "resume",
    "schedule",
    "smallest_change_for",
    "status_on",
    "validate_experiment",
]

MIN_PHASE_DAYS = 7
MAX_PHASE_DAYS = 90
DEFAULT_PHASE_DAYS = 14
MAX_BLOCKS = 12
MAX_WASHOUT_DAYS = 14

BASELINE = "A"
CHANGE = "B"
#: A day between phases: lived as the next phase, left out of the comparison.
WASHOUT = "W"


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
    """What an experiment measures, and which way is better.

    ``smallest_change`` is the default smallest difference that would matter,
    in the outcome's unit; ``night_after`` marks sleep outcomes, whose value
    for a day is the night that followed it (filed under the next day).
    """

    key: str
    label: str
    lower_is_better: bool
    smallest_change: float
    night_after: bool


OUTCOMES: dict[str, Outcome] = {
    o.key: o
    for o in (
        Outcome("tst", N_("Total sleep time"), False, 15, True),
        Outcome("se", N_("Sleep efficiency"), False, 5, True),
        Outcome("sol", N_("Time to fall asleep"), True, 10, True),
        Outcome("waso", N_("Time awake during the night"), True, 10, True),
        Outcome("quality", N_("Sleep quality"), False, 0.5, True),
        Outcome("bloating", N_("Bloating"), True, 1, False),
        Outcome("discomfort", N_("Abdominal discomfort"), True, 1, False),
        # the day's hot-flush diary (the day and the night that ended on it)
        Outcome("hot_flush_score", N_("Hot-flush score"), True, 2, False),
    )
}


def outcome_day(outcome: str, day: date) -> date:
    """The journal day holding ``outcome`` for experiment day ``day``.

    Sleep is filed under the morning it ended, so the night after a change
    day is the next day's entry; gut outcomes belong to the day itself.
    """
    found = OUTCOMES.get(outcome)
    return day + timedelta(days=1) if found is not None and found.night_after else day


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

    ``blocks`` is the number of pairs; left at 0 it takes the design's
    (AB 1, ABAB 2). ``pauses`` are inclusive date ranges, oldest first; only
    the last may be open (end None: paused now). ``ended_on`` is the last day
    that counts when the experiment was stopped; ``ended_early`` says it was
    stopped before its calendar ran out.

    ``order`` holds the phases pair by pair ("ABBA"); empty means AB in
    every pair (experiments made before orders could be drawn).
    ``randomised`` says the order was drawn from ``seed``. ``washout_days``
    come before every phase that differs from the one before it.
    ``smallest_change`` (None: the outcome's default) is the difference that
    would matter; ``plan_changes`` records any change of outcome or smallest
    change made after the start, as (day, text) pairs.
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
    washout_days: int = 0
    order: str = ""
    randomised: bool = False
    seed: int | None = None
    smallest_change: float | None = None
    plan_changes: tuple[tuple[date, str], ...] = ()

    def __post_init__(self) -> None:
        if self.blocks == 0:
            object.__setattr__(self, "blocks", self.design.pairs)

    @property
    def total_days(self) -> int:
        """Days in all phases and washouts together, pauses not counted."""
        return len(_layout(self))

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


# -- order, washout and the plan ----------------------------------------------


def draw_order(seed: int, pairs: int) -> str:
    """The phase order of ``pairs`` pairs drawn from ``seed``: "AB" or "BA" each.

    Pair ``i`` always takes the ``i``-th draw, so adding a pair keeps the
    order of those before it and anyone can redraw it from the stored seed.
    """
    import random

    rng = random.Random(seed)
    return "".join("AB" if rng.random() < 0.5 else "BA" for _ in range(pairs))


def phase_order(exp: Experiment) -> str:
    """The experiment's phases in order, one letter each ("ABBA")."""
    order = exp.order or "AB" * exp.blocks
    if len(order) < 2 * exp.blocks:
        order += "AB" * (exp.blocks - len(order) // 2)
    return order[: 2 * exp.blocks]


def planned_blocks(exp: Experiment) -> list[tuple[str, int]]:
    """The planned calendar as (phase or washout letter, days) runs, pauses ignored."""
    runs: list[tuple[str, int]] = []
    previous = ""
    for phase in phase_order(exp):
        if previous and phase != previous and exp.washout_days > 0:
            runs.append((WASHOUT, exp.washout_days))
        runs.append((phase, exp.phase_days))
        previous = phase
    return runs


def smallest_change_for(exp: Experiment) -> float:
    """The smallest change that would matter: the person's, else the outcome's default."""
    if exp.smallest_change is not None:
        return exp.smallest_change
    found = OUTCOMES.get(exp.outcome)
    return found.smallest_change if found is not None else 0.0


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
    if not 0 <= exp.washout_days <= MAX_WASHOUT_DAYS:
        problems.append(
            Problem(
                "experiment.washout_days",
                Message(
                    N_("Use from 0 to {max} washout days."),
                    {"max": MAX_WASHOUT_DAYS},
                ),
            )
        )
    if exp.order and (
        len(exp.order) != 2 * exp.blocks
        or any(exp.order[i : i + 2] not in ("AB", "BA") for i in range(0, len(exp.order), 2))
    ):
        problems.append(
            Problem(
                "experiment.order",
                Message(N_("Each pair needs one baseline and one change phase.")),
            )
        )
    if exp.randomised and exp.blocks < 2:
        problems.append(
            Problem(
                "experiment.randomised",
                Message(N_("A random order needs at least two pairs (ABAB).")),
            )
        )
    if exp.smallest_change is not None and not (
        math.isfinite(exp.smallest_change) and exp.smallest_change > 0
    ):
        problems.append(
            Problem(
                "experiment.smallest_change",
                Message(N_("The smallest change that would matter must be more than zero.")),
            )
        )
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


def _layout(exp: Experiment) -> list[tuple[str, int, int]]:
    """Every planned day: (phase or washout letter, day within it from 1, pair from 1)."""
    if exp.phase_days <= 0 or exp.blocks <= 0:
        return []
    days: list[tuple[str, int, int]] = []
    phases_before = 0
    for letter, length in planned_blocks(exp):
        pair = phases_before // 2 + 1
        days.extend((letter, within, pair) for within in range(1, length + 1))
        phases_before += letter != WASHOUT
    return days


def _slots(exp: Experiment) -> list[tuple[date, int]]:
    """Each scheduled day with its position (0-based) among all planned days."""
    total = exp.total_days
    if total <= 0:
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


def schedule(exp: Experiment) -> list[tuple[date, str]]:
    """Every day of the experiment with its phase, "A", "B" or "W" (washout), in order.

    Paused days are left out and push the remaining days later; an open pause
    stops the calendar at its first day (what follows is not known yet), and
    ``ended_on`` truncates it.
    """
    layout = _layout(exp)
    return [(day, layout[i][0]) for day, i in _slots(exp)]


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
    layout = _layout(exp)
    done = [layout[i] for day, i in _slots(exp) if day <= today]
    full = sum(1 for phase, within, _ in done if phase != WASHOUT and within == exp.phase_days)
    return full // 2


def lived_phase(exp: Experiment, day: date) -> str | None:
    """How to live on ``day``: "A" (as usual) or "B" (with the change); None off the calendar.

    A washout day is lived as the phase it leads into.
    """
    layout = _layout(exp)
    for slot_day, index in _slots(exp):
        if slot_day == day:
            following = (letter for letter, _, _ in layout[index:] if letter != WASHOUT)
            return next(following, None)
    return None


def _phase_message(phase: str, day: int, length: int, coming: str | None = None) -> Message:
    args = {"day": day, "length": length}
    if phase == WASHOUT and coming == BASELINE:
        return Message(
            N_("Washout day {day} of {length}: live as usual again; these days are not compared"),
            args,
        )
    if phase == WASHOUT:
        return Message(
            N_("Washout day {day} of {length}: make the change; these days are not compared"),
            args,
        )
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
    layout = _layout(exp)
    done = [(d, i) for d, i in slots if d <= day]
    last = layout[done[-1][1]] if done else None
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
        run_length = exp.washout_days if last[0] == WASHOUT else length
        return Status(
            State.RUNNING,
            phase,
            within,
            run_length,
            block,
            _phase_message(last[0], last[1], run_length, lived_phase(exp, day)),
        )
    more_to_come = len(slots) < exp.total_days or len(done) < len(slots)
    if more_to_come and _is_paused(exp, day):
        if last is None:
            message = Message(N_("Paused before the first day"))
        elif last[0] == WASHOUT:
            message = Message(
                N_("Paused in a washout after day {day} of {length}"),
                {"day": last[1], "length": exp.washout_days},
            )
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
    pairs = exp.blocks + 1
    if exp.randomised and exp.seed is not None:
        order = draw_order(exp.seed, pairs)
    else:
        order = phase_order(exp) + "AB" if exp.order else ""
    return replace(exp, blocks=pairs, order=order)


def change_plan(
    exp: Experiment, on: date, outcome: str | None = None, smallest: float | None = None
) -> Experiment:
    """Change the outcome or the smallest change that matters.

    Before the start this simply replaces them. From the first day on, the
    plan is what the result is judged against, so a change is recorded in
    ``plan_changes`` (shown on the page and in the PDF) instead of hidden.
    """
    if exp.ended_on is not None:
        raise _refuse(N_("This experiment has ended."))
    if outcome is not None and outcome not in OUTCOMES:
        raise _refuse(N_("Choose one of the listed outcomes."))
    if smallest is not None and not (math.isfinite(smallest) and smallest > 0):
        raise _refuse(N_("The smallest change that would matter must be more than zero."))
    changed = replace(
        exp,
        outcome=outcome if outcome is not None else exp.outcome,
        smallest_change=smallest if smallest is not None else exp.smallest_change,
    )
    if on < exp.start or changed == exp:
        return changed
    before = f"{exp.outcome} {smallest_change_for(exp):g}"
    note = f"{before} -> {changed.outcome} {smallest_change_for(changed):g}"
    return replace(changed, plan_changes=(*exp.plan_changes, (on, note)))


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
