"""The sleep-window planner: the scheduling part of CBT-I, from the diary.

What the leading programmes (CBT-i Coach, Sleepio, Somryst) do with a sleep
diary, in pure arithmetic so the UI, the CLI and the tests share one rule:

* the rising time is fixed by the person and stays the same every day;
* the first time-in-bed window equals the mean total sleep time (TST) of the
  last 7 diary nights, rounded to the nearest 15 minutes and never below a
  floor of 5 hours (the common floor; some protocols use 5.5 hours);
* each following week the window grows by 15 minutes when the mean sleep
  efficiency (SE) was 85 % or more, shrinks by 15 minutes (not below the
  floor) when it was below 80 %, and otherwise stays;
* fewer than 5 of the 7 nights with a computable TST and SE give no new
  window, and the planner says why.

Before any window is offered, a safety screen asks the questions those
programmes ask; any answer that needs a clinician first means no sleep
restriction is offered. The screen includes the STOP-Bang items for sleep
apnoea (Chung et al. 2008, Anesthesiology 108:812).

Nothing here is treatment: the planner is meant to be used with a clinician.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep import compute_metrics, evening_or_morning, on_wake_day
from gutsleep.domain.text import N_, Message

FLOOR_MIN = 5 * 60
"""The shortest window offered: 5 hours, the common floor (some protocols 5.5 h)."""
STEP_MIN = 15
RAISE_AT_PCT = 85.0
LOWER_BELOW_PCT = 80.0
WEEK_NIGHTS = 7
MIN_NIGHTS = 5
KEPT_TOLERANCE_MIN = 15
"""A night kept the window when into bed no earlier than bedtime − 15 min and
out of bed no later than rising time + 15 min."""
STOP_BANG_REFER_AT = 3

CLINICIAN_FRAMING = N_(
    "This planner is meant to be used together with a clinician who knows your "
    "sleep, not instead of one."
)
SLEEPINESS_WARNING = N_(
    "Daytime sleepiness usually rises in the first weeks of a shorter sleep "
    "window. If you feel drowsy, do not drive or operate machinery."
)


class Question(enum.Enum):
    """The safety screen's questions, keyed for storage."""

    BIPOLAR = "bipolar"
    SEIZURES = "seizures"
    APNOEA_UNTREATED = "apnoea_untreated"
    FALLS = "falls"
    PREGNANT = "pregnant"
    DANGEROUS_JOB = "dangerous_job"
    SNORING = "stopbang_snoring"
    TIRED = "stopbang_tired"
    OBSERVED_PAUSES = "stopbang_observed"
    PRESSURE = "stopbang_pressure"
    BMI = "stopbang_bmi"
    AGE = "stopbang_age"
    NECK = "stopbang_neck"
    MALE = "stopbang_male"


QUESTION_TEXT: dict[Question, str] = {
    Question.BIPOLAR: N_("Have you been diagnosed with bipolar disorder?"),
    Question.SEIZURES: N_("Do you have epilepsy or have you had seizures?"),
    Question.APNOEA_UNTREATED: N_(
        "Have you been told you have sleep apnoea that is not being treated?"
    ),
    Question.FALLS: N_("Are you at a high risk of falls (for example, falls in the past year)?"),
    Question.PREGNANT: N_("Are you pregnant or could you be?"),
    Question.DANGEROUS_JOB: N_(
        "Does your work make sleepiness dangerous (driving, operating machinery)?"
    ),
    Question.SNORING: N_("Do you snore loudly (heard through a closed door)?"),
    Question.TIRED: N_("Do you often feel tired, fatigued or sleepy during the day?"),
    Question.OBSERVED_PAUSES: N_(
        "Has anyone seen you stop breathing, choke or gasp during your sleep?"
    ),
    Question.PRESSURE: N_("Do you have or are you being treated for high blood pressure?"),
    Question.BMI: N_("Is your body mass index more than 35?"),
    Question.AGE: N_("Are you older than 50?"),
    Question.NECK: N_("Is your neck circumference more than 40 cm?"),
    Question.MALE: N_("Is your sex male?"),
}

