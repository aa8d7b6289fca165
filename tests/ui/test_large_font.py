"""At twice the font size a 1024-wide window still fits: rows wrap, grids reflow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gutsleep.ui.main_window import MainWindow


@pytest.fixture
def big_font():
    app = QApplication.instance()
    font = app.font()
    original = font.pointSizeF()
    font.setPointSizeF(original * 2)
    app.setFont(font)
    yield
    font.setPointSizeF(original)
    app.setFont(font)


@pytest.mark.parametrize("page_id", ["journal", "articles", "trends"])
def test_pages_fit_1024_wide_at_200_percent(qtbot, services, big_font, page_id: str) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page(page_id)
    if page_id == "articles":
        page.open_article("signs", "antibiotics")
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024


def test_journal_fits_1024_wide_and_takes_one_column_only_when_two_do_not_fit(
    qtbot, services, big_font
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    journal = window.page("journal")
    qtbot.wait(100)
    # At 200 % the form still fits 1024 pixels in two columns: no sideways scrolling.
    assert journal.scroll_area.horizontalScrollBar().maximum() == 0
    window.resize(700, 640)
    qtbot.waitUntil(lambda: journal.form.one_column)
    window.resize(2600, 900)
    qtbot.waitUntil(lambda: not journal.form.one_column)
