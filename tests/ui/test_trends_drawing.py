"""How the Trends page draws: layout once per size, hidden tabs later, insights after the figure."""

from __future__ import annotations

import pytest

from gutsleep.services.demo import create_demo
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.trends_page import TrendsPage

pytestmark = pytest.mark.filterwarnings(
    "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"
)


def open_trends(qtbot, services, days: int = 90) -> TrendsPage:  # type: ignore[no-untyped-def]
    create_demo(services, days=days, seed=2)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("trends")
    assert isinstance(page, TrendsPage)
    qtbot.waitUntil(lambda: "sleep" in page.views and not page.busy, timeout=20_000)
    return page


def test_the_layout_is_worked_out_once_per_size(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = open_trends(qtbot, services)
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
    page = open_trends(qtbot, services)
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

    def loaded() -> None:  # the figure exists now, not yet drawn
        order.append("loaded")
        page.views["sleep"].canvas.mpl_connect("draw_event", lambda _e: order.append("drawn"))

    page.loaded.connect(loaded)
    page.insights_ready.connect(lambda: order.append("insights"))
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    assert order.index("drawn") < order.index("insights")
    assert not page.busy and not page.working.isVisible()


def test_the_working_note_is_for_reading_and_the_insights_say_so_in_their_tab(
    qtbot, services
) -> None:  # type: ignore[no-untyped-def]
    create_demo(services, days=60, seed=2)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("trends")
    assert isinstance(page, TrendsPage)
    assert page.busy and page.working.isVisible()  # reading the journal
    qtbot.waitUntil(lambda: page._data is not None, timeout=20_000)
    assert not page.working.isVisible()
    if page.report is None:
        assert page.busy
        assert page.insights_status.text() == "Working out the insights…"
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    assert page.insights_status.text() != "Working out the insights…"
