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


def test_journal_reflows_to_one_column_instead_of_scrolling_sideways(
    qtbot, services, big_font
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    journal = window.page("journal")
    qtbot.waitUntil(lambda: journal._one_column)
    assert journal.scroll.horizontalScrollBar().maximum() == 0
    window.resize(2600, 900)
    qtbot.waitUntil(lambda: not journal._one_column)
