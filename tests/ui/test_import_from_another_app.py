"""File → Import from another app…: the preview, the choice, the import, and refusals."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gutsleep.domain.journal import DayEntry, SleepDiary
from gutsleep.services import data, foreign
from gutsleep.services.context import Services
from gutsleep.storage.features.device_nights_repo import DeviceNightRepository
from gutsleep.ui import foreign_import
from gutsleep.ui.main_window import MainWindow
from tests.helpers import foreign_files as ff
from tests.helpers.dialogs import FakeDialogs
from tests.ui.test_data_actions import actions_of, finish

pytestmark = pytest.mark.usefixtures("asked")


def _export(tmp_path: Path) -> Path:
    return ff.sleep_as_android_zip(
        tmp_path / "sleep-export.zip",
        [
            ff.saa_record(datetime(2026, 3, 1, 22, 0), 8.0),  # wakes 2 March: written below
            ff.saa_record(datetime(2026, 3, 2, 22, 0), 8.0),
            ff.saa_record(datetime(2026, 3, 3, 7, 0), 0.01),
        ],
    )


def test_the_preview_dialog_is_answered_by_keyboard(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    shown = foreign.preview(services, _export(tmp_path))
    assert shown is not None
    dialog = foreign_import.ForeignPreviewDialog(shown)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.focusWidget() is dialog.import_button  # Enter imports; nothing is ticked
    text = dialog.summary.text()
    assert "This is an export of Sleep as Android." in text
    assert "New nights: 2" in text
    assert "Not imported: recordings shorter than 10 minutes (tests or false starts) (1)." in text
    assert dialog.fill.isEnabled() and not dialog.fill.isChecked()
    assert dialog.fill.accessibleName() == "Also fill my diary's empty nights from these"
    # keys go to the widget with the focus, as a person's do: Tab to the box, Space, Tab on
    for _ in range(6):
        if dialog.focusWidget() is dialog.fill:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.fill
    qtbot.keyClick(dialog.fill, Qt.Key.Key_Space)
    assert dialog.fill.isChecked()
    for _ in range(6):
        if dialog.focusWidget() is dialog.import_button:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)


def test_import_from_another_app_fills_only_when_asked_and_only_empty_nights(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    asked: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = SleepDiary(
        into_bed=datetime(2026, 3, 1, 23, 0),
        lights_out=datetime(2026, 3, 1, 23, 0),
        final_wake=datetime(2026, 3, 2, 6, 0),
        out_of_bed=datetime(2026, 3, 2, 6, 30),
        zone=services.journal.zone,
    )
    services.journal.save(DayEntry(date(2026, 3, 2), sleep=written))
    path = _export(tmp_path)
    asked.answers["open_path"] = str(path)
    previews: list[Any] = []

    def ask(parent: object, shown: foreign.Preview) -> foreign_import.Choice:
        previews.append(shown)
        return foreign_import.Choice(fill_diary=True, mood_values={})

    monkeypatch.setattr(foreign_import, "ask_to_import", ask)
    actions = actions_of(window)
    plan = finish(qtbot, window, "foreign-plan", actions.import_foreign_action.trigger)
    assert plan is previews[0] and plan.plan.fillable == (date(2026, 3, 3),)
    qtbot.waitUntil(lambda: bool(asked.named("inform")), timeout=15000)
    assert asked.named("inform")[0][1].startswith(
        "Imported from Sleep as Android. New nights: 2. Filled 1 empty diary nights from them."
    )
    assert services.journal.load(date(2026, 3, 2)).sleep == written
    filled = services.journal.load(date(2026, 3, 3))
    assert filled.sleep.lights_out is not None and "Sleep as Android" in filled.sleep.comments
    assert len(DeviceNightRepository(services.database).between()) == 2
    assert [b.reason for b in data.list_backups(services)] == ["before-import"]

    # the same file again: nothing to import, and it says so
    finish(qtbot, window, "foreign-plan", actions.import_foreign_action.trigger)
    assert asked.named("inform")[-1][1] == "Everything in this file is in your journal already."


def test_a_file_of_no_known_app_and_a_damaged_export_are_refused_in_a_sentence(
    qtbot: QtBot, window: MainWindow, asked: FakeDialogs, tmp_path: Path
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    asked.answers["open_path"] = str(other)
    actions = actions_of(window)
    finish(qtbot, window, "foreign-plan", actions.import_foreign_action.trigger)
    title, text = asked.named("warn")[-1]
    assert title == "Nothing was imported"
    assert text.startswith("notes.txt is not a file gutsleep can read.")

    damaged = tmp_path / "sleep-export.zip"
    damaged.write_bytes(_export(tmp_path).read_bytes()[:-60])
    asked.answers["open_path"] = str(damaged)
    finish(qtbot, window, "foreign-plan", actions.import_foreign_action.trigger)
    title, text = asked.named("warn")[-1]
    assert title == "Nothing was imported" and "damaged" in text


def test_a_daylio_export_asks_for_its_own_mood_words(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "daylio_export.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-03-02,March 2,Monday,21:30,good,work | walk,,\n"
        "2026-03-01,March 1,Sunday,20:00,fab,,,\n",
        encoding="utf-8",
    )
    shown = foreign.preview(services, path)
    assert shown is not None and shown.mood_values == {"fab": None, "good": 8}
    dialog = foreign_import.ForeignPreviewDialog(shown)
    qtbot.addWidget(dialog)
    assert not dialog.fill.isVisible()  # no nights: nothing to fill the diary from
    fab = dialog.moods["fab"]
    assert fab.accessibleName() == "Mood “fab”" and fab.text() == "not imported"
    fab.setFocus()
    qtbot.keyClick(fab, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fab, "9")
    assert dialog.mood_values() == {"fab": 9, "good": 8}
    chosen = foreign.remap(services, shown, dialog.mood_values())
    applied = foreign.apply(services, chosen)
    assert applied.days == 2
    assert services.journal.load(date(2026, 3, 1)).stress.mood == 9
    assert services.journal.load(date(2026, 3, 2)).notes == "Daylio: work, walk"
