"""The Experiments page and the Journal's check-in, driven as a person would.

The journal is seeded with a known effect: total sleep about 30 min longer on
the change days. The experiment is created through the wizard with the
keyboard, checked in for on the Journal page, followed day by day, evaluated,
exported, changed (pause, resume, extend, end early, delete) and found again
after reopening the data folder.
"""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget, QWizard

from gutsleep.domain.experiments import Design, Experiment, State
from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.services.context import Services, open_services
from gutsleep.ui import dialogs
from gutsleep.ui.experiments.page import ExperimentsPage
from gutsleep.ui.experiments.wizard import ExperimentWizard
from gutsleep.ui.journal.page import JournalPage

ZONE = "Europe/London"
#: The experiment's first day, far enough back that every day of it has passed.
T0 = date.today() - timedelta(days=90)
PHASE = 14


def day(n: int) -> date:
    return T0 + timedelta(days=n)


def night(wake: date, asleep_min: int) -> SleepDiary:
    lights_out = datetime.combine(wake - timedelta(days=1), time(23, 0))
    final = lights_out + timedelta(minutes=asleep_min + 35)
    return SleepDiary(
        into_bed=lights_out,
        lights_out=lights_out,
        sleep_onset_min=15,
        waso_min=20,
        final_wake=final,
        out_of_bed=final + timedelta(minutes=10),
        zone=ZONE,
    )


def seed_journal(services: Services, days: int = 4 * PHASE, seed: int = 4) -> None:
    """Total sleep about 420 min, 30 min more the night after every change day of 14-day
    AB blocks (filed under the morning after); the night after day 2 is missing."""
    rng = random.Random(seed)
    entries = []
    for n in range(-5, days + 1):
        effect = 30 if n >= 1 and ((n - 1) // PHASE) % 2 == 1 else 0
        minutes = round(420 + rng.gauss(0, 20) + effect)
        if n != 3:
            entries.append(DayEntry(day=day(n), sleep=night(day(n), minutes)))
    services.journal.repository.save_many(entries)


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        qtbot.keyClick(widget, key)


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def tab_to(qtbot, name: str, limit: int = 40) -> QWidget:
    for _ in range(limit):
        if focused() == name:
            return QApplication.focusWidget()
        press(qtbot, Qt.Key.Key_Tab)
    seen = []
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    raise AssertionError(f"Tab never reached {name}; went {seen}")


def activate(qtbot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_wizard_by_keyboard(qtbot, page: ExperimentsPage) -> ExperimentWizard:
    activate(qtbot, page)
    page.new_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    wizard = page.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    activate(qtbot, wizard)
    return wizard


def create_by_keyboard(qtbot, page: ExperimentsPage) -> Experiment:
    """Kefir, total sleep, AB with 14-day phases from T0 — keys only."""
    wizard = open_wizard_by_keyboard(qtbot, page)
    # 1. the change: the list has focus, "Add fermented foods" is first
    assert focused() == "template_list"
    assert wizard.change_page.tier.text() == "Tier 3 · emerging evidence"
    assert "tier 1" in wizard.change_page.reminder.text()
    press(qtbot, Qt.Key.Key_Down, 2)
    press(qtbot, Qt.Key.Key_Up, 2)
    press(qtbot, Qt.Key.Key_Return)
    # 2. details: the name is selected, ready to be typed over
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.details_page)
    assert focused() == "experiment_name"
    assert not wizard.details_page.strain.isVisible()
    press(qtbot, Qt.Key.Key_Backspace)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.details_page.name_error.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "Kefir trial")
    assert not wizard.details_page.name_error.isVisible()
    tab_to(qtbot, "experiment_change")
    qtbot.keyClicks(QApplication.focusWidget(), "a glass of kefir with breakfast")
    press(qtbot, Qt.Key.Key_Return)
    # 3. the outcome: total sleep time is suggested for fermented foods
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.outcome_page)
    assert focused() == "outcome_tst" and wizard.outcome_page.outcome() == "tst"
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.outcome_page.outcome() == "se"
    press(qtbot, Qt.Key.Key_Up)
    assert wizard.outcome_page.outcome() == "tst"
    press(qtbot, Qt.Key.Key_Return)
    # 4. design: ABAB is the default; Up picks AB; 14 days; starts "today" (T0)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.design_page)
    assert focused() == "design_abab"
    press(qtbot, Qt.Key.Key_Up)
    assert wizard.design_page.design() is Design.AB
    tab_to(qtbot, "phase_days")
    assert wizard.design_page.phase_days.value() == 14
    assert wizard.design_page.phase_days.minimum() == 7
    assert wizard.design_page.start_day() == T0
    preview = wizard.design_page.preview.text()
    assert "(28 days)" in preview
    press(qtbot, Qt.Key.Key_Return)
    # 5. summary, then Finish
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page)
    summary = wizard.summary_page.summary.text()
    assert "Kefir trial" in summary and "Total sleep time" in summary
    assert "Tier 3 · emerging evidence" in summary
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.wizard is None)
    assert wizard.created is not None
    return wizard.created


