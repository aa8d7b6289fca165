"""What an article is, independent of where it came from or how it is shown.

Articles are immutable values: the loader builds them once, the search index
and the UI only read them. Bundled articles and user imports share one type so
the library page, search and deep links treat them alike; ``bundled`` and
``source_format`` say how far each can be trusted and how its body is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

from gutsleep.domain.text import Message

#: Evidence tiers an article can belong to (see ``evidence-tiers.md``);
#: "background" is explanation that recommends nothing.
TIERS: Final = ("1", "2", "3", "background")

SourceFormat = Literal["markdown", "text", "html"]


class ArticleError(Exception):
    """An article file that cannot be used, with a sentence a person can act on.

    The message is shown to users as it is (after translation by the UI), so
    it names the file and says what is wrong in plain words.
    """


@dataclass(frozen=True)
class Section:
    """A heading inside an article: the target of a deep link."""

    anchor: str
    title: str
    level: int


@dataclass(frozen=True)
class Article:
    """One readable article with its metadata.

    ``body_markdown`` holds the body in ``source_format``: Markdown for
    bundled and ``.md`` files, plain text for ``.txt`` files, and already
    sanitised HTML for ``.html`` imports (never the raw file). Render it with
    :func:`gutsleep.articles.render.article_html`, which knows the difference.
    """

    id: str
    title: str
    summary: str
    tier: str
    reading_minutes: int
    last_reviewed: date | None
    sources: tuple[str, ...]
    body_markdown: str
    sections: tuple[Section, ...]
    bundled: bool
    source_format: SourceFormat = "markdown"
    #: Why a stored import can't be shown (it breaks a limit of this version):
    #: the library still lists it, so it can be removed, but the reader refuses it.
    problem: Message | None = field(default=None, compare=False)

    @property
    def anchors(self) -> frozenset[str]:
        """Every anchor a link into this article may name."""
        return frozenset(section.anchor for section in self.sections)

    def section(self, anchor: str) -> Section | None:
        """The section with ``anchor``, or None when there is none."""
        for section in self.sections:
            if section.anchor == anchor:
                return section
        return None
