"""Markdown to HTML: anchors on headings, everything escaped, our subset rendered."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gutsleep.articles import limits
from gutsleep.articles.model import Article
from gutsleep.articles.render import (
    article_html,
    markdown_to_html,
    plain_text,
    render_markdown,
    text_sections,
)


def _article(body: str, source_format: str = "markdown") -> Article:
    return Article(
        id="t",
        title="T",
        summary="",
        tier="background",
        reading_minutes=1,
        last_reviewed=None,
        sources=(),
        body_markdown=body,
        sections=(),
        bundled=False,
        source_format=source_format,  # type: ignore[arg-type]
    )


def test_headings_get_anchors_and_sections() -> None:
    rendered = render_markdown(
        "## First part {#first}\n\ntext\n\n### Second *part*\n\n## First part\n\n## First part"
    )
    assert '<h2><a name="first"></a>First part</h2>' in rendered.html
    assert '<h3><a name="second-part"></a>Second <em>part</em></h3>' in rendered.html
    assert [(s.anchor, s.title, s.level) for s in rendered.sections] == [
        ("first", "First part", 2),
        ("second-part", "Second part", 3),
        ("first-part", "First part", 2),
        ("first-part-2", "First part", 2),
    ]


def test_generated_anchors_do_not_take_a_later_explicit_one() -> None:
    sections = render_markdown("## Later\n\n## Other {#later}").sections
    assert [s.anchor for s in sections] == ["later-2", "later"]


def test_typed_html_is_shown_as_text() -> None:
    html = markdown_to_html('A <b>bold</b> claim & "quotes" <script>alert(1)</script>')
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html and "<script" not in html
    assert "&amp;" in html


def test_inline_markup() -> None:
    html = markdown_to_html(r"*em* **strong** `a <code>` \*not em\* and **bold *inner* text**")
    assert "<em>em</em>" in html
    assert "<strong>strong</strong>" in html
    assert "<code>a &lt;code&gt;</code>" in html
    assert "*not em*" in html
    assert "<strong>bold <em>inner</em> text</strong>" in html


def test_links_are_kept_only_when_safe() -> None:
    html = markdown_to_html(
        "[a](article:signs#antibiotics) [b](#baseline) [c](https://doi.org/10.1/x) "
        "[d](javascript:alert(1)) [e](file:///etc/passwd) <https://doi.org/10.2/y>"
    )
    assert '<a href="article:signs#antibiotics">a</a>' in html
    assert '<a href="#baseline">b</a>' in html
    assert '<a href="https://doi.org/10.1/x">c</a>' in html
    assert '<a href="https://doi.org/10.2/y">https://doi.org/10.2/y</a>' in html
    assert "javascript" not in html and "file:" not in html
    assert " d " in html and " e " in html


def test_images_are_dropped() -> None:
    html = markdown_to_html("before ![tracker](https://example.org/pixel.gif) after")
    assert "<img" not in html and "pixel" not in html
    assert "before" in html and "after" in html


def test_lists() -> None:
    html = markdown_to_html("- one\n- two\n  - nested\n- three\n\n3. c\n4. d\n")
    assert (
        "<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>nested</li>\n</ul></li>\n<li>three</li>\n</ul>"
        in html
    )
    assert '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>' in html


def test_loose_lists_keep_paragraphs() -> None:
    html = markdown_to_html("1. first\n\n2. second\n")
    assert "<li><p>first</p></li>" in html


def test_tables() -> None:
    html = markdown_to_html("| Measure | Value |\n|:---|--:|\n| TIB | 495 \\| min |\n| SE |\n")
    assert "<table" in html and "</table>" in html
    assert '<th align="left">Measure</th><th align="right">Value</th>' in html
    assert '<td align="left">TIB</td><td align="right">495 | min</td>' in html
    assert '<td align="left">SE</td><td align="right"></td>' in html  # short rows padded


def test_block_quotes_code_and_rules() -> None:
    html = markdown_to_html("> **Note.** one\n> two\n\n```\n<x> & y\n```\n\n---\n")
    assert "<blockquote><p><strong>Note.</strong> one\ntwo</p></blockquote>" in html
    assert "<pre><code>&lt;x&gt; &amp; y</code></pre>" in html
    assert "<hr />" in html


def test_hard_line_break() -> None:
    assert "one<br />" in markdown_to_html("one  \ntwo")


def test_plain_text_and_sections() -> None:
    article = _article(
        "Intro **bold**.\n\n## Part {#part}\n\n- a &amp; b\n\n| x | y |\n|---|---|\n| 1 | 2 |"
    )
    assert plain_text(article) == "Intro bold.\nPart\na &amp; b\nx y\n1 2"
    assert [anchor for anchor, _ in text_sections(article)] == [None, "part"]


def test_article_html_dispatches_on_format() -> None:
    assert article_html(_article("*x*")) == "<p><em>x</em></p>"
    assert article_html(_article("*x* <b>", "text")) == "<p>*x* &lt;b&gt;</p>"
    assert (
        article_html(_article("<p onclick='x'>hi<script>bad()</script></p>", "html")) == "<p>hi</p>"
    )


@given(st.text(max_size=300))
def test_any_markdown_renders_without_raw_tags(text: str) -> None:
    html = markdown_to_html(text)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()


MARKDOWNISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "## ",
                "# ",
                "{#a}",
                "{#b}",
                "- ",
                "* ",
                "1. ",
                "2) ",
                "| ",
                " |",
                "|---|",
                "---",
                "> ",
                "```",
                "*",
                "**",
                "`",
                "[",
                "](",
                ")",
                "](article:x#y)",
                "](javascript:x)",
                "![",
                "\n",
                "\n\n",
                "  ",
                "    ",
                "<b>",
                "&amp;",
                "\\",
                "#",
            ]
        ),
        st.text(max_size=4),
    ),
    max_size=50,
).map("".join)


@given(MARKDOWNISH)
def test_every_section_gets_exactly_one_unique_anchor(text: str) -> None:
    rendered = render_markdown(text)
    anchors = [section.anchor for section in rendered.sections]
    assert len(anchors) == len(set(anchors))
    for anchor in anchors:
        assert rendered.html.count(f'<a name="{anchor}"></a>') == 1
    assert "javascript" not in "".join(
        href for href in re.findall(r'href="([^"]*)"', rendered.html)
    )


def test_stray_emphasis_markers_render_in_linear_time() -> None:
    import time

    started = time.perf_counter()
    for text in ("*a " * 20000, "**a " * 20000, "[a](" * 20000, "`a " * 20000):
        markdown_to_html(text)
    assert time.perf_counter() - started < 3  # was tens of seconds with naive patterns


@pytest.mark.parametrize(
    ("line", "anchor", "title", "level"),
    [
        ("## Title {#anchor} ##", "anchor", "Title", 2),
        ("# C#", "c", "C#", 1),
        ("# Spaced   #  ", "spaced", "Spaced", 1),
        ("#{#only}", "only", "", 1),
        ("### Deep {#d-1}", "d-1", "Deep", 3),
    ],
)
def test_headings_are_parsed_as_before_without_backtracking(
    line: str, anchor: str, title: str, level: int
) -> None:
    assert [(s.anchor, s.title, s.level) for s in render_markdown(line).sections] == [
        (anchor, title, level)
    ]


@pytest.mark.parametrize("line", ["#hashtag", "####### seven", "# a" + " " * 50_000 + "x"])
def test_lines_that_are_no_headings_or_long_ones_come_back_quickly(line: str) -> None:
    started = time.perf_counter()
    render_markdown(line)
    assert time.perf_counter() - started < 2


def test_markdown_nested_past_the_limit_is_refused_before_recursing() -> None:
    with pytest.raises(limits.ArticleLimitError, match="nested too deeply"):
        render_markdown(">" * 2000 + " deep")
    with pytest.raises(limits.ArticleLimitError, match="nested too deeply"):
        render_markdown("- " * 2000 + "deep")
    assert "<blockquote>" * 10 in render_markdown(">" * 10 + " fine").html
