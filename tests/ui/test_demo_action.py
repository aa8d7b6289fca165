"""Help ▸ Explore a demo journal…: prepared off the GUI thread in its own folder, then opened."""

from __future__ import annotations

from pathlib import Path

from gutsleep.storage.settings import DEMO_JOURNAL
from gutsleep.ui import demo_action, dialogs
from gutsleep.ui.main_window import MainWindow


def test_the_demo_opens_in_a_second_process_on_its_own_folder(
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data-demo"
    started = []
    monkeypatch.setattr(demo_action, "demo_folder", lambda: folder)
    monkeypatch.setattr(demo_action, "start_process", lambda f: started.append(f) or True)
    monkeypatch.setattr(demo_action, "DEMO_DAYS", 20)
    window = MainWindow(services)
    qtbot.addWidget(window)
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


def test_the_current_folder_is_never_used_for_the_demo(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = []
    monkeypatch.setattr(demo_action, "demo_folder", lambda: services.data_dir)
    monkeypatch.setattr(dialogs, "inform", lambda *a: told.append(a))
    monkeypatch.setattr(
        demo_action, "start_process", lambda f: (_ for _ in ()).throw(AssertionError)
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.demo_launcher.launch()
    assert told and "already shows the demo" in told[0][2]
    assert services.journal.repository.count() == 0


def test_a_real_journal_in_the_demo_folder_is_refused(
    qtbot, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from gutsleep.domain.journal import DayEntry
    from gutsleep.services.context import open_services

    folder = tmp_path / "someone"
    other = open_services(folder)
    other.journal.save(DayEntry(day=date(2026, 1, 1), notes="real"))
    other.close()
    warned = []
    monkeypatch.setattr(demo_action, "demo_folder", lambda: folder)
    monkeypatch.setattr(dialogs, "warn", lambda *a: warned.append(a))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.demo_launcher.launch()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "already holds a journal" in warned[0][2]
    assert window.demo_launcher.action.isEnabled()
