"""Screen readers and low vision: names, chart text alternatives, announcements, contrast.

One tour of every page (on a seeded journal, in the light and the dark scheme)
collects what each check finds; the tests below report all of it at once, one
line per widget, so a failure says exactly what to fix.

* Every focusable widget a person can reach has an accessible name: its own,
  a button's text, a selectable label's text, or a QLabel buddy next to it
  (the rules Qt uses; a line edit's placeholder does not count).
* Every chart canvas has a text alternative: a summary sentence in its
  accessible description.
* Every visible, enabled label's text has at least 4.5:1 contrast (WCAG AA)
  against what it is drawn on, in both schemes.
* Status and validation messages are announced (NameChanged or
  DescriptionChanged, and an announcement event) when they change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from ui_tour import MPL_WARNING, View, describe, focusable, seeded_window, tour, visible_widgets

from gutsleep.ui import style

pytestmark = pytest.mark.filterwarnings(MPL_WARNING)

AA = 4.5


# -- the rules ----------------------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets for ``widget`` ('' when it has none)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget.text()
    parent = widget.parentWidget()
    if parent is not None:  # Qt looks for a buddy among the widget's siblings
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is widget and label.text().replace("&", "").strip():
                return label.text()
    return ""


def unnamed(view: View) -> list[str]:
    return [
        f"{view.name}: {describe(w)}"
        for w in visible_widgets(view.root)
        if focusable(w) and not accessible_name(w)
    ]


def _has_background(widget: QWidget) -> bool:
    sheet = widget.styleSheet().replace(" ", "")
    return widget.autoFillBackground() or "background:" in sheet or "background-color:" in sheet


def foreground(label: QWidget) -> QColor:
    """The colour the label's text is drawn in."""
    if label.property("role") == "error":
        return QColor(style.error_colour(label.palette()))
    return label.palette().color(label.foregroundRole())


def background(label: QWidget) -> QColor:
    """What the label is drawn on: the first filled widget at or above it, else the window."""
    widget: QWidget | None = label
    while widget is not None and not widget.isWindow():
        if _has_background(widget):
            return widget.palette().color(widget.backgroundRole())
        widget = widget.parentWidget()
    return label.window().palette().color(QPalette.ColorRole.Window)


def drawn_text(widget: QWidget) -> bool:
    """A label, or a flat button (a link-like button draws its text straight on the page)."""
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) and widget.pixmap().isNull()
    return isinstance(widget, QPushButton) and widget.isFlat() and bool(widget.text().strip())


def low_contrast(view: View) -> list[str]:
    found = []
    for widget in visible_widgets(view.root):
        if not drawn_text(widget) or not widget.isEnabled():
            continue  # WCAG leaves text of disabled controls out
        fore, back = foreground(widget), background(widget)
        ratio = style.contrast(fore, back)
        if ratio < AA:
            found.append(
                f"{view.name}: {describe(widget)}: {fore.name()} on {back.name()} = {ratio:.2f}:1"
            )
    return found


def missing_chart_text(view: View) -> list[str]:
    """Chart canvases (matplotlib) without a summary sentence in their description."""
    found = []
    for widget in visible_widgets(view.root):
        if type(widget).__name__ != "FigureCanvasQTAgg":
            continue
        text = widget.accessibleDescription().strip()
        if not (widget.accessibleName() and text.endswith((".", ")")) and len(text.split()) >= 4):
            found.append(f"{view.name}: {describe(widget)}: description {text!r}")
    return found


# -- one tour per scheme ------------------------------------------------------------------


@contextmanager
def scheme(name: str) -> Iterator[None]:
    """The app in the light or dark scheme; the app's look as it was afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    chosen = app.property("gutsleep_scheme")
    style.apply(app, name)
    try:
        yield
    finally:
        app.setProperty("gutsleep_scheme", chosen)
        QApplication.styleHints().unsetColorScheme()
        app.setStyleSheet(sheet)
        app.setPalette(palette)


@pytest.fixture(scope="module")
def findings(qapp, request, tmp_path_factory) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Everything the checks find, from one tour of the app per scheme."""
    from pytestqt.qtbot import QtBot

    from gutsleep.services.context import open_services

    qtbot = QtBot(request)
    found: dict[str, list[str]] = {"names": [], "charts": [], "light": [], "dark": []}
    views: dict[str, list[str]] = {"light": [], "dark": []}
    for name in ("light", "dark"):
        folder: Path = tmp_path_factory.mktemp(f"a11y-{name}")
        services = open_services(folder / "data", zone="Europe/London")
        try:
            with scheme(name):
                window = seeded_window(qtbot, services)
                try:
                    found["names"] += unnamed(View("window", "", window))
                    for view in tour(qtbot, window):
                        views[name].append(view.name)
                        found[name] += low_contrast(view)
                        if name == "light":
                            found["names"] += unnamed(view)
                            found["charts"] += missing_chart_text(view)
                finally:
                    window.close()
                    window.deleteLater()
                    QApplication.processEvents()
        finally:
            services.close()
    found["views"] = views["light"]
    assert views["light"] == views["dark"]
    return found


def report(lines: list[str]) -> str:
    return "\n".join(sorted(set(lines)))


def test_the_tour_sees_every_page_and_state(findings) -> None:  # type: ignore[no-untyped-def]
    views = findings["views"]
    for page in ("journal", "checklist", "articles", "settings", "welcome", "shortcuts"):
        assert page in views
    assert {"trends-sleep", "trends-factors", "trends-plants", "trends-gut"} <= set(views)
    assert "trends-insights" in views
    assert {f"experiments-wizard-{n}" for n in range(5)} <= set(views)


