"""The Journal's date navigation stays within the days validation keeps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gutsleep.domain.validation import FIRST_DAY, last_day
from tests.ui.test_journal_page import open_window


def test_the_journal_cannot_show_a_day_outside_the_kept_range(qtbot, data_dir: Path) -> None:
    _services, _window, page = open_window(qtbot, data_dir)
    page.show_day(date(1066, 10, 14))
    assert page.current_day == FIRST_DAY
    page.go_previous()
    assert page.current_day == FIRST_DAY
    page.show_day(date(9999, 12, 31))
    assert page.current_day == last_day()
    page.go_next()
    assert page.current_day == last_day()
