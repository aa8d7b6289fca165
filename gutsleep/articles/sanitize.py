"""Sanitising HTML that users import into their library.

An imported web page may carry scripts, trackers, remote images and event
handlers. QTextBrowser runs no JavaScript, but it does load images and follow
links, and we promise that nothing leaves the machine. So we rebuild the page
from an allowlist instead of trying to strip what is bad: only simple text
tags survive, with only a few harmless attributes; every text node is
escaped again on the way out. Headings get unique anchors so imported pages
can be deep-linked and searched like bundled articles.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from gutsleep.articles import limits, links
from gutsleep.articles.model import Section

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn",
        "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd",
        "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    }
)  # fmt: skip

#: Elements removed together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {
        "applet", "audio", "button", "canvas", "datalist", "form", "frameset",
        "iframe", "map", "math", "noembed", "noframes", "noscript", "object", "picture",
        "script", "select", "style", "svg", "template", "textarea", "title", "video",
    }
)  # fmt: skip

VOID_TAGS = frozenset({"br", "hr"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TABLE_PARTS = frozenset({"caption", "tbody", "td", "tfoot", "th", "thead", "tr"})
_BLOCK_STARTS = frozenset(
    {"blockquote", "div", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre",
     "table", "ul"}
)  # fmt: skip
_LISTS = frozenset({"ul", "ol", "table"})
#: Open elements of any kind, shown or not (see _Sanitizer.push).
_MAX_STACK = 4 * limits.MAX_DEPTH
_CELLS = frozenset({"td", "th"})
#: Start tag -> (open elements it closes, elements that stop the search for them).
_IMPLIED_ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    **{tag: (frozenset({"p"}), _BLOCK_STARTS | _LISTS | {"li", "td", "th", "dd", "dt"})
       for tag in _BLOCK_STARTS},
    "li": (frozenset({"li"}), _LISTS),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table"})),
    "td": (_CELLS, frozenset({"tr", "table"})),
    "th": (_CELLS, frozenset({"tr", "table"})),
}  # fmt: skip
_DIGITS = re.compile(r"\d{1,3}")
_TABLE_ATTRS = ' border="1" cellspacing="0" cellpadding="4"'


@dataclass(frozen=True)
class SanitizedHtml:
    """Safe HTML, the headings found in it, and the page title if it had one."""

    html: str
    sections: tuple[Section, ...]
    title: str | None


@dataclass
class _Open:
    tag: str
    emitted: bool


@dataclass
class _Heading:
    level: int
    position: int
    anchor: str | None
    text: list[str]


def _anchor_or_none(value: str | None) -> str | None:
    if value and links.ANCHOR_PATTERN.fullmatch(value):
        return value
    return None


class HtmlTokenizer:
    """A linear-time HTML tokenizer with html.parser's callbacks.

    html.parser rescans its buffer on some inputs (a megabyte of ``</`` took
    minutes), so this one makes a single pass: a comment, a declaration or a
    tag left open at the end of the file swallows the rest, as in a browser,
    instead of being searched for again from every ``<``. Character
    references are decoded with :func:`html.unescape`, which knows only the
    standard ones: nothing a document declares is ever expanded.
    """

    def feed_all(self, raw: str) -> None:
        """Tokenize the whole of ``raw``, calling the ``handle_*`` methods in order."""
        position, end = 0, len(raw)
        while position < end:
            opening = raw.find("<", position)
            if opening < 0:
                self.handle_data(_unescape(raw[position:]))
                return
            if opening > position:
                self.handle_data(_unescape(raw[position:opening]))
            position = self._markup(raw, opening)

    def _markup(self, raw: str, opening: int) -> int:
        """Handle the markup starting at ``opening``; returns where text resumes."""
        if raw.startswith("<!--", opening):
            for empty in ("<!-->", "<!--->"):
                if raw.startswith(empty, opening):
                    return opening + len(empty)
            close = raw.find("-->", opening + 4)
            return len(raw) if close < 0 else close + 3
        tag = _TAG.match(raw, opening)
        if tag is None:
            if raw.startswith(("<!", "<?", "</"), opening):
                close = raw.find(">", opening + 2)
                return len(raw) if close < 0 else close + 1  # a bogus comment
            self.handle_data("<")
            return opening + 1
        if tag.group("rest") is None:
            return len(raw)  # a tag still open at the end of the file
        name = tag.group("name").lower()
        if tag.group("slash"):
            self.handle_endtag(name)
            return tag.end()
        rest = tag.group("rest")
        attrs: list[tuple[str, str | None]] = [
            (str(attr.group(1)).lower(), _unescape(_attr_value(attr)))
            for attr in _ATTR.finditer(rest)
        ]
        self.handle_starttag(name, attrs)
        if rest.endswith("/") and name not in VOID_TAGS:
            self.handle_endtag(name)
            return tag.end()
        if name in _RAW_TEXT:
            close_at = _raw_end(name).search(raw, tag.end())
            text_end = len(raw) if close_at is None else close_at.start()
            text = raw[tag.end() : text_end]
            self.handle_data(html.unescape(text) if name in _ESCAPABLE_RAW_TEXT else text)
            if close_at is None:
                return len(raw)
            self.handle_endtag(name)
            return close_at.end()
        return tag.end()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A start tag, its name and attribute names lower-cased."""

    def handle_endtag(self, tag: str) -> None:
        """An end tag, its name lower-cased."""

    def handle_data(self, data: str) -> None:
        """Text between tags, character references decoded."""


