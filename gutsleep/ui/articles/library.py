"""The library tab: every article, or the results of a search across them all."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gutsleep.articles.model import Article, ArticleError
from gutsleep.articles.search import Hit, highlight
from gutsleep.services.context import Services
from gutsleep.ui.articles.common import (
    ANCHOR_ROLE,
    HIT_CLOSE,
    HIT_OPEN,
    HTML_ROLE,
    ID_ROLE,
    RichItemDelegate,
    meta_text,
    rich_list,
)
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget


class LibraryPanel(QWidget):
    """The search field, the list of articles (or of hits) and the Add and Remove buttons.

    ``shown`` names the article the reader shows (or refused), so the list
    keeps it selected. The list is filled once ``active`` is set (the page
    reads the library after the window's first paint).

    Signals:
        open_requested(str, str, object): open this article at this anchor,
            highlighting these search words (a tuple of str).
        remove_requested(str): the person asked to remove this article.
        import_requested(): "Add an article…" was pressed.
        search_cleared(): the search field was emptied.
    """

    open_requested = Signal(str, str, object)
    remove_requested = Signal(str)
    import_requested = Signal()
    search_cleared = Signal()

    def __init__(
        self,
        services: Services,
        shown: Callable[[], str | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.articles = services.articles
        self._shown = shown
        self.active = False
        self._hits: list[Hit] = []
        self.menu: QMenu | None = None
        self._relist_timer = QTimer(self)
        self._relist_timer.setSingleShot(True)
        self._relist_timer.setInterval(150)
        self._relist_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search all articles"))
        self.search.setClearButtonEnabled(True)
        name_widget(
            self.search,
            "article_search",
            tr("Search articles"),
            tr("Finds articles containing every word you type"),
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_first_result)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.items = rich_list(self, "library_list", tr("Articles"))
        self.items.itemActivated.connect(self._item_opened)
        self.items.itemClicked.connect(self._item_opened)
        self.items.viewport().installEventFilter(self)  # summaries fit the new width
        self.items.installEventFilter(self)  # Delete removes an imported article
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items.customContextMenuRequested.connect(self._show_menu)
        self.items.currentItemChanged.connect(lambda *_: self.update_buttons())
        layout.addWidget(self.items, 1)
        self.import_button = QPushButton(tr("Add an article…"), self)
        name_widget(
            self.import_button,
            "import_article",
            tr("Add an article"),
            tr("Add your own Markdown, text or HTML file to the library"),
        )
        self.import_button.clicked.connect(self.import_requested)
        self.remove_button = QPushButton(tr("Remove…"), self)
        name_widget(
            self.remove_button,
            "remove_selected_article",
            tr("Remove the selected article"),
            tr("Removes the article you added that is selected in the list, with its bookmarks"),
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button, 1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

    def _summary(self, article: Article) -> str:
        return render(article.problem) if article.problem is not None else article.summary

    def _item_html(self, article: Article, read: bool) -> str:
        summary = " ".join(self._summary(article).split())
        metrics = self.items.fontMetrics()
        width = max(120, self.items.viewport().width() - 2 * RichItemDelegate.PADDING - 4)
        summary = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, width)
        marker = "" if read else "● "
        return (
            f"<b>{html.escape(marker + article.title)}</b><br />"
            f"{html.escape(summary)}<br />"
            f"<small>{html.escape(meta_text(article, read))}</small>"
        )

    def refresh(self) -> None:
        """Fill the list with the library, or with search results while there is a query."""
        if self.search.text().strip():
            self._show_hits(self.search.text())
            return
        states = self.articles.states()
        self.items.clear()
        for article in self._library():
            read = states[article.id].read if article.id in states else False
            item = QListWidgetItem(article.title)
            item.setData(ID_ROLE, article.id)
            item.setData(HTML_ROLE, self._item_html(article, read))
            summary = self._summary(article)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{article.title}. {summary} {meta_text(article, read)}",
            )
            item.setToolTip(summary)
            self.items.addItem(item)
        self.select_shown()
        self.update_buttons()

    def _library(self) -> list[Article]:
        try:
            return self.articles.library()
        except ArticleError:
            return self.articles.user_articles()

    def select_shown(self) -> None:
        """Select the article the reader shows (or refused), without opening it again."""
        shown = self._shown()
        if shown is None:
            return
        for row in range(self.items.count()):
            if self.items.item(row).data(ID_ROLE) == shown:
                self.items.blockSignals(True)
                self.items.setCurrentRow(row)
                self.items.blockSignals(False)
                return

    # search -----------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        if text.strip():
            self._show_hits(text)
            return
        self._hits = []
        self.refresh()
        self.search_cleared.emit()

    def _show_hits(self, query: str) -> None:
        self._hits = self.articles.search(query)
        self.items.clear()
        for hit in self._hits:
            article = self.articles.article(hit.article_id)
            if article is None:
                continue
            item = QListWidgetItem(hit.title)
            item.setData(ID_ROLE, hit.article_id)
            item.setData(ANCHOR_ROLE, hit.anchor or "")
            title = highlight(hit.title, hit.terms, open_tag=HIT_OPEN, close_tag=HIT_CLOSE)
            snippet = highlight(hit.snippet, hit.terms, open_tag=HIT_OPEN, close_tag=HIT_CLOSE)
            item.setData(
                HTML_ROLE,
                f"<b>{title}</b><br />{snippet}<br />"
                f"<small>{html.escape(meta_text(article))}</small>",
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {hit.snippet}")
            self.items.addItem(item)
        if not self._hits:
            item = QListWidgetItem(tr("No article contains all of these words."))
            item.setData(
                HTML_ROLE, html.escape(tr("No article contains all of these words."), quote=False)
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(item)
        self.update_buttons()

    def _open_first_result(self) -> None:
        item = self.items.currentItem() or self.items.item(0)
        if item is not None and item.data(ID_ROLE):
            self._item_opened(item)

    def _item_opened(self, item: QListWidgetItem) -> None:
        article_id = item.data(ID_ROLE)
        if not article_id:
            return
        if self.search.text().strip():
            hit = next((h for h in self._hits if h.article_id == article_id), None)
            terms = hit.terms if hit else ()
            self.open_requested.emit(article_id, str(item.data(ANCHOR_ROLE) or ""), terms)
        else:
            self.open_requested.emit(article_id, "", ())

    # removing ---------------------------------------------------------------
    def selected_article(self) -> Article | None:
        item = self.items.currentItem()
        article_id = item.data(ID_ROLE) if item is not None else None
        return self.articles.article(str(article_id)) if article_id else None

    def update_buttons(self) -> None:
        article = self.selected_article()
        self.remove_button.setEnabled(article is not None and not article.bundled)

    def remove_selected(self) -> None:
        """Ask to remove the article selected in the list (the page asks the person)."""
        article = self.selected_article()
        if article is not None:
            self.remove_requested.emit(article.id)

    def _show_menu(self, point: QPoint) -> None:
        """The list's context menu for the item under ``point`` (viewport coordinates)."""
        item = self.items.itemAt(point)
        if item is None or not item.data(ID_ROLE):
            return
        self.items.setCurrentItem(item)
        article = self.selected_article()
        if article is None:
            return
        self.menu = menu = QMenu(self.items)
        menu.setObjectName("library_menu")
        open_action = menu.addAction(tr("Open"))
        open_action.triggered.connect(lambda: self._item_opened(item))
        remove = menu.addAction(tr("Remove…"))
        remove.setEnabled(not article.bundled)
        remove.triggered.connect(self.remove_selected)
        menu.popup(self.items.viewport().mapToGlobal(point))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.items.viewport()
            and self.active
            and not self.search.text().strip()
        ):
            self._relist_timer.start()
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self.items.setFocus()
                if self.items.currentRow() < 0 and self.items.count():
                    self.items.setCurrentRow(0)
                return True
            if watched is self.items and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        if (
            watched is self.items
            and event.type() == QEvent.Type.ContextMenu
            and self.items.currentItem() is not None
        ):
            # The menu key or Shift+F10: the menu is for the selected item, shown beside it.
            item = self.items.currentItem()
            self._show_menu(self.items.visualItemRect(item).center())
            return True
        return super().eventFilter(watched, event)
