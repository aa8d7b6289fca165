"""Full-text search over the article library, in memory.

The library is a few dozen articles at most, so a plain index built at start
(or after an import) answers instantly without a search engine or database.
Ranking is simple and predictable: a word in the title beats a word in the
summary, which beats words in the body; every query word must match (AND),
so adding words narrows the results as people expect. A query word matches
any word that starts with it, so results appear while typing.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gutsleep.articles.model import Article
from gutsleep.articles.render import text_sections

_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 160


def tokenize(text: str) -> list[str]:
    """Lowercase words of ``text``; punctuation and hyphens separate words."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True)
class Hit:
    """One matching article.

    ``snippet`` is plain text (escape it, or pass it to :func:`highlight`);
    ``anchor`` is the section where the first body match is, when known, so
    the UI can open the article at that place.
    """

    article_id: str
    title: str
    score: float
    snippet: str
    terms: tuple[str, ...]
    anchor: str | None = None


@dataclass(frozen=True)
class _Entry:
    article: Article
    title_words: frozenset[str]
    summary_words: frozenset[str]
    body_words: tuple[str, ...]
    sections: tuple[tuple[str | None, str], ...]


def _matches(term: str, words: Iterable[str]) -> int:
    return sum(1 for word in words if word.startswith(term))


class SearchIndex:
    """Search over a fixed set of articles; rebuild it when the library changes."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._entries: list[_Entry] = []
        for article in articles:
            sections = tuple(text_sections(article))
            body = " ".join(text for _, text in sections)
            self._entries.append(
                _Entry(
                    article=article,
                    title_words=frozenset(tokenize(article.title)),
                    summary_words=frozenset(tokenize(article.summary)),
                    body_words=tuple(tokenize(body)),
                    sections=sections,
                )
            )

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, *, limit: int | None = None) -> list[Hit]:
        """Articles containing every word of ``query``, best first."""
        terms = tuple(dict.fromkeys(tokenize(query)))
        if not terms:
            return []
        hits: list[Hit] = []
        for entry in self._entries:
            title = summary = body = 0
            for term in terms:
                in_title = _matches(term, entry.title_words)
                in_summary = _matches(term, entry.summary_words)
                in_body = _matches(term, entry.body_words)
                if not (in_title or in_summary or in_body):
                    break
                title += 1 if in_title else 0
                summary += 1 if in_summary else 0
                body += in_body
            else:
                # Title matches outrank summary matches, which outrank any
                # amount of body matches (body is capped below 100).
                score = 1000.0 * title + 100.0 * min(summary, 9) + min(body, 99)
                snippet, anchor = _snippet(entry, terms)
                hits.append(
                    Hit(entry.article.id, entry.article.title, score, snippet, terms, anchor)
                )
        hits.sort(key=lambda hit: (-hit.score, hit.title.casefold()))
        return hits[:limit] if limit is not None else hits


def search(articles: Iterable[Article], query: str) -> list[Hit]:
    """One-off search without keeping an index around."""
    return SearchIndex(articles).search(query)


def _term_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(t) for t in words) + r")\w*", re.IGNORECASE
    )


def _snippet(entry: _Entry, terms: Sequence[str]) -> tuple[str, str | None]:
    pattern = _term_pattern(terms)
    for anchor, text in entry.sections:
        flat = " ".join(text.split())
        match = pattern.search(flat) if pattern else None
        if match:
            return _cut(flat, match.start(), match.end()), anchor
    summary = entry.article.summary or next((t for _, t in entry.sections if t), "")
    return _cut(" ".join(summary.split()), 0, 0), None


def _cut(text: str, start: int, end: int) -> str:
    """About :data:`SNIPPET_CHARS` characters around ``start:end``, cut at spaces."""
    if len(text) <= SNIPPET_CHARS:
        return text
    before = max(0, start - (SNIPPET_CHARS - (end - start)) // 3)
    after = min(len(text), before + SNIPPET_CHARS)
    before = max(0, min(before, after - SNIPPET_CHARS))
    if before > 0:
        space = text.find(" ", before, start)
        before = space + 1 if space != -1 else before
    if after < len(text):
        space = text.rfind(" ", end, after)
        after = space if space != -1 else after
    return (
        ("…" if before > 0 else "")
        + text[before:after].strip()
        + ("…" if after < len(text) else "")
    )


def highlight(
    text: str,
    terms: Sequence[str],
    *,
    is_html: bool = False,
    open_tag: str = "<mark>",
    close_tag: str = "</mark>",
) -> str:
    """Escape ``text`` and wrap words matching ``terms`` in ``open_tag``/``close_tag``.

    With ``is_html=True`` the input must be HTML we produced ourselves (a
    rendered article, where every ``<`` in text is escaped): only the text
    between tags is highlighted and the tags pass through unchanged. Qt's
    rich text has no ``<mark>``, so the UI can pass a coloured ``<span>``.
    """
    pattern = _term_pattern(tuple(t.casefold() for t in terms))

    def mark(plain: str) -> str:
        if pattern is None:
            return html.escape(plain, quote=False)
        out: list[str] = []
        position = 0
        for match in pattern.finditer(plain):
            out.append(html.escape(plain[position : match.start()], quote=False))
            out.append(open_tag + html.escape(match.group(0), quote=False) + close_tag)
            position = match.end()
        out.append(html.escape(plain[position:], quote=False))
        return "".join(out)

    if not is_html:
        return mark(text)
    pieces = re.split(r"(<[^>]*>)", text)
    return "".join(
        piece if piece.startswith("<") else mark(html.unescape(piece)) for piece in pieces
    )