def check_in_by_keyboard(qtbot, journal: JournalPage, answer: str) -> None:
    """On the day shown: Tab into the check-in, arrow to ``answer`` ("yes" or "no")."""
    rows = journal.checkin.rows
    assert len(rows) == 1
    key = rows[0].objectName()
    journal.date_edit.setFocus()
    tab_to(qtbot, f"{key}_none")
    press(qtbot, Qt.Key.Key_Left, 1 if answer == "no" else 2)
    assert focused() == f"{key}_{answer}"


def test_a_whole_experiment_by_keyboard_then_reopened(
    qtbot, data_dir: Path, show_active, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    services = open_services(data_dir, zone=ZONE)
    seed_journal(services)
    page = show_active(ExperimentsPage(services, today=T0))
    assert page.empty.isVisible() and not page.detail.isVisible()

    exp = create_by_keyboard(qtbot, page)
    assert (exp.title, exp.template, exp.outcome, exp.design, exp.phase_days, exp.start) == (
        "Kefir trial",
        "fermented",
        "tst",
        Design.AB,
        14,
        T0,
    )
    assert exp.change == "a glass of kefir with breakfast"
    assert services.experiments.history() == [exp]
    assert page.experiment_ids() == [exp.id] and page.current == exp
    assert page.status_label.text() == "Day 1 of 14, baseline phase"
    assert not page.result_group.isVisible()

    # the Journal page asks on the experiment's days only
    journal = show_active(JournalPage(services, today=day(14)))
    assert journal.checkin.isVisible()
    assert "Add fermented foods: a glass of kefir with breakfast" in (
        journal.checkin.rows[0].question.text()
    )
    assert "Day 1 of 14, change phase" in journal.checkin.rows[0].where.text()
    answers = {14: "yes", 15: "yes", 16: "no", 17: "yes", 18: "yes", 19: "no", 20: "yes"}
    answers |= {21: "yes", 22: "yes", 23: "yes"}
    for n, answer in answers.items():
        journal.show_day(day(n))
        check_in_by_keyboard(qtbot, journal, answer)
        assert journal.checkin.saved_label.text() == "Check-in saved."
    journal.show_day(day(2))  # baseline: the check-in says so
    assert "baseline phase" in journal.checkin.rows[0].where.text()
    check_in_by_keyboard(qtbot, journal, "no")
    journal.show_day(day(-1))
    assert not journal.checkin.isVisible()
    journal.show_day(day(28))
    assert not journal.checkin.isVisible()
    journal.show_day(day(15))
    assert journal.checkin.rows[0].answer() is True
    journal.show_day(day(16))
    assert journal.checkin.rows[0].answer() is False
    checkins = services.experiments.checkins(exp)
    assert checkins == {day(n): a == "yes" for n, a in answers.items()} | {day(2): False}

    # while running: where it stands, and the chart
    page.set_today(day(18))
    assert page.status_label.text() == "Day 5 of 14, change phase"
    assert "done on 4 of 5 days" in page.adherence_label.text()
    assert page._canvas is not None and page._canvas.isVisible()
    assert not page.result_group.isVisible()

    # after the pair: the result, with the built-in +30 min found (the morning after
    # the last change day, when its night has ended)
    page.set_today(day(27))
    assert page.status_label.text() == "Day 14 of 14, change phase"
    assert page.result_group.isVisible()
    page.set_today(day(28))
    verdict = page.result_verdict.text()
    assert verdict.startswith("Total sleep time was ")
    assert "higher during the change" in verdict
    assert "that is more than the 15 min you said would matter" in verdict
    assert "excludes no change: an improvement" in verdict
    assert page.result_difference.text().startswith("Difference, change minus baseline: ")
    assert "95% interval" in page.result_difference.text()
    assert "done on 8 of 14 change days (2 not done, 4 not answered)" in (
        page.result_adherence.text()
    )
    assert "0 of 14 baseline days" in page.result_adherence.text()
    assert page.result_missing.text() == (
        "Days missing: 1 of 28 experiment days have no value for the outcome."
    )
    assert "Cycle phase" in page.result_confounders.text()
    assert "Expecting an effect" in page.result_confounders.text()
    table = page.result_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "Baseline (A)",
        "Change (B)",
    ]
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["14", "13", "1"]
    assert table.item(1, 5).text() == "8 · 2 · 4"

    # export the PDF: the path comes from the (patched) dialog, the work from a worker
    asked: list[str] = []

    def save_path(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "kefir")

    monkeypatch.setattr(dialogs, "save_path", save_path)
    activate(qtbot, page)
    page.export_button.setFocus()
    with qtbot.waitSignal(page.pdf_exported, timeout=60000) as exported:
        press(qtbot, Qt.Key.Key_Space)
    assert asked and asked[0].endswith("kefir-trial.pdf")
    assert exported.args == [str(tmp_path / "kefir.pdf")]
    reader = PdfReader(tmp_path / "kefir.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Kefir trial" in text and "change minus baseline" in text
    assert "not medical advice" in text
    assert page.export_button.isEnabled()
    assert "kefir.pdf" in page.export_status.text()

    page.close()
    journal.close()
    services.close()

    again = open_services(data_dir, zone=ZONE)
    assert again.experiments.history() == [exp]
    assert again.experiments.checkins(exp) == checkins
    reopened = show_active(ExperimentsPage(again, today=day(28)))
    assert reopened.experiment_ids() == [exp.id]
    assert reopened.result_group.isVisible()
    assert reopened.result_verdict.text() == verdict
    reopened.close()
    again.close()


def test_pause_resume_extend_end_early_and_delete(
    qtbot, services: Services, show_active, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_journal(services)
    stored = services.experiments.create(
        Experiment("Evening walk", "stress_practice", "sol", T0, Design.ABAB, 14)
    ).experiment
    assert stored is not None and stored.id is not None
    page = show_active(ExperimentsPage(services, today=day(4)))
    assert page.status_label.text() == "Day 5 of 14, baseline phase"
    assert page.pause_button.isVisible() and not page.resume_button.isVisible()

    page.pause_button.click()
    assert page.status_label.text() == "Paused in the baseline phase after day 4 of 14"
    assert page.resume_button.isVisible() and not page.pause_button.isVisible()
    assert "Paused from today" in page.message.text()

    page.set_today(day(8))
    page.resume_button.click()
    resumed = services.experiments.get(stored.id)
    assert resumed is not None and resumed.pauses == ((day(4), day(7)),)
    assert page.status_label.text() == "Day 5 of 14, baseline phase"

    blocks = resumed.blocks
    page.extend_button.click()
    extended = services.experiments.get(stored.id)
    assert extended is not None and extended.blocks == blocks + 1

    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: questions.append(text) or False)
    page.set_today(day(35))
    page.end_button.click()
    assert questions and "Evening walk" in questions[0]
    current = services.experiments.get(stored.id)
    assert current is not None and current.ended_on is None  # "No" changes nothing

    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: True)
    page.end_button.click()
    ended = services.experiments.get(stored.id)
    assert ended is not None and ended.ended_early and ended.ended_on == day(35)
    page.set_today(day(36))
    assert services.experiments.status(ended, day(36)).state is State.ENDED_EARLY
    assert page.status_label.text().startswith("Ended early after")
    assert page.result_group.isVisible()
    assert "ended early" in page.result_heading.text()
    assert not page.end_button.isEnabled() and not page.extend_button.isEnabled()
    assert any("ended early" in line for line in page.result_notes.text().splitlines())
    # in the history now
    header_rows = [page.list.item(r).text() for r in range(page.list.count())]
    assert header_rows[0] == "History"

    page.delete_button.click()
    assert services.experiments.history() == []
    assert page.experiment_ids() == [] and page.empty.isVisible()


