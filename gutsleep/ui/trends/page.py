"""The Trends page: sleep, factors, plants and the gut over time, and honest insights.

matplotlib is imported only when the page is first shown (never at start-up):
nothing at module level here touches it. The journal is read and the
insights computed on the page's own :class:`~gutsleep.ui.operations.Worker`
(one job at a time so the database sees one reader); results come back on
the GUI thread and only then are widgets touched. Saved days and imports are
told by the main window (:meth:`TrendsPage.apply_changes`). Figures are
built per tab the first time the tab is shown; a range change only moves
the axes of the charts already built.

Every figure has a text alternative: a short summary under it, also set as
the canvas' accessible description.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gutsleep.analysis.series import MEASURES
from gutsleep.charts.choices import FACTOR_CHOICES, SLEEP_MEASURES
from gutsleep.domain.text import N_
from gutsleep.domain.trackers import tracker_uid
from gutsleep.services.context import Services
from gutsleep.storage.settings import (
    TRENDS_COMPARE,
    TRENDS_CUSTOM_FROM,
    TRENDS_CUSTOM_TO,
    TRENDS_CYCLE_OVERLAY,
    TRENDS_FACTORS,
    TRENDS_RANGE,
)
from gutsleep.ui import dialogs
from gutsleep.ui.flow_layout import flow_container
from gutsleep.ui.operations import Changes
from gutsleep.ui.style import is_dark
from gutsleep.ui.tr import prose_date, tr
from gutsleep.ui.trends.chart_view import ChartView
from gutsleep.ui.trends.data_table import DataTableDialog
from gutsleep.ui.trends.dates import parse_iso, pydate, qdate
from gutsleep.ui.trends.insights_panel import InsightsPanel
from gutsleep.ui.trends.jobs import Jobs
from gutsleep.ui.widgets import name_widget

if TYPE_CHECKING:
    from gutsleep.analysis.series import DailyFrame
    from gutsleep.charts.base import Chart
    from gutsleep.charts.theme import ChartTheme
    from gutsleep.domain.cycles import CycleReport
    from gutsleep.domain.regimens import RegimenEvent

log = logging.getLogger(__name__)

RANGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("14d", N_("Last 2 weeks")),
    ("30d", N_("Last 30 days")),
    ("90d", N_("Last 90 days")),
    ("1y", N_("Last year")),
    ("all", N_("All")),
    ("custom", N_("Custom…")),
)


TABS: tuple[tuple[str, str], ...] = (
    ("sleep", N_("Sleep")),
    ("factors", N_("Factors")),
    ("plants", N_("Plant variety")),
    ("gut", N_("Gut")),
    ("insights", N_("Insights")),
    ("window", N_("Sleep window")),
    ("transition", N_("Hot flushes and cycles")),
    ("device", N_("Diary and device")),
    ("compare", N_("Compare")),
)


FIGURE_FILTERS = N_("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)")


CSV_FILTERS = N_("CSV file (*.csv)")


#: The insights start once the first figure is painted, or after this long at the latest.
INSIGHTS_AT_LATEST_MS = 2000


#: Read first, for a short range: its days and this many before (the 7-day mean and
#: whole weeks at its start), so its figure shows before the whole journal is read.
WINDOW_MARGIN_DAYS = 14


@dataclass(frozen=True)
class _Loaded:
    """What the worker read: the full history and its weekly views.

    ``covers`` names the days read when only the window around the range
    shown was read first (the whole history follows); None for the whole.
    """

    frame: DailyFrame
    plants: list[tuple[int, int, int]]
    bristol: list[tuple[date, tuple[int, ...]]]
    span: tuple[date, date] | None
    fingerprint: object
    covers: tuple[date, date] | None = None
    windows: tuple[tuple[date, float | None, int | None], ...] = ()
    cycles: CycleReport | None = None  # read with the whole journal only
    device: tuple[tuple[date, float | None, float | None], ...] = ()
    """Nights from other apps beside the diary's (wake day, diary TST, device asleep)."""
    #: Every regimen change (hormone therapy, medicines), drawn on every time chart.
    markers: tuple[RegimenEvent, ...] = ()

    def covering(self, bounds: tuple[date, date] | None) -> bool:
        """Whether these data hold everything a figure of ``bounds`` shows."""
        if self.covers is None:
            return True
        return bounds is not None and self.covers[0] <= bounds[0] and bounds[1] <= self.covers[1]


