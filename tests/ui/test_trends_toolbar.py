"""Trends' own toolbar (zoom, whole range, save), the keyboard read-out and the Compare view."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from trends_helpers import open_trends

from gutsleep.charts.base import number_of
from gutsleep.storage.settings import TRENDS_COMPARE
from gutsleep.ui import dialogs
from gutsleep.ui.tr import prose_date
from gutsleep.ui.trends.page import TABS

# matplotlib's Qt backend asks about a Qt 5 attribute; not ours to fix.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def _pixel(view, ax, day: date) -> QPoint:  # type: ignore[no-untyped-def]
    """Where ``day`` (mid-height) is on the canvas, in Qt's coordinates."""
    low, high = ax.get_ylim()
    x, y = ax.transData.transform((number_of(day), (low + high) / 2))
    ratio = view.canvas.device_pixel_ratio
    return QPoint(round(x / ratio), round(view.canvas.height() - y / ratio))


def test_the_toolbar_zooms_by_keyboard_and_mouse_resets_and_saves(  # type: ignore[no-untyped-def]
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:
    _window, page = open_trends(qtbot, services, days=60)
    view, chart = page.views["sleep"], page.charts["sleep"]
    today = date.today()
    assert page.bounds() == (today - timedelta(days=29), today)
    # Ours, not matplotlib's: three named buttons reachable by Tab (Save figure… is the
    # page's, above the tabs, once for every figure).
    buttons = view.toolbar.findChildren(QToolButton)
    assert [b.accessibleName() for b in buttons] == ["Zoom in", "Zoom out", "Whole range"]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert not view.reset_button.isEnabled()

    # Zoom in by keyboard: half the days, centred.
    view.zoom_in_button.setFocus()
    qtbot.keyClick(view.zoom_in_button, Qt.Key.Key_Space)
    first, last = chart.visible_bounds()
    assert (last - first).days + 1 == 15
    assert view.reset_button.isEnabled()
    assert "out of 15." in view.summary.text()
    low, high = chart.axes[0].get_xlim()
    assert high - low == 15

    # Whole range, by mouse.
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert chart.visible_bounds() == page.bounds()
    assert not view.reset_button.isEnabled()

    # Drag across the figure from one day to another: those days are shown.
    view.canvas.draw()
    ax = chart.axes[0]
    start, end = today - timedelta(days=20), today - timedelta(days=8)
    qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=_pixel(view, ax, start))
    qtbot.mouseMove(view.canvas, _pixel(view, ax, end))
    qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=_pixel(view, ax, end))
    assert chart.visible_bounds() == (start, end)
    assert "out of 13." in view.summary.text()

    # A new range ends the zoom.
    page.range_combo.setCurrentIndex(page.range_combo.findData("14d"))
    assert chart.visible_bounds() == page.bounds()

    # Save, from the page's button: the figure shown, zoomed or not.
    target = tmp_path / "sleep.png"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(target))
    qtbot.mouseClick(page.save_figure_button, Qt.MouseButton.LeftButton)
    assert target.stat().st_size > 1000
    assert page.status.text() == "Saved sleep.png"


def test_arrow_keys_move_a_read_out_through_the_points(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=40)
    view, chart = page.views["sleep"], page.charts["sleep"]
    first, last = page.bounds()
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.readout.text().startswith(f"{prose_date(first)}: Total sleep time")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    second = first + timedelta(days=1)
    assert view.readout.text().startswith(f"{prose_date(second)}: Total sleep time")
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.readout.text().startswith(f"{prose_date(second)}: Sleep efficiency")
    qtbot.keyClick(view.canvas, Qt.Key.Key_End)
    assert view.readout.text().startswith(f"{prose_date(last)}: Sleep efficiency")
    assert view.readout.accessibleDescription() == view.readout.text()  # said, too
    assert chart._cursor_lines[0].get_visible()
    assert chart._cursor_lines[0].get_xdata()[0] == number_of(last)
    # + zooms in around the cursor, 0 shows the whole range again.
    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    bounds = chart.visible_bounds()
    assert bounds[1] == last and (bounds[1] - bounds[0]).days + 1 == 15
    assert view.readout.text().startswith(f"{prose_date(last)}: Sleep efficiency")
    qtbot.keyClick(view.canvas, Qt.Key.Key_0)
    assert chart.visible_bounds() == page.bounds()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    assert view.readout.text() == ""


def test_keyboard_read_out_of_weekly_means_on_a_long_range(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=200)
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    view, chart = page.views["sleep"], page.charts["sleep"]
    assert chart.period() == "week"
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    text = view.readout.text()
    assert text.startswith("Week of "), text
    assert "days logged" in text
    assert "middle half of the days" in text or "too few for a mean" in text


def test_compare_two_measures_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:
    _window, page = open_trends(qtbot, services, days=90)
    page.tabs.setCurrentIndex([k for k, _ in TABS].index("compare"))
    qtbot.waitUntil(lambda: "compare" in page.views and not page.busy)
    view, chart = page.views["compare"], page.charts["compare"]
    assert page.compared() == ("stress", "se")
    assert "An association is not a cause" in view.summary.text()
    assert "n = " in view.summary.text()
    combo = page.compare_combos[1]
    assert combo.accessibleName() == "Second measure compared"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the first measure offered: total sleep time
    assert page.compared() == ("stress", "tst")
    assert services.settings.get(TRENDS_COMPARE) == "stress,tst"
    assert [ax.get_title(loc="left") for ax in chart.axes] == ["Stress", "Total sleep time"]
    frame = services.trends.frame(*page.bounds())
    from gutsleep.analysis.correlation import spearman_correlation

    found = spearman_correlation(frame["stress"], frame["tst"])
    assert found is not None and chart.correlation == found
    assert f"n = {found.n} days with both" in view.summary.text()
    # The numbers behind it: the two measures, day by day.
    target = tmp_path / "compare.csv"
    monkeypatch.setattr(dialogs, "save_path", lambda *a: str(target))
    page.save_csv()
    with open(target, encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == ["date", "stress", "tst"]
