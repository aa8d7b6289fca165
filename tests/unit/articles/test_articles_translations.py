"""The German library: every bundled article translated, with the same ids, anchors and references.

Links, bookmarks and reading state name an article by id and a section by
anchor, so a translation must keep both; references, numbers and doses must
stay exactly as in the English original.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gutsleep.articles import links
from gutsleep.articles.loader import articles_dir, load_bundled, parse_bundled
from gutsleep.articles.model import Article
from gutsleep.articles.render import article_html, plain_text

GERMAN = articles_dir() / "de"
ENGLISH_IDS = sorted(path.stem for path in articles_dir().glob("*.md"))
MD_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def _english() -> dict[str, Article]:
    return {article.id: article for article in load_bundled()}


def _german_files() -> dict[str, Article]:
    """Each German file read strictly (an error here fails, it is not a fallback)."""
    return {
        path.stem: parse_bundled(
            path.read_text(encoding="utf-8"), origin=f"de/{path.name}", expected_id=path.stem
        )
        for path in sorted(GERMAN.glob("*.md"))
    }


@pytest.fixture(scope="module")
def english() -> dict[str, Article]:
    return _english()


@pytest.fixture(scope="module")
def german() -> dict[str, Article]:
    return _german_files()


def _references(article: Article) -> list[str]:
    """The lines of the References section, as written."""
    lines = article.body_markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("{#references}"))
    return [line for line in lines[start + 1 :] if line.strip()]


def _numbers(article: Article) -> list[str]:
    """Every number in the body outside the references, in order (times, doses, counts)."""
    body = article.body_markdown.split("{#references}")[0]
    return NUMBER.findall(body)


def test_every_english_article_has_a_german_file_and_no_other() -> None:
    assert ENGLISH_IDS
    assert sorted(path.stem for path in GERMAN.glob("*.md")) == ENGLISH_IDS


@pytest.mark.parametrize("article_id", ENGLISH_IDS)
def test_the_german_article_keeps_id_tier_dates_and_sources(
    english: dict[str, Article], german: dict[str, Article], article_id: str
) -> None:
    original, translated = english[article_id], german[article_id]
    assert translated.id == original.id
    assert translated.tier == original.tier
    assert translated.last_reviewed == original.last_reviewed
    assert translated.reading_minutes == original.reading_minutes
    assert translated.sources == original.sources
    assert _references(translated) == _references(original)
    assert translated.title != original.title and translated.summary != original.summary
    assert translated.summary.endswith(".")
    assert "keine medizinische beratung" in translated.body_markdown.lower()


@pytest.mark.parametrize("article_id", ENGLISH_IDS)
def test_the_german_article_has_the_same_sections_links_and_numbers(
    english: dict[str, Article], german: dict[str, Article], article_id: str
) -> None:
    original, translated = english[article_id], german[article_id]
    assert [(s.anchor, s.level) for s in translated.sections] == [
        (s.anchor, s.level) for s in original.sections
    ]
    assert [s.title for s in translated.sections] != [s.title for s in original.sections]
    assert MD_LINK.findall(translated.body_markdown) == MD_LINK.findall(original.body_markdown)
    assert _numbers(translated) == _numbers(original)
    rendered = article_html(translated)
    for section in translated.sections:
        assert f'<a name="{section.anchor}"></a>' in rendered
    words = len(re.findall(r"\w+", plain_text(translated)))
    assert abs(translated.reading_minutes - words / 200) <= 2


def test_the_german_library_replaces_every_article_in_the_same_order(
    german: dict[str, Article],
) -> None:
    english_order = [article.id for article in load_bundled()]
    library = load_bundled(language="de")
    assert [article.id for article in library] == english_order
    assert all(article == german[article.id] for article in library)
    by_id = {article.id: article for article in library}
    for link in links.WELL_KNOWN:
        assert link.anchor in by_id[link.article_id].anchors, link


GOOD = """---
id: {id}
title: {title}
summary: One sentence.
tier: 2
reading_minutes: 1
last_reviewed: 2026-11-20
sources:
  - Someone. A paper. doi:10.1000/xyz
---

Body text.

## {heading} {{#part}}
"""


def _write(path: Path, article_id: str, title: str, heading: str = "Part") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GOOD.format(id=article_id, title=title, heading=heading), encoding="utf-8")


def test_an_article_without_a_usable_translation_stays_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("alpha", "beta", "gamma", "delta"):
        _write(tmp_path / f"{name}.md", name, f"English {name}")
    _write(tmp_path / "de" / "alpha.md", "alpha", "Deutsch alpha", "Teil")
    (tmp_path / "de" / "beta.md").write_text(
        GOOD.format(id="beta", title="Deutsch beta", heading="Teil").replace("{#part}", "{#teil}"),
        encoding="utf-8",
    )
    (tmp_path / "de" / "gamma.md").write_text("no front matter", encoding="utf-8")
    titles = {a.id: a.title for a in load_bundled(tmp_path, language="de")}
    assert titles == {
        "alpha": "Deutsch alpha",
        "beta": "English beta",  # other anchors: links and bookmarks would break
        "gamma": "English gamma",  # unreadable: the original is shown
        "delta": "English delta",  # not translated
    }
    assert "beta.md" in caplog.text and "gamma.md" in caplog.text
    assert all(a.title.startswith("English") for a in load_bundled(tmp_path))


@pytest.mark.parametrize("language", ["en", "fr", "../de", "de/..", "DE", ""])
def test_other_languages_and_odd_codes_give_the_english_library(
    tmp_path: Path, language: str
) -> None:
    _write(tmp_path / "alpha.md", "alpha", "English alpha")
    _write(tmp_path / "de" / "alpha.md", "alpha", "Deutsch alpha")
    _write(tmp_path / "fr" / "beta.md", "beta", "Orphan")
    assert [(a.id, a.title) for a in load_bundled(tmp_path, language=language)] == [
        ("alpha", "English alpha")
    ]