class TrendsPage(QWidget):
    """Figures of the journal over a chosen range, and the insights list.

    Signals:
        loaded(): the journal was read and the built figures show it.
        insights_ready(): the insights list was filled.
    """

    loaded = Signal()
    insights_ready = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.trends = services.trends
        self.setObjectName("trends_page")
        self.jobs = Jobs(self)  # one worker: reading, insights
        self.jobs.changed.connect(self._update_working)
        self._data: _Loaded | None = None
        self._insights_waiting: int | None = None  # the reading whose insights are due
        self._insights_range: tuple[date | None, date | None] | None = None  # what they cover
        self._all_waiting: int | None = None  # the reading whose whole journal is due
        self._stale = True
        self.charts: dict[str, Chart] = {}
        self.views: dict[str, ChartView] = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_controls())
        self.tabs = QTabWidget(self)
        name_widget(self.tabs, "trends_tabs", tr("Trend views"))
        self.tabs.tabBar().setAccessibleName(tr("Trend views"))
        self.tab_pages: dict[str, QWidget] = {}
        #: The layout of each tab's page, where its chart (or panel) goes.
        self.tab_layouts: dict[str, QVBoxLayout] = {}
        for key, title in TABS:
            # Each tab scrolls when the window is too small for a chart and its text
            # (large fonts, small screens) instead of squeezing them out of sight.
            holder = QScrollArea(self.tabs)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setObjectName(f"trends_tab_{key}")
            holder.setAccessibleName(tr(title))
            page = QWidget(holder)
            page.setObjectName(f"trends_tab_{key}_content")
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(4, 4, 4, 4)
            self.tab_layouts[key] = page_layout
            holder.setWidget(page)
            self.tab_pages[key] = page
            self.tabs.addTab(holder, tr(title))
        self._build_factor_list()
        self._build_cycle_notes()
        self._build_compare()
        self._build_insights()
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
        layout.addWidget(self.tabs, 1)
        self._tab_keys()
        self._restore_range()

    # -- building ------------------------------------------------------------------

    def _tab_keys(self) -> None:
        """Ctrl+Page Down / Ctrl+Tab and Ctrl+Page Up / Ctrl+Shift+Tab switch tabs from
        anywhere on the page: QTabWidget only hears them when the focused widget leaves
        them alone, and the Range box would take Ctrl+Page Down as "last range"."""
        for keys, step in (
            (("Ctrl+PgDown", "Ctrl+Tab"), 1),
            (("Ctrl+PgUp", "Ctrl+Shift+Tab", "Ctrl+Backtab"), -1),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda step=step: self.step_tab(step))

    def step_tab(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) tab, going round at the ends."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _build_controls(self) -> QWidget:
        holder, row = flow_container(self)
        label = QLabel(tr("&Range:"), self)
        self.range_combo = QComboBox(self)
        name_widget(self.range_combo, "trends_range", tr("Range shown"))
        for key, title in RANGE_CHOICES:
            self.range_combo.addItem(tr(title), key)
        label.setBuddy(self.range_combo)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, name, title in (
            (self.date_from, "trends_from", tr("First day shown")),
            (self.date_to, "trends_to", tr("Last day shown")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            name_widget(edit, name, title)
            edit.dateChanged.connect(lambda _value: self._custom_changed())
        self.to_label = QLabel(tr("to"), self)
        self.overlay = QCheckBox(tr("Shade b&leeding days"), self)
        name_widget(
            self.overlay,
            "trends_cycle_overlay",
            tr("Shade bleeding days"),
            tr("Shade the days with menstrual bleeding or spotting on every time axis"),
        )
        self.overlay.setChecked(self.services.settings.get(TRENDS_CYCLE_OVERLAY))
        self.overlay.toggled.connect(self._overlay_toggled)
        self.working = QLabel(tr("Working…"), self)
        self.working.setObjectName("trends_working")
        self.working.setAccessibleName(tr("Working…"))
        self.working.hide()
        self.status = QLabel(self)
        self.status.setObjectName("trends_status")
        self.status.setWordWrap(False)
        self.save_figure_button = QPushButton(tr("Sa&ve figure…"), self)
        name_widget(
            self.save_figure_button,
            "trends_save_figure",
            tr("Save figure"),
            tr("Save the figure shown as a PNG, SVG or PDF file"),
        )
        self.save_figure_button.clicked.connect(self.save_figure)
        self.save_csv_button = QPushButton(tr("Save data as &CSV…"), self)
        name_widget(
            self.save_csv_button,
            "trends_save_csv",
            tr("Save data as CSV"),
            tr("Save the numbers behind the figure shown as a CSV file"),
        )
        self.save_csv_button.clicked.connect(self.save_csv)
        self.table_button = QPushButton(tr("Data &table…"), self)
        name_widget(
            self.table_button,
            "trends_data_table",
            tr("Show the data as a table"),
            tr("The numbers behind the figure shown, one row per day or week, in a table"),
        )
        self.table_button.clicked.connect(self.show_data_table)
        self.table_dialog: DataTableDialog | None = None
        controls: tuple[QWidget, ...] = (
            label,
            self.range_combo,
            self.date_from,
            self.to_label,
            self.date_to,
            self.overlay,
            self.working,
            self.status,
            self.save_figure_button,
            self.save_csv_button,
            self.table_button,
        )
        for widget in controls:
            row.addWidget(widget)
        self.range_combo.currentIndexChanged.connect(lambda _index: self._range_changed())
        return holder

    def _build_factor_list(self) -> None:
        page = self.tab_pages["factors"]
        row = QHBoxLayout()
        self.tab_layouts["factors"].addLayout(row)
        column = QVBoxLayout()
        hint = QLabel(tr("Show beside sleep:"), page)
        self.factor_list = QListWidget(page)
        name_widget(
            self.factor_list,
            "trends_factor_list",
            tr("Factors shown"),
            tr("Tick the factors to show under the sleep panel; Space ticks the current one"),
        )
        hint.setBuddy(self.factor_list)
        chosen = self._saved_factors()
        for key in FACTOR_CHOICES:
            item = QListWidgetItem(tr(MEASURES[key].label))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.factor_list.addItem(item)
        self._add_tracker_items(chosen)
        self.factor_list.setCurrentRow(0)
        self.factor_list.setFixedWidth(250)
        self.factor_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factor_list.itemChanged.connect(lambda _item: self._factors_changed())
        column.addWidget(hint)
        column.addWidget(self.factor_list, 1)
        row.addLayout(column)
        self.factor_area = QVBoxLayout()
        row.addLayout(self.factor_area, 1)

    def _build_cycle_notes(self) -> None:
        """Under the hot flushes and cycles: the cycles in words, how they are counted,
        and what STRAW+10 says of them with its source (never a verdict)."""
        from gutsleep.domain.cycles import RULE_NOTE, STRAW_NOTE

        page = self.tab_pages["transition"]
        self.cycle_facts = QLabel(page)
        self.cycle_facts.setObjectName("trends_cycle_facts")
        self.cycle_facts.setAccessibleName(tr("Cycles in words"))
        self.cycle_notes = QLabel(tr(RULE_NOTE) + "\n\n" + tr(STRAW_NOTE), page)
        self.cycle_notes.setObjectName("trends_cycle_note")
        self.cycle_notes.setAccessibleName(tr("How cycles are counted, and STRAW+10"))
        for label in (self.cycle_facts, self.cycle_notes):
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.tab_layouts["transition"].addWidget(label)

    def _show_cycle_facts(self) -> None:
        from gutsleep.domain.cycles import describe
        from gutsleep.ui.tr import localised

        cycles = self._data.cycles if self._data is not None else None
        if cycles is None:
            self.cycle_facts.setText(tr("Working…"))
            return
        self.cycle_facts.setText(" ".join(localised(m) for m in describe(cycles)))

    def _build_compare(self) -> None:
        """Two measure choosers above the compare view's figure."""
        page = self.tab_pages["compare"]
        holder, row = flow_container(page)
        saved = [k for k in self.services.settings.get(TRENDS_COMPARE).split(",") if k in MEASURES]
        chosen = saved if len(saved) == 2 else ["stress", "se"]
        self.compare_combos: list[QComboBox] = []
        for text, name, title, description, key in (
            (
                tr("&Measure:"),
                "trends_compare_a",
                tr("First measure compared"),
                tr("Drawn in the upper panel and along the scatter's horizontal axis"),
                chosen[0],
            ),
            (
                tr("Ag&ainst:"),
                "trends_compare_b",
                tr("Second measure compared"),
                tr("Drawn in the lower panel and up the scatter's vertical axis"),
                chosen[1],
            ),
        ):
            label = QLabel(text, page)
            combo = QComboBox(page)
            name_widget(combo, name, title, description)
            for measure in MEASURES.values():
                combo.addItem(tr(measure.label), measure.key)
            combo.setCurrentIndex(max(combo.findData(key), 0))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _index: self._compare_changed())
            row.addWidget(label)
            row.addWidget(combo)
            self.compare_combos.append(combo)
        self.tab_layouts["compare"].addWidget(holder)

    def compared(self) -> tuple[str, str]:
        """The two measures the compare view shows."""
        a, b = (str(combo.currentData()) for combo in self.compare_combos)
        return a, b

    def _compare_changed(self) -> None:
        a, b = self.compared()
        self.services.settings.set(TRENDS_COMPARE, f"{a},{b}")
        chart: Any = self.charts.get("compare")
        if chart is not None:
            chart.set_measures(a, b)
            self.views["compare"].redraw()

    def _build_insights(self) -> None:
        self.insights = InsightsPanel(self._frame, self._theme, self.tab_pages["insights"])
        self.tab_layouts["insights"].addWidget(self.insights, 1)

    def _frame(self) -> DailyFrame | None:
        return self._data.frame if self._data is not None else None

    # -- settings ------------------------------------------------------------------------

    def _add_tracker_items(self, chosen: list[str]) -> None:
        """The trackers of the person's own, after the built-in factors, named as they are."""
        try:
            trackers = self.services.trackers.trackers()
        except Exception:  # the built-in factors still work; the log says why
            log.warning("Reading the trackers for Trends failed", exc_info=True)
            return
        for tracker in trackers:
            item = QListWidgetItem(tracker.name)
            item.setToolTip(tracker.name)
            item.setData(Qt.ItemDataRole.UserRole, tracker.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = tracker.key in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.factor_list.addItem(item)

    def _refresh_tracker_items(self) -> None:
        """Trackers added, renamed or deleted since the list was made: list them again."""
        chosen = self.chosen_factors()
        self.factor_list.blockSignals(True)
        for row in reversed(range(self.factor_list.count())):
            item = self.factor_list.item(row)
            if tracker_uid(str(item.data(Qt.ItemDataRole.UserRole))) is not None:
                self.factor_list.takeItem(row)
        self._add_tracker_items(chosen)
        self.factor_list.blockSignals(False)

    def _saved_factors(self) -> list[str]:
        text = self.services.settings.get(TRENDS_FACTORS)
        return [
            k
            for k in (p.strip() for p in text.split(","))
            if k in FACTOR_CHOICES or tracker_uid(k) is not None
        ]

    def chosen_factors(self) -> list[str]:
        chosen = []
        for row in range(self.factor_list.count()):
            item = self.factor_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def _restore_range(self) -> None:
        settings = self.services.settings
        today = date.today()
        first = parse_iso(settings.get(TRENDS_CUSTOM_FROM)) or today - timedelta(days=29)
        last = parse_iso(settings.get(TRENDS_CUSTOM_TO)) or today
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        index = self.range_combo.findData(settings.get(TRENDS_RANGE))
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(index if index >= 0 else 1)
        self.range_combo.blockSignals(False)
        self._show_custom_edits()

    def _show_custom_edits(self) -> None:
        custom = self.range_combo.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

    def range_choice(self) -> str:
        return str(self.range_combo.currentData())

    def bounds(self) -> tuple[date, date] | None:
        """The days the figures show now; None for "All" on an empty journal."""
        from gutsleep.services.trends import range_bounds

        span = self._data.span if self._data is not None else None
        return range_bounds(
            self.range_choice(),
            date.today(),
            span,
            pydate(self.date_from.date()),
            pydate(self.date_to.date()),
        )

    # -- showing ------------------------------------------------------------------------

    def on_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        if self._data is not None and not self._stale:
            try:
                changed = self.trends.fingerprint() != self._data.fingerprint
            except Exception:  # the journal is being replaced; load again below
                changed = True
            self._stale = changed
        if self._stale:
            self.reload()
        else:
            self._tab_shown()

    def apply_changes(self, changes: Changes) -> None:
        """Told by the window: saved days make the figures stale; a replaced journal is read."""
        if changes.everything:
            self.reload()
        elif changes.days or changes.regimens:
            self._stale = True
            self.trends.invalidate()

    def _run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        *,
        insights: bool = False,
        quiet: bool = False,
    ) -> None:
        """Run ``work`` on the worker; ``quiet`` work (the insights, the rest of the
        journal behind a figure already shown) does not show "Working…"."""
        status = self.insights.status if insights else self.status
        self.jobs.run(work, done, status.setText, quiet=quiet or insights)

    def _update_working(self) -> None:
        # "Working…" while the journal is read for what is to be shown (the insights
        # say so in their own tab).
        beyond = self._data is not None and not self._data.covering(self.bounds())
        self.working.setVisible(self.jobs.waited_for or beyond)
        self.save_figure_button.setEnabled(self._data is not None)
        self.save_csv_button.setEnabled(self._data is not None)
        self.table_button.setEnabled(self._data is not None and self.current_tab() != "insights")

    @property
    def busy(self) -> bool:
        """A job is reading the journal or working out the insights (or about to)."""
        return (
            self.jobs.running > 0
            or self._insights_waiting is not None
            or self._all_waiting is not None
        )

    def reload(self) -> None:
        """Read the journal again (off the GUI thread), then the insights.

        The first time, for a short range, the days around it are read first and
        its figure drawn; the whole journal is read once that is on screen.
        """
        self.jobs.invalidate()
        self._stale = False
        self._refresh_tracker_items()
        trends = self.trends
        trends.invalidate()
        window = self._first_window()
        if window is None:
            self._run(self._read_all, self._loaded)
            return

        def read_window() -> _Loaded:
            import gutsleep.charts.timeseries  # warms matplotlib up off the GUI thread
            import gutsleep.charts.weekly  # noqa: F401

            frame, plants, bristol = trends.window(*window)
            fingerprint = trends.fingerprint()
            return _Loaded(
                frame,
                plants,
                bristol,
                fingerprint[1],
                fingerprint,
                covers=window,
                windows=self._planner_weeks(),
                markers=self._regimen_markers(),
            )

        self._run(read_window, self._window_loaded)

    def _read_all(self) -> _Loaded:
        """On the worker: the whole journal (through the service's cache)."""
        import gutsleep.charts.timeseries  # warms matplotlib up off the GUI thread
        import gutsleep.charts.weekly  # noqa: F401
        from gutsleep.services.foreign import night_pairs

        trends = self.trends
        frame = trends.full_frame()
        return _Loaded(
            frame,
            trends.weekly_plants(),
            trends.bristol_weeks(),
            trends.span(),
            trends.fingerprint(),
            windows=self._planner_weeks(),
            cycles=trends.cycles(date.today()),
            device=tuple(night_pairs(self.services, frame)),
            markers=self._regimen_markers(),
        )

    def _regimen_markers(self) -> tuple[RegimenEvent, ...]:
        """On the worker: every regimen change, for the marker lines."""
        return tuple(self.services.regimens.events())

    def _planner_weeks(self) -> tuple[tuple[date, float | None, int | None], ...]:
        """On the worker: the sleep-window planner's weeks (none when it is not used)."""
        weeks = self.services.sleep_window.weekly(date.today())
        return tuple((w.week_start, w.mean_se_pct, w.time_in_bed_min) for w in weeks)

    def _first_window(self) -> tuple[date, date] | None:
        """The days to read first: around a short range shown for the first time."""
        from gutsleep.services.trends import RANGE_DAYS, range_bounds

        choice = self.range_choice()
        if self.charts or choice not in RANGE_DAYS:
            return None
        bounds = range_bounds(choice, date.today(), None)
        if bounds is None:
            return None
        return bounds[0] - timedelta(days=WINDOW_MARGIN_DAYS), bounds[1]

    def _window_loaded(self, result: object) -> None:
        """The range's own days are read: show them, then read the whole journal."""
        assert isinstance(result, _Loaded)
        self._data = result
        self._update_working()
        self._apply_range()
        self._tab_shown()
        self.insights.report = None
        self.insights.working()  # they follow the rest
        self._all_waiting = self.jobs.generation
        view = self.views.get(self.current_tab())
        if view is not None and self.isVisible():
            view.after_paint(self._read_the_rest)
            QTimer.singleShot(INSIGHTS_AT_LATEST_MS, self, self._read_the_rest)
        else:
            self._read_the_rest()

    def _read_the_rest(self) -> None:
        if self._all_waiting is None:
            return
        generation, self._all_waiting = self._all_waiting, None
        if generation == self.jobs.generation:
            self._run(self._read_all, self._loaded, quiet=True)
        else:
            self._update_working()

    def _loaded(self, result: object) -> None:
        assert isinstance(result, _Loaded)
        before = self._data
        self._data = result
        self.insights.report = None  # new insights follow below, for the range shown
        self._update_working()
        self._show_cycle_facts()
        for key in list(self.charts):
            self._update_chart(key)
        bounds = self.bounds()
        redrawn = True
        if before is not None and before.covers is not None and before.covering(bounds):
            # The figures shown were drawn from the days around the range, which the
            # whole journal does not change: their data are swapped, not redrawn.
            for chart in self.charts.values():
                chart.set_range(*(bounds or (None, None)))
            redrawn = False
        else:
            self._apply_range()
        self._tab_shown()
        self.loaded.emit()
        self.insights.report = None
        # The insights once the figure shown is on screen: worked out now, they would
        # compete with its first draw for the interpreter. Their tab says so meanwhile.
        self.insights.working()
        self._insights_waiting = self.jobs.generation
        view = self.views.get(self.current_tab())
        if redrawn and view is not None and self.isVisible():
            view.after_paint(self._start_insights)
            QTimer.singleShot(INSIGHTS_AT_LATEST_MS, self, self._start_insights)
        else:
            self._start_insights()

    def _start_insights(self) -> None:
        """Work out the insights (once per reading of the journal)."""
        if self._insights_waiting is None:
            return
        generation, self._insights_waiting = self._insights_waiting, None
        if generation == self.jobs.generation:
            first, last = self.bounds() or (None, None)
            self._insights_range = (first, last)
            self._run(lambda: self.trends.insights(first, last), self._insights_done, insights=True)

    def _insights_follow_range(self) -> None:
        """Work the insights out again when the range shown is not the one they cover."""
        if self._data is None or self._data.covers is not None or self.insights.report is None:
            return  # being read or worked out: the insights follow when it is done
        if self._insights_range == (self.bounds() or (None, None)):
            return
        self.insights.working()
        self._insights_waiting = self.jobs.generation
        self._start_insights()

    def _theme(self) -> ChartTheme:
        from gutsleep.charts.theme import ChartTheme

        palette = self.palette()
        base = ChartTheme.dark() if is_dark(palette) else ChartTheme.light()
        return base.on(
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name(),
        )

    def _tab_changed(self) -> None:
        self._tab_shown()
        self._update_working()

    def _tab_shown(self) -> None:
        key = self.current_tab()
        data = self._data
        # A tab first shown while only the days around another range are read waits
        # for the whole journal rather than drawing a figure of part of its range.
        whole = key != "transition" or (data is not None and data.cycles is not None)
        if key != "insights" and data is not None and data.covering(self.bounds()) and whole:
            self._ensure_chart(key)

    def current_tab(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)][0]

    def _make_chart(self, key: str) -> Chart:
        assert self._data is not None
        data = self._data
        theme = self._theme()
        overlay = self.overlay.isChecked()
        if key == "sleep":
            from gutsleep.charts.timeseries import sleep_figure

            return sleep_figure(data.frame, SLEEP_MEASURES, theme, tr, cycle_overlay=overlay)
        if key == "factors":
            from gutsleep.charts.timeseries import factors_figure

            return factors_figure(
                data.frame, self.chosen_factors(), theme, tr, cycle_overlay=overlay
            )
        if key == "plants":
            from gutsleep.charts.weekly import plants_figure

            return plants_figure(data.plants, theme, tr, frame=data.frame, cycle_overlay=overlay)
        if key == "window":
            from gutsleep.charts.sleep_window import window_figure

            return window_figure(data.windows, theme, tr)
        if key == "transition":
            from gutsleep.charts.transition import transition_figure

            assert data.cycles is not None
            return transition_figure(data.frame, data.cycles, theme, tr, cycle_overlay=overlay)
        if key == "device":
            from gutsleep.charts.device import device_figure

            return device_figure(data.device, theme, tr)
        if key == "compare":
            from gutsleep.charts.compare import compare_figure

            return compare_figure(data.frame, *self.compared(), theme, tr, cycle_overlay=overlay)
        from gutsleep.charts.weekly import gut_figure

        return gut_figure(data.bristol, data.frame, theme, tr, cycle_overlay=overlay)

    def _ensure_chart(self, key: str) -> None:
        if key in self.charts:
            return
        chart = self._make_chart(key)
        self._mark(chart)
        bounds = self.bounds()
        chart.set_range(*(bounds or (None, None)))
        self.charts[key] = chart
        title = tr(dict(TABS)[key])
        view = ChartView(f"trends_{key}_chart", title, self.tab_pages[key])
        self.views[key] = view
        area = self.factor_area if key == "factors" else self.tab_layouts[key]
        if key == "transition":  # above the cycles' words
            area.insertWidget(0, view, 1)
        else:
            area.addWidget(view, 1)
        view.set_chart(chart)

    def _update_chart(self, key: str) -> None:
        assert self._data is not None
        data = self._data
        chart: Any = self.charts[key]
        if key in ("sleep", "factors", "compare"):
            chart.update(data.frame)
        elif key == "plants":
            chart.update(data.plants, data.frame)
        elif key == "window":
            chart.update(data.windows)
        elif key == "transition":
            if data.cycles is not None:
                chart.update(data.frame, data.cycles)
        elif key == "device":
            chart.update(data.device)
        else:
            chart.update(data.bristol, data.frame)
        self._mark(chart)

    def _mark(self, chart: Chart) -> None:
        """Every regimen change as a labelled line on a time chart."""
        from gutsleep.charts.base import TimeChart

        if isinstance(chart, TimeChart) and self._data is not None:
            chart.set_markers(self._data.markers)

    def _redraw(self) -> None:
        for key, view in self.views.items():
            if key in self.charts:
                view.redraw()

    # -- reacting ----------------------------------------------------------------------

    def _range_changed(self) -> None:
        self._show_custom_edits()
        self.services.settings.set(TRENDS_RANGE, self.range_choice())
        self._apply_range()

    def _custom_changed(self) -> None:
        self.services.settings.set(TRENDS_CUSTOM_FROM, pydate(self.date_from.date()).isoformat())
        self.services.settings.set(TRENDS_CUSTOM_TO, pydate(self.date_to.date()).isoformat())
        if self.range_choice() == "custom":
            self._apply_range()

    def _apply_range(self) -> None:
        if self._data is None:
            return
        if not self._data.covering(self.bounds()):
            self.working.show()  # beyond the days read so far: the whole journal follows
            return
        bounds = self.bounds() or (None, None)
        for chart in self.charts.values():
            chart.set_range(*bounds)
        self._redraw()
        self._insights_follow_range()
        first, last = bounds
        if first is not None and last is not None:
            self.status.setText(
                tr("{first} to {last}").format(first=prose_date(first), last=prose_date(last))
            )
        else:
            self.status.setText(tr("No days logged yet"))

    def _overlay_toggled(self, on: bool) -> None:
        self.services.settings.set(TRENDS_CYCLE_OVERLAY, on)
        for chart in self.charts.values():
            chart.set_cycle_overlay(on)
        self._redraw()

    def _factors_changed(self) -> None:
        factors = self.chosen_factors()
        self.services.settings.set(TRENDS_FACTORS, ",".join(factors))
        chart: Any = self.charts.get("factors")
        if chart is not None:
            chart.set_factors(factors)
            self.views["factors"].redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and (self.charts or self.insights.chart):
            theme = self._theme()
            for chart in self.charts.values():
                chart.set_theme(theme)
            self.insights.set_theme(theme)
            self._redraw()

    # -- insights ------------------------------------------------------------------------

    def _insights_done(self, result: object) -> None:
        from gutsleep.analysis.insights import InsightReport

        assert isinstance(result, InsightReport)
        self.insights.show_report(result)
        self.insights_ready.emit()
        self._insights_follow_range()  # the range changed while they were worked out

    # -- exports ------------------------------------------------------------------------

    def current_chart(self) -> Chart | None:
        key = self.current_tab()
        if key == "insights":
            return self.insights.chart
        return self.charts.get(key)

    def _suggested(self, suffix: str) -> str:
        bounds = self.bounds()
        span = f"-{bounds[0].isoformat()}-to-{bounds[1].isoformat()}" if bounds else ""
        return str(Path.home() / f"gutsleep-{self.current_tab()}{span}.{suffix}")

    def save_figure(self) -> None:
        chart = self.current_chart()
        if chart is None:
            self.status.setText(tr("Open an insight's data first, then save it."))
            return
        chosen = dialogs.save_path(
            self, tr("Save figure"), self._suggested("png"), tr(FIGURE_FILTERS)
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_name(path.name + ".png")
        try:
            self.trends.export_figure(path, chart)
        except (OSError, ValueError) as exc:
            dialogs.warn(self, tr("The figure was not saved"), str(exc))
            return
        self.status.setText(tr("Saved {name}").format(name=path.name))

    def save_csv(self) -> None:
        if self._data is None:
            return
        chosen = dialogs.save_path(
            self, tr("Save data as CSV"), self._suggested("csv"), tr(CSV_FILTERS)
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            self._write_csv(path)
        except (OSError, ValueError) as exc:
            dialogs.warn(self, tr("The data were not saved"), str(exc))
            return
        self.status.setText(tr("Saved {name}").format(name=path.name))

    def _write_csv(self, path: Path) -> None:
        if self.current_tab() == "insights":
            if self.insights.report is None:
                raise ValueError(tr("The insights are still being worked out."))
            self.trends.export_table(path, *self.trends.insights_table(self.insights.report))
        else:
            self.trends.export_table(path, *self.chart_table(self.current_tab()))

    def chart_table(self, key: str) -> tuple[list[str], list[list[object]]]:
        """The numbers behind chart ``key`` over the range shown: a header and rows."""
        trends = self.trends
        first, last = self.bounds() or (None, None)
        if key == "plants":
            return trends.plants_table(first, last)
        if key == "window":
            return self._window_table()
        if key == "transition":
            return self._cycle_table()
        if key == "device":
            pairs = self._data.device if self._data is not None else ()
            return ["date", "tst", "device_asleep_min"], [
                [night, diary, device]
                for night, diary, device in pairs
                if (first is None or first <= night) and (last is None or night <= last)
            ]
        if key == "gut":
            if first is None or last is None:
                return trends.daily_table(trends.frame(), ["bm_count"])
            return trends.gut_table(first, last)
        if key == "compare":
            return trends.daily_table(trends.frame(first, last), list(self.compared()))
        keys = SLEEP_MEASURES if key == "sleep" else ("tst", *self.chosen_factors())
        return trends.daily_table(trends.frame(first, last), keys)

    def _cycle_table(self) -> tuple[list[str], list[list[object]]]:
        """One row per cycle: its first day, its length (empty while it runs) and its
        days without an answer about bleeding."""
        header = ["cycle_start", "length_days", "days_not_answered"]
        cycles = self._data.cycles if self._data is not None else None
        rows: list[list[object]] = [
            [c.start, c.length, c.unknown_days] for c in (cycles.cycles if cycles else ())
        ]
        return header, rows

    def _window_table(self) -> tuple[list[str], list[list[object]]]:
        header = ["week_start", "se", "window_min"]
        weeks = self._data.windows if self._data is not None else ()
        return header, [[start, se, tib] for start, se, tib in weeks]

    def show_data_table(self) -> None:
        """The figure's data as a table (for reading values, and for screen readers)."""
        key = self.current_tab()
        if key == "insights" or self._data is None:
            return
        header, rows = self.chart_table(key)
        if self.table_dialog is not None:
            self.table_dialog.close()
        self.table_dialog = DataTableDialog(
            tr(dict(TABS)[key]), header, rows, self, measures=self._data.frame.extra
        )
        self.table_dialog.show()

    def flush(self) -> None:
        """Before the window closes: let a running job finish, so the journal closes cleanly."""
        self.jobs.invalidate()
        self.jobs.wait(10_000)
