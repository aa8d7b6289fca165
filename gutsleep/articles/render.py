"""Markdown to safe HTML for Qt's QTextBrowser, and plain text for search.

We convert only the Markdown subset our articles use (headings with
``{#anchor}``, paragraphs, emphasis, inline code, lists, pipe tables, block
quotes, links) with a small converter of our own instead of a Markdown
library, because the output goes into a rich-text widget and must be safe by
construction: every piece of text is HTML-escaped, raw HTML in the Markdown
is shown as text, images are dropped (nothing is ever fetched from the
network), and links are kept only for ``article:``, ``#anchor`` and
``http(s)`` targets.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from gutsleep.articles import limits, links
from gutsleep.articles.model import Article, Section
from gutsleep.articles.sanitize import HtmlTokenizer, sanitize_html

# Headings are taken apart by hand (see _heading): as one regular expression,
# the optional anchor and closing hashes between runs of spaces backtracked
# for minutes on a heading line followed by a few thousand spaces.
_HEADING_START = re.compile(r" {0,3}(?P<hashes>#{1,6})(?=\s|$|\{#)")
_EXPLICIT_END = re.compile(r"\{#(?P<anchor>[A-Za-z0-9][A-Za-z0-9_.-]{0,99})\}$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_HR = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^ {0,3}> ?(?P<rest>.*)$")
_LIST_ITEM = re.compile(
    r"^(?P<indent> {0,3})(?P<marker>[-*+]|(?P<number>\d{1,9})[.)])(?P<gap>\s+)(?P<text>.*)$"
)
_EMPTY_ITEM = re.compile(r"^(?P<indent> {0,3})(?P<marker>[-*+]|(?P<number>\d{1,9})[.)])\s*$")
_SEPARATOR_CELL = re.compile(r"\s*+:?-++:?\s*+")

# Emphasis spans cannot contain their own delimiter, so a stray '*' fails
# fast instead of scanning to the end of the paragraph (quadratic on odd input).
_INLINE = re.compile(
    r"""
    (?P<br>(?<![ ])[ ]{2,}+\n|\\\n)
    |(?P<escape>\\[\\`*_{}\[\]()\#+\-.!|>~<])
    |(?P<code>(?P<ticks>`+)(?P<codetext>.+?)(?P=ticks))
    |(?P<image>!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\))
    |(?P<link>\[(?P<ltext>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*+(?P<href>(?:[^()\s]|\([^()\s]*\))*+)(?:\s++"[^"]*+")?\s*+\))
    |(?P<autolink><(?P<auto>https?://[^\s<>]+)>)
    |(?P<strong>\*\*(?=\S)(?P<stext>(?:[^*\\]|\\.|\*(?!\*))+?)(?<=\S)\*\*)
    |(?P<em>\*(?=[^\s*])(?P<etext>(?:[^*\\]|\\.)+?)(?<=\S)\*)
    """,
    re.VERBOSE | re.DOTALL,
)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def render_inline(text: str) -> str:
    """Escape ``text`` and turn inline Markdown into HTML."""
    out: list[str] = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(_escape(text[position : match.start()]))
        position = match.end()
        kind = match.lastgroup
        if match.group("br") is not None:
            out.append("<br />\n")
        elif match.group("escape") is not None:
            out.append(_escape(match.group("escape")[1]))
        elif match.group("code") is not None:
            out.append(f"<code>{_escape(match.group('codetext').strip())}</code>")
        elif match.group("image") is not None:
            continue  # never load images: they could be remote
        elif match.group("link") is not None:
            inner = render_inline(match.group("ltext"))
            href = links.safe_href(match.group("href"))
            out.append(f'<a href="{_attr(href)}">{inner}</a>' if href else inner)
        elif match.group("autolink") is not None:
            url = match.group("auto")
            out.append(f'<a href="{_attr(url)}">{_escape(url)}</a>')
        elif match.group("strong") is not None:
            out.append(f"<strong>{render_inline(match.group('stext'))}</strong>")
        elif match.group("em") is not None:
            out.append(f"<em>{render_inline(match.group('etext'))}</em>")
        else:  # pragma: no cover - every alternative is handled above
            raise AssertionError(kind)
    out.append(_escape(text[position:]))
    return "".join(out)


@dataclass(frozen=True)
class _HeadingLine:
    level: int
    text: str
    anchor: str | None


def _heading(line: str) -> _HeadingLine | None:
    """A ``# Title {#anchor} #`` line taken apart, or None when it is no heading."""
    start = _HEADING_START.match(line)
    if start is None:
        return None
    rest = line[start.end() :].strip()
    unclosed = rest.rstrip("#")
    if unclosed != rest and (not unclosed or unclosed[-1].isspace()):
        rest = unclosed.rstrip()
    explicit = _EXPLICIT_END.search(rest)
    anchor = explicit.group("anchor") if explicit else None
    if explicit:
        rest = rest[: explicit.start()].rstrip()
    return _HeadingLine(len(start.group("hashes")), rest, anchor)


def _is_separator(line: str) -> bool:
    """Whether ``line`` is a pipe table's ``|---|:--:|`` row."""
    cells = line.strip()
    cells = cells[1:] if cells.startswith("|") else cells
    cells = cells[:-1] if cells.endswith("|") else cells
    return all(_SEPARATOR_CELL.fullmatch(cell) for cell in cells.split("|"))


def _split_row(line: str) -> list[str]:
    """Cells of a pipe-table row; ``\\|`` stays a literal bar."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = re.split(r"(?<!\\)\|", line)
    return [cell.strip().replace("\\|", "|") for cell in cells]


def _is_table_start(lines: list[str], index: int) -> bool:
    return (
        "|" in lines[index]
        and index + 1 < len(lines)
        and "|" in lines[index + 1]
        and "-" in lines[index + 1]
        and _is_separator(lines[index + 1])
    )


def _starts_block(lines: list[str], index: int) -> bool:
    line = lines[index]
    return bool(
        _heading(line)
        or _FENCE.match(line)
        or _HR.match(line)
        or _QUOTE.match(line)
        or _LIST_ITEM.match(line)
        or _is_table_start(lines, index)
    )


def _paragraph_line(line: str) -> str:
    """Strip a paragraph line, keeping two trailing spaces (a hard line break)."""
    return line.lstrip() if line.endswith("  ") else line.strip()


@dataclass(frozen=True)
class RenderedMarkdown:
    """HTML for the browser plus the sections found while rendering it."""

    html: str
    sections: tuple[Section, ...]


class _Converter:
    """One Markdown document's conversion; keeps the anchors already used."""

    def __init__(self, text: str) -> None:
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).split("\n")
        self.sections: list[Section] = []
        self.used: set[str] = set()
        self.numbers: dict[str, int] = {}
        self.made = self.cells = 0
        #: Explicit anchors anywhere in the document, and every anchor used so far.
        self.taken: set[str] = set()
        for line in self.lines:
            heading = _heading(line)
            if heading and heading.anchor:
                self.taken.add(heading.anchor)

    def convert(self) -> str:
        return self.blocks(self.lines)

    def count_blocks(self, blocks: int = 1, cells: int = 0) -> None:
        """Stop converting as soon as the result would be refused anyway."""
        self.made += blocks
        self.cells += cells
        if self.made > limits.MAX_BLOCKS:
            raise limits.ArticleLimitError(limits.TOO_MANY_BLOCKS, limits.MAX_BLOCKS)
        if self.cells > limits.MAX_TABLE_CELLS:
            raise limits.ArticleLimitError(limits.TOO_MANY_CELLS, limits.MAX_TABLE_CELLS)

    def heading(self, line: _HeadingLine) -> str:
        level, text, explicit = line.level, line.text, line.anchor
        if explicit and explicit not in self.used:
            anchor = explicit
        else:
            plain = re.sub(r"[*`\\]|\[([^\]]*)\]\([^)]*\)", r"\1", text)
            anchor = links.unique_anchor(
                links.slugify(plain or explicit or ""), self.taken, self.numbers
            )
        self.used.add(anchor)
        self.taken.add(anchor)
        inner = render_inline(text)
        title = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        self.sections.append(Section(anchor=anchor, title=title, level=level))
        return f'<h{level}><a name="{_attr(anchor)}"></a>{inner}</h{level}>'

    def blocks(self, lines: list[str], depth: int = 0) -> str:
        """HTML for ``lines``; ``depth`` counts the HTML elements around them.

        Quotes and list items nest by recursion, so the depth is checked before
        going one level deeper: Python's stack never gets near its limit.
        """
        if depth > limits.MAX_DEPTH:
            raise limits.too_deep()
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            self.count_blocks()
            fence = _FENCE.match(line)
            if fence:
                marker = fence.group("fence")
                body: list[str] = []
                i += 1
                while i < len(lines) and not lines[i].strip().startswith(marker):
                    body.append(lines[i])
                    i += 1
                i += 1
                out.append(f"<pre><code>{_escape(chr(10).join(body))}</code></pre>")
                continue
            heading = _heading(line)
            if heading:
                out.append(self.heading(heading))
                i += 1
                continue
            if _HR.match(line):
                out.append("<hr />")
                i += 1
                continue
            if _QUOTE.match(line):
                quoted: list[str] = []
                while i < len(lines) and (quote := _QUOTE.match(lines[i])):
                    quoted.append(quote.group("rest"))
                    i += 1
                out.append(f"<blockquote>{self.blocks(quoted, depth + 1)}</blockquote>")
                continue
            if _is_table_start(lines, i):
                i = self.table(lines, i, out)
                continue
            if _LIST_ITEM.match(line):
                i = self.list(lines, i, out, depth)
                continue
            paragraph = [_paragraph_line(line)]
            i += 1
            while i < len(lines) and lines[i].strip() and not _starts_block(lines, i):
                paragraph.append(_paragraph_line(lines[i]))
                i += 1
            out.append(f"<p>{render_inline(chr(10).join(paragraph))}</p>")
        return "\n".join(out)

    def table(self, lines: list[str], i: int, out: list[str]) -> int:
        header = _split_row(lines[i])
        aligns: list[str | None] = []
        for cell in _split_row(lines[i + 1]):
            left, right = cell.startswith(":"), cell.endswith(":")
            aligns.append(
                "center" if left and right else "right" if right else "left" if left else None
            )
        i += 2
        rows: list[list[str]] = []
        width = len(header)
        self.count_blocks(1, width)
        while i < len(lines) and lines[i].strip() and "|" in lines[i]:
            self.count_blocks(1, width)
            rows.append(_split_row(lines[i]))
            i += 1

        def cells(row: list[str], tag: str) -> str:
            row = (row + [""] * width)[:width]
            parts = []
            for column, cell in enumerate(row):
                align = aligns[column] if column < len(aligns) else None
                attr = f' align="{align}"' if align else ""
                parts.append(f"<{tag}{attr}>{render_inline(cell)}</{tag}>")
            return "<tr>" + "".join(parts) + "</tr>"

        body = "\n".join(cells(row, "td") for row in rows)
        out.append(
            '<table border="1" cellspacing="0" cellpadding="4">\n'
            f"<thead>{cells(header, 'th')}</thead>\n<tbody>\n{body}\n</tbody>\n</table>"
        )
        return i

    def list(self, lines: list[str], i: int, out: list[str], depth: int) -> int:
        first = _LIST_ITEM.match(lines[i])
        assert first is not None
        ordered = first.group("number") is not None
        start = int(first.group("number")) if ordered else 1
        items: list[list[str]] = []
        loose = False
        while i < len(lines):
            item = _LIST_ITEM.match(lines[i])
            if not item or (item.group("number") is not None) != ordered:
                break
            content_indent = (
                len(item.group("indent")) + len(item.group("marker")) + len(item.group("gap"))
            )
            body = [item.group("text")]
            i += 1
            while i < len(lines):
                line = lines[i]
                indent = len(line) - len(line.lstrip(" "))
                if not line.strip():
                    following = i + 1 < len(lines) and lines[i + 1].strip()
                    next_indent = (
                        len(lines[i + 1]) - len(lines[i + 1].lstrip(" ")) if following else 0
                    )
                    if following and next_indent >= content_indent:
                        body.append("")
                        loose = True
                        i += 1
                        continue
                    break
                if indent >= min(content_indent, 2 + len(item.group("indent"))):
                    body.append(line[min(indent, content_indent) :])
                elif _starts_block(lines, i):
                    break
                else:
                    body.append(line.strip())  # lazy continuation of the paragraph
                i += 1
            items.append(body)
            self.count_blocks()
            if i < len(lines) and not lines[i].strip():
                after = _LIST_ITEM.match(lines[i + 1]) if i + 1 < len(lines) else None
                if after and (after.group("number") is not None) == ordered:
                    loose = True
                    i += 1
        rendered = []
        for body in items:
            inner = self.blocks(body, depth + 2)  # <ul><li>
            if not loose and inner.startswith("<p>"):
                end = inner.find("</p>")
                inner = inner[3:end] + inner[end + 4 :]
            rendered.append(f"<li>{inner}</li>")
        tag = "ol" if ordered else "ul"
        start_attr = f' start="{start}"' if ordered and start != 1 else ""
        out.append(f"<{tag}{start_attr}>\n" + "\n".join(rendered) + f"\n</{tag}>")
        return i


def _check_letters(text: str) -> None:
    """Refuse, before converting, a text with more letters than an article may show."""
    if len(_NOT_LETTERS.sub("", text)) > limits.MAX_TEXT_CHARS:
        raise limits.ArticleLimitError(limits.TOO_MUCH_TEXT, limits.MAX_TEXT_CHARS)


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def render_markdown(text: str) -> RenderedMarkdown:
    """Convert Markdown to HTML and list its sections (headings with anchors).

    Raises :class:`~gutsleep.articles.limits.ArticleLimitError` early, in
    time linear in the text, when the result would break a limit.
    """
    _check_letters(text)
    converter = _Converter(text)
    body = converter.convert()
    return RenderedMarkdown(html=body, sections=tuple(converter.sections))


def markdown_to_html(text: str) -> str:
    """Convert Markdown to safe HTML (see the module docstring for the subset)."""
    return render_markdown(text).html


def text_to_html(text: str) -> str:
    """Plain text as HTML paragraphs, keeping its line breaks (each line is a block)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_letters(text)
    if sum(1 for line in text.split("\n") if line.strip()) > limits.MAX_BLOCKS:
        raise limits.ArticleLimitError(limits.TOO_MANY_BLOCKS, limits.MAX_BLOCKS)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "\n".join(
        "<p>" + "<br />\n".join(_escape(line) for line in p.strip("\n").split("\n")) + "</p>"
        for p in paragraphs
    )


def article_html(article: Article) -> str:
    """The article body as HTML ready for QTextBrowser, whatever its source format."""
    if article.source_format == "markdown":
        return markdown_to_html(article.body_markdown)
    if article.source_format == "text":
        return text_to_html(article.body_markdown)
    # Imported HTML was sanitised on load; doing it again costs little and
    # protects against an Article built some other way.
    return sanitize_html(article.body_markdown).html


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "table", "ul", "ol", "hr", "dt", "dd"}
)  # fmt: skip


class _TextExtractor(HtmlTokenizer):
    """Collects the text of our own (safe) HTML, split into sections."""

    def __init__(self) -> None:
        self.chunks: list[tuple[str | None, list[str]]] = [(None, [])]
        self.in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.in_heading = True
        if tag == "a" and self.in_heading:
            name = dict(attrs).get("name")
            if name:
                self.chunks.append((name, []))
        if tag in _BLOCK_TAGS:
            self.chunks[-1][1].append("\n")
        elif tag in {"td", "th"}:
            self.chunks[-1][1].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.in_heading = False
        if tag in _BLOCK_TAGS:
            self.chunks[-1][1].append("\n")

    def handle_data(self, data: str) -> None:
        self.chunks[-1][1].append(data)


def _tidy(parts: list[str]) -> str:
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_text_sections(body_html: str) -> list[tuple[str | None, str]]:
    """The text of safe HTML as ``(anchor, text)`` pieces, one per section.

    The first piece (anchor None) is whatever comes before the first heading.
    """
    parser = _TextExtractor()
    parser.feed_all(body_html)
    return [(anchor, _tidy(parts)) for anchor, parts in parser.chunks]


def text_sections(article: Article, shown_html: str | None = None) -> list[tuple[str | None, str]]:
    """The article's plain text, split by section, for search snippets and deep hits.

    ``shown_html`` is :func:`article_html` of the article when the caller has it already.
    """
    if article.source_format == "text":
        return [(None, _tidy([article.body_markdown]))]
    return html_text_sections(article_html(article) if shown_html is None else shown_html)


def plain_text(article: Article, shown_html: str | None = None) -> str:
    """The article body without markup, one line per block: what search indexes."""
    return "\n".join(text for _, text in text_sections(article, shown_html) if text)
