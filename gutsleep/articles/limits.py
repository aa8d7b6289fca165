"""How big and how deep an article may be before the reader refuses it.

Qt lays out rich text in time that grows with nesting (a table inside a table
doubles it), with table cells and with very long words, and an imported file
is untrusted. So every user article is measured before it is stored or shown:
the file's size when it is read, the nesting depth while it is parsed (before
any recursion could overflow), and the cost of the safe HTML we would hand to
Qt. Real articles pass with a wide margin (the bundled ones use a tenth or
less of each limit); the largest accepted document is laid out in well under
a second. A refusal is one sentence naming the limit, translated by the UI.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Final

from gutsleep.articles.model import ArticleError
from gutsleep.domain.text import N_, Message

#: A file larger than this is not read at all (bundled articles are about 7 kB).
MAX_FILE_MB: Final = 1
MAX_FILE_BYTES: Final = MAX_FILE_MB * 1024 * 1024
#: Stored copies are safe HTML or the Markdown as read; escaping can make them grow.
MAX_STORED_CHARS: Final = 4 * MAX_FILE_BYTES
#: Elements inside elements (HTML), or quotes and list levels (Markdown).
MAX_DEPTH: Final = 40
#: Tables inside tables beyond this are flattened to text: each level doubles Qt's layout time.
MAX_TABLE_DEPTH: Final = 2
MAX_TABLE_CELLS: Final = 1_000
#: Paragraphs, list items, headings, rows and line breaks together.
MAX_BLOCKS: Final = 10_000
MAX_TEXT_CHARS: Final = 200_000
#: Links and heading anchors: each has a format of its own, and Qt's cost grows
#: faster than their number (1,000 take 0.1 s to lay out, 2,000 half a second).
MAX_LINKS: Final = 1_000
#: Elements of any kind in the safe HTML: each emphasis or link is a format change for Qt.
MAX_ELEMENTS: Final = 10_000
#: Start tags in an imported HTML file, known or not: each one costs the parser time.
MAX_TAGS: Final = 30_000
#: Qt's line breaking slows down sharply on words without a break opportunity.
MAX_WORD_CHARS: Final = 1_000

TOO_LARGE: Final = N_("This file is larger than the {limit} MB an article may have.")
STORED_TOO_LARGE: Final = N_(
    "This stored article is larger than the {limit} MB that can be shown safely."
)
TOO_DEEP: Final = N_("This article is nested too deeply to show safely (more than {limit} levels).")
TOO_MANY_CELLS: Final = N_(
    "This article has more table cells than can be shown safely (more than {limit})."
)
TOO_MANY_BLOCKS: Final = N_(
    "This article has more paragraphs and lines than can be shown safely (more than {limit})."
)
TOO_MUCH_TEXT: Final = N_(
    "This article is longer than can be shown safely (more than {limit} characters of text)."
)
TOO_MANY_ELEMENTS: Final = N_(
    "This article has more formatting than can be shown safely (more than {limit} elements)."
)
TOO_MANY_LINKS: Final = N_(
    "This article has more links and headings than can be shown safely (more than {limit})."
)
TOO_MANY_TAGS: Final = N_(
    "This article has more markup than can be read safely (more than {limit} tags)."
)
WORD_TOO_LONG: Final = N_(
    "This article has a word too long to show safely (more than {limit} characters)."
)


class ArticleLimitError(ArticleError):
    """An article over one of the limits; ``message`` is the translatable sentence."""

    def __init__(self, template: str, limit: int):
        self.message = Message(template, {"limit": limit})
        super().__init__(self.message.render())


def too_deep() -> ArticleLimitError:
    return ArticleLimitError(TOO_DEEP, MAX_DEPTH)


@dataclass(frozen=True)
class Cost:
    """What laying out a piece of our own safe HTML would cost Qt."""

    depth: int
    elements: int
    links: int
    table_depth: int
    cells: int
    blocks: int
    text_chars: int
    longest_word: int


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_VOID = frozenset({"br", "hr"})
_BLOCK_NAMES = "p|div|li|h[1-6]|tr|blockquote|pre|dt|dd|hr|br|table|ul|ol|dl"  # break words, count
_BLOCK_START = re.compile(rf"<(?:{_BLOCK_NAMES})(?=[\s/>])", re.IGNORECASE)
_BREAKING_TAG = re.compile(rf"</?(?:{_BLOCK_NAMES}|td|th)(?=[\s/>])[^>]*>", re.IGNORECASE)
_CELL_START = re.compile(r"<t[dh](?=[\s/>])", re.IGNORECASE)
_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL | re.IGNORECASE)


def measure(safe_html: str) -> Cost:
    """Measure HTML we produced (escaped text, balanced tags) in linear time."""
    depth = deepest = tables = deepest_table = elements = anchors = 0
    for match in _TAG.finditer(safe_html):
        tag = match.group(2).lower()
        elements += not match.group(1)
        anchors += tag == "a" and not match.group(1)
        if tag in _VOID:
            continue
        if match.group(1):
            depth = max(0, depth - 1)
            if tag == "table" and tables:
                tables -= 1
        else:
            depth += 1
            deepest = max(deepest, depth)
            if tag == "table":
                tables += 1
                deepest_table = max(deepest_table, tables)
    # Inline tags join the words around them (as Qt sees them); blocks and cells separate.
    text = html.unescape(_TAG.sub("", _BREAKING_TAG.sub(" ", safe_html)))
    words = text.split()
    return Cost(
        depth=deepest,
        elements=elements,
        links=anchors,
        table_depth=deepest_table,
        cells=len(_CELL_START.findall(safe_html)),
        # Each line of preformatted text is a block of its own for Qt.
        blocks=len(_BLOCK_START.findall(safe_html))
        + sum(pre.group(1).count("\n") for pre in _PRE.finditer(safe_html)),
        text_chars=len(_TAG.sub("", safe_html)),
        longest_word=max(map(len, words), default=0),
    )


def check_shown(safe_html: str) -> Cost:
    """Raise ArticleLimitError when Qt could not lay ``safe_html`` out quickly."""
    cost = measure(safe_html)
    if cost.depth > MAX_DEPTH or cost.table_depth > MAX_TABLE_DEPTH:
        raise too_deep()
    if cost.elements > MAX_ELEMENTS:
        raise ArticleLimitError(TOO_MANY_ELEMENTS, MAX_ELEMENTS)
    if cost.links > MAX_LINKS:
        raise ArticleLimitError(TOO_MANY_LINKS, MAX_LINKS)
    if cost.cells > MAX_TABLE_CELLS:
        raise ArticleLimitError(TOO_MANY_CELLS, MAX_TABLE_CELLS)
    if cost.blocks > MAX_BLOCKS:
        raise ArticleLimitError(TOO_MANY_BLOCKS, MAX_BLOCKS)
    if cost.text_chars > MAX_TEXT_CHARS:
        raise ArticleLimitError(TOO_MUCH_TEXT, MAX_TEXT_CHARS)
    if cost.longest_word > MAX_WORD_CHARS:
        raise ArticleLimitError(WORD_TOO_LONG, MAX_WORD_CHARS)
    return cost
