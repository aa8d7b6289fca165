"""File ▸ Report for a clinician…: a PDF of a chosen period, made on the data worker.

The period (by default the last four weeks) and the file name are asked
through :mod:`gutsleep.ui.dialogs`, so tests patch them. The report is made
by :func:`gutsleep.services.report.make_report` on the File menu's worker
(:meth:`DataActions.run`) with a cancellable progress dialog; the action is
disabled, like the other data actions, while any of them runs. Its words and
decimals follow the app's language (``tr`` and QLocale).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gutsleep.ui import dialogs
from gutsleep.ui.tr import format_number, tr

if TYPE_CHECKING:
    from gutsleep.services.context import Services
    from gutsleep.ui.data_actions import DataActions
    from gutsleep.ui.main_window import MainWindow

__all__ = ["ReportAction", "install_report_action"]


class ReportAction(QObject):
    """Owns the menu action and starts the report on the data worker."""

    def __init__(self, window: MainWindow, data_actions: DataActions):
        super().__init__(window)
        self.window = window
        self.data_actions = data_actions
        self.action = QAction(tr("Re&port for a clinician…"), window)
        self.action.setObjectName("action_report")
        self.action.setStatusTip(
            tr("Write a PDF of a period's diary, averages and figures to show a clinician")
        )
        self.action.triggered.connect(lambda _checked=False: self.make())

    @property
    def services(self) -> Services:
        """The window's journal (asked when used: the start-up window opens it later)."""
        return self.window.services

    def make(self) -> None:
        from gutsleep.services.report import default_period, make_report

        first, last = default_period()
        choice = dialogs.report_period(self.window, first, last)
        if choice is None:
            return
        first, last, appendix = choice.first, choice.last, choice.appendix
        suggested = Path.home() / f"gutsleep-report-{first.isoformat()}-to-{last.isoformat()}.pdf"
        chosen = dialogs.save_path(
            self.window, tr("Save the report"), str(suggested), tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.window.flush()  # the day being edited is part of the report
        services = self.services
        self.data_actions.run(
            "report",
            tr("Making the report…"),
            lambda progress, cancel: make_report(
                services,
                first,
                last,
                path,
                progress,
                cancel,
                translate=tr,
                number=format_number,
                appendix=appendix,
            ),
            self._made,
        )

    def _made(self, result: Any) -> None:
        from gutsleep.domain.dates import DateWords

        words = DateWords(tr)  # the report's own form of a date
        dialogs.inform(
            self.window,
            tr("Report written"),
            tr(
                "The report for {first} to {last} ({pages} pages) was written to:\n{path}\n\n"
                "It says that the data is self-reported; it is not encrypted, so keep it "
                "somewhere private."
            ).format(
                first=words.full(result.first),
                last=words.full(result.last),
                pages=result.pages,
                path=result.path,
            ),
        )


def install_report_action(window: MainWindow, data_actions: DataActions) -> ReportAction:
    """Add "Report for a clinician…" to the File menu's data actions (the window keeps
    it as ``window.report_action``)."""
    report = ReportAction(window, data_actions)
    data_actions.add_action(report.action)
    return report
