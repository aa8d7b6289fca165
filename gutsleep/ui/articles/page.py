"""The Articles page: the library, full-text search, bookmarks, and an offline reader.

The page puts its parts side by side and passes requests between them: the
library (:mod:`.library`) and the bookmarks (:mod:`.bookmarks`) in tabs on
the left, the reader (:mod:`.reader`, with its find bar) on the right, and
imports (:mod:`.imports`) on a worker.

The reader is read-only rich text that never loads anything by itself: it does not
follow links (the reader decides: ``article:`` and ``#anchor`` links open
inside the app, web links are handed to the system browser after asking,
anything else is ignored) and :meth:`ArticleBrowser.loadResource` refuses
every resource, so no image, style sheet or font is ever fetched from
anywhere. The HTML it shows comes from :mod:`gutsleep.articles`, which
escapes Markdown and sanitises imported HTML; text the user typed (notes)
is escaped again wherever it is shown as rich text.

Signals:
    article_opened(str): the reader now shows the article with this id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gutsleep.articles.model import Article, ArticleError
from gutsleep.services.articles import (
    BookmarkRecord,
)
from gutsleep.services.context import Services
from gutsleep.ui import dialogs, i18n
from gutsleep.ui.articles.bookmarks import BookmarksPanel
from gutsleep.ui.articles.common import error_sentence
from gutsleep.ui.articles.imports import ArticleImporter
from gutsleep.ui.articles.library import LibraryPanel
from gutsleep.ui.articles.reader import ArticleReader
from gutsleep.ui.operations import Changes
from gutsleep.ui.tr import tr
from gutsleep.ui.widgets import name_widget


class ArticlesPage(QWidget):
    page_id = "articles"
    article_opened = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articles_page")
        self.services = services
        self.articles = services.articles
        # The bundled articles in the language of the menus (English where untranslated).
        self.articles.use_language(i18n.in_use())
        self._loaded = False

        self.tabs = QTabWidget(self)
        name_widget(self.tabs, "articles_tabs", tr("Library and bookmarks"))
        self.tabs.tabBar().setAccessibleName(tr("Library and bookmarks"))
        self.library = LibraryPanel(services, self._shown_id)
        self.bookmarks = BookmarksPanel(services, self._open_bookmark)
        self.tabs.addTab(self.library, tr("Library"))
        self.tabs.addTab(self.bookmarks, tr("Bookmarks"))
        self.reader = ArticleReader(services, self)  # after the tabs: the keyboard's order
        self.importer = ArticleImporter(services, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("articles_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._connect_parts()
        self._build_shortcuts()
        # The library is read after the first paint, not while the window is built.
        QTimer.singleShot(0, self.ensure_loaded)

    def _connect_parts(self) -> None:
        reader, library, bookmarks, importer = (
            self.reader,
            self.library,
            self.bookmarks,
            self.importer,
        )
        reader.article_opened.connect(self._article_shown)
        reader.refused.connect(self._refused)
        reader.read_changed.connect(library.refresh)
        reader.bookmark_requested.connect(self.bookmark_section)
        reader.remove_requested.connect(self.remove_current)
        library.open_requested.connect(
            lambda article_id, anchor, terms: reader.open(article_id, anchor=anchor, terms=terms)
        )
        library.remove_requested.connect(self.remove_article)
        library.import_requested.connect(importer.start)
        library.search_cleared.connect(reader.clear_terms)
        bookmarks.title_changed.connect(lambda title: self.tabs.setTabText(1, title))
        importer.started.connect(self._import_started)
        importer.finished.connect(self._import_finished)
        importer.added.connect(self._imported)
        importer.failed.connect(self.reader.show_status)

    def _build_shortcuts(self) -> None:
        find_bar, reader = self.reader.find_bar, self.reader
        bindings: list[tuple[Sequence[QKeySequence], Any]] = [
            ([QKeySequence(Qt.Key.Key_F3)], lambda: find_bar.find_next()),
            ([QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3)], find_bar.find_previous),
            (
                [
                    QKeySequence(QKeySequence.StandardKey.ZoomIn),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Plus),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Equal),
                ],
                lambda: reader.zoom_by(1),
            ),
            (
                [
                    QKeySequence(QKeySequence.StandardKey.ZoomOut),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus),
                ],
                lambda: reader.zoom_by(-1),
            ),
            ([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0)], lambda: reader.set_zoom(0)),
            ([QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)], reader.go_back),
        ]
        seen: set[str] = set()
        for sequences, slot in bindings:
            for sequence in sequences:
                key = sequence.toString()
                if not key or key in seen:
                    continue
                seen.add(key)
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # the library ------------------------------------------------------------
    def ensure_loaded(self) -> bool:
        """Read the library (once); False with a message when the bundled files are missing."""
        if self._loaded:
            return True
        self._loaded = True
        self.library.active = True
        try:
            self.articles.library()
        except ArticleError as error:
            self.reader.show_status(str(error))
            return False
        self.library.refresh()
        self.bookmarks.refresh()
        return True

    def apply_changes(self, changes: Changes) -> None:
        """Articles or bookmarks came from elsewhere (an import, a restore): list them again."""
        if changes.everything or changes.articles:
            self.on_shown()

    def on_shown(self) -> None:
        """The main window shows the page: make sure the library is there and current.

        While the window is still being built (the page was the last one shown),
        the timer started in ``__init__`` reads the library after the first paint.
        """
        if not self._loaded:
            if self.window().isVisible():
                self.ensure_loaded()
        else:
            self.library.refresh()
            self.bookmarks.refresh()

    def _shown_id(self) -> str | None:
        reader = self.reader
        return reader.current.id if reader.current is not None else reader.refused_id

    def _refused(self, _article_id: str) -> None:
        """Keep the refused article selected in the list, where Remove… applies to it."""
        self.library.select_shown()
        self.library.update_buttons()

    def _article_shown(self, article_id: str) -> None:
        self.library.refresh()
        self.article_opened.emit(article_id)

    # opening ----------------------------------------------------------------
    def open_article(self, article_id: str, anchor: str = "") -> bool:
        """Show ``article_id`` at section ``anchor`` (or where the reader left off).

        The entry point for deep links from other pages (MainWindow.open_article).
        """
        self.ensure_loaded()
        return self.reader.open(article_id, anchor=anchor)

    def _open_bookmark(self, article_id: str, anchor: str) -> bool:
        return self.reader.open(article_id, anchor=anchor, remember=True)

    def open_find(self) -> None:
        """Ctrl+F (routed here by the main window's Edit → Find): open the find bar."""
        self.reader.find_bar.open()

    def flush(self) -> None:
        """Save what is pending (the main window calls this before closing)."""
        self.reader.save_position()

    def hideEvent(self, event: QHideEvent) -> None:
        self.reader.save_position()
        super().hideEvent(event)

    # bookmarks --------------------------------------------------------------
    def bookmark_section(self) -> BookmarkRecord | None:
        """Bookmark the section at the top (or holding the selected text), asking for a note."""
        place = self.reader.bookmark_place()
        if place is None:
            return None
        record = self.bookmarks.add(*place)
        if record is not None:
            self.reader.show_status(
                tr("Bookmarked “{section}”.").format(section=record.section_title), error=False
            )
        return record

    # imports ----------------------------------------------------------------
    def import_article(self) -> None:
        """Ask for a file, then read and check it on the worker; problems are one sentence.

        The page stays responsive while the file is parsed: the status line
        says what is being added, and the article opens once it is stored.
        """
        self.importer.start()

    def _import_started(self, name: str) -> None:
        self.library.import_button.setEnabled(False)
        self.reader.show_status(tr("Adding “{name}”…").format(name=name), error=False)

    def _import_finished(self) -> None:
        self.library.import_button.setEnabled(True)
        self.reader.hide_status()

    def _imported(self, article: Article) -> None:
        self.library.search.clear()
        self.library.refresh()
        self.tabs.setCurrentIndex(0)
        self.reader.open(article.id)
        self.reader.show_status(
            tr("“{title}” was added to your library.").format(title=article.title), error=False
        )

    # removing ---------------------------------------------------------------
    def remove_selected(self) -> bool:
        """Remove the article selected in the list, if the user added it (after asking)."""
        article = self.library.selected_article()
        return article is not None and self.remove_article(article.id)

    def remove_current(self) -> bool:
        """Remove the open (or refused) article if it is one the user added (after asking)."""
        article_id = self._shown_id()
        return article_id is not None and self.remove_article(article_id)

    def remove_article(self, article_id: str) -> bool:
        """Remove an imported article, open or not, after asking; bundled ones stay."""
        article = self.articles.article(article_id)
        if article is None or article.bundled:
            return False
        if not dialogs.ask(
            self,
            tr("Remove this article?"),
            tr(
                "“{title}” will be removed from your library, together with its bookmarks. "
                "The file you added it from is not touched."
            ).format(title=article.title),
        ):
            return False
        try:
            self.articles.remove_user_article(article.id)
        except ArticleError as error:
            self.reader.show_status(error_sentence(error))
            return False
        self.reader.forget(article.id)
        self.library.refresh()
        self.bookmarks.refresh()
        self.reader.show_status(
            tr("“{title}” was removed from your library.").format(title=article.title), error=False
        )
        return True
