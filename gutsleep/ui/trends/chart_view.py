"""One figure with its toolbar, hover read-out and text alternative.

matplotlib's Qt classes are imported the first time a chart is shown, never
when this module is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

if TYPE_CHECKING:
    from gutsleep.charts.base import Chart


class ChartView(QWidget):
    """A chart's canvas and navigation toolbar, a hover read-out and a summary line.

    After a draw the chart's layout is frozen (:meth:`Chart.freeze_layout`), so
    redraws for a new range skip it; a new size lays it out again. A view that
    is not shown (another tab) redraws when it is shown, not before.

    Signals:
        hovered(str): the read-out text changed.
    """

    hovered = Signal(str)

    def __init__(
        self, name: str, title: str, parent: QWidget | None = None, minimum_height: int = 320
    ):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.minimum_height = minimum_height
        self.chart: Chart | None = None
        self.canvas: Any = None
        self.toolbar: Any = None
        self._stale = False  # the chart changed while the view was hidden
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.readout = QLabel(self)
        self.readout.setObjectName(f"{name}_readout")
        self.readout.setAccessibleName(tr("Value under the pointer"))
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setMinimumHeight(self.readout.fontMetrics().height())
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.readout)
        self._layout.addWidget(self.summary)

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart`` (a new canvas when its Figure is new)."""
        if (
            self.chart is not None
            and self.canvas is not None
            and chart.figure is self.canvas.figure
        ):
            self.chart = chart
            self.redraw()
            return
        if self.canvas is not None:
            self.toolbar.deleteLater()
            self.canvas.deleteLater()
        self.chart = chart
        canvas = _canvas_class()(chart.figure)
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(self.minimum_height)
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        name_widget(canvas, f"{self.objectName()}_canvas", self.title)
        canvas.mpl_connect("motion_notify_event", self._hover)
        canvas.mpl_connect("figure_leave_event", lambda _event: self._show_readout(""))
        canvas.mpl_connect("draw_event", self._drawn)
        canvas.mpl_connect("resize_event", self._resized)
        toolbar = _toolbar_class()(canvas, self, coordinates=False)
        name_widget(
            toolbar,
            f"{self.objectName()}_toolbar",
            tr("{figure}: zoom and pan").format(figure=self.title),
        )
        self.canvas, self.toolbar = canvas, toolbar
        self._layout.insertWidget(0, toolbar)
        self._layout.insertWidget(1, canvas, 1)
        self.redraw()

    def redraw(self) -> None:
        if self.canvas is None or self.chart is None:
            return
        if self.isVisible():
            self.canvas.draw_idle()
        else:
            self._stale = True
        sentences = list(self.chart.summary())
        marked = getattr(self.chart, "marker_sentences", None)  # time charts' regimen changes
        if marked is not None:
            sentences.extend(marked())
        text = " ".join(render(m) for m in sentences)
        self.summary.setText(text)
        self.canvas.setAccessibleDescription(text)
        self.summary.setAccessibleName(text)
        self._show_readout("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.canvas is not None:
            self._stale = False
            self.canvas.draw_idle()

    def after_paint(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the canvas has next painted.

        The canvas draws any pending change before it paints, so that frame
        shows the figure as it is now. A canvas that is never shown never
        calls back: callers keep a deadline of their own.
        """
        if self.canvas is None:
            QTimer.singleShot(0, self, callback)
            return
        self.canvas.after_paint.append(callback)
        self.canvas.update()

    def _drawn(self, _event: Any) -> None:
        if self.chart is not None and self.chart.figure is self.canvas.figure:
            self.chart.freeze_layout()

    def _resized(self, _event: Any) -> None:
        if self.chart is not None:
            self.chart.thaw_layout()

    def _hover(self, event: Any) -> None:
        message = None
        if self.chart is not None and event.inaxes is not None:
            message = self.chart.readout(event.inaxes, event.xdata, event.ydata)
        self._show_readout(render(message) if message is not None else "")

    def _show_readout(self, text: str) -> None:
        if text != self.readout.text():
            self.readout.setText(text)
            self.hovered.emit(text)


_CANVAS: list[type] = []


def _canvas_class() -> type:
    """matplotlib's Qt canvas, saying when a frame has been painted (``after_paint``)."""
    if not _CANVAS:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class Canvas(FigureCanvasQTAgg):
            def __init__(self, figure: Any):
                super().__init__(figure)  # type: ignore[no-untyped-call]
                self.after_paint: list[Callable[[], None]] = []

            def focusInEvent(self, event: Any) -> None:
                super().focusInEvent(event)
                self.update()

            def focusOutEvent(self, event: Any) -> None:
                super().focusOutEvent(event)
                self.update()

            def paintEvent(self, event: Any) -> None:
                super().paintEvent(event)  # type: ignore[no-untyped-call]
                if self.hasFocus():  # the chart is a Tab stop: show that it has the focus
                    painter = QPainter(self)
                    pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                    painter.setPen(pen)
                    painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
                    painter.end()
                if self.after_paint:
                    callbacks, self.after_paint = self.after_paint, []
                    for callback in callbacks:
                        # A zero timer set while painting runs once this frame is shown.
                        QTimer.singleShot(0, self, callback)

        _CANVAS.append(Canvas)
    return _CANVAS[0]


_TOOLBAR: list[type] = []


def _toolbar_class() -> type:
    """The navigation toolbar without its own Save (ours exports in the light theme)."""
    if not _TOOLBAR:
        from matplotlib.backends.backend_qt import NavigationToolbar2QT  # where it is defined

        class Toolbar(NavigationToolbar2QT):
            toolitems = [  # noqa: RUF012 (matplotlib's own class attribute)
                item
                for item in NavigationToolbar2QT.toolitems
                if item[0] not in ("Save", "Subplots", "Customize")
            ]

        _TOOLBAR.append(Toolbar)
    return _TOOLBAR[0]
