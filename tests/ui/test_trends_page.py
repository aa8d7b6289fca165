"""The Trends page on a seeded demo journal: range by keyboard, factors, exports, insights."""

from __future__ import annotations

import csv
import math
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog
from trends_helpers import open_trends

from gutsleep.storage.settings import TRENDS_FACTORS, TRENDS_RANGE
from gutsleep.ui import dialogs
from gutsleep.ui.tr import prose_date

# matplotlib's Qt backend asks about a Qt 5 attribute; not ours to fix.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def test_range_factor_and_exports(qtbot, services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=120)
    assert page.objectName() == "trends_page"
    assert page.range_choice() == "30d"
    sleep = page.views["sleep"]
    assert "out of 30." in sleep.summary.text()
    assert sleep.canvas.accessibleDescription() == sleep.summary.text()

    # the range, by keyboard: Down moves from "Last 30 days" to "Last 90 days"
    page.range_combo.setFocus()
    qtbot.keyClick(page.range_combo, Qt.Key.Key_Down)
    assert page.range_choice() == "90d"
    assert services.settings.get(TRENDS_RANGE) == "90d"
    today = date.today()
    first = today - timedelta(days=89)
    assert page.bounds() == (first, today)
    assert "out of 90." in sleep.summary.text()
    low, high = page.charts["sleep"].figure.axes[0].get_xlim()
    assert high - low == 90

    # hovering over a day reads out its date and value
    chart = page.charts["sleep"]
    ax = chart.figure.axes[0]
    sleep.canvas.draw()
    frame = services.trends.frame(first, today)
    i = int(np.flatnonzero(~np.isnan(frame["tst"]))[-1])
    day = first + timedelta(days=i)
    from gutsleep.charts.base import number_of

    x, y = ax.transData.transform((number_of(day), frame["tst"][i]))
    from matplotlib.backend_bases import MouseEvent

    MouseEvent("motion_notify_event", sleep.canvas, x, y)._process()
    assert sleep.readout.text().startswith(f"{prose_date(day)}: Total sleep time ")

    # a factor toggled with the keyboard joins the factors figure and is remembered
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "factors" in page.views)
    factors = page.factor_list
    mood_row = next(
        r
        for r in range(factors.count())
        if factors.item(r).data(Qt.ItemDataRole.UserRole) == "mood"
    )
    factors.setFocus()
    factors.setCurrentRow(mood_row)
    qtbot.keyClick(factors.viewport(), Qt.Key.Key_Space)
    assert factors.item(mood_row).checkState() == Qt.CheckState.Checked
    assert "mood" in services.settings.get(TRENDS_FACTORS).split(",")
    titles = [a.get_title(loc="left") for a in page.charts["factors"].figure.axes]
    assert titles[0] == "Total sleep time" and "Mood" in titles

    # exports of the shown figure and its data, through the patched file dialog
    page.tabs.setCurrentIndex(0)
    png = tmp_path / "sleep.png"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(png))
    qtbot.mouseClick(page.save_figure_button, Qt.MouseButton.LeftButton)
    from PIL import Image

    with Image.open(png) as image:
        assert image.format == "PNG" and image.size[0] > 600
    target = tmp_path / "sleep-data"  # no suffix: .csv is added
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(target))
    qtbot.mouseClick(page.save_csv_button, Qt.MouseButton.LeftButton)
    with open(tmp_path / "sleep-data.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["date", "tst", "se", "sol", "waso", "quality"]
    assert [r[0] for r in rows[1:]] == [(first + timedelta(days=d)).isoformat() for d in range(90)]
    for row, value in zip(rows[1:], frame["tst"], strict=True):
        assert row[1] == ("" if math.isnan(value) else format(value, "g"))
    assert any(r[1] == "" for r in rows[1:])  # the demo leaves days out: empty, not 0
    assert page.status.text() == "Saved sleep-data.csv"

    # the factors tab exports its own columns
    page.tabs.setCurrentIndex(1)
    factors_csv = tmp_path / "factors.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(factors_csv))
    page.save_csv()
    with open(factors_csv, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:2] == ["date", "tst"] and "mood" in header


def test_every_tab_draws_and_follows_the_overlay_and_palette(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=120)
    for index, key in enumerate(("sleep", "factors", "plants", "gut")):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda key=key: key in page.views)
        view = page.views[key]
        assert view.summary.text() and view.summary.text() != "No data in this range yet."
        assert view.toolbar is not None and view.canvas.accessibleName()
    page.overlay.setChecked(True)
    assert all(chart.cycle_overlay for chart in page.charts.values())
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    page.setPalette(dark)
    assert all(chart.theme.is_dark for chart in page.charts.values())
    assert all(chart.theme.background == "#202020" for chart in page.charts.values())


