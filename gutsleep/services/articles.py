"""The article library as the Articles page and the CLI use it.

The library is the bundled articles followed by the user's imports. Bundled
articles are read from disk the first time anything asks for them, not when
the services are opened, so the window's first paint never waits for them.
The search index is built on first search and rebuilt after an import or a
removal. Reading state and bookmarks go through the repository.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import cast

from gutsleep.articles import limits, links, loader
from gutsleep.articles.model import Article, ArticleError, SourceFormat
from gutsleep.articles.render import plain_text
from gutsleep.articles.search import Hit, SearchIndex
from gutsleep.storage.features.articles_repo import (
    ArticlesRepository,
    BookmarkRecord,
    ReadingState,
    StoredArticle,
    UnknownBookmarkError,
)

__all__ = [
    "ArticleError",
    "ArticlesService",
    "BookmarkRecord",
    "PreparedImport",
    "ReadingState",
    "UnknownBookmarkError",
    "prepare_import",
]

#: Longest quote kept with a bookmark; a selection can be a whole article.
MAX_QUOTE_CHARS = 1000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedImport:
    """A file read, parsed and checked against the limits, not stored yet."""

    article: Article
    source_name: str
    content: str


class ArticlesService:
    def __init__(
        self,
        repository: ArticlesRepository,
        bundled_dir: Path | None = None,
        *,
        language: str = "en",
    ):
        self.repository = repository
        self._bundled_dir = bundled_dir
        self._language = language
        self._bundled: list[Article] | None = None
        self._user: list[Article] | None = None
        self._index: SearchIndex | None = None

    # the library ----------------------------------------------------------
    @property
    def loaded(self) -> bool:
        """Whether the bundled articles were read already (they are read on first use)."""
        return self._bundled is not None

    @property
    def language(self) -> str:
        """The language the bundled articles are shown in ("en" unless the UI says otherwise)."""
        return self._language

    def use_language(self, language: str) -> None:
        """Show the bundled articles translated into ``language`` where a translation exists.

        The UI passes the language it runs in; ids and anchors are the same in
        every language, so reading state, bookmarks and links carry over.
        """
        if language != self._language:
            self._language = language
            self._bundled = None
            self._index = None

    def bundled(self) -> list[Article]:
        """The bundled articles in reading order; ArticleError if the files are missing."""
        if self._bundled is None:
            self._bundled = loader.load_bundled(self._bundled_dir, language=self._language)
        return list(self._bundled)

    def user_articles(self) -> list[Article]:
        """The user's imported articles, oldest import first."""
        if self._user is None:
            self._user = [
                article
                for stored in self.repository.user_articles()
                if (article := _from_stored(stored)) is not None
            ]
        return list(self._user)

    def library(self) -> list[Article]:
        """Bundled articles first, in reading order, then the user's own."""
        return self.bundled() + self.user_articles()

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.library() if a.id == article_id), None)

    def is_bundled(self, article_id: str) -> bool:
        return any(a.id == article_id for a in self.bundled())

    def search(self, query: str, *, limit: int | None = None) -> list[Hit]:
        """Articles holding every word of ``query``, best first (see articles.search)."""
        if self._index is None:
            self._index = SearchIndex(self.library())
        return self._index.search(query, limit=limit)

    def forget_user_articles(self) -> None:
        """Read the imported articles again: an import wrote some behind this service's back."""
        self._user = None
        self._index = None

    # reading state --------------------------------------------------------
    def state(self, article_id: str) -> ReadingState:
        return self.repository.state(article_id)

    def states(self) -> dict[str, ReadingState]:
        return self.repository.states()

    def mark_opened(self, article_id: str, *, mark_read: bool = True) -> None:
        """The article was opened now; it counts as read unless told otherwise."""
        self.repository.mark_opened(article_id, datetime.now(), mark_read=mark_read)

    def set_read(self, article_id: str, read: bool) -> None:
        self.repository.set_read(article_id, read)

    def save_position(self, article_id: str, position: int) -> None:
        self.repository.set_position(article_id, position)

    # bookmarks ------------------------------------------------------------
    def add_bookmark(
        self,
        article_id: str,
        anchor: str = "",
        section_title: str = "",
        *,
        quote: str = "",
        note: str = "",
    ) -> BookmarkRecord:
        """Bookmark a section (``anchor`` empty: the top of the article)."""
        article = self.article(article_id)
        if article is None:
            raise ArticleError(f"There is no article {article_id!r} to bookmark.")
        if anchor and article.section(anchor) is None:
            raise ArticleError(f"{article.title} has no section {anchor!r}.")
        if not section_title:
            section = article.section(anchor) if anchor else None
            section_title = section.title if section else article.title
        quote = " ".join(quote.split())
        if len(quote) > MAX_QUOTE_CHARS:
            quote = quote[: MAX_QUOTE_CHARS - 1].rstrip() + "…"
        return self.repository.add_bookmark(
            article_id, anchor, section_title, quote=quote, note=note.strip()
        )

    def edit_note(self, bookmark_id: int, note: str) -> BookmarkRecord:
        """Replace a bookmark's note; UnknownBookmarkError (features.articles_repo) if it's gone."""
        return self.repository.set_note(bookmark_id, note.strip())

    def delete_bookmark(self, bookmark_id: int) -> bool:
        return self.repository.delete_bookmark(bookmark_id)

    def bookmarks(self, article_id: str | None = None) -> list[BookmarkRecord]:
        """Bookmarks, newest first (of one article when ``article_id`` is given).

        A bookmark in a bundled article names its section in the language shown
        now: it was stored by anchor, and the library may have switched language
        since (the stored title stays for imports and for anchors that are gone).
        """
        marks = self.repository.bookmarks(article_id)
        if self._bundled is None:
            return marks
        bundled = {article.id: article for article in self._bundled}
        return [_in_shown_language(mark, bundled.get(mark.article_id)) for mark in marks]

    # imports --------------------------------------------------------------
    def import_file(self, path: Path | str) -> Article:
        """Add a Markdown, text or HTML file to the library and return the new article.

        HTML is stored only after sanitising; Markdown and text as they were
        read (they are made safe every time they are rendered). Raises
        ArticleError with a sentence for the user when the file can't be used
        (limits.ArticleLimitError when it breaks a limit); nothing is stored then.
        """
        return self.store_import(prepare_import(path))

    def store_import(self, prepared: PreparedImport) -> Article:
        """Store what :func:`prepare_import` made, under an id not taken yet."""
        article = prepared.article
        taken = {a.id for a in self.bundled()} | self.repository.user_article_ids()
        article = replace(article, id=_free_id(article.id, taken))
        self.repository.add_user_article(
            article.id, article.title, prepared.source_name, article.source_format, prepared.content
        )
        # The article was parsed on the worker: keep it rather than parse every import again.
        if self._user is not None:
            self._user.append(article)
        self._index = None
        return article

    def remove_user_article(self, article_id: str) -> None:
        """Remove an imported article with its bookmarks and reading state.

        Bundled articles are part of gutsleep and can't be removed: that, or an
        unknown id, raises ArticleError.
        """
        if self.is_bundled(article_id):
            raise ArticleError("Articles that come with gutsleep can't be removed.")
        if not self.repository.remove_user_article(article_id):
            raise ArticleError(f"There is no imported article {article_id!r}.")
        if self._user is not None:
            self._user = [article for article in self._user if article.id != article_id]
        self._index = None