STOP_BANG: tuple[Question, ...] = (
    Question.SNORING,
    Question.TIRED,
    Question.OBSERVED_PAUSES,
    Question.PRESSURE,
    Question.BMI,
    Question.AGE,
    Question.NECK,
    Question.MALE,
)

DIRECT_REASONS: dict[Question, str] = {
    Question.BIPOLAR: N_(
        "Shortening sleep can trigger mania in bipolar disorder, so sleep restriction "
        "needs a clinician's supervision."
    ),
    Question.SEIZURES: N_(
        "Sleep loss can lower the seizure threshold, so sleep restriction needs a "
        "clinician's supervision."
    ),
    Question.APNOEA_UNTREATED: N_(
        "Untreated sleep apnoea should be treated first; sleep restriction can make "
        "the sleepiness it causes worse."
    ),
    Question.FALLS: N_(
        "Sleepiness from sleep restriction raises the risk of falls, so it needs a "
        "clinician's supervision."
    ),
    Question.PREGNANT: N_(
        "Sleep restriction is not offered in pregnancy without a clinician's advice."
    ),
    Question.DANGEROUS_JOB: N_(
        "Sleep restriction makes you sleepier in the first weeks, which is dangerous "
        "when your work involves driving or machinery."
    ),
}

STOP_BANG_REASON = N_(
    "Your answers suggest a risk of sleep apnoea (STOP-Bang score {score} of 8). "
    "Please have this checked before restricting sleep."
)
PAUSES_REASON = N_(
    "Loud snoring with pauses in breathing seen by someone else can mean sleep "
    "apnoea. Please have this checked before restricting sleep."
)
SEE_CLINICIAN = N_(
    "Sleep restriction is not offered here. Please talk to a clinician, who can adapt CBT-I to you."
)


@dataclass(frozen=True)
class ScreenResult:
    """Whether sleep restriction may be offered, and every reason it may not."""

    complete: bool
    stop_bang: int
    reasons: tuple[Message, ...]

    @property
    def offer(self) -> bool:
        return self.complete and not self.reasons


def evaluate_screen(answers: Mapping[Question, bool]) -> ScreenResult:
    """Apply the screen: any direct yes, STOP-Bang ≥ 3, or snoring with pauses refers."""
    reasons = [Message(DIRECT_REASONS[q]) for q in DIRECT_REASONS if answers.get(q)]
    score = sum(1 for q in STOP_BANG if answers.get(q))
    if score >= STOP_BANG_REFER_AT:
        reasons.append(Message(STOP_BANG_REASON, {"score": score}))
    elif answers.get(Question.SNORING) and answers.get(Question.OBSERVED_PAUSES):
        reasons.append(Message(PAUSES_REASON))
    complete = all(q in answers for q in Question)
    return ScreenResult(complete=complete, stop_bang=score, reasons=tuple(reasons))


@dataclass(frozen=True)
class WeekFigures:
    """The numbers a proposal used: nights with a computable TST and SE, their means."""

    first_night: date
    last_night: date
    nights: int
    mean_tst_min: float | None
    mean_se_pct: float | None


def week_figures(entries: Iterable[DayEntry], week_start: date) -> WeekFigures:
    """The 7 nights that ended on ``week_start`` and the 6 days before it.

    A window accepted on ``week_start`` is kept from that evening, so the
    week it is judged on is the one that ended with that morning.
    """
    first = week_start - timedelta(days=WEEK_NIGHTS - 1)
    last = week_start
    tst: list[float] = []
    se: list[float] = []
    for entry in entries:
        if not first <= entry.day <= last:
            continue
        metrics = compute_metrics(entry.sleep)
        if metrics.total_sleep_min is None or metrics.sleep_efficiency_pct is None:
            continue
        tst.append(metrics.total_sleep_min)
        se.append(metrics.sleep_efficiency_pct)
    n = len(tst)
    return WeekFigures(
        first_night=first,
        last_night=last,
        nights=n,
        mean_tst_min=sum(tst) / n if n else None,
        mean_se_pct=sum(se) / n if n else None,
    )


