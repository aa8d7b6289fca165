"""The main window: sidebar order, lazy pages, and a failing page that stays contained."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from gutsleep.domain.text import N_
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.pages import PAGES, PageSpec


def test_sidebar_lists_every_page_in_order(window: MainWindow) -> None:
    ids = [window.sidebar.item(i).data(0x0100) for i in range(window.sidebar.count())]
    assert ids == [s.page_id for s in PAGES]
    assert ids[0] == "journal" and ids[-1] == "settings"
    assert list(window.pages) == ["journal"]  # the others are built when first shown


def test_a_page_that_fails_to_build_becomes_a_message(qtbot, services, capsys) -> None:
    def broken(_services: object, _parent: QWidget) -> QWidget:
        raise RuntimeError("boom")

    specs = [PAGES[0], PageSpec("broken", N_("Trends"), broken)]
    window = MainWindow(services, specs)
    qtbot.addWidget(window)
    page = window.show_page("broken")
    assert isinstance(page, QLabel)
    assert "could not be opened" in page.text() and "journal is safe" in page.text()
    assert "boom" not in page.text()  # no technical detail in the user's face
    assert window.failed_pages == {"broken": "RuntimeError: boom"}
    window.show_page("journal")  # the rest carries on
    assert window.current_page_id() == "journal"
