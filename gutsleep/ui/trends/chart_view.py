"""One figure with its toolbar, hover and keyboard read-out and text alternative.

The toolbar is ours, not matplotlib's: zoom in, zoom out, the whole range and
save, each a button with a name a screen reader says. Dragging across the
figure zooms to those days. With the figure focused (a ring shows it), Left
and Right move a read-out cursor through the points shown (days, weeks or
months), Up and Down move it between panels, Home and End go to the first
and last point, + and − zoom around it and 0 shows the whole range again.

matplotlib's Qt classes are imported the first time a chart is shown, never
when this module is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.ui.tr import localised, tr
from gutsleep.ui.widgets import announce, name_widget

if TYPE_CHECKING:
    from gutsleep.charts.base import Chart


class ChartView(QWidget):
    """A chart's canvas and toolbar, a hover and keyboard read-out and a summary line.

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
        self._stale = False  # the chart changed while the view was hidden
        self._cursor: tuple[int, float] | None = None  # (panel, x) of the keyboard cursor
        self._drag: tuple[Any, float] | None = None  # (axis, x) where a drag began
        self._drag_span: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = self._build_toolbar()
        self._layout.addWidget(self.toolbar)
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
        canvas.mpl_connect("key_press_event", self._key)
        canvas.mpl_connect("button_press_event", self._pressed)
        canvas.mpl_connect("button_release_event", self._released)
        self.canvas = canvas
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
        text = " ".join(localised(m) for m in sentences)
        self.summary.setText(text)
        self.canvas.setAccessibleDescription(text)
        self.summary.setAccessibleName(text)
        self._cursor = None
        self.chart.show_cursor(None)
        self._show_readout("")
        self._update_toolbar()

    # -- the toolbar ------------------------------------------------------------------------

    def _build_toolbar(self) -> QWidget:
        bar = QWidget(self)
        name_widget(
            bar, f"{self.objectName()}_toolbar", tr("{figure}: zoom").format(figure=self.title)
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.zoom_in_button = self._tool(
            bar, "zoom_in", tr("Zoom in"), tr("Show half as many days (key +)"), self.zoom_in
        )
        self.zoom_out_button = self._tool(
            bar, "zoom_out", tr("Zoom out"), tr("Show twice as many days (key −)"), self.zoom_out
        )
        self.reset_button = self._tool(
            bar,
            "reset",
            tr("Whole range"),
            tr("Show the whole range chosen above again (key 0)"),
            self.reset_zoom,
        )
        self.hint = QLabel(
            tr("Drag across the figure to zoom to those days; arrow keys read it out."), bar
        )
        self.hint.setObjectName(f"{self.objectName()}_hint")
        for widget in (self.zoom_in_button, self.zoom_out_button, self.reset_button):
            row.addWidget(widget)
        row.addWidget(self.hint, 1)
        return bar

    def _tool(
        self, bar: QWidget, name: str, text: str, description: str, slot: Callable[[], None]
    ) -> QToolButton:
        button = QToolButton(bar)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        name_widget(button, f"{self.objectName()}_{name}", text, description)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _zoomable(self) -> bool:
        return self.chart is not None and self.chart.zoomable and self.chart.has_data

    def _update_toolbar(self) -> None:
        zoomable = self._zoomable()
        chart: Any = self.chart
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setEnabled(zoomable)
        self.reset_button.setEnabled(zoomable and bool(chart.zoomed))
        self.hint.setVisible(zoomable)

    def zoom_in(self) -> None:
        self._zoom(0.5)

    def zoom_out(self) -> None:
        self._zoom(2.0)

    def _zoom(self, factor: float) -> None:
        if not self._zoomable():
            return
        from gutsleep.charts.base import day_of

        chart: Any = self.chart
        centre = day_of(self._cursor[1]) if self._cursor is not None else None
        chart.zoom_by(factor, centre)
        self._after_zoom()

    def reset_zoom(self) -> None:
        if not self._zoomable():
            return
        chart: Any = self.chart
        chart.reset_zoom()
        self._after_zoom()

    def zoom_to(self, low: float, high: float) -> None:
        """Show the days between the date numbers ``low`` and ``high`` (a drag, a test)."""
        if not self._zoomable():
            return
        from gutsleep.charts.base import day_of

        chart: Any = self.chart
        chart.zoom_to(day_of(min(low, high)), day_of(max(low, high)))
        self._after_zoom()

    def _after_zoom(self) -> None:
        cursor = self._cursor
        self.redraw()
        if cursor is not None:
            self._move_cursor(cursor[0], cursor[1], 0)

    # -- the keyboard's read-out cursor -------------------------------------------------

    def _key(self, event: Any) -> None:
        if self.chart is None:
            return
        key = event.key
        if key in ("+", "="):
            self.zoom_in()
        elif key in ("-", "−"):
            self.zoom_out()
        elif key == "0":
            self.reset_zoom()
        elif key in ("left", "right", "home", "end", "up", "down"):
            panel, x = self._cursor if self._cursor is not None else (0, None)
            if key in ("up", "down"):
                panel += -1 if key == "up" else 1
            step = {"left": -1, "right": 1, "home": -(10**9), "end": 10**9}.get(key, 0)
            self._move_cursor(panel, x, step)
        elif key == "escape" and self._cursor is not None:
            self._cursor = None
            self.chart.show_cursor(None)
            self._show_readout("")
            self.canvas.draw_idle()

    def _move_cursor(self, panel: int, x: float | None, step: int) -> None:
        """Put the cursor ``step`` points from ``x`` on ``panel`` (the first point without x)."""
        assert self.chart is not None
        axes = self.chart.cursor_axes
        if not axes:
            return
        panel = max(0, min(panel, len(axes) - 1))
        ax = axes[panel]
        points = self.chart.cursor_points(ax)
        if not points.size:
            return
        import numpy as np

        if x is None:
            i = 0 if step >= 0 else points.size - 1
        else:
            here = int(np.argmin(np.abs(points - x)))
            i = max(0, min(points.size - 1, here + step))
        self._cursor = (panel, float(points[i]))
        self.chart.show_cursor(float(points[i]))
        message = self.chart.readout(ax, float(points[i]), None)
        text = localised(message) if message is not None else ""
        self._show_readout(text)
        if text:
            announce(self.readout, text)  # heard where the keys are pressed
        self.canvas.draw_idle()

    # -- dragging to zoom -----------------------------------------------------------------

    def _pressed(self, event: Any) -> None:
        if event.button == 1 and event.inaxes is not None and self._zoomable():
            self._drag = (event.inaxes, float(event.xdata))

    def _released(self, event: Any) -> None:
        drag, self._drag = self._drag, None
        if self._drag_span is not None:
            self._drag_span.remove()
            self._drag_span = None
        if drag is None or event.xdata is None or event.inaxes is not drag[0]:
            if drag is not None:
                self.canvas.draw_idle()
            return
        if abs(float(event.xdata) - drag[1]) >= 1.0:  # a click is not a zoom
            self.zoom_to(drag[1], float(event.xdata))
        else:
            self.canvas.draw_idle()

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
        if self._drag is not None and event.inaxes is self._drag[0] and event.xdata is not None:
            ax, start = self._drag
            if self._drag_span is None:
                assert self.chart is not None
                self._drag_span = ax.axvspan(
                    start, start, color=self.chart.theme.foreground, alpha=0.12, zorder=7
                )
            low, high = sorted((start, float(event.xdata)))
            self._drag_span.set_x(low)
            self._drag_span.set_width(high - low)
            self.canvas.draw_idle()
        message = None
        if self.chart is not None and event.inaxes is not None:
            message = self.chart.readout(event.inaxes, event.xdata, event.ydata)
        self._show_readout(localised(message) if message is not None else "")

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
                if self.hasFocus():  # where the arrow keys go: a ring, as on any control
                    painter = QPainter(self)
                    colour = self.palette().color(QPalette.ColorRole.Highlight)
                    painter.setPen(QPen(colour, 2))
                    painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
                    painter.end()
                if self.after_paint:
                    callbacks, self.after_paint = self.after_paint, []
                    for callback in callbacks:
                        # A zero timer set while painting runs once this frame is shown.
                        QTimer.singleShot(0, self, callback)

        _CANVAS.append(Canvas)
    return _CANVAS[0]
