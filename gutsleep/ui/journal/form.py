"""The day's form: every declared field (domain.fields) and the day's lists, in sections.

Each single value gets its input from its declaration (a number field, a clock
time, a choice with its words, a line or a box of text), its label and
description, and its place: two to a row in its section's grid, or a full-width
line after the section's lists. The form knows nothing about saving: it says
when something was edited, and the page decides.

Signals:
    edited(): a value was typed or chosen (save soon).
    finished(): a line of text was left (save now).
    lists_changed(): a list row was added, changed or removed (save now).
    counted(): a hot flush was added with its "+" button (save now).
    symptoms_chosen(keys): the symptoms to show were ticked or unticked (store the choice).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.fields import DAY_FIELDS, SECTION_FIELDS, Anchor, Field, Kind, build_entry
from gutsleep.domain.journal import DayEntry, HotFlushes, Symptoms
from gutsleep.domain.sleep import evening_or_morning, on_wake_day
from gutsleep.domain.summary import field_value
from gutsleep.domain.symptoms import SYMPTOM_ATTRS, SYMPTOMS
from gutsleep.domain.text import Message
from gutsleep.domain.validation import Problem
from gutsleep.ui.flow_layout import flow_container
from gutsleep.ui.journal import lists
from gutsleep.ui.journal.lists import DayList
from gutsleep.ui.journal.regimens import RegimenTicks
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import (
    ChoiceField,
    FieldBox,
    ListEditor,
    NumberField,
    TimeField,
    name_widget,
)


class DayForm(QWidget):
    """The sections of one day's entry, built from the field declaration.

    ``fields`` and ``boxes`` hold each single value's input and its frame by
    field key (``sleep.quality``); ``lists`` each list's editor by list key.
    ``derived``, ``window_line``, ``plant_count`` and ``copy_intakes`` are the
    read-outs and the button the page fills and answers.
    """

    edited = Signal()
    finished = Signal()
    lists_changed = Signal()
    counted = Signal()
    field_edited = Signal(str)  # the key of the field just typed in or chosen
    symptoms_chosen = Signal(object)  # the tuple of symptom names to show

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journal_form")
        self.fields: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.lists: dict[str, ListEditor] = {}
        self._grid_cells: dict[int, tuple[QGridLayout, list[tuple[QLabel, FieldBox]]]] = {}
        self.one_column = False
        #: The symptoms the person chose to see; one with a value on the day shown
        #: is shown all the same (see :meth:`show_symptoms`).
        self.symptoms_shown: frozenset[str] = frozenset(SYMPTOM_ATTRS)
        self._dropped: set[int] = set()  # the grid cells left out (by their box's id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for build in (
            self._build_sleep,
            self._build_flushes,
            self._build_symptoms,
            self._build_food,
            self._build_gut,
            self._build_stress,
            self._build_intakes,
            self._build_cycle_notes,
        ):
            layout.addWidget(build())

    # building -----------------------------------------------------------
    def _add(
        self,
        form: QFormLayout | QGridLayout,
        key: str,
        label: str,
        widget: QWidget,
        description: str = "",
        pos: tuple[int, int] | None = None,
    ) -> None:
        name_widget(widget, key.replace(".", "_"), label, description)
        box = FieldBox(widget)
        self.boxes[key] = box
        self.fields[key] = widget

        def emit_key(*_args: object, key: str = key) -> None:
            self.field_edited.emit(key)

        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.installEventFilter(self)  # Ctrl+Z is the day's undo (eventFilter)
        # Before `edited`: the page knows which field changed when it reacts.
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(emit_key)
        elif isinstance(widget, ChoiceField):
            widget.currentIndexChanged.connect(emit_key)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(emit_key)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.edited)
            widget.editingFinished.connect(self.finished)
        elif isinstance(widget, ChoiceField):
            widget.currentIndexChanged.connect(self.edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.edited)
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        if isinstance(form, QFormLayout):
            form.addRow(caption, box)
        else:
            assert pos is not None
            form.addWidget(caption, pos[0], pos[1] * 2)
            form.addWidget(box, pos[0], pos[1] * 2 + 1)
            self._grid_cells.setdefault(id(form), (form, []))[1].append((caption, box))

    def _add_fields(
        self, layout: QFormLayout | QGridLayout, section: str, placement: str = "grid"
    ) -> None:
        """Every declared field of ``section`` shown at ``placement``, in declaration
        order: two to a row in a grid, one to a row in a form."""
        fields = [f for f in SECTION_FIELDS[section] if f.placement == placement]
        for index, field in enumerate(fields):
            self._add(
                layout,
                field.key,
                tr(field.label),
                editor_for(field),
                tr(field.description) if field.description else "",
                pos=divmod(index, 2) if isinstance(layout, QGridLayout) else None,
            )
            if section == "flushes":  # made right after its field: Tab reaches it next
                self._add_plus(field)

    def _grid(self, section: str) -> QGridLayout:
        grid = QGridLayout()
        self._add_fields(grid, section)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _list(
        self, day_list: DayList, form: QFormLayout | None = None, caption: str = ""
    ) -> ListEditor:
        editor = ListEditor(
            day_list.key.replace(".", "_"), tr(day_list.label), day_list.columns(), self
        )
        editor.changed.connect(self.lists_changed)
        for widget in editor.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.installEventFilter(self)  # Ctrl+Z is the day's undo (eventFilter)
        self.lists[day_list.key] = editor
        if form is not None:
            form.addRow(caption or tr(day_list.label), editor)
        return editor

    def _group(self, title: str, name: str) -> QGroupBox:
        group = QGroupBox(title, self)
        group.setObjectName(name)
        return group

    def _build_sleep(self) -> QGroupBox:
        group = self._group(tr("Sleep — the night that ended this morning"), "group_sleep")
        layout = QVBoxLayout(group)
        layout.addLayout(self._grid("sleep"))
        form = QFormLayout()
        self._add_fields(form, "sleep", "wide")
        layout.addLayout(form)
        self.derived = QLabel(group)
        self.derived.setObjectName("derived_sleep")
        self.derived.setAccessibleName(tr("Sleep figures from the diary"))
        self.derived.setWordWrap(True)
        self.derived.setTextFormat(Qt.TextFormat.RichText)
        self.derived.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.derived)
        self.window_line = QLabel(group)  # filled with the details: it reads the planner
        self.window_line.setObjectName("journal_sleep_window")
        self.window_line.setAccessibleName(tr("Sleep window"))
        self.window_line.setWordWrap(True)
        self.window_line.hide()
        layout.addWidget(self.window_line)
        return group

    def _build_flushes(self) -> QGroupBox:
        """Day and night side by side, by severity; a "+" beside each count adds one
        as a flush happens, for those who count through the day."""
        group = self._group(
            tr("Hot flushes — today and the night that ended this morning"), "group_flushes"
        )
        layout = QVBoxLayout(group)
        layout.addLayout(self._grid("flushes"))
        self.flush_score = QLabel(group)
        self.flush_score.setObjectName("flush_score")
        self.flush_score.setAccessibleName(tr("Hot-flush score"))
        self.flush_score.setWordWrap(True)
        layout.addWidget(self.flush_score)
        return group

    def _add_plus(self, field: Field) -> None:
        number = self.fields[field.key]
        assert isinstance(number, NumberField)
        box = self.boxes[field.key]
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        box_layout = box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.removeWidget(number)
        row.addWidget(number)
        plus = QToolButton(box)
        plus.setText("+")
        name_widget(
            plus,
            f"{field.key.replace('.', '_')}_plus",
            tr("One more: {field}").format(field=tr(field.label)),
        )
        plus.clicked.connect(lambda: self._count_one(field.key))
        row.addWidget(plus)
        row.addStretch(1)  # the "+" beside its count, not at the far end of the cell
        box_layout.insertLayout(0, row)

    def _count_one(self, key: str) -> None:
        number = self.fields[key]
        assert isinstance(number, NumberField)
        try:
            count = number.number() or 0
        except ValueError as exc:  # what is typed can't be read: say so, keep it to correct
            self.boxes[key].show_problem(render(Message(str(exc))))
            number.setFocus()
            return
        number.set_number(count + 1)
        self.counted.emit()

    def show_flush_score(self, flushes: HotFlushes) -> None:
        """The day's score as typed, or nothing while no count is recorded."""
        score = flushes.score()
        text = (
            ""
            if score is None
            else tr("Hot-flush score: {score} (mild 1 … very severe 4 points each)").format(
                score=score
            )
        )
        self.flush_score.setText(text)
        self.flush_score.setVisible(bool(text))

    def _build_symptoms(self) -> QGroupBox:
        """One 0-3 choice per symptom, two to a row; a digit key picks the rating.

        "Choose symptoms…" opens a list under the ratings where each symptom is
        ticked to be shown; the choice is the person's (a setting the page stores).
        """
        group = self._group(tr("Symptoms — 0 none, 1 mild, 2 moderate, 3 severe"), "group_symptoms")
        layout = QVBoxLayout(group)
        self._symptom_grid = self._grid("symptoms")
        layout.addLayout(self._symptom_grid)
        self.symptoms_hidden_note = QLabel(group)
        self.symptoms_hidden_note.setObjectName("symptoms_hidden_note")
        self.symptoms_hidden_note.setWordWrap(True)
        self.symptoms_hidden_note.hide()
        layout.addWidget(self.symptoms_hidden_note)
        self.choose_symptoms = QPushButton(tr("&Choose symptoms…"), group)
        self.choose_symptoms.setCheckable(True)
        name_widget(
            self.choose_symptoms,
            "choose_symptoms",
            tr("Choose symptoms"),
            tr("Show or hide the list of symptoms to tick; a rating already kept stays shown"),
        )
        layout.addWidget(self.choose_symptoms, 0, Qt.AlignmentFlag.AlignLeft)
        self._symptom_layout = layout
        self.symptom_list: QListWidget | None = None  # made when first asked for
        self.choose_symptoms.toggled.connect(self._show_symptom_list)
        return group

    def _show_symptom_list(self, shown: bool) -> None:
        choices = self._symptom_choices()
        self.symptom_list_caption.setVisible(shown)
        choices.setVisible(shown)
        if shown:
            choices.setFocus()

    def _symptom_choices(self) -> QListWidget:
        """The tick list of symptoms, made the first time it is shown (not at start-up)."""
        if self.symptom_list is not None:
            return self.symptom_list
        group = self.choose_symptoms.parentWidget()
        self.symptom_list_caption = QLabel(tr("Symptoms shown in the journal:"), group)
        choices = self.symptom_list = QListWidget(group)
        name_widget(
            choices,
            "symptom_choice_list",
            tr("Symptoms shown"),
            tr("Tick the symptoms to show in the journal; Space ticks the current one"),
        )
        self.symptom_list_caption.setBuddy(choices)
        for symptom in SYMPTOMS:
            item = QListWidgetItem(tr(symptom.label))
            item.setData(Qt.ItemDataRole.UserRole, symptom.attr)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = symptom.attr in self.symptoms_shown
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            choices.addItem(item)
        choices.setCurrentRow(0)
        choices.setMaximumHeight(
            choices.sizeHintForRow(0) * len(SYMPTOMS) + 2 * choices.frameWidth()
        )
        choices.itemChanged.connect(lambda _item: self._symptom_ticked())
        self._symptom_layout.addWidget(self.symptom_list_caption)
        self._symptom_layout.addWidget(choices)
        QWidget.setTabOrder(self.choose_symptoms, choices)  # made last, reached right after
        return choices

    def _symptom_ticked(self) -> None:
        choices = self._symptom_choices()
        ticked = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (choices.item(row) for row in range(choices.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )
        self.symptoms_chosen.emit(ticked)

    def set_symptoms_shown(self, shown: frozenset[str], today: Symptoms | None = None) -> None:
        """Tick the symptoms chosen in the list and show them (and ``today``'s rated
        ones); without ``today`` they show at the next :meth:`fill`."""
        self.symptoms_shown = shown
        choices = self.symptom_list
        if choices is not None:
            choices.blockSignals(True)
            for row in range(choices.count()):
                item = choices.item(row)
                if item is not None:
                    on = item.data(Qt.ItemDataRole.UserRole) in shown
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            choices.blockSignals(False)
        if today is not None:
            self.show_symptoms(today)

    def show_symptoms(self, today: Symptoms) -> None:
        """The chosen symptoms, and any other with a rating on the day shown: a kept
        value is never hidden, only a symptom the person does not rate."""
        grid = self._symptom_grid
        cells = self._grid_cells[id(grid)][1]
        for symptom, (caption, box) in zip(SYMPTOMS, cells, strict=True):
            shown = symptom.attr in self.symptoms_shown or getattr(today, symptom.attr) is not None
            caption.setVisible(shown)
            box.setVisible(shown)
            if shown:
                self._dropped.discard(id(box))
            else:
                self._dropped.add(id(box))
        self._lay_out(grid, cells)
        hidden = len(self._dropped & {id(box) for _caption, box in cells})
        self.symptoms_hidden_note.setText(
            tr("Symptoms not shown: {n} (Choose symptoms… to show them)").format(n=hidden)
            if hidden
            else ""
        )
        self.symptoms_hidden_note.setVisible(bool(hidden))

    def _build_food(self) -> QGroupBox:
        group = self._group(tr("Food"), "group_food")
        form = QFormLayout(group)
        self._list(lists.FOODS, form)
        self._list(lists.PLANTS, form)
        self.plant_count = QLabel(group)
        self.plant_count.setWordWrap(True)
        self.plant_count.setObjectName("plant_count")
        form.addRow("", self.plant_count)
        form.addRow(self._grid("food"))
        self._list(lists.TRIGGER_FOODS, form)
        self._add_fields(form, "food", "wide")
        return group

    def _build_gut(self) -> QGroupBox:
        group = self._group(tr("Gut"), "group_gut")
        form = QFormLayout(group)
        form.addRow(self._grid("gut"))
        self._list(lists.BOWEL_MOVEMENTS, form)
        self._add_fields(form, "gut", "wide")
        return group

    def _build_stress(self) -> QGroupBox:
        group = self._group(tr("Stress, mood and exercise"), "group_stress")
        form = QFormLayout(group)
        form.addRow(self._grid("stress"))
        self._list(lists.PRACTICES, form, tr("What you did for stress"))
        self._add_fields(form, "stress", "wide")
        return group

    def _build_intakes(self) -> QGroupBox:
        group = self._group(tr("Supplements and medicines"), "group_intakes")
        layout = QVBoxLayout(group)
        self.regimen_ticks = RegimenTicks(group)
        layout.addWidget(self.regimen_ticks)
        layout.addWidget(self._list(lists.INTAKES))
        holder, buttons = flow_container(group)  # wraps at large font sizes
        self.copy_intakes = QPushButton(tr("Copy supplements from the last logged day"), group)
        name_widget(
            self.copy_intakes, "copy_intakes", tr("Copy supplements from the last logged day")
        )
        self.manage_regimens = QPushButton(tr("Medicines and hormone therapy…"), group)
        name_widget(
            self.manage_regimens,
            "manage_regimens",
            tr("Medicines and hormone therapy…"),
            tr("Add a regimen with its start, dose changes and stop, ticked here each day."),
        )
        buttons.addWidget(self.copy_intakes)
        buttons.addWidget(self.manage_regimens)
        layout.addWidget(holder)
        return group

    def _build_cycle_notes(self) -> QGroupBox:
        group = self._group(tr("Cycle and notes"), "group_cycle_notes")
        form = QFormLayout(group)
        self._add_fields(form, "", "wide")
        return group

    # layout -------------------------------------------------------------
    def reflow(self, one_column: bool) -> None:
        """Lay the two-column grids out in one column (or back) to fit the width.

        Cells were added row by row, so one column keeps the reading order, which
        is also the Tab order.
        """
        if one_column == self.one_column:
            return
        self.one_column = one_column
        for grid, cells in self._grid_cells.values():
            self._lay_out(grid, cells)

    def _lay_out(self, grid: QGridLayout, cells: list[tuple[QLabel, FieldBox]]) -> None:
        """Place the cells shown in reading order, one or two to a row; the cells
        left out (symptoms not chosen) leave no hole."""
        for caption, box in cells:
            grid.removeWidget(caption)
            grid.removeWidget(box)
        shown = [(caption, box) for caption, box in cells if id(box) not in self._dropped]
        for index, (caption, box) in enumerate(shown):
            row, column = (index, 0) if self.one_column else divmod(index, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
        grid.setColumnStretch(3, 0 if self.one_column else 1)

    # values -------------------------------------------------------------
    def fill(self, entry: DayEntry) -> None:
        """Show ``entry``'s values and lists; problems shown before are cleared."""
        for field in DAY_FIELDS:
            widget = self.fields.get(field.key)
            if widget is not None:
                show_value(widget, field_value(entry, field))
        for key, rows in lists.rows_of(entry).items():
            self.lists[key].set_rows(rows)
        for box in self.boxes.values():
            box.show_problem(None)
            box.show_warning(None)
        for editor in self.lists.values():
            editor.message.hide()
        self.show_symptoms(entry.symptoms)

    def collect(self, day: date, zone: str) -> tuple[DayEntry, list[Problem]]:
        """The entry for ``day`` as typed (its night in ``zone``), and the values that
        could not even be read."""
        refused: list[Problem] = []
        values: dict[str, dict[str, Any]] = {section: {} for section in SECTION_FIELDS}
        for field in DAY_FIELDS:
            widget = self.fields.get(field.key)
            if widget is None:
                continue
            try:
                value = typed_value(widget)
            except ValueError as exc:
                refused.append(Problem(field.key, Message(str(exc))))
                value = None
            if field.anchor is Anchor.EVENING:
                value = evening_or_morning(day, value)
            elif field.anchor is Anchor.WAKE_DAY:
                value = on_wake_day(day, value)
            values[field.section][field.attr] = value
        values["sleep"]["zone"] = zone
        listed = lists.values_of({key: editor.rows() for key, editor in self.lists.items()})
        for section, part in listed.items():
            values[section].update(part)
        return build_entry(day, values), refused

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark each refused value beside its input, or under its list."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(render(problem.message))
        for key, box in self.boxes.items():
            texts = by_field.get(key)
            box.show_problem(" ".join(texts) if texts else None)
        for key, editor in self.lists.items():
            texts = by_field.get(key) or by_field.get(lists.PROBLEM_KEYS.get(key, ""))
            if texts:
                editor.show_message(" ".join(texts))
            else:
                editor.message.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Shift+Z in a field go to Edit → Undo / Redo, the day's own steps,
        not the field's: one undo for every kind of field, and each undo is saved."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination() == _REDO_KEY
            )
        ):
            return True  # not taken by the field: the window's shortcut runs
        return super().eventFilter(watched, event)

    def show_warnings(self, key: str | None, texts: list[str]) -> None:
        """Show ``texts`` under the field ``key`` (the one just edited); clear the others."""
        for box_key, box in self.boxes.items():
            box.show_warning(" ".join(texts) if box_key == key and texts else None)