def test_every_focusable_widget_has_an_accessible_name(findings) -> None:  # type: ignore[no-untyped-def]
    assert not findings["names"], "Focusable widgets without a name:\n" + report(findings["names"])


def test_every_chart_has_a_text_alternative(findings) -> None:  # type: ignore[no-untyped-def]
    assert not findings["charts"], "Charts without a summary:\n" + report(findings["charts"])


@pytest.mark.parametrize("name", ["light", "dark"])
def test_label_text_contrast_meets_wcag_aa(findings, name: str) -> None:  # type: ignore[no-untyped-def]
    assert not findings[name], f"Below {AA}:1 in the {name} scheme:\n" + report(findings[name])


def test_the_naming_rules_follow_qt() -> None:
    holder = QWidget()
    edit = QLineEdit(holder)
    edit.setPlaceholderText("Search")
    assert accessible_name(edit) == ""  # a placeholder is not a name
    label = QLabel("&Find:", holder)
    label.setBuddy(edit)
    assert accessible_name(edit) == "&Find:"
    holder.deleteLater()


def test_the_contrast_rules_see_style_sheets_and_fills(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    grey = QLabel("Hard-coded grey", page)
    grey.setStyleSheet("QLabel { color: #999999; }")
    boxed = QLabel("Dark box", page)
    boxed.setStyleSheet("QLabel { background: #333333; color: #444444; }")
    error = QLabel("Wrong", page)
    error.setProperty("role", "error")
    page.show()
    assert foreground(grey) == QColor("#999999")
    assert background(boxed) == QColor("#333333")
    assert foreground(error) == QColor(style.error_colour(page.palette()))
    found = low_contrast(View("probe", "", page))
    assert len(found) == 2 and "Hard-coded grey" in found[0] + found[1], found


# -- announcements ------------------------------------------------------------------------


@pytest.fixture
def announced(monkeypatch) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(event, label object name, text) for every accessibility update sent."""
    events: list[tuple[str, str, str]] = []

    def update(event) -> None:  # type: ignore[no-untyped-def]
        target = event.object()
        kind = event.type()
        if kind == QAccessible.Event.Announcement:
            text = event.message()
        elif kind == QAccessible.Event.DescriptionChanged:
            text = target.accessibleDescription()
        elif kind == QAccessible.Event.NameChanged:
            text = target.accessibleName()
        else:
            return
        events.append((kind.name, target.objectName(), text))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return events


def said(events: list[tuple[str, str, str]], name: str) -> list[str]:
    return [text for kind, who, text in events if who == name and kind == "Announcement"]


def test_journal_messages_are_announced(qtbot, services, announced) -> None:  # type: ignore[no-untyped-def]
    from gutsleep.ui.journal.page import JournalPage

    page = JournalPage(services, today=date(2026, 5, 4))
    qtbot.addWidget(page)
    page.form.fields["sleep.awakenings"].setText("lots")
    page._changed()
    page.save_now()
    assert any("whole number" in text for text in said(announced, "sleep_awakenings_message"))
    assert page.status.accessibleName() == "Save status"
    assert page.status.accessibleDescription() == page.status.text()
    assert said(announced, "journal_status") == [page.status.text()]
    page.form.fields["notes"].setPlainText("typing")  # "Editing…" is readable, not said
    assert page.status.accessibleDescription() == page.status.text() == "Editing…"
    assert len(said(announced, "journal_status")) == 1
    page.save_now()
    page.form.fields["sleep.awakenings"].setText("2")
    page._changed()
    page.save_now()
    message = page.form.boxes["sleep.awakenings"].message
    assert message.isHidden() and message.accessibleName() == ""
    # a list's own check
    plants = page.form.lists["food.plants"]
    plants.add_from_inputs()  # nothing typed: nothing to say
    assert said(announced, "food_plants_message") == []
    intakes = page.form.lists["intakes"]
    intakes.inputs["dose"].setText("5 mg")
    intakes.add_from_inputs()
    assert intakes.message.accessibleName() == "Name is needed."
    assert said(announced, "intakes_message") == ["Name is needed."]
    bowel = page.form.lists["gut.bowel_movements"]
    bowel.inputs["at"].setText("25:99")
    bowel.add_from_inputs()
    assert said(announced, "gut_bowel_movements_message") == [bowel.message.accessibleName()]


def test_checklist_experiment_and_settings_messages_are_announced(  # type: ignore[no-untyped-def]
    qtbot, services, announced
) -> None:
    from gutsleep.ui.checklist.page import ChecklistPage
    from gutsleep.ui.experiments.page import ExperimentsPage
    from gutsleep.ui.settings_page import SettingsPage

    checklist = ChecklistPage(services)
    qtbot.addWidget(checklist)
    checklist.save()
    assert said(announced, "checklist_status") == ["Answer at least one question before saving."]

    experiments = ExperimentsPage(services)
    qtbot.addWidget(experiments)
    wizard = experiments.new_experiment()
    wizard.next()
    details = wizard.details_page
    details.name.clear()
    assert details.name_error.accessibleName() == details.name_error.text() != ""
    assert said(announced, details.name_error.objectName()) == [details.name_error.text()]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() is False
    wizard.reject()

    settings = SettingsPage(services)
    qtbot.addWidget(settings)
    settings.language.setCurrentIndex(settings.language.count() - 1)
    assert said(announced, "settings_language_note") == [settings.language_note.text()]
