"""The Sleep window page by keyboard: screen, proposal, accept, the Journal's line, reopening."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.domain.sleep_window import Question
from gutsleep.services.context import open_services
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.sleep_window_page import SleepWindowPage

TODAY = date(2026, 3, 16)


def seed_fourteen_nights(services, last: date = TODAY) -> None:  # type: ignore[no-untyped-def]
    """23:00 to 07:00 in bed, 30 min to fall asleep, 60 min awake: TST 6 h 30, SE 81.25 %."""
    entries = []
    for back in range(14):
        wake = last - timedelta(days=back)
        into = datetime.combine(wake - timedelta(days=1), time(23, 0))
        out = datetime.combine(wake, time(7, 0))
        sleep = SleepDiary(
            into_bed=into,
            lights_out=into,
            sleep_onset_min=30,
            waso_min=60,
            final_wake=out,
            out_of_bed=out,
            zone="Europe/London",
        )
        entries.append(DayEntry(day=wake, sleep=sleep))
    services.journal.repository.save_many(entries)


def key(qtbot, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, modifier)


def answer_by_keyboard(qtbot, page: SleepWindowPage, yes: set[Question]) -> None:  # type: ignore[no-untyped-def]
    """Tab from question to question; Space picks Yes, Right and Space pick No."""
    page.questions[Question.BIPOLAR].buttons[True].setFocus()
    for question in Question:
        assert QApplication.focusWidget() is page.questions[question].buttons[True]
        if question not in yes:
            key(qtbot, Qt.Key.Key_Right)
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.screen_button
    key(qtbot, Qt.Key.Key_Space)


def test_screen_no_proposal_accept_journal_and_reopen(  # type: ignore[no-untyped-def]
    qtbot, services, show_active, data_dir: Path
) -> None:
    seed_fourteen_nights(services)
    page = show_active(SleepWindowPage(services, today=TODAY))
    assert not page.proposal_group.isVisible()
    answer_by_keyboard(qtbot, page, yes=set())

    assert page.proposal_group.isVisible()
    shown = page.proposal_label.text()
    assert "Nights with a complete diary: 7 of 7" in shown
    assert "Average total sleep time: 6 h 30 min" in shown
    assert "Average sleep efficiency: 81.2\u00a0%" in shown
    assert "Into bed not before 00:30, out of bed by 07:00" in shown
    assert page.bedtime_edit.accessibleName() == "Bedtime"

    page.accept_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert "Tonight: Into bed not before 00:30" in page.tonight_label.text()
    assert page.history.rowCount() == 1
    assert page.history.item(0, 1).text() == "00:30–07:00"

    journal = JournalPage(services, today=TODAY)
    qtbot.addWidget(journal)
    assert "Sleep window tonight: Into bed not before 00:30" in journal.window_line.text()
    assert "keep" not in journal.window_line.text()  # last night had no window yet

    into, out = datetime(2026, 3, 17, 0, 20), datetime(2026, 3, 17, 7, 10)  # within 15 min
    kept = SleepDiary(into_bed=into, lights_out=into, final_wake=out, out_of_bed=out)
    services.journal.repository.save(DayEntry(day=TODAY + timedelta(days=1), sleep=kept))

    services.close()
    reopened = open_services(data_dir, zone="Europe/London")
    try:
        again = show_active(SleepWindowPage(reopened, today=TODAY))
        assert again.questions[Question.PREGNANT].answer() is False
        assert again.proposal_group.isVisible()
        assert again.history.rowCount() == 1
        next_day = show_active(JournalPage(reopened, today=TODAY + timedelta(days=1)))
        assert "00:30" in next_day.window_line.text()
        assert "This night kept the sleep window" in next_day.window_line.text()
        into_bed = next_day.findChild(QLineEdit, "sleep_into_bed")
        into_bed.setFocus()
        into_bed.selectAll()
        qtbot.keyClicks(into_bed, "23:40")  # 50 min before the 00:30 bedtime
        assert "This night did not keep the sleep window" in next_day.window_line.text()
    finally:
        reopened.close()


def test_a_yes_offers_no_restriction_and_says_why(qtbot, services, show_active) -> None:  # type: ignore[no-untyped-def]
    seed_fourteen_nights(services)
    page = show_active(SleepWindowPage(services, today=TODAY))
    answer_by_keyboard(qtbot, page, yes={Question.DANGEROUS_JOB})
    assert not page.proposal_group.isVisible()
    text = page.screen_result.text()
    assert "driving or machinery" in text
    assert "Please talk to a clinician" in text
    assert services.sleep_window.window_history() == []


def test_snoring_with_witnessed_pauses_refers(qtbot, services, show_active) -> None:  # type: ignore[no-untyped-def]
    page = show_active(SleepWindowPage(services, today=TODAY))
    answer_by_keyboard(qtbot, page, yes={Question.SNORING, Question.OBSERVED_PAUSES})
    assert not page.proposal_group.isVisible()
    assert "sleep apnoea" in page.screen_result.text()


def test_every_control_is_named(qtbot, services, show_active) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QTimeEdit

    page = show_active(SleepWindowPage(services, today=TODAY))
    for control in page.findChildren(QAbstractButton) + page.findChildren(QTimeEdit):
        if control.parent() is page.history or not control.objectName():
            continue
        assert control.accessibleName(), control.objectName()
    labels = [q.label for q in page.questions.values()]
    assert all(label.buddy() is not None for label in labels)


def test_trends_shows_the_planner_weeks_and_their_table(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from trends_helpers import open_trends

    from gutsleep.ui.trends.page import TABS

    today = date.today()
    seed_fourteen_nights(services, last=today)
    planner = services.sleep_window
    planner.save_screen(dict.fromkeys(Question, False), today - timedelta(days=7))
    planner.accept(planner.proposal(today - timedelta(days=7)), today - timedelta(days=7))

    _window, page = open_trends(qtbot, services)
    page.tabs.setCurrentIndex([key for key, _ in TABS].index("window"))
    qtbot.waitUntil(lambda: "window" in page.charts, timeout=20_000)
    chart = page.charts["window"]
    assert [tib for _, _, tib in chart.weeks] == [390, 390]
    assert chart.weeks[0][1] is not None
    header, rows = page.chart_table("window")
    assert header == ["week_start", "se", "window_min"]
    assert rows[0][0] == today - timedelta(days=7)


def test_the_page_links_to_the_cbt_i_article(qtbot, services, show_active) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.ui.main_window import MainWindow

    window = show_active(MainWindow(services))
    page = window.show_page("sleep_window")
    assert page.article_button.isVisible()
    page.article_button.click()
    assert window.current_page_id() == "articles"
    reader = window.page("articles").reader  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: reader.current is not None and reader.current.id == "cbt-i")
