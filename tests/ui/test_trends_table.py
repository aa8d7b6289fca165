"""The Trends page's data table: the numbers behind the figure shown, readable in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from trends_helpers import open_trends

from gutsleep.services.demo import create_demo
from gutsleep.storage.settings import TRENDS_RANGE
from gutsleep.ui.trends.data_table import cell_text, column_title

pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def test_the_table_shows_each_day_of_the_range_with_gaps_left_empty(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=40, seed=3)
    gap = date.today() - timedelta(days=3)
    services.journal.repository.delete(gap)
    services.settings.set(TRENDS_RANGE, "14d")
    _window, page = open_trends(qtbot, services)

    qtbot.mouseClick(page.table_button, Qt.MouseButton.LeftButton)
    dialog = page.table_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 14  # one row per calendar day of the range
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings[0] == "Date" and "Total sleep time (min)" in headings
    locale = QLocale()
    days = [table.item(r, 0).text() for r in range(14)]
    assert days[-1] == cell_text("date", date.today(), locale)
    gap_row = days.index(cell_text("date", gap, locale))
    assert all(table.item(gap_row, c).text() == "" for c in range(1, table.columnCount()))
    tst = headings.index("Total sleep time (min)")
    today_tst = float(services.trends.frame(date.today(), date.today())["tst"][0])
    assert table.item(13, tst).text() == cell_text("tst", today_tst, locale) != ""

    qtbot.keyClick(table, Qt.Key.Key_Escape)  # closes from the keyboard
    assert not dialog.isVisible()


def test_the_table_follows_the_tab_and_is_not_offered_for_the_insights(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=30, seed=3)
    _window, page = open_trends(qtbot, services)
    page.tabs.setCurrentIndex([key for key, _ in page_tabs()].index("plants"))
    qtbot.mouseClick(page.table_button, Qt.MouseButton.LeftButton)
    table = page.table_dialog.table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings == ["Week", "Week starting", "Different plants"]
    page.tabs.setCurrentIndex([key for key, _ in page_tabs()].index("insights"))
    assert not page.table_button.isEnabled()


def page_tabs():  # type: ignore[no-untyped-def]
    from gutsleep.ui.trends.page import TABS

    return TABS


def test_headings_and_cells_in_words() -> None:
    assert column_title("bristol_4") == "Bristol type 4"
    assert column_title("bm_count") == "Bowel movements (count)"
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert cell_text("stress", 4.24, locale) == "4,2"  # the measure's one decimal
    assert cell_text("tst", 431.0, locale) == "431"
    assert cell_text("distinct_plants", 12, locale) == "12"
    assert cell_text("tst", float("nan"), locale) == ""
    assert cell_text("bristol_1", None, locale) == ""
    assert cell_text("date", date(2026, 3, 1), locale) == locale.toString(
        date(2026, 3, 1), QLocale.FormatType.ShortFormat
    )
