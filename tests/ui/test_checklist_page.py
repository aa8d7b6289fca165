"""The Checklist page driven as a person would: keyboard answers, result, history, reopen."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from gutsleep.domain.journal import DayEntry, Gut, StressMood
from gutsleep.domain.screening.questions import ALL_KEYS, DIGESTION_FINE, SIGNS, Answer
from gutsleep.services.context import open_services
from gutsleep.ui import dialogs
from gutsleep.ui.checklist.page import ChecklistPage
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.pages import PAGES, PageSpec

TODAY = date(2026, 5, 20)
Y, N, U = Answer.YES, Answer.NO, Answer.UNSURE
ORDER = [Y, N, U]

#: First visit: one sign applies, testing leans for.
FIRST = {
    "digestive-symptoms": Y,
    "food-sensitivities": U,
    "autoimmune": N,
    "antibiotics": N,
    "inflammation-markers": N,
    "mood-symptoms": N,
    "digestion-fine": N,
    "persistent-gi-symptoms": Y,
    "foundations-tried": Y,
    "want-data": Y,
    "practitioner": U,
    "digestion-basically-fine": N,
    "foundations-not-tried": N,
    "cost-prohibitive": N,
    "results-change-nothing": N,
}
#: Retake: nothing applies any more and digestion is fine.
SECOND = {
    **FIRST,
    "digestive-symptoms": N,
    "food-sensitivities": N,
    "digestion-fine": Y,
    "persistent-gi-symptoms": N,
}
CHANGED = {"digestive-symptoms", "food-sensitivities", "digestion-fine", "persistent-gi-symptoms"}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "keyboard focus was lost"
    return widget


def answer_by_keyboard(qtbot, answers: dict[str, Answer]) -> None:
    """From the focused first question: arrow keys and Space to answer, Tab to move on."""
    pending = dict(answers)
    visited: list[str] = []
    for _ in range(200):
        widget = focused()
        visited.append(widget.objectName())
        if isinstance(widget, QRadioButton):
            key, value = widget.objectName().rsplit("_", 1)
            if key in pending:
                target = pending.pop(key)
                steps = ORDER.index(target) - ORDER.index(Answer(value))
                arrow = Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left
                for _step in range(abs(steps)):
                    qtbot.keyClick(focused(), arrow)
                qtbot.keyClick(focused(), Qt.Key.Key_Space)
                assert focused().objectName() == f"{key}_{target.value}"
        if not pending:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"never reached by Tab: {sorted(pending)}; went {visited[-5:]}")


def press(qtbot, object_name: str) -> None:
    """Tab forward to the named button and press it with Space."""
    for _ in range(80):
        if focused().objectName() == object_name:
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"{object_name} never reached by Tab")


def first_question(page: ChecklistPage) -> QWidget:
    return page.findChild(QRadioButton, f"{SIGNS[0].key}_yes")


def history_texts(page: ChecklistPage) -> list[str]:
    history = page.findChild(QListWidget, "checklist_history")
    return [history.item(row).text() for row in range(history.count())]


def table_rows(page: ChecklistPage) -> list[list[str]]:
    table = page.findChild(QTableWidget, "checklist_comparison_table")
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_complete_by_keyboard_retake_and_compare(qtbot, services, show_active) -> None:
    page = show_active(ChecklistPage(services, today=TODAY))
    first_question(page).setFocus()
    answer_by_keyboard(qtbot, FIRST)
    assert page.answers() == FIRST
    assert not page.result_group.isVisible()

    press(qtbot, "checklist_see_result")
    assert page.result_group.isVisible()
    text = page.result_group.plain_text()
    assert "Gut factors may be worth a look for your sleep." in text
    assert "• You often have digestive symptoms" in text
    assert "CBT-I" in text and "hormone therapy" in text  # first-tier options named
    assert "not medical advice" in text
    assert "In favour of testing:" in text and "Worth finding out:" in text
    assert "Whether a practitioner you see can interpret these tests." in text

    press(qtbot, "checklist_save")
    (run,) = services.checklist.history()
    assert run.answers == FIRST and run.taken_on == TODAY
    assert "Saved" in page.status.text()

    press(qtbot, "checklist_start_again")
    assert page.answers() == {}
    assert not page.result_group.isVisible()
    assert focused() is first_question(page)  # ready for the retake
    answer_by_keyboard(qtbot, SECOND)
    press(qtbot, "checklist_see_result")
    assert "Gut work is probably not the place to start." in page.result_group.plain_text()
    press(qtbot, "checklist_save")
    latest, earlier = services.checklist.history()
    assert (latest.answers, earlier.answers) == (SECOND, FIRST)
    assert history_texts(page) == [
        "20 May 2026 — Gut work is probably not the place to start",
        "20 May 2026 — Gut factors may be worth a look (1 of 6 signs fit)",
    ]

    page.select_run(earlier.id)
    press(qtbot, "checklist_compare")
    assert page.comparison.isVisible()
    rows = table_rows(page)
    assert len(rows) == len(ALL_KEYS)
    by_question = {row[0]: row[1:] for row in rows}
    assert by_question[DIGESTION_FINE.question] == ["No", "Yes", "changed"]
    assert by_question[SIGNS[2].question] == ["No", "No", ""]
    assert sum(1 for row in rows if row[3] == "changed") == len(CHANGED)
    assert "Answers that changed: 4" in page.comparison.summary.text()


def test_history_survives_reopening_and_compares_with_the_latest(qtbot, data_dir: Path) -> None:
    services = open_services(data_dir, zone="Europe/London")
    services.checklist.save(FIRST, TODAY - timedelta(days=14))
    services.checklist.save(SECOND, TODAY)
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    page = ChecklistPage(services, today=TODAY + timedelta(days=1))
    qtbot.addWidget(page)
    page.show()
    assert history_texts(page) == [
        "20 May 2026 — Gut work is probably not the place to start",
        "6 May 2026 — Gut factors may be worth a look (1 of 6 signs fit)",
    ]
    assert "You last saved this checklist on 20 May 2026" in page.latest_label.text()
    assert page.answers() == {}  # a new visit starts with a clear form

    history = page.findChild(QListWidget, "checklist_history")
    history.setCurrentRow(0)  # the latest is compared with the one before it
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    table = page.findChild(QTableWidget, "checklist_comparison_table")
    headers = [table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Question", "6 May 2026", "20 May 2026", "Changed?"]
    changed = [row[0] for row in table_rows(page) if row[3] == "changed"]
    assert len(changed) == len(CHANGED)
    assert table.item(0, 0).font().bold()  # the first sign changed: its row is marked
    assert not table.item(2, 0).font().bold()
    qtbot.mouseClick(page.comparison.close_button, Qt.MouseButton.LeftButton)
    assert not page.comparison.isVisible()
    page.close()
    services.close()


def test_edit_an_earlier_run(qtbot, services, show_active) -> None:
    old = services.checklist.save(FIRST, TODAY - timedelta(days=30))
    services.checklist.save(SECOND, TODAY - timedelta(days=2))
    page = show_active(ChecklistPage(services, today=TODAY))
    page.select_run(old.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.answers() == FIRST
    assert page.editing_banner.isVisible()
    assert "20 April 2026" in page.editing_banner.text()
    assert not page.save_button.isEnabled()  # nothing changed yet

    page.findChild(QRadioButton, "food-sensitivities_yes").setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused().objectName() == "autoimmune_no"  # Tab lands on the answer given
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # no -> not sure, in one key
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused().objectName() == "digestive-symptoms_yes"
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # yes -> no
    assert "not saved yet" in page.status.text()
    press(qtbot, "checklist_save")

    edited = {**FIRST, "digestive-symptoms": N, "autoimmune": U}
    assert services.checklist.get(old.id).answers == edited
    assert services.checklist.get(old.id).taken_on == TODAY - timedelta(days=30)
    assert len(services.checklist.history()) == 2
    assert history_texts(page)[1].startswith("20 April 2026 — Not clear yet")

    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    assert not page.editing_banner.isVisible() and page.answers() == {}


def test_delete_asks_first(qtbot, services, show_active, monkeypatch) -> None:
    keep = services.checklist.save(FIRST, TODAY - timedelta(days=7))
    gone = services.checklist.save(SECOND, TODAY)
    page = show_active(ChecklistPage(services, today=TODAY))
    asked: list[tuple[str, str]] = []
    reply = False

    def ask(parent, title, text):
        asked.append((title, text))
        return reply

    monkeypatch.setattr(dialogs, "ask", ask)
    assert not page.delete_button.isEnabled()  # nothing chosen yet
    page.select_run(gone.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "20 May 2026" in asked[0][1]
    assert len(services.checklist.history()) == 2  # said no

    reply = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in services.checklist.history()] == [keep.id]
    assert len(history_texts(page)) == 1
    assert not page.compare_button.isEnabled()  # nothing left to compare with


def seed_journal(services) -> None:
    """21 logged days in the last 30: bloating 6 on 9 of them; mood logged on 5, never low."""
    days = []
    for offset in range(21):
        day = TODAY - timedelta(days=offset)
        mood = StressMood(mood=7) if offset < 5 else StressMood()
        days.append(DayEntry(day=day, gut=Gut(bloating=6 if offset < 9 else 1), stress=mood))
    days.append(DayEntry(day=TODAY - timedelta(days=45), gut=Gut(bloating=9)))  # too old
    services.journal.repository.save_many(days)


def test_journal_hint_shows_the_day_count(qtbot, services) -> None:
    seed_journal(services)
    page = ChecklistPage(services, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    hint = page.findChild(QLabel, "digestive-symptoms_hint")
    assert hint.isVisible()
    assert hint.text() == (
        "From your journal: In the last 30 days your journal shows bloating of 4 or more "
        "on 9 of 21 logged days."
    )
    assert page.answers() == {}  # the hint informs; the answer stays the person's
    for key in ("food-sensitivities", "mood-symptoms", "autoimmune"):
        assert not page.findChild(QLabel, f"{key}_hint").isVisible()


def test_no_hint_on_an_empty_journal(qtbot, services) -> None:
    page = ChecklistPage(services, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    hints = [label for label in page.findChildren(QLabel) if label.objectName().endswith("_hint")]
    assert len(hints) == len(page.rows)
    assert not any(label.isVisible() for label in hints)


def test_hints_follow_the_journal_when_the_page_is_shown_again(qtbot, services) -> None:
    page = ChecklistPage(services, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert not page.findChild(QLabel, "digestive-symptoms_hint").isVisible()
    seed_journal(services)
    page.on_shown()
    assert "9 of 21" in page.findChild(QLabel, "digestive-symptoms_hint").text()


class FakeReader(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.opened: list[tuple[str, str]] = []

    def open_article(self, article_id: str, anchor: str = "") -> None:
        self.opened.append((article_id, anchor))


def window_with(qtbot, services, specs: list[PageSpec]) -> MainWindow:
    window = MainWindow(services, specs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def read_more_links(page: QWidget) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton) if b.objectName().endswith("read_more")]


def test_no_read_more_links_without_a_reader(qtbot, services) -> None:
    specs = [spec for spec in PAGES if spec.page_id in ("journal", "checklist")]
    window = window_with(qtbot, services, specs)
    page = window.show_page("checklist")
    links = read_more_links(page)
    assert links  # they exist, ready for when a reader is registered
    assert all(link.isHidden() for link in links)


def test_read_more_opens_the_reader_at_the_sign(qtbot, services) -> None:
    specs = [
        PageSpec("checklist", "Checklist", lambda s, p: ChecklistPage(s, p, today=TODAY)),
        PageSpec("articles", "Articles", lambda s, p: FakeReader(p)),
    ]
    window = window_with(qtbot, services, specs)
    page = window.show_page("checklist")
    link = page.findChild(QAbstractButton, "food-sensitivities_read_more")
    assert link.isVisible()
    assert not any(link.isHidden() for link in read_more_links(page))
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    reader = window.page("articles")
    assert reader.opened == [("signs", "food-sensitivities")]
    assert window.current_page_id() == "articles"

    window.show_page("checklist")
    qtbot.mouseClick(
        page.findChild(QAbstractButton, "testing_read_more"), Qt.MouseButton.LeftButton
    )
    assert reader.opened[-1] == ("foundations", "testing")


def test_every_control_is_named_for_tests_and_screen_readers(qtbot, services) -> None:
    page = ChecklistPage(services, today=TODAY)
    qtbot.addWidget(page)
    services.checklist.save(FIRST, TODAY)
    page.refresh_history()
    controls = [
        *page.findChildren(QAbstractButton),
        *page.findChildren(QListWidget),
        *page.findChildren(QTableWidget),
    ]
    assert len(controls) > 3 * len(ALL_KEYS)
    for control in controls:
        if isinstance(control.parent(), QTableWidget):
            continue  # the table's own corner button
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()


def test_the_page_is_in_the_sidebar_right_after_the_journal() -> None:
    ids = [spec.page_id for spec in PAGES]
    assert ids[:2] == ["journal", "checklist"]


def test_a_mouse_click_on_a_history_row_enables_its_buttons(qtbot, services, show_active) -> None:
    """Clicking the current (but unselected) row changes the selection, not the row."""
    services.checklist.save(FIRST, TODAY - timedelta(days=30))
    services.checklist.save(SECOND, TODAY - timedelta(days=2))
    page = show_active(ChecklistPage(services, today=TODAY))
    history = page.findChild(QListWidget, "checklist_history")
    page.scroll_area.ensureWidgetVisible(history)
    for row in (0, 1):
        history.clearSelection()
        qtbot.mouseClick(
            history.viewport(),
            Qt.MouseButton.LeftButton,
            pos=history.visualItemRect(history.item(row)).center(),
        )
        assert history.item(row).isSelected()
        assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
        assert page.compare_button.isEnabled()


def test_answers_not_saved_yet_are_kept_across_closing(qtbot, data_dir: Path, show_active) -> None:
    services = open_services(data_dir, zone="Europe/London")
    page = show_active(ChecklistPage(services, today=TODAY))
    first_question(page).setFocus()
    given = {"digestive-symptoms": Y, "autoimmune": U}
    answer_by_keyboard(qtbot, given)
    assert page.status.text() == "Not saved yet."
    page.close()
    services.close()  # the app quits without Save being pressed

    services = open_services(data_dir, zone="Europe/London")
    page = show_active(ChecklistPage(services, today=TODAY))
    assert page.answers() == given
    assert page.status.text() == "Not saved yet."
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [r.answers for r in services.checklist.history()] == [given]
    page.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    page = show_active(ChecklistPage(services, today=TODAY))
    assert page.answers() == {}  # saved: a new visit starts with a clear form again
    page.close()
    services.close()


def test_unsaved_changes_to_an_earlier_run_are_kept_for_that_run(
    qtbot, data_dir: Path, show_active
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    old = services.checklist.save(FIRST, TODAY - timedelta(days=30))
    page = show_active(ChecklistPage(services, today=TODAY))
    page.select_run(old.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.findChild(QRadioButton, "autoimmune_unsure").click()
    page.close()
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    page = show_active(ChecklistPage(services, today=TODAY))
    assert page.answers() == {**FIRST, "autoimmune": U}
    assert page.current_run is not None and page.current_run.id == old.id
    assert "not saved yet" in page.status.text()
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    assert services.checklist.draft() is None  # Start again lets the changes go
    assert services.checklist.get(old.id).answers == FIRST
    page.close()
    services.close()