_TAG = re.compile(
    r"""<(?P<slash>/?)(?P<name>[A-Za-z][^\s/>]*+)"""
    r"""(?:(?P<rest>(?:[^>"']++|"[^"]*+"|'[^']*+')*+)>)?"""
)
_ATTR = re.compile(r"""([^\s"'>/=]++)(?:\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s>]++)))?""")
#: Elements whose content is text up to their end tag, never markup.
_RAW_TEXT = frozenset(
    {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "title", "textarea"}
)
_ESCAPABLE_RAW_TEXT = frozenset({"title", "textarea"})
_RAW_ENDS: dict[str, re.Pattern[str]] = {}


def _raw_end(name: str) -> re.Pattern[str]:
    if name not in _RAW_ENDS:
        _RAW_ENDS[name] = re.compile(rf"</{name}(?=[\s/>])[^>]*+>?", re.IGNORECASE)
    return _RAW_ENDS[name]


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _attr_value(attr: re.Match[str]) -> str:
    for group in (2, 3, 4):
        if attr.group(group) is not None:
            return str(attr.group(group))
    return ""


class _Sanitizer(HtmlTokenizer):
    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.open_count: Counter[str] = Counter()
        self.skipping: list[str] = []
        self.skip_count: Counter[str] = Counter()
        self.flat_tables = 0
        self.title_parts: list[str] = []
        self.first_h1: str | None = None
        self.heading: _Heading | None = None
        self.sections: list[Section] = []
        self.used: set[str] = set()
        self.numbers: dict[str, int] = {}
        self.depth = 0
        self.tags = 0

    # -- tags -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self.tags > limits.MAX_TAGS:
            raise limits.ArticleLimitError(limits.TOO_MANY_TAGS, limits.MAX_TAGS)
        if self.skipping or tag in DROP_WITH_CONTENT:
            if tag in DROP_WITH_CONTENT:
                self.skipping.append(tag)
                self.skip_count[tag] += 1
            return
        if tag not in ALLOWED_TAGS:
            return  # unknown or unsafe tag: keep its text, drop the tag
        self.close_implied_by(tag)
        values = {name.lower(): value for name, value in attrs}
        if tag in HEADINGS:
            self.start_heading(tag, values)
            return
        if tag == "table" and self.open_count["table"] - self.flat_tables >= (
            limits.MAX_TABLE_DEPTH
        ):
            self.flat_tables += 1  # deeper tables become text: see limits.MAX_TABLE_DEPTH
            self.push(_Open(tag, emitted=False))
            return
        if self.flat_tables and tag in _TABLE_PARTS:
            self.push(_Open(tag, emitted=False))
            return
        rendered = self.render_start(tag, values)
        if rendered is not None:
            self.out.append(rendered)
        if tag not in VOID_TAGS:
            self.push(_Open(tag, emitted=rendered is not None))

    def push(self, entry: _Open) -> None:
        """Open an element, refusing documents nested deeper than Qt lays out quickly.

        Elements left out (flattened tables, anchors without a target) cost Qt
        nothing, so only the ones shown count towards the depth limit; the
        stack as a whole is capped too, which keeps every walk along it short.
        """
        if entry.emitted:
            if self.depth >= limits.MAX_DEPTH:
                raise limits.too_deep()
            self.depth += 1
        if len(self.stack) >= _MAX_STACK:
            raise limits.too_deep()
        self.stack.append(entry)
        self.open_count[entry.tag] += 1

    def close_implied_by(self, tag: str) -> None:
        """Close what HTML lets pages leave open: ``<p>`` before a block, ``<li>`` before
        the next item, cells and rows before the next one. Sloppy real pages would
        otherwise count as nested hundreds of levels deep."""
        implied = _IMPLIED_ENDS.get(tag)
        if implied is None:
            return
        closes, scope = implied
        for index in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[index].tag
            if open_tag in closes:
                self.close_to(index)
                return
            if open_tag in scope:
                return

    def close_to(self, index: int) -> None:
        while len(self.stack) > index:
            self.close_entry(self.pop())

    def pop(self) -> _Open:
        entry = self.stack.pop()
        self.open_count[entry.tag] -= 1
        self.depth -= entry.emitted
        if entry.tag == "table" and not entry.emitted and self.flat_tables:
            self.flat_tables -= 1
        return entry

    def render_start(self, tag: str, values: dict[str, str | None]) -> str | None:
        """The start tag with its allowed attributes, or None to leave it out."""
        if tag == "a":
            href = links.safe_href(values.get("href") or "")
            if href:
                return f'<a href="{html.escape(href, quote=True)}">'
            name = _anchor_or_none(values.get("name") or values.get("id"))
            if name and self.heading is not None and self.heading.anchor is None:
                self.heading.anchor = name
                return None
            if name and name not in self.used:
                self.used.add(name)
                return f'<a name="{name}">'
            return None
        if tag in {"td", "th"}:
            extra = ""
            for attr in ("colspan", "rowspan"):
                value = values.get(attr) or ""
                if _DIGITS.fullmatch(value.strip()):
                    extra += f' {attr}="{int(value)}"'
            align = (values.get("align") or "").strip().lower()
            if align in {"left", "center", "right"}:
                extra += f' align="{align}"'
            return f"<{tag}{extra}>"
        if tag == "ol":
            start = (values.get("start") or "").strip()
            return f'<ol start="{int(start)}">' if _DIGITS.fullmatch(start) else "<ol>"
        if tag == "table":
            return f"<table{_TABLE_ATTRS}>"
        if tag in VOID_TAGS:
            return f"<{tag} />"
        return f"<{tag}>"

    def start_heading(self, tag: str, values: dict[str, str | None]) -> None:
        if self.heading is not None:  # a heading inside a heading: ignore the inner one
            self.push(_Open(tag, emitted=False))
            return
        self.out.append(f"<{tag}>")
        self.heading = _Heading(
            level=int(tag[1]),
            position=len(self.out) - 1,
            anchor=_anchor_or_none(values.get("id")),
            text=[],
        )
        self.push(_Open(tag, emitted=True))

    def finish_heading(self, tag: str) -> None:
        heading = self.heading
        assert heading is not None
        self.heading = None
        text = " ".join("".join(heading.text).split())
        wanted = heading.anchor if heading.anchor else links.slugify(text)
        anchor = links.unique_anchor(wanted, self.used, self.numbers)
        self.used.add(anchor)
        self.out[heading.position] = f'<{tag}><a name="{anchor}"></a>'
        self.out.append(f"</{tag}>")
        self.sections.append(Section(anchor=anchor, title=text, level=heading.level))
        if heading.level == 1 and self.first_h1 is None and text:
            self.first_h1 = text

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if self.skip_count[tag]:
                while (dropped := self.skipping.pop()) != tag:
                    self.skip_count[dropped] -= 1
                self.skip_count[tag] -= 1
            return
        if not self.open_count[tag]:
            return  # stray end tag
        while self.stack:
            entry = self.pop()
            self.close_entry(entry)
            if entry.tag == tag:
                break

    def close_entry(self, entry: _Open) -> None:
        if not entry.emitted:
            if self.flat_tables and entry.tag in {"td", "th"}:
                self.out.append(" ")
            elif self.flat_tables and entry.tag == "tr":
                self.out.append("<br />")
            return
        if entry.tag in HEADINGS and self.heading is not None:
            self.finish_heading(entry.tag)
        else:
            self.out.append(f"</{entry.tag}>")

    # -- text -------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping[0] == "title":
                self.title_parts.append(data)
            return
        if self.heading is not None:
            self.heading.text.append(data)
        self.out.append(html.escape(data, quote=False))

    def finish(self) -> SanitizedHtml:
        self.close_to(0)
        title = " ".join("".join(self.title_parts).split()) or self.first_h1
        return SanitizedHtml(html="".join(self.out), sections=tuple(self.sections), title=title)


def sanitize_html(raw: str) -> SanitizedHtml:
    """Rebuild ``raw`` HTML from the allowlist, in time linear in its length.

    Raises :class:`~gutsleep.articles.limits.ArticleLimitError` for a document
    nested deeper than :data:`~gutsleep.articles.limits.MAX_DEPTH`; any other
    input, however odd, gives safe HTML.
    """
    parser = _Sanitizer()
    parser.feed_all(raw)
    return parser.finish()
