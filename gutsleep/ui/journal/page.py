"""The Journal page: one day's entry, saved as the user types.

A save that fails (a full disk, a read-only or busy journal, the file gone)
keeps the values: the day stays pending, the page says why above the form,
and the save is tried again, less and less often, until it goes through.

Signals:
    day_saved(object): a day (datetime.date) was written; other pages may refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.fields import FIELDS_BY_KEY
from gutsleep.domain.journal import (
    DayEntry,
    Intake,
    SleepDiary,
)
from gutsleep.domain.regimens import holds_intake
from gutsleep.domain.sleep import (
    compute_metrics,
    format_duration,
    missing_for_total_sleep,
)
from gutsleep.domain.validation import (
    FIRST_DAY,
    Problem,
    clock_change_notes,
    last_day,
    plausibility_warnings,
    validate_sleep,
)
from gutsleep.services.context import Services
from gutsleep.services.journal import save_failure
from gutsleep.storage.settings import CLOCK, JOURNAL_SYMPTOMS, chosen_symptoms
from gutsleep.ui.checkin_widget import CheckinWidget
from gutsleep.ui.journal.form import DayForm
from gutsleep.ui.journal.lists import INTAKES, PLANTS, distinct, intake_row
from gutsleep.ui.journal.search import JournalSearch
from gutsleep.ui.journal.trackers import TrackersSection
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import (
    announce,
    name_widget,
)

if TYPE_CHECKING:  # operations is imported at the first save, not before the day shows
    from gutsleep.domain.sleep_window import Window
    from gutsleep.ui.operations import Changes
    from gutsleep.ui.operations import Worker as Background

log = logging.getLogger(__name__)

AUTOSAVE_MS = 400
#: A failed save is tried again after this long, twice as long each time, up to the cap.
RETRY_FIRST_MS = 1000
RETRY_MAX_MS = 30000
#: How often the page looks whether the journal file is still the one open.
FILE_CHECK_MS = 15000
#: The start-up's background loading waits at most this long for a quiet moment on
#: this page (see _prepare_details); a save or another page needing it sooner loads
#: what it needs itself.
PRELOAD_AT_LATEST_MS = 5000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class JournalPage(QWidget):
    """One day's entry.

    With ``defer_details`` (the app's start-up) the day's values are shown
    first and the parts that read across the journal (the completers'
    suggestions, the week's plant count, the experiment check-in) are filled
    right after the page's first paint. The calendar's marks of logged days
    are read only while its popup is open (when it opens, on a month change,
    after a save).
    """

    page_id = "journal"
    day_saved = Signal(object)
    #: The planner's windows for this evening and for the night that ended this day.
    _planner_windows: tuple[Window | None, Window | None] = (None, None)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: date | None = None,
        *,
        defer_details: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("journal_page")
        self.services = services
        self._today = today
        self._loading = False
        self._dirty = False
        self._details_pending = False  # filled after the first paint (defer_details)
        self._details_scheduled = False
        self._background: Background | None = None  # the worker for the deferred details
        self._marks_stale = True  # the calendar's logged-day marks need reading
        self._two_column_width = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        # Days typed but not stored (a save failed), with the values that could not be read.
        self._unsaved: dict[date, tuple[DayEntry, list[Problem]]] = {}
        self._failure = ""  # the status while saves fail ("Not saved: …")
        self._retry_ms = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._write_unsaved)
        self._file_check = QTimer(self)
        self._file_check.setInterval(FILE_CHECK_MS)
        self._file_check.timeout.connect(self._check_file)
        self._file_check.start()

        outer = QVBoxLayout(self)
        outer.addLayout(self._build_navigator())
        self.search_panel = JournalSearch(services.journal.search, self)
        self.search_panel.day_chosen.connect(self._open_found)
        self.search_panel.closed.connect(lambda: self.date_edit.setFocus())
        outer.addWidget(self.search_panel)
        self.save_problem = QLabel(self)
        self.save_problem.setObjectName("save_problem")
        self.save_problem.setAccessibleName(tr("Save problem"))
        self.save_problem.setWordWrap(True)
        self.save_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.save_problem.setProperty("role", "error")  # the theme's error colour (ui.style)
        self.save_problem.hide()
        outer.addWidget(self.save_problem)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setObjectName("journal_scroll")
        self.scroll_area.setAccessibleName(tr("The day's entry"))
        body = self._body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.checkin = CheckinWidget(services, body)  # shown only while an experiment runs
        self.body_layout.addWidget(self.checkin)
        self.form = DayForm(body)
        self._warned_field: str | None = None  # the sleep field whose edit the warnings follow
        # Undo: the day as it was before each step (a field's typing is one step, a list
        # change or a "+" one each); cleared when another day is shown.
        self._undo: list[DayEntry] = []
        self._redo: list[DayEntry] = []
        self._step_field: str | None = None
        self._undo_watchers: list[Callable[[], None]] = []
        self.form.field_edited.connect(self._field_edited)
        self.form.lists_changed.connect(lambda: self._record_step(None))
        self.form.counted.connect(lambda: self._record_step(None))
        self.form.edited.connect(self._changed)
        self.form.finished.connect(self.save_now)
        self.form.lists_changed.connect(self._changed_now)
        self.form.counted.connect(self._update_derived)  # the score, as the "+" added one
        self.form.counted.connect(self._changed_now)
        self.form.copy_intakes.clicked.connect(self.copy_previous_intakes)
        self.form.symptoms_chosen.connect(self._symptoms_chosen)
        self.form.set_symptoms_shown(chosen_symptoms(services.settings.get(JOURNAL_SYMPTOMS)))
        self.form.manage_regimens.clicked.connect(self.open_regimens)
        self.form.regimen_ticks.toggled_intake.connect(self._regimen_ticked)
        self.form.lists_changed.connect(self._follow_regimen_ticks)
        self.derived = self.form.derived
        self.window_line = self.form.window_line
        self.plant_count = self.form.plant_count
        self.body_layout.addWidget(self.form)
        self.trackers = TrackersSection(services, body)  # filled with the details
        self.trackers.stored.connect(self._tracker_stored)
        self.body_layout.addWidget(self.trackers)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(body)
        self.scroll_area.viewport().installEventFilter(self)  # its width decides the columns
        outer.addWidget(self.scroll_area, 1)
        self.status = QLabel(self)
        self.status.setObjectName("journal_status")
        self.status.setAccessibleName(tr("Save status"))
        outer.addWidget(self.status)
        if services.database.read_only:
            self._show_read_only(outer, body)

        for key, sequence in (
            ("previous", QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)),
            ("next", QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right)),
            ("today", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T)),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(getattr(self, f"go_{key}"))
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_by_hand)

        self.current_day = self.today()
        self._stored = self.services.journal.blank(self.current_day)
        self.date_edit.setDate(_qdate(self.current_day))
        self._load(self.current_day, details=not defer_details)
        self.day_saved.connect(self._announce_saved)
        self.day_saved.connect(lambda _day: self.search_panel.refresh())

    # the window's Page protocol (ui/pages.py) ------------------------------
    def _announce_saved(self, day: date) -> None:
        """Tell the window a day was written, like any write (ui/operations): it tells
        the pages that show days, such as Trends; no page listens to this one."""
        from gutsleep.ui.operations import Changes, announce_changes  # at the first save

        announce_changes(Changes(days=frozenset({day})), self)

    def apply_changes(self, changes: Changes) -> None:
        """A replaced journal or a display setting (the clock, the symptoms shown): show
        the day again."""
        if changes.everything or {CLOCK.key, JOURNAL_SYMPTOMS.key} & changes.settings:
            self.form.symptoms_shown = chosen_symptoms(self.services.settings.get(JOURNAL_SYMPTOMS))
            self.reload()
        elif changes.regimens:
            self._update_regimen_ticks()

    def open_find(self) -> None:
        """Edit → Find (Ctrl+F): search every day's words (ui.journal.search)."""
        self.search_panel.open()

    def _open_found(self, day: date) -> None:
        """A day chosen in the search results: show it (asking first if a value can't be read)."""
        self.show_day(day)

    def _symptoms_chosen(self, names: tuple[str, ...]) -> None:
        """Store the symptoms ticked and show them; what is typed on the day stays."""
        from gutsleep.ui.operations import Changes, announce_changes

        self.services.settings.set(JOURNAL_SYMPTOMS, ",".join(names))
        entry, _refused = self.collect()
        self.form.set_symptoms_shown(frozenset(names), entry.symptoms)
        announce_changes(Changes(settings=frozenset({JOURNAL_SYMPTOMS.key})), self)

    # navigation ---------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def _build_navigator(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        name_widget(self.prev_button, "previous_day", tr("Previous day"), tr("Alt+Left"))
        self.prev_button.clicked.connect(self.go_previous)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        # Only the days validation keeps (1900 to a year from today) can be shown.
        self.date_edit.setDateRange(_qdate(FIRST_DAY), _qdate(last_day()))
        name_widget(
            self.date_edit, "day_picker", tr("Day shown"), tr("Days with an entry are bold")
        )
        self.date_edit.dateChanged.connect(self._date_picked)
        calendar = self.date_edit.calendarWidget()
        calendar.currentPageChanged.connect(self._calendar_page_changed)
        calendar.installEventFilter(self)  # marks logged days when the popup opens
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        name_widget(self.next_button, "next_day", tr("Next day"), tr("Alt+Right"))
        self.next_button.clicked.connect(self.go_next)
        self.today_button = QPushButton(tr("Today"), self)
        name_widget(self.today_button, "today_button", tr("Go to today"), tr("Ctrl+T"))
        self.today_button.clicked.connect(self.go_today)
        self.logged_label = QLabel(self)
        self.logged_label.setWordWrap(True)  # wraps rather than widening the window
        self.logged_label.setObjectName("logged_label")
        row.addWidget(self.prev_button)
        row.addWidget(self.date_edit)
        row.addWidget(self.next_button)
        row.addWidget(self.today_button)
        row.addSpacing(12)
        row.addWidget(self.logged_label, 1)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("save_state")
        self.save_state.setAccessibleName(tr("Saved or not"))
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.save_state.font()
        font.setBold(True)
        self.save_state.setFont(font)
        row.addWidget(self.save_state)
        return row

    def _show_save_state(self, text: str, *, failed: bool = False) -> None:
        """The header's saved / not saved / could not save, said when it changes."""
        if text == self.save_state.text() and bool(self.save_state.property("role")) == failed:
            return
        self.save_state.setText(text)
        self.save_state.setProperty("role", "error" if failed else None)
        style = self.save_state.style()
        style.unpolish(self.save_state)
        style.polish(self.save_state)
        if text:
            announce(self.save_state, text)
        else:
            self.save_state.setAccessibleDescription("")

    def go_previous(self) -> None:
        self.show_day(self.current_day - timedelta(days=1))

    def go_next(self) -> None:
        self.show_day(self.current_day + timedelta(days=1))

    def go_today(self) -> None:
        self.show_day(self.today())

    def show_day(self, day: date) -> None:
        self.date_edit.setDate(_qdate(day))

    def _date_picked(self, value: QDate) -> None:
        day = _pydate(value)
        if day == self.current_day:
            return
        if not self._may_leave_day():
            self.date_edit.blockSignals(True)  # back to the day shown, without a reload
            self.date_edit.setDate(_qdate(self.current_day))
            self.date_edit.blockSignals(False)
            return
        self.save_now()
        self.current_day = day
        self._load(day)
        self._say_day_shown()

    def _say_day_shown(self) -> None:
        """Say the day now shown and whether it has an entry: Alt+Left/Right leave the
        focus where it is, so a screen reader would otherwise say nothing of the change."""
        shown = QLocale().toString(_qdate(self.current_day), QLocale.FormatType.LongFormat)
        announce(self.logged_label, f"{shown}. {self.logged_label.text()}")

    def _calendar_page_changed(self, year: int, month: int) -> None:
        self._marks_stale = True
        if self.date_edit.calendarWidget().isVisible():
            self._mark_logged_days(year, month)

    def _refresh_marks(self) -> None:
        """Mark logged days now if the calendar is open, else when it next opens."""
        self._marks_stale = True
        if self.date_edit.calendarWidget().isVisible():
            self._mark_logged_days()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and self._marks_stale
            and watched is self.date_edit.calendarWidget()
        ):
            self._mark_logged_days()
        elif event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _mark_logged_days(self, year: int | None = None, month: int | None = None) -> None:
        self._marks_stale = False
        calendar = self.date_edit.calendarWidget()
        year = year or calendar.yearShown()
        month = month or calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = first + timedelta(days=50)
        logged = self.services.journal.logged_days(first, last)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        plain = QTextCharFormat()
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            calendar.setDateTextFormat(_qdate(day), bold if day in logged else plain)

    # fitting the form to the width ----------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Two columns when they fit the scroll area's width, else one.

        Also run when the scroll area's viewport is resized: a page built
        before it is shown (the app's start) gets its first resize while the
        scroll area is not laid out yet (a viewport a few pixels wide), and
        its own size may not change again once it is.
        """
        available = self.scroll_area.viewport().width()
        if not self.form.one_column:
            self._two_column_width = self._body.minimumSizeHint().width()
        self.form.reflow(available < self._two_column_width)

    # reading and writing the form ----------------------------------------
    def _load(self, day: date, *, details: bool = True) -> None:
        """Show ``day``; ``details=False`` leaves the details for after the next paint."""
        self._timer.stop()
        self._loading = True
        try:
            entry = self.services.journal.load(day)
            self._stored = entry
            pending = self._unsaved.get(day)
            self.form.fill(pending[0] if pending else entry)
        finally:
            self._loading = False
        self._dirty = False
        self._warned_field = None
        self._snapshot = pending[0] if pending else entry
        self._undo.clear()
        self._redo.clear()
        self._step_field = None
        self._undo_changed()
        self._refresh_marks()
        self._update_logged_label()
        self._update_derived()
        self._set_status(self._failure, say=False)
        if day in self._unsaved:
            self._show_save_state(tr("Not saved yet"), failed=bool(self._failure))
        else:
            self._show_save_state("" if self._stored.is_empty() else tr("Saved"))
        if details:
            self._fill_details()
        else:
            self._details_pending = True
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._details_pending and not self._details_scheduled:
            from gutsleep.ui.operations import when_idle

            # Once this frame is on screen, while the Journal is the page shown and
            # nothing keeps the window busy: a page opened at once goes first.
            self._details_scheduled = True
            when_idle(
                self,
                self._prepare_details,
                at_latest_ms=PRELOAD_AT_LATEST_MS,
                wanted=self.isVisible,
            )

    def _prepare_details(self) -> None:
        """Load what the details and saving need on a worker thread, then fill them in.

        At start-up the day is shown before SQLAlchemy is even imported (see
        storage.file.database); importing it, counting the suggestion lists and
        looking up today's experiments take a few hundred milliseconds on a
        long journal, which the window should not spend frozen, nor share with
        another page being opened (the worker holds Python's lock while it imports).
        """
        from gutsleep.ui.operations import Worker as Background

        if self._background is None:
            self._background = Background(self)

        def fill(_result: object = None) -> None:
            # Also after a failure: filling in here does the same work again, on this
            # thread, and shows what went wrong the way any failure on the page does.
            if self._details_pending:
                self._fill_details()

        self._background.run(self.services.preload, fill, fill)

    def _fill_details(self) -> None:
        """The parts that read across the journal: suggestions, the week's plants, check-in."""
        self._details_pending = False
        self._details_scheduled = False
        for editor in self.form.lists.values():
            for kind in editor.suggestion_kinds():
                editor.set_suggestions(kind, self.services.journal.suggestions(kind))
        self._update_plant_count()
        self.checkin.show_day(self.current_day)
        self._update_window_line()
        self.trackers.show_day(self.current_day)
        self._update_regimen_ticks()

    def _tracker_stored(self, day: date | None) -> None:
        """A tracker's value (or the trackers) changed: tell the pages, like a saved day."""
        if day is not None:
            self._announce_saved(day)

    def collect(self) -> tuple[DayEntry, list[Problem]]:
        """The entry as typed, and the values that could not even be read."""
        stored = self._stored.sleep
        zone = stored.zone if not stored.is_empty() else self.services.journal.zone
        return self.form.collect(self.current_day, zone)

    # saving -------------------------------------------------------------
    def _show_read_only(self, outer: QVBoxLayout, body: QWidget) -> None:
        """A journal that can't be written: say so above the day, and take no edits
        (they could never be saved)."""
        from gutsleep.storage.file.database import READ_ONLY_SAVE

        banner = QLabel(tr(READ_ONLY_SAVE), self)
        banner.setObjectName("journal_read_only")
        banner.setWordWrap(True)
        banner.setAccessibleName(tr("The journal can't be changed"))
        outer.insertWidget(1, banner)
        body.setEnabled(False)

    def _field_edited(self, key: str) -> None:
        if self._loading:
            return
        if key.startswith("sleep."):
            self._warned_field = key
        self._record_step(key)

    # undo and redo (the window's Edit menu: ui.pages.Undoable) ---------------
    def _record_step(self, key: str | None) -> None:
        """A change was made: the day as it was before it becomes an undo step, unless the
        change goes on typing in the field of the last step (``key`` None: always a step)."""
        if self._loading:
            return
        if key is None or key != self._step_field or not self._undo:
            self._undo.append(self._snapshot)
            self._redo.clear()
        self._step_field = key
        self._snapshot = self.collect()[0]
        self._undo_changed()

    def can_undo(self) -> bool:
        return bool(self._undo) and not self.services.database.read_only

    def can_redo(self) -> bool:
        return bool(self._redo) and not self.services.database.read_only

    def undo(self) -> None:
        """Show the day as it was before the last step, and save it so."""
        if self.can_undo():
            self._redo.append(self.collect()[0])
            self._restore(self._undo.pop(), tr("Undone."))

    def redo(self) -> None:
        """Put back the step undone last, and save it."""
        if self.can_redo():
            self._undo.append(self.collect()[0])
            self._restore(self._redo.pop(), tr("Redone."))

    def watch_undo(self, changed: Callable[[], None]) -> None:
        self._undo_watchers.append(changed)

    def _restore(self, entry: DayEntry, said: str) -> None:
        self._loading = True
        try:
            self.form.fill(entry)
        finally:
            self._loading = False
        self._snapshot = entry
        self._step_field = None
        self._dirty = True
        self.save_now()  # the day is stored as it is shown again
        self._update_derived()
        self._undo_changed()
        if not self._failure:
            self._set_status(said + " " + self.status.text())

    def _undo_changed(self) -> None:
        for changed in self._undo_watchers:
            changed()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._set_status(tr("Editing…"), say=False)  # said once saved, not at every key
        self._show_save_state(tr("Not saved yet"))  # said once, when it stops being saved
        self._timer.start()
        self._update_derived()

    def _changed_now(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_save_state(tr("Not saved yet"))
        self.save_now()

    def save_by_hand(self) -> None:
        """Ctrl+S: write the day as typed now, and say so (also when nothing changed)."""
        if self._loading or self.services.database.read_only:
            return
        self._dirty = True
        self.save_now()

    def save_now(self) -> None:
        """Write what is typed now (if anything changed); refused values keep their stored value.

        While saves fail, the day joins the pending ones and the next retry writes
        them all (trying at every key would hold the window for the busy timeout).
        """
        self._timer.stop()
        if self._loading:
            return
        if self._dirty:
            self._unsaved[self.current_day] = self.collect()
            self._dirty = False
        if self._retry.isActive():
            self._set_status(self._failure, say=False)
        elif self._unsaved:
            self._write_unsaved()

    def _write_unsaved(self) -> bool:
        """Store every pending day; on a failure keep them, say why and try again later."""
        for day, (entry, refused) in list(self._unsaved.items()):
            try:
                outcome = self.services.journal.save(entry, refused)
            except Exception as exc:  # any failure: the values stay, the person is told
                self._save_failed(exc)
                return False
            del self._unsaved[day]
            if day == self.current_day:
                self._stored = outcome.stored
                self.form.show_problems(outcome.problems)
                self._say_saved(ok=outcome.ok)
            self.day_saved.emit(day)
        if self._failure:  # the first save to go through after failures
            still_said = self.status.text() in ("", self._failure)
            self._failure, self._retry_ms = "", 0
            self.save_problem.hide()
            if still_said:  # only other days were pending: say they are saved now
                self._say_saved(ok=True)
        return True

    def _say_saved(self, *, ok: bool) -> None:
        now = datetime.now()
        stamp = now.strftime("%H:%M:%S")
        if ok:
            self._show_save_state(tr("Saved {time}").format(time=now.strftime("%H:%M")))
        else:
            self._show_save_state(
                tr("Saved {time}, except the marked fields").format(time=now.strftime("%H:%M")),
                failed=True,
            )
        if ok:
            self._set_status(tr("Saved at {time}.").format(time=stamp))
        else:
            self._set_status(
                tr(
                    "Saved at {time}, except the marked fields: their last valid values are kept."
                ).format(time=stamp)
            )
        self._update_logged_label()
        self._update_plant_count()
        self._refresh_marks()

    def _save_failed(self, exc: Exception) -> None:
        failure = save_failure(exc)
        log.warning("A journal save failed (%s)", failure.reason, exc_info=exc)
        self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS) if self._retry_ms else RETRY_FIRST_MS
        self._retry.start(self._retry_ms)
        self._failure = tr("Not saved: {reason}.").format(reason=tr(failure.reason))
        self._show_save_state(
            tr("Could not save: {reason}").format(reason=tr(failure.reason)), failed=True
        )
        if failure.file_gone:
            self._show_save_problem(self._file_gone_text())
        else:
            self._show_save_problem(
                self._failure
                + " "
                + tr("Your changes are kept in the form; gutsleep keeps trying to save them.")
            )
        self._set_status(self._failure)

    @staticmethod
    def _file_gone_text() -> str:
        return tr(
            "The journal file was removed or replaced while gutsleep was open; your last "
            "changes are kept in the form — export them or restart."
        )

    def _show_save_problem(self, text: str) -> None:
        if self.save_problem.text() != text or self.save_problem.isHidden():
            self.save_problem.setText(text)
            self.save_problem.show()
            announce(self.save_problem, text)

    def _check_file(self) -> None:
        """Say so at once when the journal file was removed or replaced, before a save."""
        try:
            replaced = self.services.journal.file_replaced()
        except Exception:  # a check that can't run says nothing new
            log.exception("Checking the journal file failed")
            return
        if replaced:
            self._show_save_problem(self._file_gone_text())
        elif not self._failure:
            self.save_problem.hide()

    def unreadable(self) -> list[str]:
        """Typed values that can't be read, so are not saved: "label “text”" each."""
        if self._loading:
            return []
        self.trackers.commit_all()
        _entry, refused = self.collect()
        shown = []
        for problem in refused:
            widget = self.form.fields.get(problem.field)
            field = FIELDS_BY_KEY.get(problem.field)
            label = tr(field.label) if field is not None else problem.field
            text = widget.text() if isinstance(widget, QLineEdit) else ""
            shown.append(f"{label} “{text.strip()}”")
        return shown + self.trackers.unsaved()

    def _may_leave_day(self) -> bool:
        """Before another day is shown: a value that can't be read would be lost, so ask."""
        unreadable = self.unreadable()
        if not unreadable:
            return True
        from gutsleep.ui import dialogs

        return dialogs.ask(
            self,
            tr("Leave this day?"),
            tr(
                "What is typed here can't be read, so it is not saved: {values}. Leave the day "
                "anyway? Choose No to correct it."
            ).format(values=", ".join(unreadable)),
        )

    def has_unsaved(self) -> bool:
        """Whether typed values are not stored yet (a save failed, or is about to run)."""
        return self._dirty or bool(self._unsaved) or bool(self.trackers.unsaved())

    def unsaved_entries(self) -> list[DayEntry]:
        """The days typed but not stored, as typed (for exporting them before quitting)."""
        if self._dirty and not self._loading:
            self._unsaved[self.current_day] = self.collect()
            self._dirty = False
        return [entry for entry, _refused in self._unsaved.values()]

    def reload(self) -> None:
        """Save what is pending, then show the day again (after a display setting changed)."""
        self.save_now()
        self._load(self.current_day)

    def flush(self) -> None:
        """Save anything pending, failed ones once more; called before the window closes.

        Also lets the start-up's loading finish (a fraction of a second), so the
        journal is not closed under it.
        """
        self._timer.stop()
        if self._dirty and not self._loading:
            self._unsaved[self.current_day] = self.collect()
            self._dirty = False
        if not self._loading:
            self.trackers.commit_all()
        if self._unsaved:
            self._retry.stop()
            self._write_unsaved()
        if self._background is not None:
            self._background.wait()

    # read-outs ---------------------------------------------------------
    def _update_derived(self) -> None:
        entry, refused = self.collect()
        self.form.show_flush_score(entry.flushes)
        self._show_warnings(entry, refused)
        if any(p.field.startswith("sleep.") for p in refused) or validate_sleep(entry.sleep):
            self.derived.setText(tr("Sleep figures appear once the times fit together."))
            self._show_window_line(None)
            return
        self._show_window_line(entry.sleep)
        metrics = compute_metrics(entry.sleep)
        total = format_duration(metrics.total_sleep_min)
        if metrics.total_sleep_min is None and entry.sleep.lights_out and entry.sleep.final_wake:
            needs = missing_for_total_sleep(entry.sleep)  # a blank is not 0 minutes
            if needs == "sleep_onset_min":
                total += " " + tr("(needs minutes to fall asleep)")
            elif needs == "waso_min":
                total += " " + tr("(needs minutes awake in the night)")
        parts = [
            (tr("Time in bed"), format_duration(metrics.time_in_bed_min)),
            (tr("Total sleep"), total),
            (tr("Falling asleep"), format_duration(metrics.sleep_onset_min)),
            (tr("Awake in the night"), format_duration(metrics.waso_min)),
            (
                tr("Sleep efficiency"),
                "—"
                if metrics.sleep_efficiency_pct is None
                else f"{metrics.sleep_efficiency_pct:.0f}\u00a0%",
            ),
        ]
        text = "   ·   ".join(f"{label}: <b>{value}</b>" for label, value in parts)
        for note in clock_change_notes(entry.sleep):  # kept, but said how it is read
            text += "<br>⚠ " + render(note.message)  # plain words and HH:MM: no markup
        self.derived.setText(text)

    def _show_warnings(self, entry: DayEntry, refused: list[Problem]) -> None:
        """Possible but unlikely values, said beside the sleep field just edited (never refused)."""
        if self._warned_field is None or any(p.field.startswith("sleep.") for p in refused):
            self.form.show_warnings(None, [])
            return
        warnings = plausibility_warnings(entry.day, entry.sleep, self.today())
        self.form.show_warnings(self._warned_field, [render(w) for w in warnings])

    def _update_window_line(self) -> None:
        """Read the planner's windows for this evening and the night before, then show them."""
        planner = self.services.sleep_window
        try:
            tonight = planner.tonight(self.current_day)
            last_night = planner.tonight(self.current_day - timedelta(days=1))
        except Exception:
            log.exception("could not read the sleep window")
            tonight = last_night = None
        self._planner_windows = (
            tonight.window if tonight else None,
            last_night.window if last_night else None,
        )
        self._show_window_line(self.collect()[0].sleep)

    def _show_window_line(self, sleep: SleepDiary | None) -> None:
        """Tonight's target, and whether the night as typed kept its window (no reading)."""
        tonight, last_night = self._planner_windows
        if tonight is None and last_night is None:
            self.window_line.hide()
            return
        from gutsleep.domain.sleep_window import kept_window
        from gutsleep.ui.sleep_window_page import kept_sentence, window_sentence

        lines = []
        if tonight is not None:
            lines.append(
                tr("Sleep window tonight: {window}").format(window=window_sentence(tonight))
            )
        if last_night is not None and sleep is not None:
            kept = kept_sentence(kept_window(sleep, self.current_day, last_night))
            if kept:
                lines.append(kept)
        self.window_line.setText("\n".join(lines))
        self.window_line.setAccessibleDescription(self.window_line.text())
        self.window_line.setVisible(bool(lines))

    def on_shown(self) -> None:
        """The planner may have a new window since the day was shown."""
        if not self._details_pending:
            self._update_window_line()

    def _update_logged_label(self) -> None:
        if self.services.journal.logged_days(self.current_day, self.current_day):
            self.logged_label.setText(tr("This day has an entry."))
        else:
            self.logged_label.setText(tr("Nothing logged for this day yet."))

    def _update_plant_count(self) -> None:
        week = self.services.journal.plants_this_week(self.current_day)
        # counted as saving stores them: the same plant in other capitals or spacing once
        today = len(distinct(str(r["name"]) for r in self.form.lists[PLANTS.key].rows()))
        self.plant_count.setText(
            tr(
                "{today} different plants today, {week} so far this week "
                "(30 a week is a common goal)."
            ).format(today=today, week=week)
        )

    def copy_previous_intakes(self) -> None:
        source = self.services.journal.previous_intakes(self.current_day)
        if source is None:
            self._set_status(tr("No earlier day lists supplements or medicines."))
            return
        present = {str(r["name"]).casefold() for r in self.form.lists[INTAKES.key].rows()}
        rows = [intake_row(i) for i in source.intakes if i.name.casefold() not in present]
        self.form.lists[INTAKES.key].add_rows(rows)
        self._set_status(
            tr("Copied {n} from {day}.").format(n=len(rows), day=source.day.isoformat())
        )

    # regimens -----------------------------------------------------------
    def _present_intakes(self) -> list[Intake]:
        return [
            Intake(str(r["name"]), str(r.get("dose") or ""))
            for r in self.form.lists[INTAKES.key].rows()
        ]

    def _update_regimen_ticks(self) -> None:
        """Offer the regimens taken on the shown day as ticks (read after the first paint)."""
        try:
            intakes = [i for _r, i in self.services.regimens.intakes_on(self.current_day)]
        except Exception:
            log.exception("could not read the regimens")
            intakes = []
            self._set_status(tr("Your regimens could not be read. Details are in the log."))
        self.form.regimen_ticks.set_intakes(intakes, self._present_intakes())

    def _follow_regimen_ticks(self) -> None:
        self.form.regimen_ticks.follow(self._present_intakes())

    def _regimen_ticked(self, intake: Intake, taken: bool) -> None:
        """Add the regimen's intake row to the day's list, or take it out again."""
        editor = self.form.lists[INTAKES.key]
        if taken:
            if not holds_intake(self._present_intakes(), intake):
                editor.add_rows([intake_row(intake)])
            return
        rows = editor.rows()
        kept = [
            r
            for r in rows
            if not holds_intake([Intake(str(r["name"]), str(r.get("dose") or ""))], intake)
        ]
        if len(kept) != len(rows):
            editor.set_rows(kept)
            editor.changed.emit()

    def open_regimens(self) -> None:
        """The regimens dialog; what it writes reaches the ticks here and every other page."""
        from gutsleep.ui.journal.regimens import RegimensDialog
        from gutsleep.ui.operations import Changes, announce_changes

        dialog = RegimensDialog(self.services.regimens, self.current_day, self)

        def changed() -> None:
            self._update_regimen_ticks()
            announce_changes(Changes(regimens=True), self)

        dialog.changed.connect(changed)
        dialog.exec()
        dialog.deleteLater()

    def _set_status(self, text: str, *, say: bool = True) -> None:
        """Show a save or copy message and have screen readers say it (or just read it)."""
        self.status.setText(text)
        if say:
            announce(self.status, text)
        else:
            self.status.setAccessibleDescription(text)
