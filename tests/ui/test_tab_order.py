"""Tab walks the Journal page in the order it is read: top to bottom, left to right.

A day with a row in every list is shown, so each list's table and Remove
button take part too. Tab starts at the first field and must reach every
field, list input, button and table of the entry, each one after the one
drawn before it, with the notes last; then it leaves the entry. A list's
table must not keep Tab to itself (a keyboard trap).
"""

from __future__ import annotations

from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from gutsleep.domain.journal import (
    BowelMovement,
    DayEntry,
    Food,
    FoodItem,
    Gut,
    Intake,
    Practice,
    StressMood,
)
from gutsleep.ui.journal.page import JournalPage

DAY = date(2026, 5, 4)


def full_lists(services) -> None:  # type: ignore[no-untyped-def]
    services.journal.repository.save_many(
        [
            DayEntry(
                day=DAY,
                food=Food(
                    foods=(FoodItem("porridge", ("breakfast",)),),
                    plants=("oats", "apple"),
                    trigger_foods=("dairy",),
                ),
                gut=Gut(bowel_movements=(BowelMovement(4, time(8, 0)),)),
                stress=StressMood(practices=(Practice("walk", 20),)),
                intakes=(Intake("magnesium", "200 mg"),),
                notes="A quiet day.",
            )
        ]
    )


def tab_stops(body: QWidget) -> list[QWidget]:
    """What Tab should reach in ``body``: shown, enabled, taking Tab focus itself."""
    return [
        w
        for w in body.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def reads_before(first: QWidget, second: QWidget, body: QWidget) -> bool:
    """``first`` is drawn before ``second``: a row above it, or on its row to the left."""
    a, b = first.mapTo(body, QPoint(0, 0)), second.mapTo(body, QPoint(0, 0))
    row = min(first.height(), second.height()) / 2
    if abs(a.y() - b.y()) <= row:
        return a.x() < b.x()
    return a.y() < b.y()


def name(widget: QWidget | None) -> str:
    return widget.objectName() or type(widget).__name__ if widget is not None else "nothing"


def test_tab_reaches_every_field_in_visual_order_through_the_notes_to_the_last(  # type: ignore[no-untyped-def]
    qtbot, services, show_active
) -> None:
    full_lists(services)
    page = show_active(JournalPage(services, today=DAY))
    page.resize(1000, 700)
    body = page.scroll_area.widget()
    expected = tab_stops(body)
    notes = page.form.fields["notes"]
    first = page.form.fields["sleep.into_bed"]
    assert first in expected and notes in expected
    for key in ("food.foods", "food.plants", "gut.bowel_movements", "intakes"):
        editor = page.form.lists[key]
        assert editor.table in expected and editor.remove_button in expected, key

    # the last stop drawn (the day's own trackers follow the notes)
    last = notes
    for widget in expected:
        if reads_before(last, widget, body):
            last = widget
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = [first]
    while visited[-1] is not last and len(visited) <= 2 * len(expected):
        qtbot.keyClick(visited[-1], Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    order = " → ".join(name(w) for w in visited)
    assert visited[-1] is last, f"Tab never reached the last field: {order}"
    assert notes in visited, f"Tab never reached the notes: {order}"
    missing = [name(w) for w in expected if w not in visited]
    assert not missing, f"Tab skipped {missing}: {order}"
    assert len(visited) == len(set(visited)) == len(expected), f"visited twice: {order}"
    backwards = [
        f"{name(a)} → {name(b)}" for a, b in pairwise(visited) if not reads_before(a, b, body)
    ]
    assert not backwards, f"Tab goes against the reading order: {backwards}"

    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # the notes keep no Tab to themselves
    assert not body.isAncestorOf(QApplication.focusWidget())


def test_the_day_navigator_leads_into_the_first_field(qtbot, services, show_active) -> None:  # type: ignore[no-untyped-def]
    page = show_active(JournalPage(services, today=DAY))
    page.today_button.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is page.form.fields["sleep.into_bed"]:
            break
    assert seen[-1] is page.form.fields["sleep.into_bed"], [name(w) for w in seen]
    qtbot.keyClick(seen[-1], Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() in (page.scroll_area, page.today_button)
