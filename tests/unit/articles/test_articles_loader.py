"""Reading articles: strict bundled front matter, careful user imports, finding resources."""

from __future__ import annotations

from pathlib import Path

import pytest

from gutsleep import locate
from gutsleep.articles import loader
from gutsleep.articles.frontmatter import parse_front_matter
from gutsleep.articles.loader import (
    MAX_USER_BYTES,
    load_bundled,
    load_user_article,
    parse_bundled,
    resources_dir,
)
from gutsleep.articles.model import ArticleError
from gutsleep.articles.render import article_html

GOOD = """---
id: sample
title: A sample
summary: One sentence.
tier: 2
reading_minutes: 1
last_reviewed: 2026-11-20
sources:
  - Someone. A paper. doi:10.1000/xyz
---

Body text.

## Part {#part}
"""


def test_front_matter_reads_values_lists_quotes_and_comments() -> None:
    text = (
        '\ufeff---\r\n# a comment\r\ntitle: "Quoted: yes"\r\ntier: 3   # 1, 2, 3\r\n'
        "sources:\r\n  - first\r\n  - 'second'\r\n---\r\nBody\r\n"
    )
    data, body = parse_front_matter(text, origin="x.md")
    assert data == {"title": "Quoted: yes", "tier": "3", "sources": ["first", "second"]}
    assert body == "Body\n"


