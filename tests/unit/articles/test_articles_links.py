"""Deep links: article:ID#anchor round trips, and only safe link targets survive."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.articles import links
from gutsleep.articles.links import ArticleLink, parse, resolve, safe_href, slugify, unique_anchor


def test_to_url_and_back() -> None:
    link = ArticleLink("signs", "antibiotics")
    assert link.to_url() == "article:signs#antibiotics"
    assert str(link) == link.to_url()
    assert parse(link.to_url()) == link
    assert parse("article:signs") == ArticleLink("signs")
    assert ArticleLink("signs").to_url() == "article:signs"
    assert parse(" ARTICLE:signs#x ") == ArticleLink("signs", "x")
    assert parse("article://signs#x") == ArticleLink("signs", "x")


@pytest.mark.parametrize(
    "url",
    ["", "https://doi.org/10.1/x", "article:", "article:#x", "article:bad id", "art:signs",
     "article:signs#bad anchor", "javascript:alert(1)", "signs#x"],
)  # fmt: skip
def test_parse_refuses_other_urls(url: str) -> None:
    assert parse(url) is None


def test_parse_tolerates_non_strings() -> None:
    assert parse(None) is None  # type: ignore[arg-type]


def test_empty_anchor_means_the_top() -> None:
    assert parse("article:signs#") == ArticleLink("signs")


def test_resolve_reads_in_page_anchors() -> None:
    assert resolve("#baseline", "using-gutsleep") == ArticleLink("using-gutsleep", "baseline")
    assert resolve("article:signs#autoimmune", "x") == ArticleLink("signs", "autoimmune")
    assert resolve("#", "x") is None


def test_invalid_links_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        ArticleLink("has space")
    with pytest.raises(ValueError):
        ArticleLink("ok", "no#hash")


@given(
    st.from_regex(links.ID_PATTERN, fullmatch=True),
    st.none() | st.from_regex(links.ANCHOR_PATTERN, fullmatch=True),
)
def test_every_valid_link_round_trips(article_id: str, anchor: str | None) -> None:
    link = ArticleLink(article_id, anchor)
    assert parse(link.to_url()) == link


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("#tier-1", "#tier-1"),
        ("article:signs#none-apply", "article:signs#none-apply"),
        ("https://doi.org/10.5665/sleep.1642", "https://doi.org/10.5665/sleep.1642"),
        ("http://example.org/a?b=c", "http://example.org/a?b=c"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,hi", None),
        ("file:///etc/passwd", None),
        ("vbscript:x", None),
        ("relative/page.html", None),
        ("https://exa mple.org", None),
        ("https://x.org/\u0000", None),
        ("#bad anchor", None),
        ("https://", None),
    ],
)
def test_safe_href(url: str, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_slugify_and_unique_anchor() -> None:
    assert slugify("1. The Vagus Nerve!") == "1-the-vagus-nerve"
    assert slugify("Café & crème") == "cafe-creme"
    assert slugify("???") == "section"
    assert unique_anchor("a", {"a", "a-2"}) == "a-3"
    assert unique_anchor("b", {"a"}) == "b"
