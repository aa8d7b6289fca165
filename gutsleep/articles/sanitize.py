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
from dataclasses import dataclass
from html.parser import HTMLParser

from gutsleep.articles import links
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


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[_Open] = []
        self.skipping: list[str] = []
        self.title_parts: list[str] = []
        self.first_h1: str | None = None
        self.heading: _Heading | None = None
        self.sections: list[Section] = []
        self.used: set[str] = set()

    # -- tags -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag in DROP_WITH_CONTENT:
                self.skipping.append(tag)
            return
        if tag in DROP_WITH_CONTENT:
            self.skipping.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            return  # unknown or unsafe tag: keep its text, drop the tag
        values = {name.lower(): value for name, value in attrs}
        if tag in HEADINGS:
            self.start_heading(tag, values)
            return
        rendered = self.render_start(tag, values)
        if rendered is None:
            if tag not in VOID_TAGS:
                self.stack.append(_Open(tag, emitted=False))
            return
        self.out.append(rendered)
        if tag not in VOID_TAGS:
            self.stack.append(_Open(tag, emitted=True))

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
            self.stack.append(_Open(tag, emitted=False))
            return
        self.out.append(f"<{tag}>")
        self.heading = _Heading(
            level=int(tag[1]),
            position=len(self.out) - 1,
            anchor=_anchor_or_none(values.get("id")),
            text=[],
        )
        self.stack.append(_Open(tag, emitted=True))

    def finish_heading(self, tag: str) -> None:
        heading = self.heading
        assert heading is not None
        self.heading = None
        text = " ".join("".join(heading.text).split())
        wanted = heading.anchor if heading.anchor else links.slugify(text)
        anchor = links.unique_anchor(wanted, self.used)
        self.used.add(anchor)
        self.out[heading.position] = f'<{tag}><a name="{anchor}"></a>'
        self.out.append(f"</{tag}>")
        self.sections.append(Section(anchor=anchor, title=text, level=heading.level))
        if heading.level == 1 and self.first_h1 is None and text:
            self.first_h1 = text

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:
                while self.skipping.pop() != tag:
                    pass
            return
        if not any(entry.tag == tag for entry in self.stack):
            return  # stray end tag
        while self.stack:
            entry = self.stack.pop()
            self.close_entry(entry)
            if entry.tag == tag:
                break

    def close_entry(self, entry: _Open) -> None:
        if not entry.emitted:
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
        while self.stack:
            self.close_entry(self.stack.pop())
        title = " ".join("".join(self.title_parts).split()) or self.first_h1
        return SanitizedHtml(html="".join(self.out), sections=tuple(self.sections), title=title)


def sanitize_html(raw: str) -> SanitizedHtml:
    """Rebuild ``raw`` HTML from the allowlist; never raises on odd input."""
    parser = _Sanitizer()
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError, IndexError):
        # html.parser is forgiving, but if some input still trips it, show the
        # whole thing as escaped text rather than failing the import.
        paragraphs = [p for p in re.split(r"\n\s*\n", raw) if p.strip()]
        body = "\n".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in paragraphs)
        return SanitizedHtml(html=body, sections=(), title=None)
    return parser.finish()
