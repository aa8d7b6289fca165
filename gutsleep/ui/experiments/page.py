"""The Experiments page: careful, honest self-experiments (n-of-1 trials).

A list on the left holds the experiments, running and planned ones first,
then the history. The selected one is shown on the right: what is changed,
its evidence tier, where it stands today ("Day 5 of 14, change phase"), the
check-ins so far, a chart of the outcome by phase, and the buttons to pause,
resume, extend with another baseline-and-change pair, end early or delete.
Once a pair is complete (or the experiment was ended) the result follows:
the outcome in each phase with n, the difference with its 95% interval,
adherence, the days missing, the verdict in plain words and what else could
explain it; "Export PDF…" writes a one-page summary on a worker thread.

"New experiment…" opens the wizard (:mod:`gutsleep.ui.experiments.wizard`)
window-modally but without blocking (``open()``), so tests can drive it like a person would.

matplotlib is imported only when the chart is first drawn.

Signals:
    changed: an experiment was created, changed or deleted.
    pdf_exported(str): the summary PDF was written to this path.
    pdf_failed(str): writing the PDF failed, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gutsleep.domain.experiments import (
    CHANGE_TEMPLATES,
    OUTCOMES,
    Experiment,
    ExperimentError,
    State,
    complete_pairs,
    end_date,
)
from gutsleep.domain.text import N_
from gutsleep.services.context import Services
from gutsleep.services.experiments import (
    design_details,
    design_text,
    difference_message,
    format_value,
    missing_message,
    write_pdf,
)
from gutsleep.ui import dialogs
from gutsleep.ui.experiments.common import (
    TIER_1_FIRST,
    emphasise,
    plain_label,
    short_date,
    tier_text,
)
from gutsleep.ui.experiments.wizard import ExperimentWizard
from gutsleep.ui.operations import Changes, Progress, QueryOp, Worker
from gutsleep.ui.pages import PageHost
from gutsleep.ui.style import is_dark
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, name_widget

if TYPE_CHECKING:
    from gutsleep.analysis.experiments import ExperimentResult, PhaseSummary

CONTENT_WIDTH = 820


_INTRO = N_(
    "Try one change at a time and compare it with your usual days: a baseline phase "
    "first, then the change, ideally repeated (ABAB). Keep the journal as usual and "
    "answer the daily check-in on the Journal page."
)


def _chart_summary(
    exp: Experiment, schedule: list[tuple[date, str]], values: dict[date, float | None]
) -> str:
    """The outcome chart in one sentence, its text alternative for screen readers."""
    from gutsleep.analysis.series import MEASURES

    phases = dict(schedule)
    unit = tr(MEASURES[exp.outcome].unit) if exp.outcome in MEASURES else ""
    means = {}
    for phase in ("A", "B"):
        got = [v for d, v in values.items() if v is not None and phases.get(d) == phase]
        mean = format_value(exp.outcome, sum(got) / len(got)) if got else "—"
        means[phase] = f"{mean} {unit}".strip() if got else mean
    return tr(
        "{outcome}, day by day: {recorded} of {days} days so far have a value; "
        "baseline days average {baseline}, change days average {change}."
    ).format(
        outcome=tr(OUTCOMES[exp.outcome].label) if exp.outcome in OUTCOMES else exp.outcome,
        recorded=sum(v is not None for v in values.values()),
        days=len(values),
        baseline=means["A"],
        change=means["B"],
    )


class ExperimentsPage(QWidget):
    page_id = "experiments"
    changed = Signal()
    pdf_exported = Signal(str)
    pdf_failed = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.setObjectName("experiments_page")
        self.services = services
        self._today = today
        self.current: Experiment | None = None
        self.result: ExperimentResult | None = None
        self.wizard: ExperimentWizard | None = None
        self.worker = Worker(self)  # the PDF exports, one at a time
        self._canvas: Any = None
        self._figure: Any = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        left = QVBoxLayout()
        self.new_button = QPushButton(tr("&New experiment…"), self)
        name_widget(self.new_button, "new_experiment", tr("New experiment"))
        self.new_button.clicked.connect(self.new_experiment)
        left.addWidget(self.new_button)
        self.list = QListWidget(self)
        name_widget(
            self.list,
            "experiment_list",
            tr("Experiments"),
            tr("Running and planned experiments first, then the history"),
        )
        self.list.setMinimumWidth(250)
        self.list.setMaximumWidth(330)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        left.addWidget(self.list, 1)
        outer.addLayout(left)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("experiments_scroll")
        self.scroll_area.setAccessibleName(tr("The chosen experiment"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(8, 0, 8, 8)
        content = QWidget(holder)
        content.setMaximumWidth(CONTENT_WIDTH)
        holder_layout.addWidget(content, 1)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self._build_empty(content)
        self._build_detail(content)
        self._build_result(content)
        self.body.addStretch(1)
        self.scroll_area.setWidget(holder)
        outer.addWidget(self.scroll_area, 1)
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, day: date | None) -> None:
        """Show the page as on ``day`` (None: the real today) and refresh."""
        self._today = day
        self.refresh()

    # building ---------------------------------------------------------------------
    def _build_empty(self, parent: QWidget) -> None:
        self.empty = QWidget(parent)
        self.empty.setObjectName("experiments_empty")
        layout = QVBoxLayout(self.empty)
        layout.setContentsMargins(0, 0, 0, 0)
        title = plain_label(tr("Self-experiments"), self.empty)
        emphasise(title, 1.4)
        layout.addWidget(title)
        layout.addWidget(plain_label(tr(_INTRO), self.empty))
        layout.addWidget(plain_label(tr(TIER_1_FIRST), self.empty))
        self.empty_hint = plain_label("", self.empty, "experiments_empty_hint")
        layout.addWidget(self.empty_hint)
        self.body.addWidget(self.empty)

    def _build_detail(self, parent: QWidget) -> None:
        self.detail = QWidget(parent)
        self.detail.setObjectName("experiment_detail")
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title_label = plain_label("", self.detail, "experiment_title")
        emphasise(self.title_label, 1.4)
        layout.addWidget(self.title_label)
        self.change_label = plain_label("", self.detail, "experiment_change_text")
        layout.addWidget(self.change_label)
        tier_row = QHBoxLayout()
        self.tier_label = plain_label("", self.detail, "experiment_tier")
        tier_row.addWidget(self.tier_label, 1)
        self.read_more = QPushButton(tr("Read more"), self.detail)
        name_widget(self.read_more, "experiment_read_more", tr("Read more about this change"))
        self.read_more.clicked.connect(self._read_more)
        tier_row.addWidget(self.read_more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(tier_row)
        self.design_label = plain_label("", self.detail, "experiment_design")
        layout.addWidget(self.design_label)
        self.status_label = plain_label("", self.detail, "experiment_status")
        self.status_label.setAccessibleName(tr("Where the experiment stands"))
        emphasise(self.status_label, 1.15)
        layout.addWidget(self.status_label)
        self.adherence_label = plain_label("", self.detail, "experiment_adherence")
        layout.addWidget(self.adherence_label)
        self.chart_box = QWidget(self.detail)
        self.chart_box.setObjectName("experiment_chart")
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_box.setMinimumHeight(260)
        layout.addWidget(self.chart_box)
        buttons = QHBoxLayout()
        self.pause_button = QPushButton(tr("&Pause"), self.detail)
        name_widget(self.pause_button, "pause_button", tr("Pause"), tr("Paused days are left out"))
        self.pause_button.clicked.connect(self.pause)
        self.resume_button = QPushButton(tr("&Resume"), self.detail)
        name_widget(self.resume_button, "resume_button", tr("Resume"))
        self.resume_button.clicked.connect(self.resume)
        self.extend_button = QPushButton(tr("E&xtend with another pair"), self.detail)
        name_widget(
            self.extend_button,
            "extend_button",
            tr("Extend with another baseline-and-change pair"),
        )
        self.extend_button.clicked.connect(self.extend)
        self.end_button = QPushButton(tr("End ea&rly…"), self.detail)
        name_widget(self.end_button, "end_early_button", tr("End early"))
        self.end_button.clicked.connect(self.end_early)
        self.delete_button = QPushButton(tr("&Delete…"), self.detail)
        name_widget(self.delete_button, "delete_button", tr("Delete this experiment"))
        self.delete_button.clicked.connect(self.delete)
        for button in (
            self.pause_button,
            self.resume_button,
            self.extend_button,
            self.end_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = plain_label("", self.detail, "experiment_message")
        self.message.setAccessibleName(tr("Experiment messages"))
        layout.addWidget(self.message)
        self.body.addWidget(self.detail)

    def _build_result(self, parent: QWidget) -> None:
        self.result_group = QGroupBox(tr("Result"), parent)
        self.result_group.setObjectName("result_group")
        layout = QVBoxLayout(self.result_group)
        self.result_heading = plain_label("", self.result_group, "result_heading")
        layout.addWidget(self.result_heading)
        self.result_table = QTableWidget(0, 6, self.result_group)
        self.result_table.setObjectName("result_table")
        self.result_table.setAccessibleName(tr("The outcome in each phase"))
        self.result_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.result_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result_table.verticalHeader().hide()
        self.result_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.result_table.horizontalHeader().setStretchLastSection(True)
        self.result_table.setTabKeyNavigation(False)  # Tab moves on; arrows read the cells
        layout.addWidget(self.result_table)
        self.result_difference = plain_label("", self.result_group, "result_difference")
        emphasise(self.result_difference)
        layout.addWidget(self.result_difference)
        self.result_adherence = plain_label("", self.result_group, "result_adherence")
        layout.addWidget(self.result_adherence)
        self.result_missing = plain_label("", self.result_group, "result_missing")
        layout.addWidget(self.result_missing)
        self.result_verdict = plain_label("", self.result_group, "result_verdict")
        self.result_verdict.setStyleSheet(
            "QLabel { border-left: 3px solid palette(highlight); padding: 6px 10px;"
            " background: palette(alternate-base); }"
        )
        layout.addWidget(self.result_verdict)
        self.result_notes = plain_label("", self.result_group, "result_notes")
        layout.addWidget(self.result_notes)
        self.result_confounders = plain_label("", self.result_group, "result_confounders")
        layout.addWidget(self.result_confounders)
        export_row = QHBoxLayout()
        self.export_button = QPushButton(tr("Expor&t PDF…"), self.result_group)
        name_widget(self.export_button, "export_pdf", tr("Export a one-page PDF summary"))
        self.export_button.clicked.connect(self.export_pdf)
        export_row.addWidget(self.export_button)
        self.export_status = plain_label("", self.result_group, "export_status")
        self.export_status.setAccessibleName(tr("PDF export status"))
        export_row.addWidget(self.export_status, 1)
        layout.addLayout(export_row)
        self.body.addWidget(self.result_group)

    # the list ---------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload the list; keep (or move to) the selected experiment."""
        if select is None and self.current is not None:
            select = self.current.id
        today = self.today()
        active, finished = self.services.experiments.overview(today)
        self.list.blockSignals(True)
        self.list.clear()
        for heading, group in (
            (tr("Running and planned"), active),
            (tr("History"), finished),
        ):
            if not group:
                continue
            header = QListWidgetItem(heading)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # the arrow keys pass over it
            font = QFont(self.list.font())
            font.setBold(True)
            header.setFont(font)
            header.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
            self.list.addItem(header)
            for exp in group:
                status = self.services.experiments.status(exp, today)
                item = QListWidgetItem(f"{exp.title}\n{render(status.message)}")
                item.setData(Qt.ItemDataRole.UserRole, exp.id)
                item.setToolTip(render(status.message))
                self.list.addItem(item)
        self.list.blockSignals(False)
        ids = self.experiment_ids()
        if ids:
            self.select(select if select in ids else ids[0])
        self._selected()

    def _rows(self) -> dict[int, int]:
        """Experiment id -> row in the list (headers have no id)."""
        rows: dict[int, int] = {}
        for row in range(self.list.count()):
            value = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if value is not None:
                rows[int(value)] = row
        return rows

    def experiment_ids(self) -> list[int]:
        """The experiments in list order: running and planned first, then the history."""
        return list(self._rows())

    def select(self, experiment_id: int) -> None:
        self.list.setCurrentRow(self._rows()[experiment_id])

    def _selected(self) -> None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        exp = self.services.experiments.get(int(value)) if value is not None else None
        self.show_experiment(exp)

    # one experiment ---------------------------------------------------------------
    def show_experiment(self, exp: Experiment | None) -> None:
        self.current = exp
        self.result = None
        self.message.clear()
        self.export_status.clear()
        has = exp is not None
        self.empty.setVisible(not has)
        self.detail.setVisible(has)
        if exp is None:
            self.result_group.hide()
            self.empty_hint.setText(
                tr("Start with “New experiment…”; the wizard explains each step.")
            )
            return
        today = self.today()
        svc = self.services.experiments
        status = svc.status(exp, today)
        template = CHANGE_TEMPLATES.get(exp.template)
        self.title_label.setText(exp.title)
        change = [tr(template.title) if template else exp.template]
        if exp.change:
            change.append(exp.change)
        if exp.strain or exp.cfu:
            change.append(tr("Strain {strain}, {cfu} CFU").format(strain=exp.strain, cfu=exp.cfu))
        self.change_label.setText(" — ".join(change))
        if template is not None:
            self.tier_label.setText(f"{tier_text(template)}. {render(template.reminder)}")
        self.read_more.setVisible(template is not None and self._reader_available())
        last = end_date(exp)
        self.design_label.setText(
            tr("Outcome: {outcome} · {design} · {start} to {end}").format(
                outcome=tr(OUTCOMES[exp.outcome].label) if exp.outcome in OUTCOMES else exp.outcome,
                design=render(design_text(exp)),
                start=short_date(exp.start),
                end=short_date(last) if last else tr("(paused: end not known yet)"),
            )
            + "\n"
            + " ".join(render(line) for line in design_details(exp))
        )
        self.status_label.setText(render(status.message))
        adherence = svc.adherence(exp, today)
        change_days = adherence["B"]
        if change_days.days:
            self.adherence_label.setText(
                tr(
                    "Check-ins in the change phase: done on {done} of {days} days, "
                    "not done on {not_done}, not answered on {unanswered}."
                ).format(
                    done=change_days.done,
                    days=change_days.days,
                    not_done=change_days.not_done,
                    unanswered=change_days.unanswered,
                )
            )
        else:
            self.adherence_label.setText(
                tr("Baseline first: live as usual and keep the journal; the change comes next.")
                if status.state is not State.NOT_STARTED
                else tr("Starts on {day}.").format(day=short_date(exp.start))
            )
        running = status.state in (State.RUNNING, State.NOT_STARTED)
        self.pause_button.setVisible(status.state is not State.PAUSED)
        self.pause_button.setEnabled(status.state is State.RUNNING)
        self.resume_button.setVisible(status.state is State.PAUSED)
        self.extend_button.setEnabled(exp.ended_on is None)
        self.end_button.setEnabled(
            exp.ended_on is None
            and (running or status.state is State.PAUSED)
            and today >= exp.start
        )
        self._draw_chart(exp, today)
        self._show_result(exp, today)

    def _draw_chart(self, exp: Experiment, today: date) -> None:
        from gutsleep.charts.experiment import experiment_figure
        from gutsleep.charts.theme import ChartTheme

        if self._canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self._figure = Figure(figsize=(7, 2.8), layout="constrained")
            self._canvas = FigureCanvasQTAgg(self._figure)  # type: ignore[no-untyped-call]
            self._canvas.setParent(self.chart_box)
            self._canvas.setObjectName("experiment_canvas")
            self._canvas.setAccessibleName(tr("The outcome day by day, coloured by phase"))
            self._canvas.setMinimumHeight(250)
            self._canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.chart_layout.addWidget(self._canvas)
        palette = self.palette()
        base = ChartTheme.dark() if is_dark(palette) else ChartTheme.light()
        theme = base.on(
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name(),
        )
        schedule = self.services.experiments.schedule(exp)
        values = self.services.experiments.outcome_values(exp, today)
        experiment_figure(
            schedule,
            values,
            exp.outcome,
            today=today,
            theme=theme,
            translate=tr,
            figure=self._figure,
        )
        self._canvas.draw_idle()
        self._canvas.setAccessibleDescription(_chart_summary(exp, schedule, values))

    def _show_result(self, exp: Experiment, today: date) -> None:
        svc = self.services.experiments
        if not svc.result_ready(exp, today):
            self.result_group.hide()
            return
        result = svc.result(exp, today)
        self.result = result
        if exp.ended_early and exp.ended_on is not None:
            heading = tr(
                "This experiment was ended early, on {day}: the result covers fewer days than "
                "planned, so it is weaker than it would have been."
            ).format(day=short_date(exp.ended_on))
        elif svc.status(exp, today).state is State.FINISHED:
            heading = tr("The experiment is complete.")
        else:
            heading = tr(
                "Result so far, after {pairs} complete baseline-and-change pair(s); the "
                "experiment carries on."
            ).format(pairs=complete_pairs(exp, today))
        self.result_heading.setText(heading)
        self._fill_table(exp, result)
        self.result_difference.setText(render(difference_message(result)))
        self.result_adherence.setText(
            tr(
                "Adherence: the change was marked as done on {b_done} of {b_days} change days "
                "({b_no} not done, {b_none} not answered), and on {a_done} of {a_days} "
                "baseline days."
            ).format(
                b_done=result.change.done,
                b_days=result.change.days,
                b_no=result.change.not_done,
                b_none=result.change.unanswered,
                a_done=result.baseline.done,
                a_days=result.baseline.days,
            )
        )
        self.result_missing.setText(render(missing_message(result)))
        self.result_verdict.setText(render(result.verdict))
        self.result_notes.setText("\n".join("• " + render(n) for n in result.notes))
        self.result_confounders.setText(
            tr("Other explanations to keep in mind:")
            + "\n"
            + "\n".join("• " + render(c) for c in result.confounders)
        )
        self.result_group.show()

    def _fill_table(self, exp: Experiment, result: ExperimentResult) -> None:
        from gutsleep.analysis.series import MEASURES

        measure = MEASURES[exp.outcome]
        headers = [
            tr("Phase"),
            tr("Days"),
            tr("With a value (n)"),
            tr("Missing"),
            tr("Mean ({unit})").format(unit=tr(measure.unit)),
            tr("Done · not done · not answered"),
        ]
        rows: list[tuple[str, PhaseSummary]] = [
            (tr("Baseline (A)"), result.baseline),
            (tr("Change (B)"), result.change),
        ]
        if len(result.segments) > 2:
            counts = {"A": 0, "B": 0}
            for seg in result.segments:
                counts[seg.phase] += 1
                name = tr("Baseline {n}") if seg.phase == "A" else tr("Change {n}")
                rows.append(("    " + name.format(n=counts[seg.phase]), seg))
        table = self.result_table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, (name, summary) in enumerate(rows):
            cells = [
                name,
                str(summary.days),
                str(summary.n),
                str(summary.missing),
                format_value(exp.outcome, summary.mean),
                f"{summary.done} · {summary.not_done} · {summary.unanswered}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    # actions ----------------------------------------------------------------------
    def new_experiment(self) -> ExperimentWizard:
        """Open the wizard (window-modal, without blocking) and return it."""
        reader = self.open_article if self._reader_available() else None
        wizard = ExperimentWizard(self.services, self.today(), self, reader)
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_done(w))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_done(self, wizard: ExperimentWizard) -> None:
        created = wizard.created
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
        if created is not None:
            self.refresh(select=created.id)
            self.changed.emit()
            self.list.setFocus()

    def _apply(self, change: Callable[[Experiment], Experiment]) -> None:
        if self.current is None:
            return
        try:
            updated = change(self.current)
        except ExperimentError as exc:
            self._tell(render(exc.message))
            return
        self.refresh(select=updated.id)
        self.changed.emit()

    def _tell(self, text: str) -> None:
        """Show a message under the experiment and have screen readers say it."""
        self.message.setText(text)
        announce(self.message, text)

    def pause(self) -> None:
        self._apply(lambda e: self.services.experiments.pause(e, self.today()))
        if self.current is not None and self.current.paused:
            self._tell(tr("Paused from today. The remaining days move later; resume when you can."))

    def resume(self) -> None:
        self._apply(lambda e: self.services.experiments.resume(e, self.today()))

    def extend(self) -> None:
        self._apply(self.services.experiments.extend)
        if self.current is not None:
            self._tell(tr("Another baseline-and-change pair was added at the end."))

    def end_early(self) -> None:
        if self.current is None:
            return
        if not dialogs.ask(
            self,
            tr("End the experiment early?"),
            tr(
                "End “{title}” now? Today is the last day that counts. The result will say "
                "it was ended early; it stays in the history."
            ).format(title=self.current.title),
        ):
            return
        self._apply(lambda e: self.services.experiments.end_early(e, self.today()))

    def delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if not dialogs.ask(
            self,
            tr("Delete the experiment?"),
            tr(
                "Delete “{title}” with its check-ins? The journal itself is not touched. "
                "This can't be undone."
            ).format(title=self.current.title),
        ):
            return
        self.services.experiments.delete(self.current.id)
        self.current = None
        self.refresh()
        self.changed.emit()

    def export_pdf(self) -> None:
        """Ask where, then write the summary on a worker thread."""
        exp = self.current
        if exp is None:
            return
        suggested = str(Path.home() / f"{_file_name(exp.title)}.pdf")
        chosen = dialogs.save_path(
            self, tr("Export the summary as PDF"), suggested, tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        report = self.services.experiments.report(
            exp, self.today(), translate=tr, format_date=short_date, result=self.result
        )

        def write(_progress: Progress) -> str:
            write_pdf(report, path)  # draws off the GUI thread; no widget, no database
            return str(path)

        def failed(error: BaseException) -> None:
            self._pdf_failed(f"{type(error).__name__}: {error}")

        self.export_button.setEnabled(False)
        self.export_status.setText(tr("Writing the PDF…"))
        op = QueryOp(parent=self, op=write, success=self._pdf_done, name="the PDF export")
        op.failure(failed).run_in_background(self.worker)

    def _pdf_done(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(tr("Saved to {path}").format(path=path))
        announce(self.export_status, self.export_status.text())
        self.pdf_exported.emit(path)

    def _pdf_failed(self, reason: str) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(tr("The PDF could not be written."))
        announce(self.export_status, self.export_status.text())
        self.pdf_failed.emit(reason)
        dialogs.warn(self, tr("The PDF could not be written"), reason)

    def wait_for_exports(self, msecs: int = 30000) -> bool:
        """Block until running exports end (closing, tests)."""
        return self.worker.wait(msecs)

    # links and the page protocol -----------------------------------------------------
    def _reader_available(self) -> bool:
        window = self.window()
        return isinstance(window, PageHost) and window.has_page("articles")

    def open_article(self, article_id: str, anchor: str) -> None:
        window = self.window()
        if isinstance(window, PageHost):
            window.open_article(article_id, anchor)

    def _read_more(self) -> None:
        template = CHANGE_TEMPLATES.get(self.current.template) if self.current else None
        if template is not None:
            self.open_article(template.article_id, template.anchor)

    def apply_changes(self, changes: Changes) -> None:
        """Experiments or their days written elsewhere (an import, a restore): list them again."""
        if changes.everything or changes.experiments:
            self.refresh()

    def on_shown(self) -> None:
        """Called by the main window each time the page is shown."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.current is not None:
            template = CHANGE_TEMPLATES.get(self.current.template)
            self.read_more.setVisible(template is not None and self._reader_available())
        super().showEvent(event)

    def flush(self) -> None:
        """Nothing is pending except exports; let them finish before closing."""
        self.wait_for_exports()


def _file_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split()).lower() or "experiment"
