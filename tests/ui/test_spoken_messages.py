"""What a screen reader hears when something happens (issue 22, items 1 and 3).

Orca 43 (Debian 12) does not listen to Qt 6.8's announcement event, so every
message is also raised as an Alert event, a rejected field carries the message
as its description, and a result a person asked for takes the focus. The
accessibility updates are recorded by replacing ``QAccessible.updateAccessibility``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from gutsleep.domain.screening.questions import Answer
from gutsleep.ui import passphrase
from gutsleep.ui.widgets import announce, mark_invalid

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """(event, object name, text) for every accessibility update sent."""
    seen: list[tuple[str, str, str]] = []

    def update(event) -> None:  # type: ignore[no-untyped-def]
        target = event.object()
        kind = event.type()
        if kind == QAccessible.Event.Announcement:
            text = event.message()
        elif kind == QAccessible.Event.DescriptionChanged:
            text = target.accessibleDescription()
        else:  # an Alert reads the name, and the description where the message is kept
            text = target.accessibleDescription() or target.accessibleName()
        seen.append((kind.name, target.objectName(), text))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return seen


def alerts(events: list[tuple[str, str, str]], name: str) -> list[str]:
    return [text for kind, who, text in events if who == name and kind == "Alert"]


def test_a_message_is_raised_as_an_alert_and_an_announcement(qtbot, events) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Saved.")
    label.setObjectName("probe")
    qtbot.addWidget(label)
    announce(label, "Saved.")
    kinds = [kind for kind, who, _ in events if who == "probe"]
    assert "Alert" in kinds and "Announcement" in kinds
    assert alerts(events, "probe") == ["Saved."]
    announce(label, "")  # clearing a message says nothing
    assert alerts(events, "probe") == ["Saved."]


def test_focus_moves_to_a_result_without_adding_a_tab_stop(qtbot, show_active) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    label = QLabel("Your result", holder)
    show_active(holder)
    announce(label, "Your result", focus=True)
    assert QApplication.focusWidget() is label
    assert label.focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_a_rejected_field_describes_why_and_gets_its_own_description_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setAccessibleDescription("hh:mm")
    mark_invalid(field, "That is not a time of day.")
    assert field.property("invalid") is True
    assert field.accessibleDescription() == "That is not a time of day."
    mark_invalid(field, "Another problem.")
    mark_invalid(field, None)
    assert field.property("invalid") is False
    assert field.accessibleDescription() == "hh:mm"
    untouched = QLineEdit()
    qtbot.addWidget(untouched)
    untouched.setAccessibleDescription("own")
    mark_invalid(untouched, None)
    assert untouched.accessibleDescription() == "own"


def test_journal_time_rejected_is_in_the_fields_description(qtbot, services, events) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.ui.journal.page import JournalPage

    page = JournalPage(services, today=date(2026, 5, 4))
    qtbot.addWidget(page)
    field = page.form.fields["sleep.out_of_bed"]
    own = field.accessibleDescription()
    field.setText("25:99")
    page._changed()
    page.save_now()
    message = page.form.boxes["sleep.out_of_bed"].message
    assert message.isVisibleTo(page)
    assert field.accessibleDescription() == message.accessibleName() != ""
    assert "time" in field.accessibleDescription()
    assert alerts(events, "sleep_out_of_bed_message") == [message.accessibleName()]
    field.setText("07:10")
    page._changed()
    page.save_now()
    assert field.accessibleDescription() == own


def test_alt_left_and_right_say_the_day_shown(qtbot, window, show_active, events) -> None:  # type: ignore[no-untyped-def]
    show_active(window)
    journal = window.page("journal")
    journal.form.fields["sleep.into_bed"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, ALT)
    day = date.today() - timedelta(days=1)
    spoken = QLocale().toString(day, QLocale.FormatType.LongFormat)
    said = alerts(events, "logged_label")
    assert len(said) == 1 and said[0].startswith(spoken), said
    assert "Nothing logged" in said[0]
    assert ("Announcement", "logged_label", said[0]) in events
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    spoken = QLocale().toString(date.today(), QLocale.FormatType.LongFormat)
    assert alerts(events, "logged_label")[-1].startswith(spoken)


def test_checklist_result_and_saved_line_take_the_focus(qtbot, window, show_active, events) -> None:  # type: ignore[no-untyped-def]
    show_active(window)
    checklist = window.show_page("checklist")
    row = next(iter(checklist.rows.values()))
    row.buttons[Answer.YES].click()
    checklist.result_button.setFocus()
    qtbot.keyClick(checklist.result_button, Qt.Key.Key_Space)
    headline = checklist.result_group.headline
    assert QApplication.focusWidget() is headline
    assert alerts(events, "result_headline") == [headline.text()]
    checklist.save_button.setFocus()
    qtbot.keyClick(checklist.save_button, Qt.Key.Key_Space)
    assert checklist.status.text().startswith("Saved as the checklist")
    assert QApplication.focusWidget() is checklist.status  # not "Start again"
    assert alerts(events, "checklist_status")[-1] == checklist.status.text()


def test_passphrase_mismatch_is_announced_and_described(qtbot, events) -> None:  # type: ignore[no-untyped-def]
    dialog = passphrase.PassphraseDialog(
        None,
        "Protect",
        "intro",
        ["New passphrase", "Repeat it"],
        lambda values: None if values[0] == values[1] else "The two passphrases differ.",
    )
    qtbot.addWidget(dialog)
    dialog.fields[0].setText("correct horse")
    dialog.fields[1].setText("correct hose")
    dialog.ok_button.click()
    assert alerts(events, "passphrase_message") == ["The two passphrases differ."]
    assert ("Announcement", "passphrase_message", "The two passphrases differ.") in events
    assert dialog.fields[0].accessibleDescription() == "The two passphrases differ."


def test_selecting_a_sidebar_item_through_accessibility_changes_the_page(window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    interface = QAccessible.queryAccessibleInterface(window.sidebar)
    assert interface is not None
    ids = [
        window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())
    ]
    row = ids.index("checklist")
    selection = interface.selectionInterface()
    assert selection is not None
    assert selection.select(interface.child(row))
    assert window.current_page_id() == "checklist"
    assert window.stack.currentWidget() is window.page("checklist")
    window.sidebar.setCurrentRow(ids.index("articles"))  # and any other change of the row
    assert window.stack.currentWidget() is window.page("articles")
