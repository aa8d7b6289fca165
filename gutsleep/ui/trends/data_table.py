"""A chart's numbers as a read-only table: column titles in words, cells by locale."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.analysis.series import MEASURES, Measure
from gutsleep.ui.tr import tr
from gutsleep.ui.trends.dates import qdate
from gutsleep.ui.widgets import name_widget


class DataTableDialog(QDialog):
    """A chart's data as a read-only table: headers in words, numbers and dates by locale.

    An empty cell is a day (or week) without a value, never a zero.
    """

    def __init__(
        self,
        figure: str,
        header: list[str],
        rows: list[list[object]],
        parent: QWidget | None = None,
        measures: Mapping[str, Measure] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("trends_table_dialog")
        title = tr("Data of {figure}").format(figure=figure)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr("One row per day or week of the range shown. An empty cell means no value."), self
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(rows), len(header), self)
        name_widget(self.table, "trends_table", title)
        self.table.setHorizontalHeaderLabels([column_title(key, measures) for key in header])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        locale = QLocale()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(header[c], value, locale, measures))
                if isinstance(value, int | float) and not isinstance(value, bool):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.table.setFocus()


def column_title(key: str, measures: Mapping[str, Measure] | None = None) -> str:
    """A data column's heading in words: the measure's name and unit (``measures``:
    those not built in, such as a tracker's)."""
    if key == "date":
        return tr("Date")
    if key == "iso_week":
        return tr("Week")
    if key == "week_start":
        return tr("Week starting")
    if key == "distinct_plants":
        return tr("Different plants")
    if key == "window_min":
        return tr("Sleep window (minutes)")
    if key == "device_asleep_min":
        return tr("Device: time asleep (minutes)")
    if key.startswith("bristol_"):
        return tr("Bristol type {n}").format(n=key.removeprefix("bristol_"))
    measure = (measures or {}).get(key) or MEASURES.get(key)
    if measure is None:
        return key
    unit = tr(measure.unit) if measure.unit else ""
    return f"{tr(measure.label)} ({unit})" if unit else tr(measure.label)


def cell_text(
    key: str, value: object, locale: QLocale, measures: Mapping[str, Measure] | None = None
) -> str:
    """A cell as text: empty for a missing value, dates and numbers by ``locale``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return locale.toString(qdate(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, float | int) and not isinstance(value, bool):
        number = float(value)
        if math.isnan(number):
            return ""
        measure = (measures or {}).get(key) or MEASURES.get(key)
        digits = measure.digits if measure is not None else 0
        if digits == 0 and not number.is_integer():
            digits = 1
        return locale.toString(number, "f", digits)
    return str(value)
