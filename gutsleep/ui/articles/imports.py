"""Adding the person's own article: the file is read and checked off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QWidget,
)

from gutsleep.articles.model import ArticleError
from gutsleep.services.articles import (
    PreparedImport,
    prepare_import,
)
from gutsleep.services.context import Services
from gutsleep.ui import dialogs
from gutsleep.ui.articles.common import error_sentence
from gutsleep.ui.operations import Worker
from gutsleep.ui.tr import tr

log = logging.getLogger(__name__)


class ArticleImporter(QObject):
    """Asks for a file, prepares it on a worker and stores it; one import at a time.

    Problems come back as one sentence. ``importing`` names the file being
    added, None when idle.

    Signals:
        started(str): the file with this name is being read and checked.
        finished(): the worker is done (before ``added`` or ``failed``).
        added(object): the stored :class:`Article`.
        failed(str): the sentence saying why the article was not added.
    """

    started = Signal(str)
    finished = Signal()
    added = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget):
        super().__init__(parent)
        self.articles = services.articles
        self._parent = parent
        #: Imports are read and checked here, off the GUI thread.
        self.background = Worker(self)
        self.importing: str | None = None

    def start(self) -> None:
        """Ask for a file, then read and check it on the worker."""
        if self.importing is not None:
            return
        chosen = dialogs.open_path(
            self._parent,
            tr("Add an article"),
            tr("Articles (*.md *.markdown *.txt *.text *.html *.htm);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.importing = path.name
        self.started.emit(path.name)
        self.background.run(lambda: prepare_import(path), self._prepared, self._failed)

    def _prepared(self, prepared: object) -> None:
        assert isinstance(prepared, PreparedImport)
        self._finish()
        try:
            article = self.articles.store_import(prepared)
        except ArticleError as error:
            self.failed.emit(error_sentence(error))
            return
        self.added.emit(article)

    def _failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ArticleError):
            self.failed.emit(error_sentence(error))
            return
        log.exception("Importing an article failed", exc_info=error)
        self.failed.emit(tr("The article can't be added: something unexpected went wrong."))

    def _finish(self) -> None:
        self.importing = None
        self.finished.emit()
