"""Article reading state, bookmarks and imported articles round-trip through SQLite."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from gutsleep.storage.features.articles_repo import (
    ArticlesRepository,
    DuplicateArticleError,
    ReadingState,
    UnknownBookmarkError,
)
from gutsleep.storage.file.database import Database

NOON = datetime(2026, 5, 1, 12, 0)


def open_repo(path: Path) -> tuple[Database, ArticlesRepository]:
    database = Database.open(path)
    return database, ArticlesRepository(database)


def test_reading_state_defaults_then_survives_reopening(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    assert repo.state("signs") == ReadingState("signs")
    assert repo.states() == {}
    repo.mark_opened("signs", NOON)
    repo.set_position("signs", 1234)
    repo.set_position("evidence", -5)  # clamped: positions are offsets
    repo.mark_opened("foundations", NOON, mark_read=False)
    database.close()

    database, repo = open_repo(tmp_path)
    assert repo.state("signs") == ReadingState("signs", True, 1234, NOON)
    assert repo.state("evidence") == ReadingState("evidence", False, 0, None)
    assert repo.state("foundations").read is False
    repo.set_read("signs", False)
    assert repo.state("signs").read is False
    assert repo.state("signs").position == 1234
    assert set(repo.states()) == {"signs", "evidence", "foundations"}
    database.close()


def test_reading_state_needs_an_id(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    with pytest.raises(ValueError):
        repo.set_read("", True)
    with pytest.raises(ValueError):
        repo.set_position("x" * 200, 1)
    database.close()


def test_bookmarks_add_edit_delete_newest_first_across_reopen(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    first = repo.add_bookmark("signs", "antibiotics", "Antibiotics", when=NOON)
    second = repo.add_bookmark(
        "foundations",
        "probiotics",
        "Probiotics",
        quote="strain matters",
        note="ask the pharmacist <b>which</b>",
        when=datetime(2026, 5, 2),
    )
    database.close()

    database, repo = open_repo(tmp_path)
    assert [b.id for b in repo.bookmarks()] == [second.id, first.id]
    assert repo.bookmarks("signs") == [first]
    stored = repo.bookmark(second.id)
    assert stored is not None
    assert (stored.quote, stored.note) == ("strain matters", "ask the pharmacist <b>which</b>")
    edited = repo.set_note(first.id, "my note")
    assert edited.note == "my note" and edited.anchor == "antibiotics"
    assert repo.delete_bookmark(second.id) is True
    assert repo.delete_bookmark(second.id) is False
    with pytest.raises(UnknownBookmarkError):
        repo.set_note(second.id, "gone")
    database.close()

    database, repo = open_repo(tmp_path)
    assert [(b.id, b.note) for b in repo.bookmarks()] == [(first.id, "my note")]
    database.close()


def test_user_articles_store_list_and_remove_with_their_bookmarks(tmp_path: Path) -> None:
    database, repo = open_repo(tmp_path)
    assert repo.user_articles() == []
    stored = repo.add_user_article(
        "user-notes", "My notes", "notes.md", "markdown", "# My notes\n\ntext", when=NOON
    )
    repo.add_user_article("user-page", "A page", "page.html", "html", "<p>safe</p>")
    with pytest.raises(DuplicateArticleError):
        repo.add_user_article("user-notes", "Again", "notes.md", "markdown", "x")
    with pytest.raises(ValueError):
        repo.add_user_article("user-pdf", "PDF", "a.pdf", "pdf", "x")
    repo.add_bookmark("user-notes", "", "My notes", note="keep")
    repo.add_bookmark("signs", "autoimmune", "Autoimmune")
    repo.mark_opened("user-notes", NOON)
    database.close()

    database, repo = open_repo(tmp_path)
    assert [a.article_id for a in repo.user_articles()] == ["user-notes", "user-page"]
    assert repo.user_article("user-notes") == stored
    assert repo.user_article_ids() == {"user-notes", "user-page"}
    assert repo.remove_user_article("user-notes") is True
    assert repo.user_article("user-notes") is None
    assert [b.article_id for b in repo.bookmarks()] == ["signs"]
    assert "user-notes" not in repo.states()
    # Only imports can be removed: a bundled id leaves its state and bookmarks alone.
    assert repo.remove_user_article("signs") is False
    assert [b.article_id for b in repo.bookmarks()] == ["signs"]
    database.close()
