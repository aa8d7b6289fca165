"""Patterns between a day's factors and sleep or the gut, with the other factors held fixed.

:func:`find_insights` fits, for every outcome in :data:`INSIGHT_OUTCOMES`, one
regression of the outcome on all the factors at once (each as its "with"
indicator from :data:`SPLITS`), a linear trend and the day of the week, with
errors that may run on from one day to the next (AR(1), see
:mod:`gutsleep.analysis.regression`). Each factor's coefficient is a
comparison: "days with … against days without", taking the other factors into
account. Every comparison gets a two-sided p-value; the Benjamini–Hochberg
procedure over all of them decides which are findings (q ≤ :data:`FDR`).
``docs/numbers.md`` says the same in plain words.

Which night, which day
----------------------
A day's sleep is the night that *ended* on it (series.py), so a day's food or
stress can only act on the night stored on the *next* day: sleep outcomes are
paired with the day before the night (``lag`` 1). Pairing a day with the night
that ended that morning cannot show a cause and is not tested. Night sweats
are recorded with the night itself and are paired with that same night (lag 0).
Gut outcomes (bloating, discomfort, stool form) are paired with the same day's
factors (lag 0): the day's food and the day's bloating.

Why every factor is split into "days with" and "days without"
-------------------------------------------------------------
A sentence such as "on the 41 nights after a day with 2 or more fermented
servings you slept 18 min longer" can be checked against memory and is in
the unit people care about. The thresholds are fixed in advance, not tuned to
the data, so they add no hidden comparisons. Each is declared with its measure
(a field's in domain.fields, a computed one's in analysis.series):

==============  ==============================  ===============================
factor          "with" means                    why
==============  ==============================  ===============================
trigger_day     a personal trigger food         yes/no
bleeding        spotting or any bleeding        yes/no
fermented       2 or more servings              meaningful daily amount
fibre           5 or more servings              a fibre-rich day
sugar_upf       2 or more servings              more than an occasional treat
alcohol         1 or more drinks                any alcohol
caffeine        3 or more drinks                more than usual morning coffee
stress          7 or more (0-10)                a high-stress day
mood            3 or less (0-10)                a low-mood day
bloating        5 or more (0-10)                marked bloating
discomfort      5 or more (0-10)                marked discomfort
plants          5 or more different plants      on course for 30 a week
practice_min    20 or more minutes              a real session
bm_count        no bowel movement               a day without one
night_sweats    1 or more                       any sweats or flushes
exercise_min    30 or more minutes              a day's recommended activity
==============  ==============================  ===============================

Trackers of one's own (domain.trackers) come with the frame (``DailyFrame.extra``)
and are split by their kind, also fixed in advance: yes/no at "yes", a count at 1
or more, a 0-10 rating at 7 or more, minutes at 30 or more. An amount or a clock
time has no split that holds for every tracker, so it is charted and can be an
outcome, never a factor. A tracker as an outcome is paired with the same day's
factors (lag 0), like the gut.

Missing is never zero
---------------------
A model uses the days on which the outcome and every factor in it are
recorded (complete cases; ``n`` says how many). So that one rarely recorded
factor does not empty the model, factors enter in order of how often they are
recorded, and one that would leave fewer than :data:`KEEP_SHARE` of the
outcome's days is left out and named. A factor with fewer than ``min_group``
days on either side is left out too, as are factors beyond what the days can
carry (at least :data:`MIN_DF` residual degrees of freedom).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

import numpy as np

from gutsleep.analysis.regression import ar1_ols, benjamini_hochberg, full_rank, outward
from gutsleep.analysis.series import MEASURES, DailyFrame, FloatArray
from gutsleep.domain.fields import Measure
from gutsleep.domain.text import N_, Message
from gutsleep.domain.trackers import tracker_uid

__all__ = [
    "FDR",
    "GUT_OUTCOMES",
    "INSIGHT_OUTCOMES",
    "KEEP_SHARE",
    "METHOD_AR1_REGRESSION",
    "MIN_DF",
    "MIN_GROUP",
    "MIN_PAIRS",
    "SAME_NIGHT",
    "SLEEP_OUTCOMES",
    "SPLITS",
    "Dropped",
    "FactorSplit",
    "Insight",
    "InsightReport",
    "Number",
    "dropped_by_outcome",
    "find_insights",
    "lag_of",
]

MIN_PAIRS = 14
MIN_GROUP = 5
#: The false discovery rate: findings are comparisons with a q-value at most this.
FDR = 0.05
#: A factor enters a model only if the model keeps at least this share of the outcome's days.
KEEP_SHARE = 0.7
#: Residual degrees of freedom a model keeps at least (factors beyond are left out).
MIN_DF = 10
#: With fewer days than this, the day of the week enters as weekend or not.
WEEKDAYS_FROM = 84
SLEEP_OUTCOMES: tuple[str, ...] = ("tst", "se", "sol", "waso", "quality")
GUT_OUTCOMES: tuple[str, ...] = ("bloating", "discomfort", "stool_form")
INSIGHT_OUTCOMES: tuple[str, ...] = SLEEP_OUTCOMES + GUT_OUTCOMES
#: Factors recorded with the night itself: paired with that night, not the next.
SAME_NIGHT = frozenset({"night_sweats"})
#: Factors that are part of the gut picture: never factors in a gut outcome's model.
_GUT_SIDE = frozenset({"bloating", "discomfort", "bm_count"})
METHOD_AR1_REGRESSION = "regression with AR(1) errors"


@dataclass(frozen=True)
class FactorSplit:
    """How a factor divides days into "with" and "without".

    A day is "with" the factor when its value is at least ``threshold`` (at
    most, when ``at_most``). ``condition`` completes both "days with ..." and
    "nights after a day with ..." (a translatable source string).
    """

    factor: str
    threshold: float
    condition: str
    at_most: bool = False

    def mask(self, values: FloatArray) -> np.ndarray:
        """True where the day is "with" the factor (NaN is never "with")."""
        with np.errstate(invalid="ignore"):
            if self.at_most:
                return np.asarray(values <= self.threshold)
            return np.asarray(values >= self.threshold)


#: How the insights divide days by each factor, as each measure declares it.
SPLITS: tuple[FactorSplit, ...] = tuple(
    FactorSplit(m.key, m.split.threshold, m.split.condition, m.split.at_most)
    for m in MEASURES.values()
    if m.kind == "factor" and m.split is not None
)
_SPLIT = {s.factor: s for s in SPLITS}


def is_day_outcome(outcome: str) -> bool:
    """An outcome of the day itself (the gut, a tracker of one's own), not of a night."""
    return outcome in GUT_OUTCOMES or tracker_uid(outcome) is not None


def lag_of(factor: str, outcome: str) -> int:
    """Days from the factor's day to the outcome's row: 1 for the night after the day.

    A tracker of one's own as the outcome is paired with the same day's factors,
    like the gut: the day's value, the day's food and stress.
    """
    if is_day_outcome(outcome) or factor in SAME_NIGHT:
        return 0
    return 1


def _splits(frame: DailyFrame) -> tuple[FactorSplit, ...]:
    """The built-in splits and those of the frame's own series (trackers), in that order."""
    return SPLITS + tuple(
        FactorSplit(m.key, m.split.threshold, m.split.condition, m.split.at_most)
        for m in frame.extra.values()
        if m.kind == "factor" and m.split is not None and m.key not in _SPLIT
    )


@dataclass(frozen=True)
class Number:
    """A number at a fixed precision, for sentences the UI can show in the user's locale."""

    value: float
    digits: int

    def __str__(self) -> str:
        return f"{self.value:.{max(self.digits, 0)}f}"

    def __format__(self, spec: str) -> str:
        return str(self)


@dataclass(frozen=True, eq=False)
class Insight:
    """One tested comparison: days with a factor against days without, others held fixed.

    ``effect`` is the regression coefficient of the factor's indicator, in the
    outcome's unit, with its t interval ``ci_low``..``ci_high``; ``n`` the days
    in the model (``n_with`` + ``n_without``) and ``mean_with``/``mean_without``
    their raw means. ``lag`` 1 pairs a day with the night after it, 0 with the
    same day (gut) or the same night (night sweats). ``adjusted_for`` lists
    the other factors in the model; the day of the week and a linear trend
    are always in it. ``finding`` is ``q_value`` ≤ :data:`FDR`.
    ``values_with``/``values_without`` are the outcome values of the two
    groups (for the plot).
    """

    factor: str
    outcome: str
    lag: int
    n: int
    n_with: int
    n_without: int
    mean_with: float
    mean_without: float
    effect: float
    ci_low: float
    ci_high: float
    p_value: float
    q_value: float
    adjusted_for: tuple[str, ...]
    method: str
    sentence: Message
    rho: float = 0.0
    values_with: FloatArray = field(default_factory=lambda: np.empty(0), repr=False)
    values_without: FloatArray = field(default_factory=lambda: np.empty(0), repr=False)
    #: The measures of trackers of one's own in the comparison (built-ins are in MEASURES).
    measures: Mapping[str, Measure] = field(default_factory=dict, repr=False)

    def measure_of(self, key: str) -> Measure:
        """The measure of the outcome or of a factor, built-in or a tracker's."""
        return self.measures.get(key) or MEASURES[key]

    @property
    def finding(self) -> bool:
        return bool(self.q_value <= FDR)

    @property
    def excludes_zero(self) -> bool:
        """The interval lies wholly on one side of "no difference"."""
        return bool(self.ci_low > 0 or self.ci_high < 0)

    @property
    def strength(self) -> float:
        """|effect| / interval width: how clearly the data show the difference."""
        width = self.ci_high - self.ci_low
        if not np.isfinite(width) or width <= 0:
            return 0.0
        return abs(self.effect) / width

    def adjusted_message(self) -> Message:
        """ "Taking into account: stress, alcohol, …, the day of the week and a linear trend." """
        names = {
            f"f{i}": Message(self.measure_of(k).label) for i, k in enumerate(self.adjusted_for)
        }
        if not names:
            return Message(N_("Taking into account the day of the week and a linear trend."))
        listed = Message(", ".join("{" + key + "}" for key in names), names)
        return Message(
            N_("Taking into account: {factors}, the day of the week and a linear trend."),
            {"factors": listed},
        )


@dataclass(frozen=True)
class Dropped:
    """A factor left out of an outcome's model, and why (a translatable reason)."""

    outcome: str
    factor: str
    reason: str


@dataclass(frozen=True)
class InsightReport:
    """What :func:`find_insights` found, and how far to trust it.

    ``insights`` are the findings (q ≤ :data:`FDR`), clearest first;
    ``tested`` every comparison with an interval, findings first.
    ``n_comparisons`` = ``len(tested)``, what the false discovery rate was
    controlled over. ``first``/``last`` bound the days looked at. When nothing
    could be tested, ``days_needed`` says how many more paired days the
    best-covered outcome needs (0: enough days, too little variety) and
    ``status`` says so; otherwise both are None.
    """

    insights: tuple[Insight, ...]
    tested: tuple[Insight, ...]
    n_comparisons: int
    dropped: tuple[Dropped, ...]
    summary: Message | None
    days_needed: int | None
    status: Message | None
    paired_days: int
    first: date | None
    last: date | None
    min_pairs: int
    min_group: int
    level: float
    fdr: float = FDR
    #: The measures of trackers of one's own the report speaks of, by key.
    measures: Mapping[str, Measure] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def n_findings(self) -> int:
        return len(self.insights)

    def measure_of(self, key: str) -> Measure:
        """The measure of an outcome or factor, built-in or a tracker's."""
        return self.measures.get(key) or MEASURES[key]


_EFFECTS: dict[tuple[str, bool], str] = {
    ("tst", True): N_("you slept {diff} min longer on average"),
    ("tst", False): N_("you slept {diff} min less on average"),
    ("se", True): N_("your sleep efficiency was {diff} percentage points higher on average"),
    ("se", False): N_("your sleep efficiency was {diff} percentage points lower on average"),
    ("sol", True): N_("you took {diff} min longer to fall asleep on average"),
    ("sol", False): N_("you took {diff} min less to fall asleep on average"),
    ("waso", True): N_("you spent {diff} min more time awake in the night on average"),
    ("waso", False): N_("you spent {diff} min less time awake in the night on average"),
    ("quality", True): N_("you rated your sleep {diff} points higher on average"),
    ("quality", False): N_("you rated your sleep {diff} points lower on average"),
    ("bloating", True): N_("you rated your bloating {diff} points higher on average"),
    ("bloating", False): N_("you rated your bloating {diff} points lower on average"),
    ("discomfort", True): N_("you rated your abdominal discomfort {diff} points higher on average"),
    ("discomfort", False): N_("you rated your abdominal discomfort {diff} points lower on average"),
    ("stool_form", True): N_(
        "your stools were {diff} Bristol types further from type 4 on average"
    ),
    ("stool_form", False): N_("your stools were {diff} Bristol types closer to type 4 on average"),
}

#: The effect on a tracker of one's own, named by the person.
_TRACKER_EFFECTS: dict[bool, str] = {
    True: N_("“{name}” was {diff} {unit} higher on average"),
    False: N_("“{name}” was {diff} {unit} lower on average"),
}

#: The sentence by (outcome of the day, lag).
_SENTENCES: dict[tuple[bool, int], str] = {
    (False, 1): N_(
        "On the {n_with} nights after a day with {condition}, {effect} than on the "
        "{n_without} other nights, with the other factors taken into account "
        "({level}% interval {low} to {high} {unit}). {caveat}"
    ),
    (False, 0): N_(
        "On the {n_with} nights with {condition}, {effect} than on the {n_without} other "
        "nights, with the other factors taken into account ({level}% interval {low} to "
        "{high} {unit}). {caveat}"
    ),
    (True, 0): N_(
        "On the {n_with} days with {condition}, {effect} than on the {n_without} other "
        "days, with the other factors taken into account ({level}% interval {low} to "
        "{high} {unit}). {caveat}"
    ),
}

_ASSOCIATION = N_("This is an association, not proof of cause.")
_MAYBE_CHANCE = N_(
    "After correcting for the {k} comparisons tested this may well be chance; "
    "and an association is not proof of cause."
)
_SUMMARY = N_(
    "From {first} to {last}: {k} comparisons tested; findings shown after correcting "
    "for that ({found} found)."
)
_NEED_DAYS = N_(
    "Nothing to show yet. A pattern is shown only once at least {min_pairs} days have "
    "both a factor and the matching night's sleep or the day's gut recorded; the "
    "best-covered pair has {n} so far, so about {days} more such days are needed."
)
_NEED_VARIETY = N_(
    "Nothing to show yet. {n} days have both a factor and an outcome recorded, but no "
    "comparison has at least {min_group} days on each side, with and without the "
    "factor. Comparisons appear once both kinds of day have been logged."
)
_RARE = N_("recorded on too few of the days")
_NO_VARIETY = N_("too few days with or without it")
_NO_ROOM = N_("more factors than the days can carry")
_REDUNDANT = N_("says the same as the other factors")


@dataclass
class _Model:
    outcome: str
    y: FloatArray
    rows: np.ndarray
    factors: list[str]
    indicators: dict[str, FloatArray]


def _aligned(frame: DailyFrame, factor: str, outcome: str) -> FloatArray:
    """The factor's values on the outcome's rows: row o holds the factor of day o − lag."""
    values = frame[factor]
    lag = lag_of(factor, outcome)
    if lag == 0:
        return np.asarray(values, dtype=np.float64)
    out = np.full(values.shape[0], np.nan)
    out[lag:] = values[:-lag]
    return out


def _split_of(frame: DailyFrame, factor: str) -> FactorSplit:
    split = _SPLIT.get(factor)
    if split is not None:
        return split
    return next(s for s in _splits(frame) if s.factor == factor)


def _indicator(frame: DailyFrame, factor: str, outcome: str) -> FloatArray:
    values = _aligned(frame, factor, outcome)
    is_with = _split_of(frame, factor).mask(values).astype(np.float64)
    is_with[np.isnan(values)] = np.nan
    return is_with


def _sides(indicator: FloatArray, rows: np.ndarray) -> int:
    """Days on the smaller side (with or without) among ``rows``."""
    values = indicator[rows]
    with_days = int(np.count_nonzero(values == 1.0))
    return min(with_days, int(rows.sum()) - with_days)


def _fixed_columns(n_rows: int) -> int:
    """Intercept, trend and day-of-week columns a model of ``n_rows`` days carries."""
    return 2 + (6 if n_rows >= WEEKDAYS_FROM else 1)


def _design(model: _Model, weekday: np.ndarray, position: np.ndarray) -> FloatArray:
    rows = model.rows
    n = int(rows.sum())
    span = max(float(position[rows][-1] - position[rows][0]), 1.0)
    columns = [np.ones(n), (position[rows] - position[rows][0]) / span]
    days = weekday[rows]
    if n >= WEEKDAYS_FROM:
        columns += [(days == d).astype(np.float64) for d in range(1, 7)]
    else:
        columns.append((days >= 5).astype(np.float64))
    columns += [model.indicators[f][rows] for f in model.factors]
    return np.column_stack(columns)


def _choose(
    frame: DailyFrame, outcome: str, min_pairs: int, min_group: int, dropped: list[Dropped]
) -> _Model:
    """The outcome's model: its factors and complete-case rows (see the module docstring)."""
    y = np.asarray(frame[outcome], dtype=np.float64)
    known = ~np.isnan(y)
    indicators: dict[str, FloatArray] = {}
    coverage: dict[str, int] = {}
    for split in _splits(frame):
        factor = split.factor
        if outcome in GUT_OUTCOMES and factor in _GUT_SIDE:
            continue
        if factor == outcome:
            continue
        ind = _indicator(frame, factor, outcome)
        rows = known & ~np.isnan(ind)
        if int(rows.sum()) == 0:
            continue  # never recorded alongside this outcome: nothing to say
        indicators[factor] = ind
        coverage[factor] = int(rows.sum())
    rows = known.copy()
    target = KEEP_SHARE * int(known.sum())
    chosen: list[str] = []
    for factor in sorted(coverage, key=lambda f: -coverage[f]):
        ind = indicators[factor]
        if _sides(ind, known & ~np.isnan(ind)) < min_group:
            dropped.append(Dropped(outcome, factor, _NO_VARIETY))
            continue
        narrowed = rows & ~np.isnan(ind)
        if int(narrowed.sum()) < max(target, min_pairs):
            dropped.append(Dropped(outcome, factor, _RARE))
            continue
        chosen.append(factor)
        rows = narrowed
    # Within the days kept, every factor needs both sides, and the days enough room.
    for factor in list(chosen):
        if _sides(indicators[factor], rows) < min_group:
            chosen.remove(factor)
            dropped.append(Dropped(outcome, factor, _NO_VARIETY))
    n = int(rows.sum())
    room = n - _fixed_columns(n) - 1 - MIN_DF
    if len(chosen) > max(room, 0):
        by_variety = sorted(chosen, key=lambda f: _sides(indicators[f], rows))
        for factor in by_variety[: len(chosen) - max(room, 0)]:
            chosen.remove(factor)
            dropped.append(Dropped(outcome, factor, _NO_ROOM))
    return _Model(outcome, y, rows, chosen, indicators)


def _sentence(
    frame: DailyFrame, outcome: str, factor: str, lag: int, n_with: int, n_without: int,
    effect: float, low: float, high: float, level: float, finding: bool, k: int,
) -> Message:  # fmt: skip
    measure = frame.measure(outcome)
    up = effect >= 0
    lo, hi = (low, high) if up else (-high, -low)
    shown_lo, shown_hi, digits = outward(lo, hi, measure.digits)
    caveat = Message(_ASSOCIATION) if finding else Message(_MAYBE_CHANCE, {"k": k})
    return Message(
        _SENTENCES[(is_day_outcome(outcome), lag)],
        {
            "n_with": n_with,
            "n_without": n_without,
            "condition": Message(_split_of(frame, factor).condition),
            "effect": _effect(measure, up, Number(abs(effect), digits)),
            "level": Number(level * 100, 0),
            "low": Number(shown_lo, digits),
            "high": Number(shown_hi, digits),
            "unit": Message(measure.difference_unit),
            "caveat": caveat,
        },
    )


def _effect(measure: Measure, up: bool, diff: Number) -> Message:
    if measure.key in MEASURES:
        return Message(_EFFECTS[(measure.key, up)], {"diff": diff})
    return Message(
        _TRACKER_EFFECTS[up],
        {"name": measure.label, "diff": diff, "unit": Message(measure.difference_unit)},
    )


@dataclass
class _Raw:
    model: _Model
    factor: str
    effect: float
    low: float
    high: float
    p_value: float
    rho: float


def _fit(
    model: _Model,
    weekday: np.ndarray,
    position: np.ndarray,
    level: float,
    dropped: list[Dropped],
) -> list[_Raw]:
    if not model.factors:
        return []
    design = _design(model, weekday, position)
    # A factor that duplicates others (or the weekday) makes the design singular.
    while model.factors and not full_rank(design):
        dropped.append(Dropped(model.outcome, model.factors.pop(), _REDUNDANT))
        design = _design(model, weekday, position)
    if not model.factors:
        return []
    fit = ar1_ols(design, model.y[model.rows], position[model.rows], level)
    first = design.shape[1] - len(model.factors)
    return [
        _Raw(
            model,
            factor,
            float(fit.coef[first + j]),
            float(fit.low[first + j]),
            float(fit.high[first + j]),
            float(fit.p_value[first + j]),
            fit.rho,
        )
        for j, factor in enumerate(model.factors)
    ]


def find_insights(
    frame: DailyFrame,
    min_pairs: int = MIN_PAIRS,
    *,
    min_group: int = MIN_GROUP,
    level: float = 0.95,
    fdr: float = FDR,
    outcomes: tuple[str, ...] = INSIGHT_OUTCOMES,
) -> InsightReport:
    """Every factor × outcome comparison the data can honestly support, over the whole frame.

    Pass a frame of the chosen range to look at that range only.
    """
    if min_pairs < 2 or min_group < 1:
        raise ValueError("min_pairs must be at least 2 and min_group at least 1")
    position = np.arange(len(frame), dtype=np.int64)
    weekday = (frame.days.astype("datetime64[D]").astype(np.int64) + 3) % 7  # Monday 0
    dropped: list[Dropped] = []
    raws: list[_Raw] = []
    paired_days = 0
    for outcome in outcomes:
        if outcome not in frame:
            continue
        model = _choose(frame, outcome, min_pairs, min_group, dropped)
        paired_days = max(paired_days, _best_pairs(frame, outcome))
        if int(model.rows.sum()) < min_pairs:
            continue
        # The day of the week is the factor's day: the evening before a night.
        lagged_weekday = weekday if is_day_outcome(outcome) else (weekday - 1) % 7
        raws.extend(_fit(model, lagged_weekday, position, level, dropped))
    if not raws:
        return _nothing(frame, dropped, paired_days, min_pairs, min_group, level, fdr)
    q_values = benjamini_hochberg([r.p_value for r in raws])
    k = len(raws)
    tested = [
        _insight(frame, r, float(q), level, fdr, k) for r, q in zip(raws, q_values, strict=True)
    ]
    tested.sort(key=lambda i: (not i.q_value <= fdr, i.q_value, -i.strength))
    findings = tuple(i for i in tested if i.q_value <= fdr)
    summary = Message(
        _SUMMARY,
        {"first": frame.start, "last": frame.end, "k": k, "found": len(findings)},
    )
    return InsightReport(
        findings,
        tuple(tested),
        k,
        tuple(dropped),
        summary,
        None,
        None,
        paired_days,
        frame.start,
        frame.end,
        min_pairs,
        min_group,
        level,
        fdr,
        frame.extra,
    )


def _best_pairs(frame: DailyFrame, outcome: str) -> int:
    """The most days any single factor shares with ``outcome``."""
    known = ~np.isnan(frame[outcome])
    best = 0
    for split in _splits(frame):
        if split.factor == outcome:
            continue
        aligned = _aligned(frame, split.factor, outcome)
        best = max(best, int(np.count_nonzero(known & ~np.isnan(aligned))))
    return best


def _insight(
    frame: DailyFrame, raw: _Raw, q_value: float, level: float, fdr: float, k: int
) -> Insight:
    model = raw.model
    rows = model.rows
    y = model.y[rows]
    is_with = model.indicators[raw.factor][rows] == 1.0
    with_values, without_values = y[is_with], y[~is_with]
    lag = lag_of(raw.factor, model.outcome)
    finding = q_value <= fdr
    return Insight(
        factor=raw.factor,
        outcome=model.outcome,
        lag=lag,
        n=int(rows.sum()),
        n_with=int(with_values.shape[0]),
        n_without=int(without_values.shape[0]),
        mean_with=float(with_values.mean()),
        mean_without=float(without_values.mean()),
        effect=raw.effect,
        ci_low=raw.low,
        ci_high=raw.high,
        p_value=raw.p_value,
        q_value=q_value,
        adjusted_for=tuple(f for f in model.factors if f != raw.factor),
        method=METHOD_AR1_REGRESSION,
        sentence=_sentence(
            frame,
            model.outcome,
            raw.factor,
            lag,
            int(with_values.shape[0]),
            int(without_values.shape[0]),
            raw.effect,
            raw.low,
            raw.high,
            level,
            finding,
            k,
        ),
        rho=raw.rho,
        values_with=with_values,
        values_without=without_values,
        measures=frame.extra,
    )


def _nothing(
    frame: DailyFrame,
    dropped: list[Dropped],
    paired_days: int,
    min_pairs: int,
    min_group: int,
    level: float,
    fdr: float,
) -> InsightReport:
    if paired_days < min_pairs:
        days_needed = min_pairs - paired_days
        status = Message(
            _NEED_DAYS, {"min_pairs": min_pairs, "n": paired_days, "days": days_needed}
        )
    else:
        days_needed = 0
        status = Message(_NEED_VARIETY, {"n": paired_days, "min_group": min_group})
    return InsightReport(
        (),
        (),
        0,
        tuple(dropped),
        None,
        days_needed,
        status,
        paired_days,
        frame.start,
        frame.end,
        min_pairs,
        min_group,
        level,
        fdr,
        frame.extra,
    )


def dropped_by_outcome(report: InsightReport) -> Mapping[str, tuple[Dropped, ...]]:
    """The factors left out, grouped by outcome (for "not tested" lines)."""
    grouped: dict[str, list[Dropped]] = {}
    for d in report.dropped:
        grouped.setdefault(d.outcome, []).append(d)
    return {k: tuple(v) for k, v in grouped.items()}
