"""The Journal's line of sleep figures: a blank is never 0; a clock change is explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QWidget

from tests.ui.test_journal_page import open_window


def _type(page: QWidget, **values: str) -> None:
    for name, text in values.items():
        field = page.findChild(QLineEdit, f"sleep_{name}")
        assert field is not None, name
        field.setText(text)
        field.editingFinished.emit()


def test_total_sleep_says_what_it_needs_instead_of_counting_a_blank_as_zero(
    qtbot, data_dir: Path
) -> None:
    _services, _window, page = open_window(qtbot, data_dir)  # 29 March 2026, London
    _type(page, into_bed="22:30", lights_out="22:40", final_wake="06:40", out_of_bed="07:00")
    page._update_derived()
    assert "Total sleep: <b>— (needs minutes to fall asleep)</b>" in page.derived.text()
    _type(page, sleep_onset_min="20")
    page._update_derived()
    assert "Total sleep: <b>— (needs minutes awake in the night)</b>" in page.derived.text()
    _type(page, awakenings="0")
    page._update_derived()
    assert "Total sleep: <b>6 h 40 min</b>" in page.derived.text()  # 7 h less the lost hour


def test_a_time_the_clocks_skipped_is_kept_with_a_note(qtbot, data_dir: Path) -> None:
    _services, _window, page = open_window(qtbot, data_dir)
    _type(page, lights_out="01:30", final_wake="07:00", sleep_onset_min="10", waso_min="0")
    page._update_derived()
    assert "The clocks skipped 01:30 that night; it is counted as 02:30" in page.derived.text()
