"""Every input says what it is, as a screen reader on Linux hears it (issue 22, item 4).

On Linux Qt names a combo box by its current text and leaves its label to the
labelled-by relation, which it takes from a QLabel buddy among the combo's
siblings; an accessible name set on the combo is never sent. So a combo box
needs a buddy label, and a spin box, date or line edit needs a name (its own or
a buddy's) that is not just the value in it. The checks ask Qt's accessibility
interface itself, on every page of a seeded window, the wizard's steps, the
dialogs of the tour and the dialogs that run their own event loop.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from ui_tour import MPL_WARNING, View, describe, focusable, seeded_window, tour, visible_widgets

from gutsleep.ui import dialogs, passphrase

pytestmark = pytest.mark.filterwarnings(MPL_WARNING)


def label_relation(widget: QWidget) -> str:
    """The text of the label Qt relates to ``widget`` as its label ('' when none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    for other, _relation in interface.relations(QAccessible.Relation.Label):
        text = other.text(QAccessible.Text.Name).replace("&", "").strip()
        if text:
            return text
    return ""


def unlabelled(view: View) -> list[str]:
    found = []
    for widget in visible_widgets(view.root):
        if not focusable(widget) or isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QComboBox):
            if not label_relation(widget):
                found.append(f"{view.name}: {describe(widget)}: combo box without a buddy label")
        elif isinstance(widget, QAbstractSpinBox | QLineEdit):
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None
            name = interface.text(QAccessible.Text.Name).strip()
            value = interface.text(QAccessible.Text.Value).strip()
            if (not name or name == value) and not label_relation(widget):
                found.append(f"{view.name}: {describe(widget)}: named {name!r}")
    return found


def test_the_rule_sees_a_combo_named_only_by_its_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QSpinBox

    holder = QWidget()
    qtbot.addWidget(holder)
    combo = QComboBox(holder)
    combo.addItem("1 · separate hard lumps")
    combo.setAccessibleName("Bristol type")  # not sent on Linux
    spin = QSpinBox(holder)
    holder.show()
    assert len(unlabelled(View("probe", "", holder))) == 2
    QLabel("&Type:", holder).setBuddy(combo)
    spin.setAccessibleName("Count")
    assert unlabelled(View("probe", "", holder)) == []


def test_every_input_on_every_page_and_dialog_has_a_label(qtbot, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = seeded_window(qtbot, services)
    found: list[str] = []
    names: list[str] = []
    for view in tour(qtbot, window):
        names.append(view.name)
        found += unlabelled(view)

    def inspect(dialog: QDialog) -> int:  # dialogs that run their own event loop
        dialog.show()
        names.append(dialog.windowTitle())
        found.extend(unlabelled(View(dialog.windowTitle(), "", dialog)))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", inspect)
    dialogs.export_options(window, date(2026, 1, 1), date(2026, 2, 1))
    dialogs.report_period(window, date(2026, 1, 1), date(2026, 2, 1))
    dialog = passphrase.PassphraseDialog(
        window, "Protect", "intro", ["New passphrase", "Repeat it"], lambda _values: None
    )
    inspect(dialog)
    trends = window.show_page("trends")
    trends.show_data_table()  # type: ignore[attr-defined]
    table = trends.table_dialog  # type: ignore[attr-defined]
    assert table is not None and table.isVisible()
    found += unlabelled(View("data table", "", table))
    assert len(names) >= 20
    assert not found, "Inputs a screen reader names by their value only:\n" + "\n".join(found)
