"""The checklist service: history through the service, and journal hints from the stored journal."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gutsleep.domain.journal import BowelMovement, DayEntry, Food, Gut, StressMood
from gutsleep.domain.screening.evaluate import ScreeningCategory
from gutsleep.domain.screening.questions import Answer
from gutsleep.services.checklist import EmptyChecklistError

TODAY = date(2026, 5, 20)


def seed(services, days: list[DayEntry]) -> None:
    services.journal.repository.save_many(days)


def test_no_hints_on_an_empty_journal(services) -> None:
    assert services.checklist.hints(TODAY) == {}


def test_hints_count_the_right_days_in_the_last_30(services) -> None:
    days = []
    for offset in range(40):  # 40 days back from today, gut logged every day
        day = TODAY - timedelta(days=offset)
        bloated = offset % 3 == 0  # offsets 0, 3, ..., 27 inside the window: 10 days
        days.append(
            DayEntry(day=day, gut=Gut(bloating=6 if bloated else 1), stress=StressMood(mood=7))
        )
    days.append(DayEntry(day=TODAY + timedelta(days=1), gut=Gut(bloating=9)))  # future: ignored
    seed(services, days)

    hints = services.checklist.hints(TODAY)
    assert set(hints) == {"digestive-symptoms"}  # mood was fine, no trigger foods
    hint = hints["digestive-symptoms"]
    assert (hint.days, hint.logged_days, hint.window_days) == (10, 30, 30)
    assert "on 10 of 30 logged days" in hint.message.render()


def test_hints_for_stools_triggers_and_mood(services) -> None:
    seed(
        services,
        [
            DayEntry(day=TODAY, gut=Gut(bowel_movements=(BowelMovement(7),))),
            DayEntry(
                day=TODAY - timedelta(days=2),
                food=Food(trigger_foods=("dairy",)),
                gut=Gut(discomfort=5),
                stress=StressMood(mood=2),
            ),
            DayEntry(day=TODAY - timedelta(days=29), stress=StressMood(mood=8)),
            DayEntry(day=TODAY - timedelta(days=30), stress=StressMood(mood=1)),  # outside
        ],
    )
    hints = services.checklist.hints(TODAY)
    assert (hints["digestive-symptoms"].days, hints["digestive-symptoms"].logged_days) == (2, 2)
    assert (hints["food-sensitivities"].days, hints["food-sensitivities"].logged_days) == (1, 1)
    assert (hints["mood-symptoms"].days, hints["mood-symptoms"].logged_days) == (1, 2)


def test_save_edit_delete_history(services) -> None:
    checklist = services.checklist
    assert not checklist.has_runs() and checklist.latest() is None
    first = checklist.save({"digestive-symptoms": Answer.YES}, TODAY - timedelta(days=7))
    second = checklist.save({"digestive-symptoms": Answer.NO}, TODAY)
    assert checklist.has_runs()
    assert [r.id for r in checklist.history()] == [second.id, first.id]
    assert checklist.latest() == second
    changes = checklist.compare(first, second)
    assert [(c.key, c.before, c.after) for c in changes] == [
        ("digestive-symptoms", Answer.YES, Answer.NO)
    ]

    edited = checklist.edit(first.id, {"digestive-symptoms": Answer.UNSURE})
    assert edited.taken_on == TODAY - timedelta(days=7)
    assert checklist.get(first.id).answers == {"digestive-symptoms": Answer.UNSURE}

    assert checklist.delete(first.id)
    assert [r.id for r in checklist.history()] == [second.id]
    with pytest.raises(EmptyChecklistError):
        checklist.save({}, TODAY)


def test_evaluation_is_the_domains(services) -> None:
    result = services.checklist.evaluate({"autoimmune": Answer.YES})
    assert result.category is ScreeningCategory.GUT_WORTH_A_LOOK
