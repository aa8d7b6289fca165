"""The Journal page driven as a person would: keyboard only, then close and reopen."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from gutsleep.domain.fields import DAY_FIELDS
from gutsleep.domain.journal import (
    Bleeding,
    BowelMovement,
    HotFlushes,
    IntakeKind,
    Practice,
    Symptoms,
)
from gutsleep.services.context import open_services
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.main_window import MainWindow

DAY = date(2026, 3, 29)  # a daylight-saving night in London

#: objectName of the focused widget -> what to type there (Enter adds a list row).
TYPING = {
    "sleep_into_bed": "22:50",
    "sleep_lights_out": "23:05",
    "sleep_sleep_onset_min": "25",
    "sleep_awakenings": "2",
    "sleep_waso_min": "30",
    "sleep_final_wake": "6:40",
    "sleep_out_of_bed": "07:00",
    "sleep_quality": "3",
    "sleep_woke_early_min": "20",
    "sleep_naps": "1",
    "sleep_nap_min": "15",
    "sleep_night_sweats": "2",
    "sleep_sweats_disturbance": "2",
    "sleep_sleep_aids": "eye mask",
    "sleep_comments": "hot at 3 am",
    "food_foods_name": "porridge",
    "food_foods_tags": "fibre, breakfast\n",
    "food_plants_name": "oats\n",
    "food_fermented_servings": "2",
    "food_fibre_servings": "4",
    "food_sugar_upf_servings": "1",
    "food_mediterranean": "y",
    "food_alcohol_drinks": "1",
    "food_last_alcohol": "19:30",
    "food_caffeine_drinks": "2",
    "food_last_caffeine": "11:15",
    "food_last_meal": "19:00",
    "food_trigger_foods_name": "dairy\n",
    "gut_bloating": "4",
    "gut_discomfort": "3",
    "gut_bowel_movements_bristol": "4",
    "gut_bowel_movements_at": "08:10\n",
    "gut_notes": "fine after lunch",
    "stress_stress": "7",
    "stress_mood": "6",
    "stress_practices_name": "walk",
    "stress_practices_minutes": "30\n",
    "stress_exercise_min": "45",
    "flushes_day_mild": "3",
    "flushes_night_mild": "1",
    "flushes_day_moderate": "2",
    "flushes_night_moderate": "0",
    "flushes_day_severe": "1",
    "flushes_night_severe": "0",
    "flushes_day_very_severe": "0",
    "flushes_night_very_severe": "1",
    "symptoms_aches": "2",
    "symptoms_headache": "0",
    "symptoms_palpitations": "1",
    "symptoms_anxiety": "3",
    "symptoms_low_mood": "1",
    "symptoms_irritability": "2",
    "symptoms_brain_fog": "3",
    "symptoms_vaginal_dryness": "0",
    "symptoms_urinary_urgency": "1",
    "symptoms_breast_tenderness": "2",
    "intakes_name": "LGG",
    "intakes_dose": "1 capsule",
    "intakes_kind": "p",
    "intakes_strain": "L. rhamnosus GG",
    "intakes_cfu": "10 billion\n",
    "bleeding": "l",
    "notes": "a long day",
}


def test_the_keyboard_test_types_into_every_declared_field() -> None:
    """A field added to the declaration is on the form, so this test must type into it."""
    shown = {f.key.replace(".", "_") for f in DAY_FIELDS if f.placement != "hidden"}
    assert shown <= set(TYPING), sorted(shown - set(TYPING))


def fill_by_keyboard(qtbot, page: JournalPage) -> None:
    pending = dict(TYPING)
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.findChild(QWidget, "sleep_into_bed").setFocus()
    visited = []
    for _ in range(400):
        widget = QApplication.focusWidget()
        assert widget is not None, f"focus lost after {visited[-3:]}"
        name = widget.objectName()
        visited.append(name)
        if name in pending:
            text = pending.pop(name)
            qtbot.keyClicks(widget, text.rstrip("\n"))
            if text.endswith("\n"):
                qtbot.keyClick(widget, Qt.Key.Key_Return)
                continue
        if not pending:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert not pending, f"never reached by Tab: {sorted(pending)}"


def check_day(page: JournalPage) -> None:
    entry, refused = page.collect()
    assert refused == []
    sleep = entry.sleep
    assert sleep.into_bed == datetime(2026, 3, 28, 22, 50)
    assert sleep.final_wake == datetime(2026, 3, 29, 6, 40)
    assert (sleep.sleep_onset_min, sleep.awakenings, sleep.waso_min, sleep.quality) == (
        25,
        2,
        30,
        3,
    )
    assert (sleep.naps, sleep.nap_min, sleep.night_sweats, sleep.sweats_disturbance) == (
        1,
        15,
        2,
        2,
    )
    assert sleep.sleep_aids == "eye mask" and sleep.comments == "hot at 3 am"
    food = entry.food
    assert [(f.name, f.tags) for f in food.foods] == [("porridge", ("fibre", "breakfast"))]
    assert food.plants == ("oats",) and food.trigger_foods == ("dairy",)
    assert (food.fermented_servings, food.fibre_servings, food.sugar_upf_servings) == (2, 4, 1)
    assert food.mediterranean is True
    assert (food.alcohol_drinks, food.last_alcohol) == (1, time(19, 30))
    assert (food.caffeine_drinks, food.last_caffeine, food.last_meal) == (2, time(11, 15), time(19))
    assert (entry.gut.bloating, entry.gut.discomfort) == (4, 3)
    assert entry.gut.bowel_movements == (BowelMovement(4, time(8, 10)),)
    assert entry.gut.notes == "fine after lunch"
    assert (entry.stress.stress, entry.stress.mood, entry.stress.exercise_min) == (7, 6, 45)
    assert entry.stress.practices == (Practice("walk", 30),)
    (intake,) = entry.intakes
    assert (intake.name, intake.kind, intake.strain, intake.cfu) == (
        "LGG",
        IntakeKind.PROBIOTIC,
        "L. rhamnosus GG",
        "10 billion",
    )
    assert entry.flushes == HotFlushes(3, 2, 1, 0, 1, 0, 0, 1)
    assert entry.flushes.score() == 3 + 4 + 3 + 1 + 4
    assert entry.symptoms == Symptoms(2, 0, 1, 3, 1, 2, 3, 0, 1, 2)
    assert entry.bleeding is Bleeding.LIGHT
    assert entry.notes == "a long day"


def open_window(qtbot, data_dir: Path):
    services = open_services(data_dir, zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    page.show_day(DAY)
    return services, window, page


def test_fill_a_whole_day_by_keyboard_switch_days_and_reopen(qtbot, data_dir: Path) -> None:
    services, window, page = open_window(qtbot, data_dir)
    fill_by_keyboard(qtbot, page)
    page.findChild(QWidget, "notes").setFocus()
    derived = page.derived.text()
    assert "Time in bed: <b>7 h 10 min</b>" in derived  # 22:50 -> 07:00 across the DST change
    assert "Sleep efficiency" in derived

    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_day == DAY + timedelta(days=1)
    assert page.findChild(QLineEdit, "sleep_into_bed").text() == ""
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_day == DAY
    check_day(page)

    window.close()
    services.close()
    services, window, page = open_window(qtbot, data_dir)
    check_day(page)
    assert services.journal.repository.get(DAY) is not None
    window.close()
    services.close()


def test_closing_saves_what_was_just_typed(qtbot, data_dir: Path) -> None:
    services, window, page = open_window(qtbot, data_dir)
    notes = page.findChild(QPlainTextEdit, "notes")
    notes.setFocus()
    qtbot.keyClicks(notes, "typed then closed at once")
    window.close()  # before the autosave timer fires
    services.close()
    services = open_services(data_dir)
    assert services.journal.load(DAY).notes == "typed then closed at once"
    services.close()


def test_autosave_without_leaving_the_field(qtbot, services, show_active) -> None:
    page = show_active(JournalPage(services, today=DAY))
    field = page.findChild(QLineEdit, "stress_mood")
    field.setFocus()
    qtbot.keyClicks(field, "8")
    qtbot.waitUntil(lambda: services.journal.repository.get(DAY) is not None, timeout=3000)
    assert services.journal.load(DAY).stress.mood == 8
    assert "Saved" in page.status.text()


def test_an_impossible_diary_is_marked_and_the_stored_one_kept(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))

    def type_into(name: str, text: str) -> None:
        field = page.findChild(QLineEdit, name)
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)

    for name, text in (
        ("sleep_into_bed", "23:00"),
        ("sleep_lights_out", "23:10"),
        ("sleep_final_wake", "06:30"),
        ("sleep_out_of_bed", "06:45"),
    ):
        type_into(name, text)
    stored = services.journal.load(DAY).sleep
    assert stored.final_wake == datetime(2026, 3, 29, 6, 30)

    type_into("sleep_out_of_bed", "05:00")  # before the final awakening
    message = page.findChild(QWidget, "sleep_out_of_bed_message")
    assert message.isVisible()
    assert "before the final awakening" in message.text()
    assert page.findChild(QLineEdit, "sleep_out_of_bed").property("invalid") is True
    assert services.journal.load(DAY).sleep == stored
    assert "last valid values are kept" in page.status.text()
    assert "once the times fit together" in page.derived.text()  # never an efficiency > 100 %

    type_into("sleep_into_bed", "nonsense")
    assert "Type a time like" in page.findChild(QWidget, "sleep_into_bed_message").text()
    assert services.journal.load(DAY).sleep == stored

    type_into("gut_bloating", "12")
    assert "from 0 to 10" in page.findChild(QWidget, "gut_bloating_message").text()
    assert services.journal.load(DAY).gut.bloating is None

    type_into("sleep_into_bed", "23:00")
    type_into("sleep_out_of_bed", "06:50")
    assert not message.isVisible()
    assert services.journal.load(DAY).sleep.out_of_bed == datetime(2026, 3, 29, 6, 50)


def test_copy_supplements_from_the_last_logged_day(qtbot, services) -> None:
    from gutsleep.domain.journal import DayEntry, Intake

    services.journal.save(
        DayEntry(day=DAY - timedelta(days=3), intakes=(Intake("magnesium", "200 mg"),))
    )
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.form.copy_intakes, Qt.MouseButton.LeftButton)
    assert [i.name for i in services.journal.load(DAY).intakes] == ["magnesium"]
    qtbot.mouseClick(page.form.copy_intakes, Qt.MouseButton.LeftButton)  # no duplicates
    assert len(services.journal.load(DAY).intakes) == 1


def test_autocomplete_offers_earlier_names(qtbot, services) -> None:
    from gutsleep.domain.journal import DayEntry, Food

    services.journal.save(DayEntry(day=DAY - timedelta(days=1), food=Food(plants=("kohlrabi",))))
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    page.show()
    field = page.findChild(QLineEdit, "food_plants_name")
    model = field.completer().model()
    assert "kohlrabi" in model.stringList()


@pytest.mark.parametrize("key", ["previous_day", "next_day"])
def test_day_buttons_move_one_day(qtbot, services, key: str) -> None:
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.findChild(QWidget, key), Qt.MouseButton.LeftButton)
    assert page.current_day == DAY + timedelta(days=1 if key == "next_day" else -1)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.current_day == DAY


def test_a_journal_in_a_read_only_folder_says_so_and_takes_no_edits(
    data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder can't be written (patched at the seam: tests run as root, for whom
    modes don't stop writes; tests/reliability/test_read_only_folder.py mounts one)."""
    from gutsleep.domain.journal import DayEntry
    from gutsleep.storage.file import database, paths
    from gutsleep.storage.file.database import READ_ONLY_SAVE, ReadOnlyJournalError

    before = open_services(data_dir, zone="Europe/London")
    before.journal.save(DayEntry(day=date(2026, 5, 4), notes="kept"))
    before.close()
    monkeypatch.setattr(database, "writable", lambda _folder: False)
    monkeypatch.setattr(paths, "writable", lambda _folder: False)
    services = open_services(data_dir, zone="Europe/London")
    try:
        assert services.database.read_only
        page = JournalPage(services, today=date(2026, 5, 4))
        qtbot.addWidget(page)
        banner = page.findChild(QWidget, "journal_read_only")
        assert banner is not None and banner.text() == READ_ONLY_SAVE
        assert not page.scroll_area.widget().isEnabled()
        assert page.form.fields["notes"].toPlainText() == "kept"
        with pytest.raises(ReadOnlyJournalError, match="nothing can be saved"):
            services.journal.save(DayEntry(day=date(2026, 5, 5), notes="new"))
    finally:
        services.close()


