"""Trackers of your own on the Trends page: offered beside sleep, charted, found by insights."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from gutsleep.domain.trackers import TrackerKind
from gutsleep.storage.settings import TRENDS_FACTORS
from tests.ui.trends_helpers import open_trends


def test_a_tracker_is_a_choice_beside_sleep_and_is_charted(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    outdoors = services.trackers.add("Time outdoors", TrackerKind.MINUTES)
    today = date.today()
    for i in range(60):
        services.trackers.set_value(outdoors.uid, today - timedelta(days=i), (i % 4) * 20)
    window, page = open_trends(qtbot, services, days=60)
    rows = {
        page.factor_list.item(r).text(): page.factor_list.item(r)
        for r in range(page.factor_list.count())
    }
    item = rows["Time outdoors"]
    assert item.data(Qt.ItemDataRole.UserRole) == outdoors.key
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "factors" in page.views and not page.busy, timeout=20_000)
    row = page.factor_list.row(item)
    page.factor_list.setFocus()
    page.factor_list.setCurrentRow(row)
    qtbot.keyClick(page.factor_list.viewport(), Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert outdoors.key in services.settings.get(TRENDS_FACTORS).split(",")
    chart = page.charts["factors"]
    assert "Time outdoors" in [ax.get_title(loc="left") for ax in chart.figure.axes]
    assert "Time outdoors averaged" in page.views["factors"].summary.text()
    page.show_data_table()
    table = page.table_dialog.table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Time outdoors (min)" in headings
    page.table_dialog.close()
    window.close()
