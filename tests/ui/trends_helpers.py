"""Opening the Trends page the way a person does, for the Trends tests."""

from __future__ import annotations

from gutsleep.services.demo import create_demo
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.trends.page import TrendsPage


def open_trends(qtbot, services, days: int = 0) -> tuple[MainWindow, TrendsPage]:  # type: ignore[no-untyped-def]
    """The main window on the Trends page, its first figure drawn and its worker idle.

    With ``days``, a seeded demo journal of that many days (ending today, as the
    ranges do) is written first.
    """
    if days:
        create_demo(services, days=days, seed=2)
    window = MainWindow(services)
    qtbot.addWidget(window)  # closed at the end: closing waits for the page's worker
    window.show()
    page = window.show_page("trends")
    assert isinstance(page, TrendsPage)
    qtbot.waitUntil(lambda: "sleep" in page.views and not page.busy, timeout=20_000)
    return window, page
