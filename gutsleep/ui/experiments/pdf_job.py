"""The Experiments page's PDF export on a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from gutsleep.services.experiments import write_pdf

if TYPE_CHECKING:
    from gutsleep.charts.experiment import Report


class _PdfSignals(QObject):
    done = Signal(str)
    failed = Signal(str)


class _PdfJob(QRunnable):
    """Draws and writes the PDF off the GUI thread; touches no widget and no database."""

    def __init__(self, report: Report, path: Path):
        super().__init__()
        self.report = report
        self.path = path
        self.signals = _PdfSignals()

    def run(self) -> None:
        try:
            write_pdf(self.report, self.path)
        except Exception as exc:  # reported to the person, not swallowed
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(str(self.path))
