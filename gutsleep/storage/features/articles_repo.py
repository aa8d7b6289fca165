"""Reading state, bookmarks and imported articles; the only place for article SQL.

The library itself (bundled Markdown files) is not stored: only what the user
adds to it. ``article_state`` holds one row per article that was ever opened
(read flag, reading position, last opened); ``bookmark`` holds bookmarked
sections with the user's note; ``user_article`` holds imported articles as
they are shown (Markdown or text as imported, HTML only after sanitising).
Article ids are plain strings here; whether an id exists is the service's
business, so state and bookmarks of a bundled article survive its edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gutsleep.storage.file.database import Database
from gutsleep.storage.models import ArticleState, Bookmark, UserArticle

__all__ = [
    "ArticlesRepository",
    "BookmarkRecord",
    "DuplicateArticleError",
    "ReadingState",
    "StoredArticle",
    "UnknownBookmarkError",
]

#: Formats an imported article can be stored in (see gutsleep.articles.model.SourceFormat).
STORED_FORMATS: Final = ("markdown", "text", "html")

# Column sizes from the schema; longer text is cut rather than refused.
_ID_CHARS: Final = 120
_ANCHOR_CHARS: Final = 200
_SECTION_CHARS: Final = 300
_TITLE_CHARS: Final = 300
_SOURCE_CHARS: Final = 300


class UnknownBookmarkError(LookupError):
    """No bookmark has this id (it was deleted, or never existed)."""


class DuplicateArticleError(ValueError):
    """An imported article with this id is already stored."""


@dataclass(frozen=True)
class ReadingState:
    """How far the user got with one article; the default for never-opened ones."""

    article_id: str
    read: bool = False
    position: int = 0
    last_opened: datetime | None = None


@dataclass(frozen=True)
class BookmarkRecord:
    """A bookmarked section: ``anchor`` is empty for the top of the article."""

    id: int
    article_id: str
    anchor: str
    section_title: str
    quote: str
    note: str
    created_at: datetime


@dataclass(frozen=True)
class StoredArticle:
    """An imported article as stored: ``content`` is ready to be shown after parsing."""

    article_id: str
    title: str
    source_name: str
    source_format: str
    content: str
    imported_at: datetime


def _state(row: ArticleState) -> ReadingState:
    return ReadingState(row.article_id, bool(row.read), int(row.position), row.last_opened)


def _bookmark(row: Bookmark) -> BookmarkRecord:
    return BookmarkRecord(
        id=row.id,
        article_id=row.article_id,
        anchor=row.anchor,
        section_title=row.section_title,
        quote=row.quote,
        note=row.note,
        created_at=row.created_at,
    )


def _stored(row: UserArticle) -> StoredArticle:
    return StoredArticle(
        article_id=row.article_id,
        title=row.title,
        source_name=row.source_name,
        source_format=row.source_format,
        content=row.content,
        imported_at=row.imported_at,
    )


class ArticlesRepository:
    """Each call is one transaction."""

    def __init__(self, database: Database):
        self._db = database

    # reading state ------------------------------------------------------
    def state(self, article_id: str) -> ReadingState:
        """The stored state, or the never-opened default."""
        with self._db.session(write=False) as session:
            row = session.get(ArticleState, article_id)
            return _state(row) if row is not None else ReadingState(article_id)

    def states(self) -> dict[str, ReadingState]:
        """Every stored state, keyed by article id."""
        with self._db.session(write=False) as session:
            return {row.article_id: _state(row) for row in session.scalars(select(ArticleState))}

    def mark_opened(self, article_id: str, when: datetime, *, mark_read: bool = True) -> None:
        """Note that the article was opened at ``when`` (and, by default, that it is read)."""
        with self._db.session() as session:
            row = self._state_row(session, article_id)
            row.last_opened = when
            if mark_read:
                row.read = True

    def set_read(self, article_id: str, read: bool) -> None:
        with self._db.session() as session:
            self._state_row(session, article_id).read = read

    def set_position(self, article_id: str, position: int) -> None:
        """Remember where the reader is (a character offset in the article; never negative)."""
        with self._db.session() as session:
            self._state_row(session, article_id).position = max(0, int(position))

    @staticmethod
    def _state_row(session: Session, article_id: str) -> ArticleState:
        if not article_id or len(article_id) > _ID_CHARS:
            raise ValueError(f"not an article id: {article_id!r}")
        row = session.get(ArticleState, article_id)
        if row is None:
            row = ArticleState(article_id=article_id, read=False, position=0)
            session.add(row)
        return row

    # bookmarks ----------------------------------------------------------
    def add_bookmark(
        self,
        article_id: str,
        anchor: str,
        section_title: str,
        *,
        quote: str = "",
        note: str = "",
        when: datetime | None = None,
    ) -> BookmarkRecord:
        """Store a bookmark and return it with its id."""
        if not article_id or len(article_id) > _ID_CHARS:
            raise ValueError(f"not an article id: {article_id!r}")
        with self._db.session() as session:
            row = Bookmark(
                article_id=article_id,
                anchor=anchor[:_ANCHOR_CHARS],
                section_title=section_title[:_SECTION_CHARS],
                quote=quote,
                note=note,
                created_at=when or datetime.now(),
            )
            session.add(row)
            session.flush()
            return _bookmark(row)

    def set_note(self, bookmark_id: int, note: str) -> BookmarkRecord:
        """Replace a bookmark's note; UnknownBookmarkError when it is gone."""
        with self._db.session() as session:
            row = session.get(Bookmark, bookmark_id)
            if row is None:
                raise UnknownBookmarkError(bookmark_id)
            row.note = note
            return _bookmark(row)

    def delete_bookmark(self, bookmark_id: int) -> bool:
        """Remove a bookmark; False when there was none with this id."""
        with self._db.session() as session:
            result = session.execute(delete(Bookmark).where(Bookmark.id == bookmark_id))
            return bool(getattr(result, "rowcount", 0))

    def bookmark(self, bookmark_id: int) -> BookmarkRecord | None:
        with self._db.session(write=False) as session:
            row = session.get(Bookmark, bookmark_id)
            return _bookmark(row) if row is not None else None

    def bookmarks(self, article_id: str | None = None) -> list[BookmarkRecord]:
        """Bookmarks, newest first; only those of ``article_id`` when given."""
        query = select(Bookmark).order_by(Bookmark.created_at.desc(), Bookmark.id.desc())
        if article_id is not None:
            query = query.where(Bookmark.article_id == article_id)
        with self._db.session(write=False) as session:
            return [_bookmark(row) for row in session.scalars(query)]

    # imported articles --------------------------------------------------
    def add_user_article(
        self,
        article_id: str,
        title: str,
        source_name: str,
        source_format: str,
        content: str,
        *,
        when: datetime | None = None,
    ) -> StoredArticle:
        """Store an imported article; DuplicateArticleError when the id is taken."""
        if not article_id or len(article_id) > _ID_CHARS:
            raise ValueError(f"not an article id: {article_id!r}")
        if source_format not in STORED_FORMATS:
            raise ValueError(f"unknown article format {source_format!r}")
        with self._db.session() as session:
            taken = session.scalar(
                select(UserArticle.id).where(UserArticle.article_id == article_id)
            )
            if taken is not None:
                raise DuplicateArticleError(article_id)
            row = UserArticle(
                article_id=article_id,
                title=title[:_TITLE_CHARS],
                source_name=source_name[:_SOURCE_CHARS],
                source_format=source_format,
                content=content,
                imported_at=when or datetime.now(),
            )
            session.add(row)
            session.flush()
            return _stored(row)

    def user_article(self, article_id: str) -> StoredArticle | None:
        with self._db.session(write=False) as session:
            row = session.scalars(
                select(UserArticle).where(UserArticle.article_id == article_id)
            ).one_or_none()
            return _stored(row) if row is not None else None

    def user_articles(self) -> list[StoredArticle]:
        """Every imported article, in the order they were imported."""
        query = select(UserArticle).order_by(UserArticle.imported_at, UserArticle.id)
        with self._db.session(write=False) as session:
            return [_stored(row) for row in session.scalars(query)]

    def user_article_ids(self) -> set[str]:
        with self._db.session(write=False) as session:
            return set(session.scalars(select(UserArticle.article_id)))

    def remove_user_article(self, article_id: str) -> bool:
        """Remove an imported article with its reading state and bookmarks.

        Returns False (and changes nothing) when no imported article has this
        id, so a bundled article's state and bookmarks can't be wiped here.
        """
        with self._db.session() as session:
            result = session.execute(
                delete(UserArticle).where(UserArticle.article_id == article_id)
            )
            if not getattr(result, "rowcount", 0):
                return False
            session.execute(delete(Bookmark).where(Bookmark.article_id == article_id))
            session.execute(delete(ArticleState).where(ArticleState.article_id == article_id))
            return True


