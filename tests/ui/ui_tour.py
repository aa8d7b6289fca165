"""A tour of the main window in the states a person sees, for the whole-app UI checks.

The accessibility, contrast and screenshot tests all need the same thing: a
window on a seeded journal, and every page shown in turn with its interesting
states (the Trends tabs, the Experiments wizard's steps, an open article with
its find bar, the checklist's result, the first-run welcome and the shortcuts
list). :func:`tour` yields each state once it is on screen; the caller
inspects it before asking for the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from gutsleep.domain.experiments import Design, Experiment
from gutsleep.domain.screening.questions import Answer
from gutsleep.services.demo import create_demo
from gutsleep.ui import first_run
from gutsleep.ui.main_window import MainWindow

DAYS = 60
#: The window size the issue asks every page to fit.
SIZE = (1024, 640)

# matplotlib's Qt backend asks about a Qt 5 attribute; not ours to fix.
MPL_WARNING = "ignore:Enum value .*AA_UseHighDpiPixmaps:DeprecationWarning"


@dataclass(frozen=True)
class View:
    """One state on screen: ``root`` is the widget tree to inspect (a page or a dialog)."""

    name: str
    page_id: str
    root: QWidget


def seed(services) -> None:  # type: ignore[no-untyped-def]
    """The demo journal, one finished-enough experiment running today (so the Journal
    shows its check-in and the Experiments page its chart and result)."""
    create_demo(services, days=DAYS, seed=3)
    start = date.today() - timedelta(days=20)
    created = services.experiments.create(
        Experiment("Evening walk", "stress_practice", "sol", start, Design.ABAB, 7)
    )
    assert created.experiment is not None, created.problems


def seeded_window(qtbot, services, size: tuple[int, int] = SIZE) -> MainWindow:  # type: ignore[no-untyped-def]
    seed(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(qtbot, ms: int = 30) -> None:  # type: ignore[no-untyped-def]
    """Let layouts, deferred timers and word-wrapped heights catch up."""
    QApplication.processEvents()
    qtbot.wait(ms)
    QApplication.processEvents()


def tour(qtbot, window: MainWindow) -> Iterator[View]:  # type: ignore[no-untyped-def]
    """Show each page in each of its states, yielding once it is laid out."""
    journal = window.show_page("journal")
    settle(qtbot)
    yield View("journal", "journal", journal)

    journal.open_find()  # type: ignore[attr-defined]
    panel = journal.search_panel  # type: ignore[attr-defined]
    panel.text.setText("oats")
    panel.run()
    qtbot.waitUntil(lambda: "oats" in panel.message.text())
    settle(qtbot)
    yield View("journal-search", "journal", journal)
    panel.dismiss()

    checklist = window.show_page("checklist")
    rows = list(checklist.rows.values())  # type: ignore[attr-defined]
    for row, answer in zip(rows, (Answer.YES, Answer.UNSURE, Answer.NO), strict=False):
        row.buttons[answer].click()  # as a person answers: the page hears of it
    checklist.show_result()  # type: ignore[attr-defined]
    settle(qtbot)
    assert checklist.result_group.isVisible()  # type: ignore[attr-defined]
    yield View("checklist", "checklist", checklist)

    articles = window.show_page("articles")
    qtbot.waitUntil(lambda: articles.library.items.count() > 0)  # type: ignore[attr-defined]
    first = articles.articles.library()[0]  # type: ignore[attr-defined]
    assert articles.open_article(first.id)  # type: ignore[attr-defined]
    articles.open_find()  # type: ignore[attr-defined]
    settle(qtbot)
    yield View("articles", "articles", articles)

    trends = window.show_page("trends")
    qtbot.waitUntil(lambda: "sleep" in trends.views and not trends.busy, timeout=20_000)  # type: ignore[attr-defined]
    for index in range(trends.tabs.count()):  # type: ignore[attr-defined]
        trends.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not trends.busy, timeout=20_000)  # type: ignore[attr-defined]
        settle(qtbot)
        key = trends.tabs.currentWidget().objectName().removeprefix("trends_tab_")  # type: ignore[attr-defined]
        yield View(f"trends-{key}", "trends", trends)
    trends.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]

    experiments = window.show_page("experiments")
    settle(qtbot)
    assert experiments.current is not None  # type: ignore[attr-defined]
    yield View("experiments", "experiments", experiments)
    wizard = experiments.new_experiment()  # type: ignore[attr-defined]
    qtbot.waitExposed(wizard)
    step = 0
    while True:
        settle(qtbot)
        yield View(f"experiments-wizard-{step}", "experiments", wizard)
        if wizard.currentPage() is wizard.summary_page:
            break
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), step
        wizard.next()
        step += 1
    wizard.reject()
    qtbot.waitUntil(lambda: experiments.wizard is None)  # type: ignore[attr-defined]

    planner = window.show_page("sleep_window")
    settle(qtbot)
    yield View("sleep-window", "sleep_window", planner)

    settings = window.show_page("settings")
    settle(qtbot)
    yield View("settings", "settings", settings)

    welcome = first_run.Welcome(window)  # what a new journal is greeted with
    welcome.show()
    qtbot.waitExposed(welcome)
    settle(qtbot)
    yield View("welcome", "", welcome)
    welcome.close()
    welcome.deleteLater()

    window.show_shortcuts()
    shortcuts = window.shortcuts_dialog
    qtbot.waitExposed(shortcuts)
    settle(qtbot)
    yield View("shortcuts", "", shortcuts)
    shortcuts.close()


def visible_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and every descendant widget that is shown (scrolled out of view counts)."""
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.isVisible()]


def describe(widget: QWidget) -> str:
    """A line that finds the widget in the code: class, object name, text, parents."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        if parent.objectName():
            chain.append(parent.objectName())
        parent = parent.parentWidget()
    text = ""
    for getter in ("text", "title", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = str(value())
            except TypeError:
                continue
            if text:
                break
    where = " < ".join(chain)
    return (
        f"{type(widget).__name__}#{widget.objectName() or '?'} {text[:50]!r} in {where}"
    ).strip()


def focusable(widget: QWidget) -> bool:
    """Can take the focus itself (a spin box's inner line edit passes it on to the box)."""
    return (
        widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isEnabled()
        and widget.focusProxy() is None
    )