def test_ctrl_s_saves_the_day_now_and_says_so(qtbot, services, show_active) -> None:
    page = show_active(JournalPage(services, today=DAY))
    field = page.findChild(QLineEdit, "stress_mood")
    field.setFocus()
    qtbot.keyClicks(field, "6")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # at once, not after the autosave pause
    assert services.journal.load(DAY).stress.mood == 6
    assert page.status.text().startswith("Saved at")
    page.status.setText("")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text().startswith("Saved at")  # said again though nothing changed


def test_a_plant_in_other_capitals_counts_once_in_the_form_as_when_saved(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))
    plants = page.form.lists["food.plants"]
    plants.add_rows([{"name": "Kale"}, {"name": "kale"}, {"name": "oats"}, {"name": " Oats "}])
    qtbot.waitUntil(lambda: services.journal.repository.get(DAY) is not None, timeout=3000)
    assert services.journal.load(DAY).food.plants == ("Kale", "oats")
    assert page.plant_count.text().startswith("2 different plants today, 2 so far this week")


def test_a_hot_flush_is_added_with_its_plus_as_it_happens(qtbot, services, show_active) -> None:
    page = show_active(JournalPage(services, today=DAY))
    plus = page.findChild(QWidget, "flushes_day_moderate_plus")
    assert plus.accessibleName() == "One more: Moderate, in the day"
    assert not page.form.flush_score.isVisible()  # no diary yet: no score, not 0
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    night = page.findChild(QWidget, "flushes_night_severe_plus")
    night.setFocus()
    qtbot.keyClick(night, Qt.Key.Key_Space)  # by keyboard too
    stored = services.journal.load(DAY).flushes
    assert (stored.day_moderate, stored.night_severe, stored.day_mild) == (2, 1, None)
    assert page.findChild(QLineEdit, "flushes_day_moderate").text() == "2"
    assert page.form.flush_score.isVisible()
    assert page.form.flush_score.text().startswith("Hot-flush score: 7 ")