# export and import ------------------------------------------------------------------
# Plain records for storage.transfer, inside its transaction.

_STATE_FIELDS: Final = ("article_id", "read", "position", "last_opened")
_BOOKMARK_FIELDS: Final = ("article_id", "anchor", "section_title", "quote", "note", "created_at")
_ARTICLE_FIELDS: Final = (
    "article_id",
    "title",
    "source_name",
    "source_format",
    "content",
    "imported_at",
)


def _record(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def state_records(session: Session) -> list[dict[str, Any]]:
    """Every reading state, by article id."""
    query = select(ArticleState).order_by(ArticleState.article_id)
    return [
        _record(row, _STATE_FIELDS) | {"read": bool(row.read)} for row in session.scalars(query)
    ]


def insert_state_record(session: Session, record: dict[str, Any]) -> None:
    session.add(ArticleState(**{name: record[name] for name in _STATE_FIELDS}))


def delete_state_record(session: Session, article_id: str) -> None:
    session.execute(delete(ArticleState).where(ArticleState.article_id == article_id))


def bookmark_records(session: Session) -> list[dict[str, Any]]:
    """Every bookmark, oldest first."""
    query = select(Bookmark).order_by(Bookmark.created_at, Bookmark.id)
    return [_record(row, _BOOKMARK_FIELDS) for row in session.scalars(query)]


def insert_bookmark_record(session: Session, record: dict[str, Any]) -> None:
    session.add(Bookmark(**{name: record[name] for name in _BOOKMARK_FIELDS}))


def delete_bookmark_record(
    session: Session, article_id: str, anchor: str, created_at: datetime
) -> None:
    session.execute(
        delete(Bookmark).where(
            Bookmark.article_id == article_id,
            Bookmark.anchor == anchor,
            Bookmark.created_at == created_at,
        )
    )


def article_records(session: Session) -> list[dict[str, Any]]:
    """Every imported article with its text, in the order they were imported."""
    query = select(UserArticle).order_by(UserArticle.imported_at, UserArticle.id)
    return [_record(row, _ARTICLE_FIELDS) for row in session.scalars(query)]


def insert_article_record(session: Session, record: dict[str, Any]) -> None:
    session.add(UserArticle(**{name: record[name] for name in _ARTICLE_FIELDS}))


def delete_article_record(session: Session, article_id: str) -> None:
    session.execute(delete(UserArticle).where(UserArticle.article_id == article_id))