def test_parse_bundled_builds_a_complete_article() -> None:
    article = parse_bundled(GOOD, origin="sample.md", expected_id="sample")
    assert article.id == "sample"
    assert article.tier == "2"
    assert article.sources == ("Someone. A paper. doi:10.1000/xyz",)
    assert article.anchors == {"part"}
    assert article.section("part") is not None
    assert article.section("nope") is None
    assert article.bundled


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("title: A sample\n", ""), "missing front-matter field(s): title"),
        (lambda t: t.replace("tier: 2", "tier: 4"), "tier must be one of"),
        (lambda t: t.replace("2026-11-20", "20/11/2026"), "last_reviewed must be a date"),
        (lambda t: t.replace("reading_minutes: 1", "reading_minutes: soon"), "whole number"),
        (lambda t: t.replace("  - Someone. A paper. doi:10.1000/xyz\n", ""), "sources must list"),
        (lambda t: t.replace("id: sample", "id: other"), "must match the file name"),
        (
            lambda t: t.replace("tier: 2", "tier: 2\ntitel: typo"),
            "unknown front-matter field(s): titel",
        ),
        (lambda t: t.replace("tier: 2", "tier: 2\njust words"), "line 6: expected 'key: value'"),
        (lambda t: t.replace("tier: 2", "tier: 2\ntier: 3"), "'tier' is given twice"),
        (lambda t: t.split("---", 2)[2], "has no front matter"),
        (lambda t: t.replace("id: sample", "id: bad id!"), "may use only letters"),
    ],
)
def test_bad_bundled_files_are_refused_with_a_sentence(change, message: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_bundled(change(GOOD), origin="sample.md", expected_id="sample")
    assert message in str(caught.value)
    assert str(caught.value).startswith("sample.md")


def test_load_bundled_reads_a_folder(tmp_path: Path) -> None:
    (tmp_path / "sample.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "zeta.md").write_text(
        GOOD.replace("id: sample", "id: zeta").replace("A sample", "Another"), encoding="utf-8"
    )
    (tmp_path / "gut-brain-axis.md").write_text(
        GOOD.replace("id: sample", "id: gut-brain-axis"), encoding="utf-8"
    )
    ids = [article.id for article in load_bundled(tmp_path)]
    assert ids == ["gut-brain-axis", "sample", "zeta"]  # known order first, then by title


def test_resources_dir_finds_the_source_checkout() -> None:
    found = resources_dir()
    assert (found / "articles" / "signs.md").is_file()


def _fake_package(root: Path) -> Path:
    """A stand-in ``gutsleep/locate.py`` under ``root``, where resources are looked for."""
    package = root / "gutsleep"
    package.mkdir(parents=True)
    module = package / "locate.py"
    module.write_text("", encoding="utf-8")
    return module


def _pretend_installed_at(monkeypatch, module: Path) -> None:
    monkeypatch.setattr(locate, "__file__", str(module))
    monkeypatch.delattr("sys._MEIPASS", raising=False)


def test_resources_dir_prefers_the_installed_copy(tmp_path: Path, monkeypatch) -> None:
    module = _fake_package(tmp_path / "site-packages")
    (module.parent / "resources" / "articles").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources" / "articles").mkdir(parents=True)
    _pretend_installed_at(monkeypatch, module)
    assert resources_dir() == (module.parent / "resources").resolve()


def test_resources_dir_falls_back_to_the_repository(tmp_path: Path, monkeypatch) -> None:
    module = _fake_package(tmp_path / "repo")
    (tmp_path / "repo" / "resources" / "articles").mkdir(parents=True)
    _pretend_installed_at(monkeypatch, module)
    assert resources_dir() == (tmp_path / "repo" / "resources").resolve()


def test_resources_dir_is_the_one_the_app_uses() -> None:
    assert resources_dir() == locate.resources_dir()


def test_missing_resources_are_reported(tmp_path: Path, monkeypatch) -> None:
    _pretend_installed_at(monkeypatch, _fake_package(tmp_path / "empty"))
    with pytest.raises(ArticleError, match="bundled articles are missing"):
        loader.articles_dir()


# -- user imports -------------------------------------------------------------


def test_markdown_import_uses_front_matter_title(tmp_path: Path) -> None:
    path = tmp_path / "My notes.md"
    path.write_text(
        "---\ntitle: Magnesium and me\ntags: [sleep, diet]\nlayout:\n  nested: value\n---\n"
        "Evening routine notes.\n\n## Week one {#week-1}\n\nSlept better.\n",
        encoding="utf-8",
    )
    article = load_user_article(path)
    assert article.id == "user-my-notes"
    assert article.title == "Magnesium and me"
    assert article.summary == "Evening routine notes."
    assert article.anchors == {"week-1"}
    assert not article.bundled
    assert article.source_format == "markdown"
    assert article.tier == "background"
    assert article.last_reviewed is None


def test_markdown_import_without_front_matter_takes_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "notes.markdown"
    path.write_text("# Fibre diary\n\nMore oats.\n", encoding="utf-8")
    article = load_user_article(path, article_id="user-7")
    assert article.id == "user-7"
    assert article.title == "Fibre diary"
    assert article.summary == "More oats."


def test_text_import_keeps_the_text(tmp_path: Path) -> None:
    path = tmp_path / "clinic_letter.txt"
    path.write_text("Line <one>\nline two\n\nSecond paragraph", encoding="utf-8")
    article = load_user_article(path)
    assert article.title == "Clinic letter"
    assert article.source_format == "text"
    assert article.sections == ()
    rendered = article_html(article)
    assert "Line &lt;one&gt;<br />" in rendered
    assert rendered.count("<p>") == 2


def test_html_import_is_sanitised_before_it_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "page.HTML"
    path.write_text(
        "<html><head><title>Gut &amp; sleep</title><script>steal()</script>"
        '<link rel="stylesheet" href="http://x/s.css"></head><body>'
        '<h1 onclick="x()">Big title</h1><p>Hello <img src="http://tracker/p.gif">world</p>'
        '<h2 id="more">More</h2></body></html>',
        encoding="utf-8",
    )
    article = load_user_article(path)
    assert article.title == "Gut & sleep"
    assert article.source_format == "html"
    assert "steal" not in article.body_markdown
    assert "<img" not in article.body_markdown
    assert "onclick" not in article.body_markdown
    assert [s.anchor for s in article.sections] == ["big-title", "more"]
    assert article_html(article) == article.body_markdown  # sanitising again changes nothing


def test_utf16_with_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Notes from Notepad, café".encode("utf-16"))
    assert "café" in load_user_article(path).body_markdown


@pytest.mark.parametrize(
    "payload",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"plain start \x00 then NUL",
        b"caf\xe9 \x80\x81 latin?",
    ],
)
def test_binary_or_undecodable_files_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "looks-like-text.md"
    path.write_bytes(payload)
    with pytest.raises(ArticleError, match="can't be read as text"):
        load_user_article(path)


def test_oversized_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_USER_BYTES + 1))
    with pytest.raises(ArticleError, match="larger than the 1 MB an article may have"):
        load_user_article(path)


def test_unsupported_and_missing_and_empty_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="isn't a supported article"):
        load_user_article(tmp_path / "paper.pdf")
    with pytest.raises(ArticleError, match="couldn't be opened"):
        load_user_article(tmp_path / "gone.md")
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(ArticleError, match="is empty"):
        load_user_article(empty)


def test_article_error_is_an_exception() -> None:
    assert issubclass(ArticleError, Exception)
