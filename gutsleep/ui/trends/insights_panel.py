"""The Insights tab: the strongest associations in the journal, with the data behind one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gutsleep.analysis.series import MEASURES
from gutsleep.ui.flow_layout import flow_container
from gutsleep.ui.pages import PageHost
from gutsleep.ui.tr import localised, tr
from gutsleep.ui.trends.chart_view import ChartView
from gutsleep.ui.widgets import name_widget

if TYPE_CHECKING:
    from gutsleep.analysis.insights import Insight, InsightReport
    from gutsleep.analysis.series import DailyFrame
    from gutsleep.charts.base import Chart
    from gutsleep.charts.theme import ChartTheme


ASSOCIATION_ARTICLE = ("evidence", "association")
CHANCE_ARTICLE = ("using-gutsleep", "chance-patterns")


def _not_tested_text(report: InsightReport) -> str:
    """One line naming the factors left out of the models, or "" when none were."""
    order = [*MEASURES, *report.measures]
    factors = sorted({d.factor for d in report.dropped}, key=order.index)
    if not factors:
        return ""
    names = ", ".join(tr(report.measure_of(f).label) for f in factors)
    return tr(
        "Not tested for some outcomes (too rarely recorded, too little variety, or more "
        "factors than the days can carry): {factors}."
    ).format(factors=names)


def _insight_text(rank: int, insight: Insight, level: float) -> str:
    from gutsleep.analysis.regression import outward

    locale = QLocale()
    measure = insight.measure_of(insight.outcome)
    unit = tr(measure.difference_unit)
    low, high, digits = outward(insight.ci_low, insight.ci_high, measure.digits)
    effect = locale.toString(insight.effect, "f", digits)
    details = tr(
        "n = {n} days ({n_with} with, {n_without} without) · difference {effect} {unit} · "
        "{level}% interval {low} to {high} {unit} · q = {q}"
    ).format(
        n=locale.toString(insight.n),
        n_with=locale.toString(insight.n_with),
        n_without=locale.toString(insight.n_without),
        effect=effect if insight.effect <= 0 else "+" + effect,
        unit=unit,
        level=locale.toString(round(level * 100)),
        low=locale.toString(low, "f", digits),
        high=locale.toString(high, "f", digits),
        q=_q_text(insight.q_value, locale),
    )
    return f"{rank}. {localised(insight.sentence, locale)}\n{details}"


def _q_text(q: float, locale: QLocale) -> str:
    """A q-value people can read: "< 0.001" below a thousandth."""
    if q < 0.001:
        return "< " + locale.toString(0.001, "f", 3)
    return locale.toString(q, "f", 3)


class InsightsPanel(QWidget):
    """The insights list, what it rests on, and the plot of the selected insight's data.

    It owns what it shows: the report (None while one is being worked out) and
    the selected insight's chart. ``frame`` and ``theme`` give it the page's
    journal data and chart colours when a plot is asked for.
    """

    def __init__(
        self,
        frame: Callable[[], DailyFrame | None],
        theme: Callable[[], ChartTheme],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("insights_panel")
        self._frame = frame
        self._theme = theme
        self.report: InsightReport | None = None
        self.chart: Chart | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self)
        self.status.setObjectName("insights_status")
        self.status.setWordWrap(True)
        self.causation = QLabel(
            tr(
                "Each line compares days with something against days without it, in your own "
                "records, with the other factors taken into account. These are associations, "
                "not causation: they cannot show that one thing caused another."
            ),
            self,
        )
        self.causation.setObjectName("insights_causation")
        self.causation.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("insights_warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.items = QListWidget(self)
        name_widget(
            self.items,
            "insights_list",
            tr("Insights, strongest first"),
            tr("Press Enter to show the data behind the selected insight"),
        )
        self.adjusted = QLabel(self)
        self.adjusted.setObjectName("insights_adjusted")
        self.adjusted.setWordWrap(True)
        self.adjusted.hide()
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setUniformItemSizes(False)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.items.setSpacing(2)
        self.items.itemActivated.connect(lambda _item: self.show_insight_plot())
        self.items.currentRowChanged.connect(lambda _row: self._insight_selected())
        buttons_holder, buttons = flow_container(self)
        self.plot_button = QPushButton(tr("Show its &data"), self)
        name_widget(
            self.plot_button,
            "insights_show_plot",
            tr("Show the data behind the selected insight"),
        )
        self.plot_button.clicked.connect(self.show_insight_plot)
        self.read_more_button = QPushButton(self)
        name_widget(self.read_more_button, "insights_read_more", tr("Read more"))
        self.read_more_button.clicked.connect(self.read_more)
        self.chance_button = QPushButton(tr("Why many comparisons find chance patterns"), self)
        name_widget(
            self.chance_button,
            "insights_read_chance",
            tr("Read more: why many comparisons find chance patterns"),
        )
        self.chance_button.clicked.connect(lambda: self._open_article(*CHANCE_ARTICLE))
        self.numbers_button = QPushButton(tr("How these numbers are c&omputed"), self)
        name_widget(
            self.numbers_button,
            "insights_numbers_help",
            tr("How gutsleep computes its numbers"),
        )
        self.numbers_button.clicked.connect(self.show_numbers_help)
        buttons.addWidget(self.plot_button)
        buttons.addWidget(self.read_more_button)
        buttons.addWidget(self.chance_button)
        buttons.addWidget(self.numbers_button)
        self.view = ChartView(
            "insights_chart", tr("The data behind the insight"), self, minimum_height=220
        )
        self.view.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.causation)
        layout.addWidget(self.warning)
        # The list above, the selected insight's plot below; the person sets the split.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("insights_split")
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.items, 1)
        top_layout.addWidget(self.adjusted)
        top_layout.addWidget(buttons_holder)
        split.addWidget(top)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        for widget in (self.plot_button, self.read_more_button, self.chance_button):
            widget.hide()

    def working(self) -> None:
        """Say that new insights are on their way (the list stays until they come)."""
        self.status.setText(tr("Working out the insights…"))

    def show_report(self, report: InsightReport) -> None:
        self.report = report
        self.items.clear()
        self.view.hide()
        self.chart = None
        if report.status is not None:
            self.status.setText(localised(report.status))
        elif report.summary is not None:
            self.status.setText(localised(report.summary))
        self.status.show()
        not_tested = _not_tested_text(report)
        self.warning.setText(not_tested)
        self.warning.setVisible(bool(not_tested))
        for rank, insight in enumerate(report.insights, start=1):
            item = QListWidgetItem(_insight_text(rank, insight, report.level))
            item.setData(Qt.ItemDataRole.UserRole, rank - 1)
            adjusted = localised(insight.adjusted_message())
            item.setToolTip(adjusted)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}\n{adjusted}")
            self.items.addItem(item)
        has = bool(report.insights)
        self.items.setVisible(has)
        self.plot_button.setVisible(has)
        articles = self._has_articles()
        self.chance_button.setVisible(articles and report.n_comparisons > 0)
        if has:
            self.items.setCurrentRow(0)
        self._insight_selected()

    def set_theme(self, theme: ChartTheme) -> None:
        if self.chart is not None:
            self.chart.set_theme(theme)
            self.view.redraw()

    def selected_insight(self) -> Insight | None:
        if self.report is None or not self.report.insights:
            return None
        row = self.items.currentRow()
        return self.report.insights[row] if 0 <= row < len(self.report.insights) else None

    def _insight_selected(self) -> None:
        insight = self.selected_insight()
        show = insight is not None and self._has_articles()
        self.read_more_button.setVisible(show)
        self.adjusted.setVisible(insight is not None)
        if insight is None:
            return
        self.adjusted.setText(localised(insight.adjusted_message()))
        if insight.finding:
            text = tr("Read more: association is not causation")
        else:
            text = tr("Read more: why patterns can be chance")
        self.read_more_button.setText(text)
        name_widget(self.read_more_button, "insights_read_more", text)

    def show_insight_plot(self) -> None:
        """Open the strip-and-box plot of the selected insight's data."""
        insight = self.selected_insight()
        frame = self._frame()
        if insight is None or frame is None:
            return
        from gutsleep.charts.insight import insight_figure

        self.chart = insight_figure(insight, frame, self._theme(), tr)
        self.view.set_chart(self.chart)
        self.view.show()

    def read_more(self) -> None:
        insight = self.selected_insight()
        if insight is None:
            return
        self._open_article(*(ASSOCIATION_ARTICLE if insight.finding else CHANCE_ARTICLE))

    def show_numbers_help(self) -> None:
        """The page "How gutsleep computes its numbers", in a window of its own."""
        from gutsleep.ui.numbers_help import show_numbers_help

        show_numbers_help(self)

    def _has_articles(self) -> bool:
        window = self.window()
        return isinstance(window, PageHost) and window.has_page("articles")

    def _open_article(self, article_id: str, anchor: str) -> None:
        window = self.window()
        if isinstance(window, PageHost) and window.has_page("articles"):
            window.open_article(article_id, anchor)
