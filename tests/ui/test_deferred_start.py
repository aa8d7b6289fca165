"""Start-up work done after the first paint: the Journal's details, calendar marks, warming.

The window must show the day's values first; what reads across the whole
journal (suggestions, the week's plants, the experiment check-in, the
calendar's marks) and the chart libraries come after, and never block that.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from gutsleep.domain.journal import DayEntry, Food
from gutsleep.ui import warmup
from gutsleep.ui.journal.page import JournalPage
from gutsleep.ui.main_window import MainWindow
from gutsleep.ui.warmup import Warmer

DAY = date(2026, 3, 4)


def plants_model(page: JournalPage) -> list[str]:
    field = page.findChild(QLineEdit, "food_plants_name")
    return field.completer().model().stringList()


def test_the_day_is_shown_first_and_the_details_follow_the_first_paint(qtbot, services) -> None:
    services.journal.save(DayEntry(day=DAY - timedelta(days=1), food=Food(plants=("kohlrabi",))))
    services.journal.save(DayEntry(day=DAY, notes="today's note", food=Food(plants=("leek",))))
    asked: list[str] = []
    real = services.journal.suggestions
    services.journal.suggestions = lambda kind: asked.append(kind) or real(kind)  # type: ignore[method-assign]

    page = JournalPage(services, today=DAY, defer_details=True)
    qtbot.addWidget(page)
    assert page.collect()[0].notes == "today's note"  # the values are there at once
    assert asked == [] and plants_model(page) == [] and page.plant_count.text() == ""
    page.show()
    qtbot.waitUntil(lambda: "kohlrabi" in plants_model(page))
    assert "2 so far this week" in page.plant_count.text()
    assert set(asked) >= {"food", "plant", "intake"}


def test_without_deferring_everything_is_filled_at_once(qtbot, services) -> None:
    services.journal.save(DayEntry(day=DAY - timedelta(days=1), food=Food(plants=("kohlrabi",))))
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    assert "kohlrabi" in plants_model(page)


def test_the_calendar_marks_logged_days_when_it_opens(qtbot, services) -> None:
    services.journal.save(DayEntry(day=DAY - timedelta(days=2), notes="logged"))
    asked: list[tuple[date, date]] = []
    real = services.journal.logged_days
    services.journal.logged_days = lambda a, b: asked.append((a, b)) or real(a, b)  # type: ignore[method-assign]
    page = JournalPage(services, today=DAY)
    qtbot.addWidget(page)
    page.show()
    calendar = page.date_edit.calendarWidget()
    assert all(a == b for a, b in asked)  # only "is today logged?", no month read yet
    popup = calendar.window()  # the date edit's calendar popup
    assert popup is not page.window()
    popup.show()  # what opening it does
    qtbot.waitUntil(lambda: any(a != b for a, b in asked))
    marked = calendar.dateTextFormat().get(page.date_edit.date().addDays(-2))
    assert marked is not None and marked.fontWeight() == QFont.Weight.Bold
    popup.hide()


def test_the_main_window_defers_the_journal_details(qtbot, window: MainWindow) -> None:
    page = window.pages["journal"]
    assert page._details_pending
    window.show()
    qtbot.waitUntil(lambda: not page._details_pending)


def test_warming_starts_after_the_first_paint_and_imports_step_by_step(
    qtbot, tmp_path, monkeypatch
) -> None:
    for name in ("warm_one", "warm_two"):
        (tmp_path / f"{name}.py").write_text("import sys\nORDER = len(sys.modules)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    window = QWidget()
    qtbot.addWidget(window)
    warmer = Warmer(window, modules=("json", "warm_one", "warm_two"), delay_ms=50, gui_modules=())
    assert warmer.pending == ["warm_one", "warm_two"]  # json is loaded already
    qtbot.wait(150)
    assert "warm_one" not in sys.modules  # nothing before the window has painted
    window.show()
    qtbot.waitUntil(lambda: warmer.done, timeout=10_000)
    assert sys.modules["warm_one"].ORDER < sys.modules["warm_two"].ORDER
    for name in ("warm_one", "warm_two"):
        monkeypatch.delitem(sys.modules, name)


def test_warming_imports_the_heavy_modules_off_the_gui_thread(qtbot, tmp_path, monkeypatch) -> None:
    """numpy and matplotlib took 50-250 ms a step on the GUI thread: typing stalled."""
    (tmp_path / "warm_heavy.py").write_text(
        "import gc, threading\n"
        "ON_GUI_THREAD = threading.current_thread() is threading.main_thread()\n"
        "COLLECTING = gc.isenabled()\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    window = QWidget()
    qtbot.addWidget(window)
    warmer = Warmer(window, modules=("warm_heavy",), delay_ms=0, gui_modules=())
    window.show()
    qtbot.waitUntil(lambda: warmer.done, timeout=10_000)
    assert sys.modules["warm_heavy"].ON_GUI_THREAD is False
    # Full collections walked the whole app for 50-200 ms: paused while warming, then back.
    assert sys.modules["warm_heavy"].COLLECTING is False
    assert gc.isenabled()
    monkeypatch.delitem(sys.modules, "warm_heavy")


def test_warming_waits_on_the_gui_thread_while_keys_arrive(qtbot, tmp_path, monkeypatch) -> None:
    """The Qt modules are imported on the GUI thread only once typing has paused."""
    monkeypatch.setattr(warmup, "INPUT_QUIET_MS", 300)
    (tmp_path / "warm_qt.py").write_text("import time\nIMPORTED_AT = time.monotonic()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    warmer = Warmer(window, modules=(), delay_ms=0, gui_modules=("warm_qt",))
    window.show()
    typing_until = time.monotonic() + 0.8
    while time.monotonic() < typing_until:  # a key every 20 ms, longer than the quiet time
        last_key = time.monotonic()  # just before the key: the warmer sees it later
        QTest.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(20)
        assert "warm_qt" not in sys.modules
    qtbot.waitUntil(lambda: warmer.done, timeout=10_000)
    assert sys.modules["warm_qt"].IMPORTED_AT - last_key >= 0.3
    monkeypatch.delitem(sys.modules, "warm_qt")


def test_the_app_warms_matplotlib_only_after_start_up(tmp_path) -> None:
    """Not imported when the window first paints; imported once the app has been idle."""
    import subprocess

    probe = """