def test_the_probiotic_needs_strain_and_cfu_before_next(
    qtbot, services: Services, show_active
) -> None:
    page = show_active(ExperimentsPage(services, today=T0))
    wizard = open_wizard_by_keyboard(qtbot, page)
    keys = list(wizard.change_page.templates.item(i).text() for i in range(7))
    press(qtbot, Qt.Key.Key_Down, keys.index("Try a probiotic"))
    assert wizard.change_page.template().key == "probiotic"
    assert not wizard.change_page.read_more.isVisible()  # no reader in this window
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.details_page)
    details = wizard.details_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert details.strain.isVisible() and details.cfu.isVisible()
    assert not next_button.isEnabled()
    assert "strain" in details.strain_error.text() and details.cfu_error.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # refused: still here
    assert wizard.currentPage() is details
    tab_to(qtbot, "experiment_strain")
    qtbot.keyClicks(QApplication.focusWidget(), "Lactobacillus rhamnosus GG")
    assert not details.strain_error.isVisible() and not next_button.isEnabled()
    tab_to(qtbot, "experiment_cfu")
    qtbot.keyClicks(QApplication.focusWidget(), "10 billion")
    assert next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.outcome_page)
    assert wizard.outcome_page.outcome() == "bloating"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.design_page)
    spin = tab_to(qtbot, "phase_days")
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "5")
    press(qtbot, Qt.Key.Key_Return)  # 5 is below the minimum: the spin box keeps 7 or more
    assert wizard.design_page.phase_days.value() >= 7
    wizard.reject()
    qtbot.waitUntil(lambda: page.wizard is None)
    assert services.experiments.history() == []