def test_insights_are_ranked_with_n_and_interval(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, page = open_trends(qtbot, services, days=200)
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    page.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: page.insights.report is not None and not page.busy, timeout=20_000)
    assert page.insights.items.isVisible()
    assert page.insights.items.count() == len(page.insights.report.insights) > 0
    first = page.insights.items.item(0).text()
    assert first.startswith("1. ")
    assert "n = " in first and "95% interval" in first
    assert "association" in first
    status = page.insights.status.text()
    assert f"{page.insights.report.n_comparisons} comparisons tested" in status
    assert "findings shown after correcting for that" in status
    assert page.insights.adjusted.isVisible()
    assert page.insights.adjusted.text().startswith("Taking into account: ")
    assert "day of the week and a linear trend" in page.insights.adjusted.text()
    item = page.insights.items.item(0)
    assert item.toolTip() == page.insights.adjusted.text()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).endswith(item.toolTip())
    assert "not causation" in page.insights.causation.text()
    # the selected insight opens its data
    page.insights.items.setCurrentRow(0)
    qtbot.mouseClick(page.insights.plot_button, Qt.MouseButton.LeftButton)
    assert page.insights.view.isVisible() and page.insights.chart is not None
    assert page.insights.view.summary.text() in first
    # and its "read more" goes to the article, when there is a reader
    opened = []
    monkeypatch.setattr(window, "open_article", lambda *a: opened.append(a) or True)
    if window.has_page("articles"):
        assert page.insights.read_more_button.isVisible()
        qtbot.mouseClick(page.insights.read_more_button, Qt.MouseButton.LeftButton)
        assert opened == [("evidence", "association")]  # the top insight excludes zero
    else:
        assert not page.insights.read_more_button.isVisible()


def test_the_insights_follow_the_range(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """Finding 6: the insights count the nights of the range shown, not the whole journal."""
    _window, page = open_trends(qtbot, services, days=400)
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    page.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: page.insights.report is not None and not page.busy, timeout=20_000)
    whole = page.insights.report
    assert max(i.n for i in whole.tested) > 300
    page.range_combo.setCurrentIndex(page.range_combo.findData("90d"))
    qtbot.waitUntil(lambda: page.insights.report is not whole and not page.busy, timeout=20_000)
    first, last = page.bounds()
    assert (page.insights.report.first, page.insights.report.last) == (first, last)
    assert max(i.n for i in page.insights.report.tested) <= 90
    assert page.insights.status.text().startswith(f"From {prose_date(first)} to ")
    assert page.status.text() == f"{prose_date(first)} to {prose_date(last)}"


def test_the_numbers_page_opens_from_the_insights_tab(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, page = open_trends(qtbot, services, days=30)
    page.tabs.setCurrentIndex(4)
    qtbot.mouseClick(page.insights.numbers_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "numbers_dialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "How gutsleep computes its numbers" in text and "false discovery rate" in text
    dialog.close()
    # and from the Help menu
    (action,) = [
        a for a in window.help_menu.actions() if a.text() == "How gutsleep computes its &numbers"
    ]
    action.trigger()
    assert window.numbers_dialog.isVisible()
    window.numbers_dialog.close()


def test_below_the_threshold_the_page_says_how_many_days_are_needed(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=8)
    page.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: page.insights.report is not None, timeout=20_000)
    assert page.insights.report.insights == ()
    assert not page.insights.items.isVisible()
    text = page.insights.status.text()
    assert "more such days are needed" in text
    assert f"about {page.insights.report.days_needed} more" in text


def test_an_empty_journal_shows_the_no_data_sentence(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=0)
    assert page.views["sleep"].summary.text() == "No data in this range yet."
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    assert page.bounds() is None
    assert page.status.text() == "No days logged yet"


@pytest.mark.parametrize("tab", [2, 3])
def test_weekly_tabs_export_their_tables(qtbot, services, tmp_path: Path, monkeypatch, tab) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=60)
    page.tabs.setCurrentIndex(tab)
    target = tmp_path / "weekly.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(target))
    page.save_csv()
    with open(target, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    expected = ["iso_week", "week_start", "distinct_plants"] if tab == 2 else ["date", "bm_count"]
    assert rows[0][: len(expected)] == expected
    assert len(rows) > 1


def test_the_diary_and_device_tab_shows_imported_nights_beside_the_diary(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from trends_helpers import open_trends

    from gutsleep.domain.device_nights import DeviceNight
    from gutsleep.domain.journal import DayEntry, SleepDiary
    from gutsleep.storage.features import device_nights_repo
    from gutsleep.storage.features.device_nights_repo import DeviceNightRepository
    from gutsleep.ui.trends.page import TABS

    today = date.today()
    zone = services.journal.zone
    nights = []
    for back in range(1, 6):
        wake = today - timedelta(days=back)
        evening = datetime.combine(wake - timedelta(days=1), datetime.min.time()).replace(hour=23)
        morning = datetime.combine(wake, datetime.min.time()).replace(hour=7)
        services.journal.save(
            DayEntry(
                wake,
                sleep=SleepDiary(
                    into_bed=evening,
                    lights_out=evening,
                    sleep_onset_min=30,
                    waso_min=30,
                    final_wake=morning,
                    out_of_bed=morning,
                    zone=zone,
                ),
            )
        )  # 8 h in bed, 7 h asleep in the diary
        start_utc = evening - timedelta(hours=1) if zone == "Europe/Berlin" else evening
        nights.append(
            DeviceNight(
                "fitbit", str(back), start_utc, start_utc + timedelta(hours=8), zone, asleep_min=450
            )
        )
    database = services.database
    DeviceNightRepository(database).apply(device_nights_repo.plan(database, nights))

    _window, page = open_trends(qtbot, services)
    page.tabs.setCurrentIndex([key for key, _ in TABS].index("device"))
    qtbot.waitUntil(lambda: "device" in page.charts, timeout=20_000)
    qtbot.waitUntil(lambda: len(page.charts["device"].pairs) == 5, timeout=20_000)
    chart = page.charts["device"]
    assert chart.summary()[0].render() == (
        "On the 5 nights with both, the device counted 30 minutes more sleep than your diary "
        "on average."
    )
    header, rows = page.chart_table("device")
    assert header == ["date", "tst", "device_asleep_min"]
    assert rows[-1] == [today - timedelta(days=1), 420.0, 450.0]