import os, sys, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QTimer
import gutsleep.ui.main_window as main_window
seen = {}
class Probed(main_window.MainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        seen.setdefault("at_paint", "matplotlib" in sys.modules)
        if "timer" not in seen:
            seen["timer"] = True
            QTimer.singleShot(100, lambda: self.look(60))
    def look(self, left):
        # Until warmed, up to 30 s: on a busy machine the journal alone can take seconds.
        seen["later"] = "matplotlib.backends.backend_qtagg" in sys.modules
        if seen["later"] or not left:
            self.close()
        else:
            QTimer.singleShot(500, lambda: self.look(left - 1))
main_window.MainWindow = Probed
from gutsleep.cli import main
main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] is False
    assert seen["later"] is True


def test_the_journal_shows_the_day_before_sqlalchemy_loads_then_loads_it_in_the_background(
    tmp_path,
) -> None:
    """At start the day is read through the driver; SQLAlchemy (for saving and the
    other pages) is imported off the GUI thread once the page is on screen, and a
    save after that is stored. The form, built into the window before its scroll
    area is laid out, still takes two columns where they fit."""
    import subprocess

    from gutsleep.services.context import open_services

    data = tmp_path / "data"
    services = open_services(data)
    services.journal.save(DayEntry(day=date.today(), notes="written before"))
    services.close()
    probe = """
import os, sys, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
import gutsleep.ui.main_window as main_window
seen = {}
class Probed(main_window.MainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        page = self.pages.get("journal")
        if page is None or "at_paint" in seen:
            return
        seen["at_paint"] = "sqlalchemy" in sys.modules
        seen["shown"] = page.collect()[0].notes
        def later():
            seen["engine"] = self.services.database.engine_loaded
            seen["one_column"] = page.form.one_column  # 1100 px wide: two columns fit
            seen["thread_imported"] = "gutsleep.storage.journal.writes" in sys.modules
            notes = page.findChild(main_window.QWidget, "notes")
            notes.setPlainText("written after")
            page.flush()
            self.close()
        QTimer.singleShot(4000, later)
main_window.MainWindow = Probed
from gutsleep.cli import main
main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {
        "at_paint": False,
        "shown": "written before",
        "engine": True,
        "thread_imported": True,
        "one_column": False,
    }
    services = open_services(data)
    try:
        assert services.journal.load(date.today()).notes == "written after"
    finally:
        services.close()