class ReaderWindow(QMainWindow):
    """A window with an article reader, recording what was opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, str]] = []

    def has_page(self, page_id: str) -> bool:
        return page_id == "articles"

    def open_article(self, article_id: str, anchor: str = "") -> bool:
        self.opened.append((article_id, anchor))
        return True


def test_read_more_opens_the_article_section(qtbot, services: Services, show_active) -> None:
    window = ReaderWindow()
    page = ExperimentsPage(services, window, today=T0)
    window.setCentralWidget(page)
    show_active(window)
    wizard = open_wizard_by_keyboard(qtbot, page)
    link = wizard.change_page.read_more
    assert link.isVisible()
    tab_to(qtbot, "template_read_more")
    press(qtbot, Qt.Key.Key_Space)
    assert window.opened == [("foundations", "fermented-foods")]
    wizard.reject()
    qtbot.waitUntil(lambda: page.wizard is None)
    stored = services.experiments.create(
        Experiment("Less sugar", "cut_sugar_upf", "quality", T0, Design.AB, 7)
    ).experiment
    assert stored is not None
    page.refresh()
    assert page.read_more.isVisible()
    page.findChild(QPushButton, "experiment_read_more").click()
    assert window.opened[-1] == ("foundations", "trigger-foods")


def test_the_page_is_registered_after_trends() -> None:
    from gutsleep.ui.pages import PAGES

    ids = [spec.page_id for spec in PAGES]
    assert "experiments" in ids
    before = next(p for p in ("trends", "articles", "checklist", "journal") if p in ids)
    assert ids.index("experiments") == ids.index(before) + 1


def test_the_page_and_the_check_in_do_not_load_matplotlib_or_numpy() -> None:
    probe = (
        "import json, sys\n"
        "import gutsleep.ui.experiments.page, gutsleep.ui.checkin_widget\n"
        "print(json.dumps([m for m in ('matplotlib', 'numpy') if m in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(("seed", "drawn"), [(4, "ABAB"), (1, "ABBA")])
def test_abab_with_washout_and_random_order_through_the_wizard_then_reopened(
    qtbot,
    data_dir: Path,
    show_active,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    seed: int,
    drawn: str,
) -> None:
    """Both shapes a drawn order can take: alternating, and one long run in the middle."""
    import secrets

    from gutsleep.domain.experiments import draw_order, outcome_day

    monkeypatch.setattr(secrets, "randbelow", lambda _: seed)
    services = open_services(data_dir, zone=ZONE)
    page = show_active(ExperimentsPage(services, today=T0))
    wizard = open_wizard_by_keyboard(qtbot, page)
    press(qtbot, Qt.Key.Key_Return)  # fermented foods
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.details_page)
    press(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(QApplication.focusWidget(), "Kefir ABAB")
    press(qtbot, Qt.Key.Key_Return)
    # the outcome, and the smallest change that would matter: 15 min by default, 20 typed
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.outcome_page)
    assert wizard.outcome_page.smallest.value() == 15
    assert wizard.outcome_page.smallest.suffix() == " min"
    press(qtbot, Qt.Key.Key_Down)  # sleep efficiency brings its own default
    assert wizard.outcome_page.smallest.value() == 5
    press(qtbot, Qt.Key.Key_Up)
    assert wizard.outcome_page.smallest.value() == 15
    spin = tab_to(qtbot, "smallest_change")
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "20")
    assert wizard.outcome_page.smallest.value() == 20
    press(qtbot, Qt.Key.Key_Return)
    # the design: ABAB (default), 14 days, 2 washout days, the order drawn at random
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.design_page)
    assert focused() == "design_abab"
    washout = tab_to(qtbot, "washout_days")
    qtbot.keyClick(washout, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(washout, "2")
    tab_to(qtbot, "randomised")
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.design_page.randomised.isChecked()
    order = draw_order(wizard.seed, 2)
    assert order == drawn
    # 2 washout days before each phase that differs from the one before: the drawn order
    # decides how many (ABAB and BABA switch three times, ABBA and BAAB twice)
    switches = sum(a != b for a, b in itertools.pairwise(order))
    assert f"({4 * 14 + 2 * switches} days)" in wizard.design_page.preview.text()
    assert "washout" in wizard.design_page.preview.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page)
    summary = wizard.summary_page.summary.text()
    pairs = f"{order[:2]}-{order[2:]}"
    assert f"Order drawn at random within each pair: {pairs} (seed {wizard.seed})" in summary
    assert "2 washout days between phases" in summary
    assert "Smallest change that would matter: 20 min" in summary
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.wizard is None)
    exp = wizard.created
    assert exp is not None and exp.id is not None
    assert (exp.design, exp.washout_days, exp.randomised, exp.smallest_change) == (
        Design.ABAB,
        2,
        True,
        20,
    )
    assert exp.seed == wizard.seed and exp.order == order

    # nights 40 min longer after change days; the change done on every change day
    schedule = services.experiments.schedule(exp)
    assert [p for _, p in schedule].count("W") == 2 * switches
    rng = random.Random(7)
    services.journal.repository.save_many(
        [
            DayEntry(
                day=outcome_day("tst", d),
                sleep=night(outcome_day("tst", d), round(420 + rng.gauss(0, 20)) + 40 * (p == "B")),
            )
            for d, p in schedule
        ]
    )
    first_b = next(d for d, p in schedule if p == "B")
    journal = show_active(JournalPage(services, today=first_b))
    journal.show_day(first_b)
    check_in_by_keyboard(qtbot, journal, "yes")
    for d, p in schedule:
        if p == "B" and d != first_b:
            services.experiments.check_in(exp.id, d, True)
    journal.close()

    after = schedule[-1][0] + timedelta(days=1)
    page.set_today(after)
    assert page.result_group.isVisible()
    verdict = page.result_verdict.text()
    assert "that is more than the 20 min you said would matter" in verdict
    assert "an improvement" in verdict
    assert f"(seed {exp.seed})" in page.design_label.text()
    assert "done on 28 of 28 change days" in page.result_adherence.text()
    assert f"{2 * switches} washout days between phases are left out" in page.result_notes.text()

    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(tmp_path / "abab.pdf"))
    with qtbot.waitSignal(page.pdf_exported, timeout=60000):
        page.export_pdf()
    text = " ".join(PdfReader(tmp_path / "abab.pdf").pages[0].extract_text().split())
    # one table row per run of the calendar: ABBA and BAAB have one long run in the middle
    last_change = f"Change {[phase for phase, _ in itertools.groupby(order)].count('B')}"
    for words in ("Period", "Nights recorded", "Adherence", "Washout 1", last_change, "14 / 14"):
        assert words in text
    assert "Planned" in text and "Actual" in text
    page.close()
    services.close()

    again = open_services(data_dir, zone=ZONE)
    assert again.experiments.history() == [exp]
    reopened = show_active(ExperimentsPage(again, today=after))
    assert reopened.result_verdict.text() == verdict
    assert f"(seed {exp.seed})" in reopened.design_label.text()
    reopened.close()
    again.close()


def test_a_regimen_change_can_be_chosen_as_the_start_by_keyboard(
    qtbot, services: Services, show_active
) -> None:
    from gutsleep.domain.regimens import RegimenKind

    started = T0 + timedelta(days=3)
    gel = services.regimens.add("Estradiol gel", RegimenKind.HORMONE_THERAPY, started, "1 pump")
    services.regimens.change_dose(gel, started + timedelta(days=20), "2 pumps")
    page = show_active(ExperimentsPage(services, today=T0))
    wizard = open_wizard_by_keyboard(qtbot, page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.details_page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.outcome_page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.design_page)
    design = wizard.design_page
    assert design.start_day() == T0
    choices = [design.regimen_start.itemText(i) for i in range(design.regimen_start.count())]
    assert choices[1:] == [
        f"{(started + timedelta(days=20)).isoformat()}: Estradiol gel now 2 pumps",
        f"{started.isoformat()}: Estradiol gel started (1 pump)",
    ]
    tab_to(qtbot, "regimen_start")
    press(qtbot, Qt.Key.Key_Down, 2)  # the start, the second change listed
    assert design.start_day() == started