_REDO_KEY = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
)


def editor_for(field: Field) -> QWidget:
    """The input for a declared field: by its kind, its choices and its lines."""
    if field.choices:
        numbered = field.kind is Kind.INT
        return ChoiceField(
            [(v, f"{v} · {tr(words)}" if numbered else tr(words)) for v, words in field.choices]
        )
    if field.kind in (Kind.DATETIME, Kind.TIME):
        return TimeField()
    if field.kind is Kind.INT:
        return NumberField()
    if field.kind is Kind.TEXT and field.multiline:
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(110)
        return notes
    if field.kind is Kind.TEXT:
        return QLineEdit()
    raise AssertionError(f"no editor for {field.kind}")  # pragma: no cover


def show_value(widget: QWidget, value: Any) -> None:
    """Put a stored value into its input (a date-time shows its clock time)."""
    if isinstance(widget, TimeField):
        widget.set_clock(value.time() if isinstance(value, datetime) else value)
    elif isinstance(widget, NumberField):
        widget.set_number(value)
    elif isinstance(widget, ChoiceField):
        widget.set_value(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    else:  # pragma: no cover
        raise AssertionError(widget.objectName())


def typed_value(widget: QWidget) -> Any:
    """What an input holds, as its field's value; ValueError when it can't be read.

    Single-line text is kept without surrounding spaces; notes as typed.
    """
    if isinstance(widget, TimeField):
        return widget.clock()
    if isinstance(widget, NumberField):
        return widget.number()
    if isinstance(widget, ChoiceField):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    raise AssertionError(widget.objectName())  # pragma: no cover
