"""What the Articles page's parts share: list roles, rich list items, tier and meta lines."""

from __future__ import annotations

import html
from typing import Final

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gutsleep.articles.limits import ArticleLimitError
from gutsleep.articles.model import Article, ArticleError
from gutsleep.domain.text import N_
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import name_widget

TIER_LABELS: Final = {
    "1": N_("Tier 1 · strongest evidence"),
    "2": N_("Tier 2 · solid evidence"),
    "3": N_("Tier 3 · emerging evidence"),
    "background": N_("Background"),
}

#: Qt rich text has no <mark>: search hits get a coloured span that reads in both schemes.
HIT_OPEN: Final = '<span style="background-color:#ffe066; color:#000000;">'
HIT_CLOSE: Final = "</span>"

ID_ROLE: Final = Qt.ItemDataRole.UserRole
HTML_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ANCHOR_ROLE: Final = Qt.ItemDataRole.UserRole + 2
BOOKMARK_ROLE: Final = Qt.ItemDataRole.UserRole + 3


def tier_label(tier: str) -> str:
    """The translated badge for an evidence tier."""
    return tr(TIER_LABELS.get(tier, TIER_LABELS["background"]))


def error_sentence(error: ArticleError) -> str:
    """The sentence an ArticleError carries, translated when it is one of the limits."""
    if isinstance(error, ArticleLimitError):
        return render(error.message)
    return str(error)


def escape_lines(text: str) -> str:
    """User text as rich text that shows exactly what was typed, line breaks included."""
    return "<br />".join(html.escape(line, quote=False) for line in text.split("\n"))


class RichItemDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE rich text (our own, escaped HTML) over the normal background."""

    PADDING = 6

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width()
        document.setTextWidth(max(80, width - 2 * self.PADDING))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(item, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        enabled = bool(item.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(group, role))
        painter.save()
        painter.translate(item.rect.left() + self.PADDING, item.rect.top() + self.PADDING)
        painter.setClipRect(0, 0, item.rect.width() - self.PADDING, item.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        size = document.size().toSize()
        return QSize(size.width() + 2 * self.PADDING, size.height() + 2 * self.PADDING)


def rich_list(parent: QWidget, name: str, label: str) -> QListWidget:
    """A list whose items show their HTML_ROLE rich text, wrapped to the list's width."""
    widget = QListWidget(parent)
    name_widget(widget, name, label)
    widget.setItemDelegate(RichItemDelegate(widget))
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return widget


def meta_text(article: Article, read: bool | None = None) -> str:
    """The line under an article's title: tier, reading time, whether it is yours, read."""
    parts = [tier_label(article.tier)]
    parts.append(tr("{minutes} min read").format(minutes=article.reading_minutes))
    if not article.bundled:
        parts.append(tr("Yours"))
    if read is not None:
        parts.append(tr("Read") if read else tr("Unread"))
    return " · ".join(parts)


def repolish(widget: QWidget) -> None:
    """Apply a changed ``role`` property to the widget's style."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