@dataclass(frozen=True)
class Window:
    """A time-in-bed window ending at a fixed rising time."""

    rising: time
    time_in_bed_min: int

    @property
    def bedtime(self) -> time:
        start = datetime.combine(date(2000, 1, 2), self.rising) - timedelta(
            minutes=self.time_in_bed_min
        )
        return start.time()

    @classmethod
    def between(cls, bedtime: time, rising: time) -> Window:
        """The window from a bedtime to a rising time (the bedtime may be the evening before)."""
        rise = datetime.combine(date(2000, 1, 2), rising)
        bed = datetime.combine(date(2000, 1, 2), bedtime)
        if bed >= rise:
            bed -= timedelta(days=1)
        return cls(rising=rising, time_in_bed_min=round((rise - bed).total_seconds() / 60))


class Change(enum.Enum):
    FIRST = "first"
    LONGER = "longer"
    SHORTER = "shorter"
    SAME = "same"
    AT_FLOOR = "at_floor"


@dataclass(frozen=True)
class Proposal:
    """This week's proposed window (None when too few nights), and why."""

    figures: WeekFigures
    window: Window | None
    change: Change | None
    reason: Message


def _round_to_step(minutes: float) -> int:
    return int(STEP_MIN * round(minutes / STEP_MIN))


def propose(figures: WeekFigures, rising: time, previous: Window | None) -> Proposal:
    """The weekly titration: first window from mean TST, then ±15 min by SE."""
    if figures.nights < MIN_NIGHTS or figures.mean_tst_min is None or figures.mean_se_pct is None:
        return Proposal(
            figures,
            None,
            None,
            Message(
                N_(
                    "Only {nights} of the last 7 nights have a complete sleep diary; "
                    "at least 5 are needed for a new window. Keep last week's window "
                    "and fill in the diary each morning."
                ),
                {"nights": figures.nights},
            ),
        )
    if previous is None:
        tib = max(FLOOR_MIN, _round_to_step(figures.mean_tst_min))
        reason = N_(
            "The first window equals your average sleep time last week, rounded to "
            "15 minutes and never shorter than 5 hours."
        )
        return Proposal(figures, Window(rising, tib), Change.FIRST, Message(reason))
    se = figures.mean_se_pct
    if se >= RAISE_AT_PCT:
        tib, change = previous.time_in_bed_min + STEP_MIN, Change.LONGER
        reason = N_("Sleep efficiency was 85 % or more, so the window grows by 15 minutes.")
    elif se < LOWER_BELOW_PCT:
        tib = max(FLOOR_MIN, previous.time_in_bed_min - STEP_MIN)
        change = Change.SHORTER if tib < previous.time_in_bed_min else Change.AT_FLOOR
        reason = (
            N_("Sleep efficiency was below 80 %, so the window shrinks by 15 minutes.")
            if change is Change.SHORTER
            else N_(
                "Sleep efficiency was below 80 %, but the window is already at the "
                "5-hour floor, so it stays."
            )
        )
    else:
        tib, change = previous.time_in_bed_min, Change.SAME
        reason = N_("Sleep efficiency was between 80 % and 85 %, so the window stays.")
    return Proposal(figures, Window(rising, tib), change, Message(reason))


def kept_window(diary: SleepDiary, wake_day: date, window: Window) -> bool | None:
    """Whether the night kept the window, within 15 minutes; None when not recorded."""
    if diary.into_bed is None or diary.out_of_bed is None:
        return None
    bed = evening_or_morning(wake_day, window.bedtime)
    rise = on_wake_day(wake_day, window.rising)
    assert bed is not None and rise is not None
    tolerance = timedelta(minutes=KEPT_TOLERANCE_MIN)
    return diary.into_bed >= bed - tolerance and diary.out_of_bed <= rise + tolerance


@dataclass(frozen=True)
class WindowRecord:
    """An accepted week: the window kept from ``week_start`` and the numbers behind it."""

    week_start: date
    window: Window
    proposed_min: int | None
    nights: int
    mean_tst_min: float | None
    mean_se_pct: float | None
    adjusted: bool


def window_on(history: Iterable[WindowRecord], day: date) -> WindowRecord | None:
    """The window in force on the evening of ``day``: the latest one started by then."""
    started = [r for r in history if r.week_start <= day]
    return max(started, key=lambda r: r.week_start) if started else None
