"""Trackers of your own: daily values a person adds beside the built-in fields.

A :class:`Tracker` has a name, a kind (yes/no, a count, a 0-10 rating, minutes,
an amount with a unit, a clock time) and, optionally, a daily reminder. It is
the same kind of thing as a built-in field: :meth:`Tracker.measure` gives the
:class:`~gutsleep.domain.fields.Measure` the charts, insights, experiments and
report read, keyed ``tracker:<uid>``. The ``uid`` never changes (renaming keeps
the history, and a key saved in an experiment or an export still names the same
tracker in another journal).

Every value is stored as a number: yes 1 and no 0, a clock time as minutes after
midnight. A day without a value has no value at all: missing is never zero.
"""

from __future__ import annotations

import enum
import math
import secrets
from dataclasses import dataclass, field
from datetime import datetime, time

from gutsleep.domain.fields import Measure, Split
from gutsleep.domain.sleep import DAY_MINUTES
from gutsleep.domain.text import N_, Message

__all__ = [
    "CLOCK_UNIT",
    "KEY_PREFIX",
    "MAX_NAME",
    "MAX_UNIT",
    "TEMPLATES",
    "YES_NO_UNIT",
    "Tracker",
    "TrackerKind",
    "check_name",
    "check_value",
    "clock_text",
    "new_uid",
    "tracker_uid",
]

KEY_PREFIX = "tracker:"
MAX_NAME = 60
MAX_UNIT = 20
#: The largest amount accepted (a weight in grams, steps in a day).
MAX_AMOUNT = 1_000_000.0
MAX_COUNT = 1000


class TrackerKind(enum.Enum):
    """What a tracker records; each kind has one input and one range."""

    YES_NO = "yes_no"
    COUNT = "count"
    SCALE = "scale"
    MINUTES = "minutes"
    AMOUNT = "amount"
    CLOCK = "clock"

    @property
    def label(self) -> str:
        """The kind in words (a translatable source string)."""
        return _KIND_LABELS[self]

    @property
    def whole(self) -> bool:
        """Whether the kind's values are whole numbers."""
        return self is not TrackerKind.AMOUNT

    @property
    def bounds(self) -> tuple[float, float]:
        """The lowest and highest value accepted, both included."""
        return _BOUNDS[self]


_KIND_LABELS = {
    TrackerKind.YES_NO: N_("Yes or no"),
    TrackerKind.COUNT: N_("Count"),
    TrackerKind.SCALE: N_("Rating 0-10"),
    TrackerKind.MINUTES: N_("Minutes"),
    TrackerKind.AMOUNT: N_("Amount with a unit"),
    TrackerKind.CLOCK: N_("Clock time"),
}
_BOUNDS: dict[TrackerKind, tuple[float, float]] = {
    TrackerKind.YES_NO: (0, 1),
    TrackerKind.COUNT: (0, MAX_COUNT),
    TrackerKind.SCALE: (0, 10),
    TrackerKind.MINUTES: (0, DAY_MINUTES),
    TrackerKind.AMOUNT: (0, MAX_AMOUNT),
    TrackerKind.CLOCK: (0, DAY_MINUTES - 1),
}


def new_uid() -> str:
    """A tracker's lasting identity: 12 hexadecimal digits, random."""
    return secrets.token_hex(6)


def tracker_uid(key: str) -> str | None:
    """The uid in a measure key ``tracker:<uid>``, or None for a built-in measure."""
    return key[len(KEY_PREFIX) :] if key.startswith(KEY_PREFIX) else None