def test_leaving_a_day_with_a_value_that_cannot_be_read_asks_first(
    qtbot, services, show_active, monkeypatch
) -> None:
    from tests.helpers.dialogs import FakeDialogs

    asked = FakeDialogs(monkeypatch, ("ask",))
    page = show_active(JournalPage(services, today=DAY))
    naps = page.findChild(QLineEdit, "sleep_naps")
    naps.setFocus()
    qtbot.keyClicks(naps, "two")
    asked.answers["ask"] = False  # stay and correct it
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    ((title, text),) = asked.named("ask")
    assert title == "Leave this day?"
    assert "Naps yesterday “two”" in text
    assert page.current_day == DAY and page.date_edit.date().toPython() == DAY
    assert naps.text() == "two"  # kept, to be corrected
    asked.answers["ask"] = True  # leave it: the day changes
    qtbot.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_day == DAY + timedelta(days=1)


def test_quitting_with_a_value_that_cannot_be_read_asks_first(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    from tests.helpers.dialogs import FakeDialogs

    asked = FakeDialogs(monkeypatch, ("ask",))
    services, window, page = open_window(qtbot, data_dir)
    page.findChild(QLineEdit, "stress_mood").setText("six")
    asked.answers["ask"] = False
    assert not window.close()  # kept open to correct it
    ((title, text),) = asked.named("ask")
    assert title == "Quit gutsleep?" and "Mood (0–10) “six”" in text
    asked.answers["ask"] = True
    assert window.close()
    services.close()


def test_a_plus_beside_a_count_that_cannot_be_read_says_so_and_keeps_it(
    qtbot, services, show_active
) -> None:
    page = show_active(JournalPage(services, today=DAY))
    count = page.findChild(QLineEdit, "flushes_day_mild")
    count.setText("lots")
    qtbot.mouseClick(page.findChild(QWidget, "flushes_day_mild_plus"), Qt.MouseButton.LeftButton)
    assert count.text() == "lots"
    message = page.form.boxes["flushes.day_mild"].message
    assert message.isVisible() and message.text().startswith("⚠ ")
