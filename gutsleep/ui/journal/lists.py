"""The day's lists on the Journal form: their columns, and rows to and from a day.

A list is a table a person fills in row by row (ui.widgets.ListEditor). Its
rows are plain dicts keyed by column name; these functions are the one place
that turns them into the entry's tuples and back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gutsleep.domain.journal import (
    BowelMovement,
    DayEntry,
    FoodItem,
    Intake,
    IntakeKind,
    Practice,
)
from gutsleep.domain.text import N_
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import Column

Rows = Sequence[Mapping[str, object]]


@dataclass(frozen=True)
class DayList:
    """One list of a day: its field key (also its widgets' name) and its label."""

    key: str
    label: str  # untranslated source

    def columns(self) -> list[Column]:
        return _COLUMNS[self.key]()


FOODS = DayList("food.foods", N_("Meals and foods"))
PLANTS = DayList("food.plants", N_("Plants eaten today"))
TRIGGER_FOODS = DayList("food.trigger_foods", N_("Personal trigger foods"))
BOWEL_MOVEMENTS = DayList("gut.bowel_movements", N_("Bowel movements"))
PRACTICES = DayList("stress.practices", N_("Stress practices"))
INTAKES = DayList("intakes", N_("Supplements and medicines"))
#: Where a list's problems are reported when validation names one of its values.
PROBLEM_KEYS = {
    BOWEL_MOVEMENTS.key: "gut.bristol",
    PRACTICES.key: "stress.practice_minutes",
}

_BRISTOL = (
    (1, N_("separate hard lumps")),
    (2, N_("lumpy sausage")),
    (3, N_("cracked sausage")),
    (4, N_("smooth soft sausage")),
    (5, N_("soft blobs")),
    (6, N_("mushy pieces")),
    (7, N_("entirely liquid")),
)


def _foods() -> list[Column]:
    return [
        Column("name", tr("Food or meal"), suggestions="food", required=True),
        Column("tags", tr("Tags, comma-separated"), suggestions="food_tag"),
    ]


def _plants() -> list[Column]:
    return [
        Column(
            "name",
            tr("Plant (vegetable, fruit, grain, legume, nut, seed, herb, spice)"),
            suggestions="plant",
            required=True,
        ),
    ]


def _trigger_foods() -> list[Column]:
    return [
        Column(
            "name",
            tr("Trigger food eaten (e.g. dairy, gluten)"),
            suggestions="trigger",
            required=True,
        ),
    ]


def _bowel_movements() -> list[Column]:
    bristol = [(n, f"{n} · {tr(words)}") for n, words in _BRISTOL]
    return [
        Column("bristol", tr("Bristol type"), kind="choice", choices=bristol),
        Column("at", tr("Time"), kind="time", width=90),
    ]


def _practices() -> list[Column]:
    return [
        Column(
            "name", tr("Practice (walk, breathing, yoga…)"), suggestions="practice", required=True
        ),
        Column("minutes", tr("Minutes"), kind="number", width=90),
    ]


def _intakes() -> list[Column]:
    kinds = [
        (IntakeKind.SUPPLEMENT, tr("supplement")),
        (IntakeKind.PROBIOTIC, tr("probiotic")),
        (IntakeKind.MEDICINE, tr("medicine")),
    ]
    return [
        Column("name", tr("Name"), suggestions="intake", required=True),
        Column("dose", tr("Dose")),
        Column("kind", tr("Kind"), kind="choice", choices=kinds),
        Column("strain", tr("Probiotic strain")),
        Column("cfu", tr("CFU")),
    ]


_COLUMNS = {
    FOODS.key: _foods,
    PLANTS.key: _plants,
    TRIGGER_FOODS.key: _trigger_foods,
    BOWEL_MOVEMENTS.key: _bowel_movements,
    PRACTICES.key: _practices,
    INTAKES.key: _intakes,
}


def intake_row(intake: Intake) -> dict[str, object]:
    return {
        "name": intake.name,
        "dose": intake.dose,
        "kind": intake.kind,
        "strain": intake.strain,
        "cfu": intake.cfu,
    }


def rows_of(entry: DayEntry) -> dict[str, list[dict[str, object]]]:
    """Each list of ``entry`` as rows, by list key."""
    food = entry.food
    return {
        FOODS.key: [{"name": f.name, "tags": ", ".join(f.tags)} for f in food.foods],
        PLANTS.key: [{"name": n} for n in food.plants],
        TRIGGER_FOODS.key: [{"name": n} for n in food.trigger_foods],
        BOWEL_MOVEMENTS.key: [
            {"bristol": m.bristol, "at": m.at} for m in entry.gut.bowel_movements
        ],
        PRACTICES.key: [{"name": p.name, "minutes": p.minutes} for p in entry.stress.practices],
        INTAKES.key: [intake_row(i) for i in entry.intakes],
    }


def values_of(rows: Mapping[str, Rows]) -> dict[str, dict[str, Any]]:
    """The lists as the entry holds them, by section ("" is the entry itself) and attribute.

    Plants and trigger foods named twice (ignoring case and spaces) are kept once.
    """
    foods = tuple(
        FoodItem(
            str(r["name"]),
            tuple(t.strip() for t in str(r.get("tags") or "").split(",") if t.strip()),
        )
        for r in rows[FOODS.key]
    )
    return {
        "food": {
            "foods": foods,
            "plants": distinct(str(r["name"]) for r in rows[PLANTS.key]),
            "trigger_foods": distinct(str(r["name"]) for r in rows[TRIGGER_FOODS.key]),
        },
        "gut": {
            "bowel_movements": tuple(
                BowelMovement(int(r["bristol"]), r.get("at"))  # type: ignore[call-overload, arg-type]
                for r in rows[BOWEL_MOVEMENTS.key]
            )
        },
        "stress": {
            "practices": tuple(
                Practice(str(r["name"]), r.get("minutes"))  # type: ignore[arg-type]
                for r in rows[PRACTICES.key]
            )
        },
        "": {
            "intakes": tuple(
                Intake(
                    str(r["name"]),
                    str(r.get("dose") or ""),
                    r.get("kind") or IntakeKind.SUPPLEMENT,  # type: ignore[arg-type]
                    str(r.get("strain") or ""),
                    str(r.get("cfu") or ""),
                )
                for r in rows[INTAKES.key]
            )
        },
    }


def distinct(names: Iterable[str]) -> tuple[str, ...]:
    """Names in order, the same name (ignoring case and spaces) kept once."""
    seen: set[str] = set()
    result = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key and key not in seen:
            seen.add(key)
            result.append(" ".join(name.split()))
    return tuple(result)