def prepare_import(path: Path | str) -> PreparedImport:
    """Read, parse and check a file to import; touches no database.

    The slow and untrusted part of an import, so the Articles page runs it
    off the GUI thread. Raises ArticleError with a sentence for the user.
    """
    path = Path(path)
    text, source_format = loader.read_user_file(path)
    article = loader.user_article_from_text(
        text,
        source_format,
        article_id=_free_id(loader.user_article_id(path), ()),
        fallback_title=loader.title_from_name(path.stem),
    )
    if not plain_text(article).strip():
        raise ArticleError(f"{path.name} has no readable text once cleaned.")
    content = article.body_markdown if source_format == "html" else text
    return PreparedImport(article, path.name, content)


def _free_id(wanted: str, taken: Collection[str]) -> str:
    """``wanted``, or ``wanted-2``... short enough to stay a valid id."""
    if not links.ID_PATTERN.fullmatch(wanted):
        wanted = "user-article"
    return links.unique_anchor(wanted[:90], taken)


def _from_stored(stored: StoredArticle) -> Article | None:
    """Rebuild an imported article; None for a row this version can't read.

    An article stored by an older version that breaks today's limits comes
    back as a placeholder carrying the problem: listed, removable, never shown.
    """
    if stored.source_format not in ("markdown", "text", "html"):
        return None
    try:
        article = loader.user_article_from_text(
            stored.content,
            cast(SourceFormat, stored.source_format),
            article_id=stored.article_id,
            fallback_title=stored.title,
        )
    except limits.ArticleLimitError as error:
        log.warning("A stored article breaks a limit and is not shown: %s", error)
        return _refused(stored, error)
    except ArticleError:
        return None
    # The title chosen at import wins: sanitised HTML no longer has its <title>.
    return replace(article, title=stored.title or article.title)


def _refused(stored: StoredArticle, error: limits.ArticleLimitError) -> Article:
    return Article(
        id=stored.article_id,
        title=stored.title or stored.article_id,
        summary=str(error),
        tier="background",
        reading_minutes=1,
        last_reviewed=None,
        sources=(),
        body_markdown="",
        sections=(),
        bundled=False,
        source_format="text",
        problem=error.message,
    )


def _in_shown_language(mark: BookmarkRecord, article: Article | None) -> BookmarkRecord:
    if article is None:
        return mark
    section = article.section(mark.anchor) if mark.anchor else None
    if mark.anchor and section is None:
        return mark
    title = section.title if section is not None else article.title
    return mark if title == mark.section_title else replace(mark, section_title=title)
