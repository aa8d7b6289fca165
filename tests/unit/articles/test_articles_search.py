"""Searching the library: AND semantics, titles first, safe highlighting."""

from __future__ import annotations

from datetime import date

import pytest

from gutsleep.articles.loader import load_bundled
from gutsleep.articles.model import Article
from gutsleep.articles.render import render_markdown
from gutsleep.articles.search import SearchIndex, highlight, search, tokenize


def _article(article_id: str, title: str, body: str, summary: str = "") -> Article:
    return Article(
        id=article_id,
        title=title,
        summary=summary,
        tier="background",
        reading_minutes=1,
        last_reviewed=date(2026, 1, 1),
        sources=(),
        body_markdown=body,
        sections=render_markdown(body).sections,
        bundled=True,
    )


@pytest.fixture(scope="module")
def library_index() -> SearchIndex:
    return SearchIndex(load_bundled())


def test_tokenize() -> None:
    assert tokenize("Gut-brain AXIS, CBT-I's 30+") == [
        "gut",
        "brain",
        "axis",
        "cbt",
        "i",
        "s",
        "30",
    ]


def test_body_word_finds_its_article_and_section(library_index: SearchIndex) -> None:
    hits = library_index.search("vagus")
    assert hits and hits[0].article_id == "gut-brain-axis"
    assert hits[0].anchor == "two-way" or hits[0].anchor == "vagus-nerve"
    assert "vagus" in hits[0].snippet.lower()
    assert hits[0].terms == ("vagus",)


def test_title_hit_ranks_first(library_index: SearchIndex) -> None:
    hits = library_index.search("inflammation")
    assert len(hits) > 1
    assert hits[0].article_id == "inflammation"
    assert hits[0].score > hits[1].score


def test_all_words_must_match(library_index: SearchIndex) -> None:
    assert library_index.search("vagus kefir") == []
    both = library_index.search("estrobolome cytokines")
    assert both
    single = {hit.article_id for hit in library_index.search("estrobolome")}
    assert {hit.article_id for hit in both} <= single


def test_case_and_prefixes(library_index: SearchIndex) -> None:
    assert library_index.search("PROBIOT")[0].article_id == "foundations"
    assert library_index.search("   ") == []
    assert library_index.search("zzzxqv") == []


def test_ranking_on_synthetic_articles() -> None:
    articles = [
        _article("a", "Evening notes", "magnesium " * 40),
        _article("b", "Magnesium and sleep", "A short body."),
        _article("c", "Other", "Nothing here.", summary="About magnesium."),
    ]
    index = SearchIndex(articles)
    assert [hit.article_id for hit in index.search("magnesium")] == ["b", "c", "a"]
    assert len(index) == 3
    assert search(articles, "short body")[0].article_id == "b"
    assert index.search("magnesium", limit=1)[0].article_id == "b"


def test_snippet_is_cut_around_the_match() -> None:
    body = "Start. " + "filler words here " * 30 + "the needle sits here " + "more filler " * 30
    hit = SearchIndex([_article("x", "X", body)]).search("needle")[0]
    assert "needle" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 170


def test_highlight_escapes_and_marks() -> None:
    assert (
        highlight("Fibre <b> & fibrous", ["fibre"]) == "<mark>Fibre</mark> &lt;b&gt; &amp; fibrous"
    )
    assert highlight("Fibrous", ["fib"]) == "<mark>Fibrous</mark>"
    assert highlight("a & b", ["amp"]) == "a &amp; b"
    assert highlight("x", []) == "x"
    span = highlight("sleep", ["sleep"], open_tag='<span class="hit">', close_tag="</span>")
    assert span == '<span class="hit">sleep</span>'


def test_highlight_html_leaves_tags_alone() -> None:
    html = '<h2><a name="name"></a>Name &amp; sleep</h2><p>a <a href="#x">name</a></p>'
    out = highlight(html, ["name", "amp"], is_html=True)
    assert out == (
        '<h2><a name="name"></a><mark>Name</mark> &amp; sleep</h2>'
        '<p>a <a href="#x"><mark>name</mark></a></p>'
    )
