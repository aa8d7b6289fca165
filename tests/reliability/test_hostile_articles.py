"""Untrusted articles are contained: refused with a sentence, or shown quickly.

Each file here once froze, crashed or overflowed the reader: nested tables
whose layout time doubles per level, `</` and comments that made the HTML
parser quadratic, Markdown quotes and lists nested past Python's recursion
limit, regular expressions that backtracked on long runs of spaces. Now every
one is either refused before anything is stored, with one sentence saying
which limit it broke, or imported and laid out by Qt within a generous bound
(the limits keep the real worst case well under a second; the bound here only
has to survive a loaded two-core test machine).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from gutsleep.articles import ArticleError, article_html, limits

BOUND_S = 5.0

NESTED_LIST = "\n".join("  " * level + "- level" for level in range(700))

CASES = {
    "30 nested tables": ("tables30.html", "<table><tr><td>" * 30 + "deep"),
    "3,000 nested tables": ("tables3000.html", "<table><tr><td>" * 3000 + "deep"),
    "1.8 MB of </": ("slashes.html", "</" * 900_000),
    "1 MB of </": ("slashes-small.html", "<p>Hi</p>" + "</" * 520_000),
    "a 1.9 MB comment": ("comment.html", "<p>Hi</p><!--" + "a" * 1_900_000 + "-->"),
    "a 1 MB unclosed comment": ("open-comment.html", "<p>Hi</p><!--" + "a" * 1_040_000),
    "2,000 nested Markdown quotes": ("quotes.md", ">" * 2000 + " deep"),
    "2,000 nested Markdown list items": ("items.md", "- " * 2000 + "deep"),
    "2,000 nested ordered list items": ("numbers.md", "1. " * 2000 + "deep"),
    "700 indented list levels": ("indented.md", NESTED_LIST),
    "a 100,000-character word": ("word.txt", "a" * 100_000),
    "a 100,000-character line of words": ("line.md", "word " * 20_000),
    "<b><i> x 5,000": ("inline.html", "<b><i>" * 5000 + "deep"),
    "entities that would expand": (
        "laughs.html",
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
        "<p>&lol2; &amp;amp; &#x3c;script&#x3e;</p>" + "&amp;" * 150_000,
    ),
    "a heading followed by 100,000 spaces": ("heading.md", "# a" + " " * 100_000 + "x"),
    "a table separator with 100,000 spaces": ("sep.md", "a|b\n| -" + " " * 100_000 + "x"),
    "a link with 100,000 spaces": ("link.md", "[a](" + " " * 100_000 + "x"),
    "front matter with 100,000 spaces": (
        "front.md",
        "---\ntitle: a" + " " * 100_000 + "b\n---\nText.",
    ),
    "100,000 table cells": ("cells.html", "<table>" + "<tr><td>x</td></tr>" * 50_000),
    "2,000 table cells": ("row.html", "<table><tr>" + "<td>x" * 2000),
    "12,000 Markdown headings": ("headings.md", "# Same\n" * 12_000),
    "5,000 headings of one title": ("same.html", "<h2>Same</h2>" * 5000),
    "29,000 bold words": ("bold.html", "<b>x</b> " * 29_000),
    "100,000 lines of code": ("code.md", "```\n" + "1\n" * 100_000 + "```\n"),
    "100,000 preformatted lines": ("pre.html", "<pre>" + "1\n" * 100_000 + "</pre>"),
    "50,000 unclosed tags": ("unclosed.html", "<p><span>x" * 50_000),
    "100,000 unterminated tags": ("lt.html", "<a " * 100_000),
}


def _laid_out_in(html: str) -> float:
    """Seconds Qt takes to lay the HTML out, as the reader would."""
    started = time.perf_counter()
    document = QTextDocument()
    document.setTextWidth(700)
    document.setHtml(html)
    document.size()
    return time.perf_counter() - started


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_article_is_refused_or_shown_quickly(
    case: str, services, tmp_path: Path, qapp
) -> None:
    name, content = CASES[case]
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    started = time.perf_counter()
    try:
        article = services.articles.import_file(source)
    except ArticleError as error:
        elapsed = time.perf_counter() - started
        sentence = str(error)
        assert sentence.endswith(".") and "\n" not in sentence, sentence
        assert sentence.count(". ") == 0, sentence  # one sentence
        assert services.articles.repository.user_article_ids() == set()  # nothing stored
        assert elapsed < BOUND_S, (case, elapsed)
        return
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_S, (case, elapsed)
    assert _laid_out_in(article_html(article)) < BOUND_S, case


def test_the_finding_cases_are_refused_with_the_limit_they_broke(services, tmp_path) -> None:
    expected = {
        "3,000 nested tables": "nested too deeply",
        "1.8 MB of </": "larger than the 1 MB",
        "a 1.9 MB comment": "larger than the 1 MB",
        "2,000 nested Markdown quotes": "nested too deeply",
        "2,000 nested Markdown list items": "nested too deeply",
        "<b><i> x 5,000": "nested too deeply",
        "100,000 table cells": "more than 30000 tags",
        "2,000 table cells": "table cells",
        "12,000 Markdown headings": "paragraphs and lines",
        "29,000 bold words": "more formatting",
        "5,000 headings of one title": "links and headings",
        "100,000 lines of code": "paragraphs and lines",
        "100,000 preformatted lines": "paragraphs and lines",
        "a 100,000-character word": "word",
    }
    for case, words in expected.items():
        name, content = CASES[case]
        source = tmp_path / name
        source.write_text(content, encoding="utf-8")
        with pytest.raises(ArticleError, match=words):
            services.articles.import_file(source)
    assert services.articles.repository.user_article_ids() == set()


def test_thirty_nested_tables_are_flattened_not_laid_out_thirty_deep(services, tmp_path) -> None:
    source = tmp_path / "tables.html"
    source.write_text("<table><tr><td>" * 30 + "deep", encoding="utf-8")
    article = services.articles.import_file(source)
    shown = article_html(article)
    assert shown.count("<table") == limits.MAX_TABLE_DEPTH
    assert "deep" in shown


def test_bundled_articles_pass_the_limits_with_room_to_spare(services) -> None:
    for article in services.articles.bundled():
        cost = limits.measure(article_html(article))
        assert cost.depth <= limits.MAX_DEPTH // 4, article.id
        assert cost.text_chars <= limits.MAX_TEXT_CHARS // 10, article.id
        assert cost.cells <= limits.MAX_TABLE_CELLS // 4, article.id
        assert cost.blocks <= limits.MAX_BLOCKS // 10, article.id
        assert cost.elements <= limits.MAX_ELEMENTS // 10, article.id
        assert cost.links <= limits.MAX_LINKS // 10, article.id


def test_the_largest_accepted_documents_are_laid_out_in_well_under_a_second(qapp) -> None:
    width = limits.MAX_TABLE_CELLS // 10
    worst = {
        "text": "<p>" + ("word " * (limits.MAX_TEXT_CHARS // 5 - 1)) + "</p>",
        "blocks": "<p>x</p>" * (limits.MAX_BLOCKS - 1),
        "cells": "<table><tr><td><table>"
        + ("<tr>" + "<td>x</td>" * 10 + "</tr>") * (width - 1)
        + "</table></td></tr></table>",
        "long words": "<p>" + " ".join(["w" * limits.MAX_WORD_CHARS] * 100) + "</p>",
        "depth": "<blockquote>" * (limits.MAX_DEPTH - 1) + "x",
        "elements": "<b>x</b> " * (limits.MAX_ELEMENTS - 1),
        "anchors": "".join(
            f'<h2><a name="s-{n}"></a>Same</h2><p><a href="#s-{n}">link</a></p>'
            for n in range(limits.MAX_LINKS // 2)
        ),
    }
    for name, html in worst.items():
        limits.check_shown(html)  # accepted
        assert _laid_out_in(html) < BOUND_S / 2, name