@dataclass(frozen=True)
class Tracker:
    """One tracker of the person's own; ``unit`` is used by amounts only."""

    uid: str
    name: str
    kind: TrackerKind
    unit: str = ""
    reminder: time | None = None
    position: int = 0
    archived: bool = False
    created_at: datetime = field(default_factory=datetime.now)

    @property
    def key(self) -> str:
        """The measure key charts, insights, experiments and exports use."""
        return KEY_PREFIX + self.uid

    @property
    def unit_label(self) -> str:
        """The unit of its values, as shown beside a number."""
        if self.kind is TrackerKind.AMOUNT:
            return self.unit
        return _UNITS[self.kind]

    def measure(self) -> Measure:
        """The tracker as a daily series, exactly like a built-in field's measure.

        A factor for insights, split at a threshold fixed by its kind (never
        tuned to the data); a clock time is charted but never split, because
        "at or after a time" has no meaning that holds for every tracker.
        """
        kind = self.kind
        split: Split | None
        if kind is TrackerKind.YES_NO:
            split = Split(1, self.name)
            return Measure(
                self.key,
                self.name,
                _UNITS[kind],
                "factor",
                digits=2,
                split=split,
                axis="scale",
                scale=(-0.2, 1.3),
            )
        if kind is TrackerKind.SCALE:
            split = Split(7, self.name + " ≥ 7")
            return Measure(
                self.key,
                self.name,
                _UNITS[kind],
                "factor",
                digits=1,
                smallest_change=0.5,
                change_unit=N_("points"),
                split=split,
                axis="scale",
                scale=(-0.5, 10.5),
            )
        if kind is TrackerKind.CLOCK:
            return Measure(self.key, self.name, _UNITS[kind], "factor", smallest_change=15)
        if kind is TrackerKind.MINUTES:
            split = Split(30, self.name + " ≥ 30 min")
            return Measure(
                self.key,
                self.name,
                _UNITS[kind],
                "factor",
                smallest_change=10,
                split=split,
                axis="zero",
            )
        if kind is TrackerKind.COUNT:
            split = Split(1, self.name + " ≥ 1")
            return Measure(
                self.key,
                self.name,
                _UNITS[kind],
                "factor",
                digits=1,
                smallest_change=1,
                split=split,
                axis="zero",
            )
        return Measure(self.key, self.name, self.unit, "factor", digits=1, axis="fit")


#: The units of a yes/no and of a clock time, by which a measure's values are shown.
YES_NO_UNIT = N_("yes/no")
CLOCK_UNIT = N_("minutes after midnight")
_UNITS = {
    TrackerKind.YES_NO: YES_NO_UNIT,
    TrackerKind.COUNT: N_("count"),
    TrackerKind.SCALE: N_("0-10"),
    TrackerKind.MINUTES: N_("min"),
    TrackerKind.AMOUNT: "",
    TrackerKind.CLOCK: CLOCK_UNIT,
}


def check_name(name: str) -> Message | None:
    """Why ``name`` can't name a tracker, or None when it can."""
    stripped = name.strip()
    if not stripped:
        return Message(N_("Give the tracker a name."))
    if len(stripped) > MAX_NAME:
        return Message(N_("Use at most {limit} characters for the name."), {"limit": MAX_NAME})
    if any(not ch.isprintable() for ch in stripped):
        return Message(N_("The name holds a character that can't be shown."))
    return None


def check_value(kind: TrackerKind, value: float) -> Message | None:
    """Why ``value`` can't be a day's value of a ``kind`` tracker, or None when it can."""
    low, high = kind.bounds
    if not math.isfinite(value) or not low <= value <= high:
        return Message(
            N_("Use a value from {low} to {high}."),
            {"low": _plain(low), "high": _plain(high)},
        )
    if kind.whole and value != int(value):
        return Message(N_("Use a whole number."))
    return None


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def clock_text(minutes: float) -> str:
    """Minutes after midnight as a clock time, ``21:30``."""
    whole = int(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


@dataclass(frozen=True)
class Template:
    """A tracker ready to add: its name, kind and unit (source strings)."""

    name: str
    kind: TrackerKind
    unit: str = ""


#: Ready to add. Exercise minutes are a built-in field of the Journal (the
#: stress section), so they are not offered again here.
TEMPLATES: tuple[Template, ...] = (
    Template(N_("Time outdoors"), TrackerKind.MINUTES),
    Template(N_("Screen time after 9 pm"), TrackerKind.MINUTES),
    Template(N_("Caffeine after 2 pm"), TrackerKind.YES_NO),
    Template(N_("Weight"), TrackerKind.AMOUNT, N_("kg")),
)
