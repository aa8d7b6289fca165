"""gutsleep.charts layer: analysis results drawn as matplotlib figures, without Qt.

- :mod:`~gutsleep.charts.theme`: light and dark colours (exports use light).
- :mod:`~gutsleep.charts.base`: the :class:`~gutsleep.charts.base.Chart`
  handle (range changes move axes, no rebuild), gaps, empty ranges and the
  cycle overlay (:func:`~gutsleep.charts.base.shade_bleeding`).
- :mod:`~gutsleep.charts.timeseries`: sleep measures and daily factors.
- :mod:`~gutsleep.charts.weekly`: plant variety and the gut, week by week.
- :mod:`~gutsleep.charts.insight`: the two groups behind one insight.
- :mod:`~gutsleep.charts.report`: A4 pages of blocks and tables;
  :mod:`~gutsleep.charts.report_layout`: the clinician report laid out on them.

Only ``matplotlib.figure.Figure`` is used, never pyplot. Nothing is imported
here: matplotlib loads only when a submodule is used.
"""
