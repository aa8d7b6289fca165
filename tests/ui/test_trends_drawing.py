"""How the Trends page draws: layout once per size, hidden tabs later, insights after the figure."""

from __future__ import annotations

import pytest
from trends_helpers import open_trends

from gutsleep.services.demo import create_demo
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.trends.page import TrendsPage

pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def test_the_layout_is_worked_out_once_per_size(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=90)
    chart, view = page.charts["sleep"], page.views["sleep"]
    qtbot.waitUntil(lambda: chart.layout_frozen)  # drawn once with constrained layout
    positions = [ax.get_position().bounds for ax in chart.figure.axes]

    page.range_combo.setCurrentIndex(page.range_combo.findData("1y"))
    view.canvas.draw()
    assert chart.layout_frozen
    assert [ax.get_position().bounds for ax in chart.figure.axes] == positions

    view.canvas.resize(view.canvas.width() - 120, view.canvas.height() + 40)  # a new size
    assert not chart.layout_frozen
    view.canvas.draw()
    assert chart.layout_frozen

    chart.set_cycle_overlay(not chart.cycle_overlay)  # new axes: laid out again
    assert not chart.layout_frozen


def test_a_hidden_tab_redraws_when_shown(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_trends(qtbot, services, days=90)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "factors" in page.views)
    sleep = page.views["sleep"]
    drawn = []
    sleep.canvas.mpl_connect("draw_event", lambda _event: drawn.append(1))
    page.range_combo.setCurrentIndex(page.range_combo.findData("90d"))
    qtbot.wait(100)
    assert drawn == []  # not on screen: not drawn
    assert "out of 90." in sleep.summary.text()  # its text alternative follows at once
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: bool(drawn))


def test_insights_are_worked_out_once_the_figure_is_shown(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=120, seed=2)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("trends")
    assert isinstance(page, TrendsPage)
    order: list[str] = []
    build = page._ensure_chart

    def ensure_chart(key: str) -> None:  # the figure exists now, not yet drawn
        new = key not in page.views
        build(key)
        if new and key == "sleep":
            page.views[key].canvas.mpl_connect("draw_event", lambda _e: order.append("drawn"))

    page._ensure_chart = ensure_chart  # type: ignore[method-assign]
    page.insights_ready.connect(lambda: order.append("insights"))
    qtbot.waitUntil(lambda: page.insights.report is not None, timeout=20_000)
    assert order.index("drawn") < order.index("insights")
    assert not page.busy and not page.working.isVisible()


def test_the_working_note_is_for_reading_and_the_insights_say_so_in_their_tab(
    qtbot, services
) -> None:
    create_demo(services, days=60, seed=2)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("trends")
    assert isinstance(page, TrendsPage)
    assert page.busy and page.working.isVisible()  # reading the journal
    qtbot.waitUntil(lambda: page._data is not None, timeout=20_000)
    assert not page.working.isVisible()
    if page.insights.report is None:
        assert page.busy
        assert page.insights.status.text() == "Working out the insights…"
    qtbot.waitUntil(lambda: page.insights.report is not None, timeout=20_000)
    assert page.insights.status.text() != "Working out the insights…"


def _recording_windows(services) -> list[tuple[object, object]]:  # type: ignore[no-untyped-def]
    calls: list[tuple[object, object]] = []
    window = services.trends.window

    def recorded(first, last):  # type: ignore[no-untyped-def]
        calls.append((first, last))
        return window(first, last)

    services.trends.window = recorded
    return calls


def test_a_short_range_is_drawn_from_its_own_days_then_the_whole_journal_is_read(
    qtbot, services
) -> None:
    from datetime import date, timedelta

    from gutsleep.storage.settings import TRENDS_RANGE

    services.settings.set(TRENDS_RANGE, "30d")
    windows = _recording_windows(services)
    _window, page = open_trends(qtbot, services, days=400)
    today = date.today()
    assert windows == [(today - timedelta(days=29 + 14), today)]  # the range and two weeks
    assert page._data is not None and page._data.covers is None  # then the whole journal
    assert page.insights.report is not None  # and the insights over all of it
    summary = page.views["sleep"].summary
    assert "out of 30." in summary.text()

    page.range_combo.setCurrentIndex(page.range_combo.findData("1y"))  # no second read
    assert "out of 365." in summary.text() and not page.working.isVisible()
    assert len(windows) == 1


def test_a_longer_range_chosen_before_the_whole_journal_is_read_waits_for_it(
    qtbot, services
) -> None:
    import threading

    from gutsleep.storage.settings import TRENDS_RANGE

    create_demo(services, days=400, seed=2)
    services.settings.set(TRENDS_RANGE, "14d")
    release = threading.Event()
    full_frame = services.trends.full_frame

    def held_full_frame():  # type: ignore[no-untyped-def]
        release.wait(20)
        return full_frame()

    services.trends.full_frame = held_full_frame
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.show_page("trends")
        assert isinstance(page, TrendsPage)
        qtbot.waitUntil(lambda: "sleep" in page.views, timeout=20_000)
        summary = page.views["sleep"].summary
        assert "out of 14." in summary.text() and not page.working.isVisible()

        page.range_combo.setCurrentIndex(page.range_combo.findData("90d"))
        assert page.working.isVisible() and page.busy  # beyond the days read so far
        assert "out of 14." in summary.text()  # not a figure of part of the range
        page.tabs.setCurrentIndex(1)
        assert "factors" not in page.views  # waits for the whole journal too
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert "out of 90." in summary.text() and not page.working.isVisible()
    assert "factors" in page.views
