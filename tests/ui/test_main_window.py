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


def test_the_title_names_the_app_once(qtbot, services) -> None:
    """Qt adds " — <display name>" to a title that does not end with it (as the X11 and
    Windows plugins do): the title shown must not say "gutsleep" twice."""
    from PySide6.QtWidgets import QApplication

    window = MainWindow(services)
    qtbot.addWidget(window)
    name = "gutsleep"
    QApplication.setApplicationDisplayName(name)
    try:
        title = window.windowTitle()
        shown = title if title.endswith(name) else f"{title} — {name}"
        assert shown.count(name) == 1, shown
    finally:
        QApplication.setApplicationDisplayName("")


def test_the_go_menu_lists_each_page_once_settings_with_both_keys(qtbot, services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.go_menu.actions() if not a.isSeparator()]
    assert texts == [s.title for s in PAGES]
    (settings,) = [a for a in window.go_menu.actions() if a.text() == "Settings"]
    assert [k.toString() for k in settings.shortcuts()] == [f"Ctrl+{len(PAGES)}", "Ctrl+,"]
