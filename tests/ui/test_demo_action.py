"""Help ▸ Explore a demo journal…: prepared off the GUI thread in its own folder, then opened."""

from __future__ import annotations

from pathlib import Path

from gutsleep.storage.settings import DEMO_JOURNAL
from gutsleep.ui import demo_action
from gutsleep.ui.main_window import MainWindow
from tests.helpers.dialogs import FakeDialogs


def test_the_demo_opens_in_a_second_process_on_its_own_folder(
    qtbot, services, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data-demo"
    started = []
    monkeypatch.setattr(demo_action, "demo_folder", lambda current: folder)
    monkeypatch.setattr(demo_action, "start_process", lambda f: started.append(f) or True)
    monkeypatch.setattr(demo_action, "DEMO_DAYS", 20)
    launcher = window.demo_launcher
    assert launcher.action in window.help_menu.actions()
    assert launcher.action.objectName() == "action_demo"
    with qtbot.waitSignal(launcher.launched, timeout=30_000) as blocker:
        launcher.action.trigger()
        assert not launcher.action.isEnabled()  # one demo at a time
    assert blocker.args == [folder] and started == [folder]
    assert launcher.action.isEnabled()
    assert services.journal.repository.count() == 0  # the open journal is untouched
    from gutsleep.services.context import open_services

    demo = open_services(folder)
    try:
        assert demo.journal.repository.count() > 0 and demo.settings.get(DEMO_JOURNAL)
    finally:
        demo.close()


def test_the_current_folder_is_never_used_for_the_demo(
    services, window: MainWindow, asked: FakeDialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(demo_action, "demo_folder", lambda current: services.data_dir)
    monkeypatch.setattr(
        demo_action, "start_process", lambda f: (_ for _ in ()).throw(AssertionError)
    )
    window.demo_launcher.launch()
    told = asked.named("inform")
    assert told and "already shows the demo" in told[0][1]
    assert services.journal.repository.count() == 0


def test_a_real_journal_in_the_demo_folder_is_refused(
    qtbot, window: MainWindow, asked: FakeDialogs, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from gutsleep.domain.journal import DayEntry
    from gutsleep.services.context import open_services

    folder = tmp_path / "someone"
    other = open_services(folder)
    other.journal.save(DayEntry(day=date(2026, 1, 1), notes="real"))
    other.close()
    monkeypatch.setattr(demo_action, "demo_folder", lambda current: folder)
    window.demo_launcher.launch()
    qtbot.waitUntil(lambda: bool(asked.named("warn")), timeout=30_000)
    assert "already holds a journal" in asked.named("warn")[0][1]
    assert window.demo_launcher.action.isEnabled()


def test_the_demo_goes_beside_a_custom_data_dir_and_its_window_says_demo(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.services.context import open_services

    custom = tmp_path / "custom" / "journal-folder"  # as if started with --data-dir
    own = open_services(custom)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("GUTSLEEP_DATA_DIR", raising=False)
    started: list[Path] = []
    monkeypatch.setattr(demo_action, "start_process", lambda f: started.append(f) or True)
    monkeypatch.setattr(demo_action, "DEMO_DAYS", 20)
    window = MainWindow(own)
    qtbot.addWidget(window)
    assert "demo" not in window.windowTitle().lower()
    assert not window.demo_banner.isVisibleTo(window)
    with qtbot.waitSignal(window.demo_launcher.launched, timeout=30_000):
        window.demo_launcher.action.trigger()
    assert started == [tmp_path / "custom" / "journal-folder-demo"]
    assert not (home / ".local" / "share" / "gutsleep-demo").exists()
    assert own.journal.repository.count() == 0
    own.close()

    demo = open_services(started[0])  # what the second process opens
    demo_window = MainWindow(demo)
    qtbot.addWidget(demo_window)
    assert demo_window.windowTitle().startswith("Demo journal")
    banner = demo_window.demo_banner
    assert banner.isVisibleTo(demo_window)
    assert "demo journal with invented data" in banner.text()
    assert "touches your own journal" in banner.text()
    assert not demo_window.stack.isAncestorOf(banner)  # above the pages, not on one of them
    for spec in demo_window.specs[:2]:
        demo_window.show_page(spec.page_id)
        assert banner.isVisibleTo(demo_window)
    demo.close()
