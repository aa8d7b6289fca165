"""Finding and reading articles: the bundled library and user imports.

Bundled articles are part of the product, so they are read strictly: every
front-matter field must be present and valid, and a broken file fails the
test suite rather than showing a half-empty page. User imports are read
leniently (front matter written for another tool is fine), but defensively:
size-limited, text only, and HTML is sanitised before it is stored in the
:class:`Article`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Final

from gutsleep import locate
from gutsleep.articles import limits, links
from gutsleep.articles.frontmatter import FrontMatter, parse_front_matter
from gutsleep.articles.model import TIERS, Article, ArticleError, SourceFormat
from gutsleep.articles.render import plain_text, render_markdown, text_to_html
from gutsleep.articles.sanitize import sanitize_html

#: Reading order of the bundled library: perspective first (tier 1 before
#: gut work), then the background, then what to do, then how to use the app.
#: Articles not listed here follow, sorted by title.
BUNDLED_ORDER: Final = (
    "evidence-tiers",
    "gut-brain-axis",
    "inflammation",
    "evidence",
    "signs",
    "foundations",
    "using-gutsleep",
)

REQUIRED_KEYS: Final = (
    "id",
    "title",
    "summary",
    "tier",
    "reading_minutes",
    "last_reviewed",
    "sources",
)

#: Imports larger than this are refused before they are read (see articles.limits).
MAX_USER_BYTES: Final = limits.MAX_FILE_BYTES

USER_FORMATS: Final[dict[str, SourceFormat]] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}

WORDS_PER_MINUTE: Final = 200

log = logging.getLogger(__name__)


def resources_dir() -> Path:
    """The folder holding ``articles/``, ``icons/`` and ``translations/``.

    Found by :func:`gutsleep.locate.resources_dir` (installed wheel, packaged
    app or source checkout); here a missing folder becomes an ArticleError
    with a sentence the reader page can show.
    """
    try:
        return locate.resources_dir()
    except FileNotFoundError:
        package = Path(locate.__file__).resolve().parent
        raise ArticleError(
            f"The bundled articles are missing: no 'resources/articles' folder was found "
            f"next to {package}. Reinstalling gutsleep should restore them."
        ) from None


def articles_dir() -> Path:
    """The folder of bundled Markdown articles."""
    return resources_dir() / "articles"


def reading_minutes_for(text: str) -> int:
    """Minutes to read ``text`` at an unhurried pace, at least one."""
    return max(1, round(len(re.findall(r"\w+", text)) / WORDS_PER_MINUTE))


def _text_field(data: FrontMatter, key: str, origin: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(f"{origin}: '{key}' must be a line of text.")
    return value.strip()


def parse_bundled(text: str, *, origin: str, expected_id: str | None = None) -> Article:
    """Build a bundled article from its Markdown source, checking every field."""
    data, body = parse_front_matter(text, origin=origin, strict=True)
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise ArticleError(f"{origin} is missing front-matter field(s): {', '.join(missing)}.")
    unknown = sorted(set(data) - set(REQUIRED_KEYS))
    if unknown:
        raise ArticleError(f"{origin} has unknown front-matter field(s): {', '.join(unknown)}.")
    article_id = _text_field(data, "id", origin)
    if not links.ID_PATTERN.fullmatch(article_id):
        raise ArticleError(f"{origin}: id {article_id!r} may use only letters, digits, - and _.")
    if expected_id is not None and article_id != expected_id:
        raise ArticleError(f"{origin}: id {article_id!r} must match the file name {expected_id!r}.")
    tier = _text_field(data, "tier", origin)
    if tier not in TIERS:
        raise ArticleError(f"{origin}: tier must be one of {', '.join(TIERS)}, not {tier!r}.")
    minutes_text = _text_field(data, "reading_minutes", origin)
    if not minutes_text.isdigit() or not 1 <= int(minutes_text) <= 120:
        raise ArticleError(f"{origin}: reading_minutes must be a whole number from 1 to 120.")
    try:
        reviewed = date.fromisoformat(_text_field(data, "last_reviewed", origin))
    except ValueError:
        raise ArticleError(f"{origin}: last_reviewed must be a date like 2026-11-20.") from None
    sources = data["sources"]
    if not isinstance(sources, list) or not sources or not all(s.strip() for s in sources):
        raise ArticleError(f"{origin}: sources must list at least one reference as '- ...' lines.")
    rendered = render_markdown(body)
    return Article(
        id=article_id,
        title=_text_field(data, "title", origin),
        summary=_text_field(data, "summary", origin),
        tier=tier,
        reading_minutes=int(minutes_text),
        last_reviewed=reviewed,
        sources=tuple(s.strip() for s in sources),
        body_markdown=body,
        sections=rendered.sections,
        bundled=True,
        source_format="markdown",
    )


def _order_key(article: Article) -> tuple[int, str]:
    if article.id in BUNDLED_ORDER:
        return BUNDLED_ORDER.index(article.id), ""
    return len(BUNDLED_ORDER), article.title.casefold()


#: What a language code given to :func:`load_bundled` may look like ("de", "pt_BR"):
#: it names a sub-folder, so nothing else (no "..", no slashes) is accepted.
LANGUAGE_PATTERN: Final = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def _read_folder(folder: Path) -> list[Article]:
    articles: list[Article] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.md")):
        article = parse_bundled(
            path.read_text(encoding="utf-8"), origin=path.name, expected_id=path.stem
        )
        if article.id in seen:  # pragma: no cover - ids match unique file names
            raise ArticleError(f"Two bundled articles use the id {article.id!r}.")
        seen.add(article.id)
        articles.append(article)
    return articles


def _translated(original: Article, path: Path) -> Article | None:
    """The translation in ``path`` when it is usable in place of ``original``, else None.

    Links, bookmarks and reading positions name an article by id and a section
    by anchor, so a translation must keep both; one that does not (or does not
    parse) is logged and the English article is shown instead.
    """
    try:
        article = parse_bundled(
            path.read_text(encoding="utf-8"),
            origin=f"{path.parent.name}/{path.name}",
            expected_id=original.id,
        )
    except (ArticleError, OSError, UnicodeDecodeError) as error:
        log.warning("Translated article %s can't be used: %s", path.name, error)
        return None
    if article.anchors != original.anchors:
        log.warning("Translated article %s has other section anchors than the original", path.name)
        return None
    return article


def load_bundled(directory: Path | None = None, *, language: str = "en") -> list[Article]:
    """Every bundled article, in reading order (see :data:`BUNDLED_ORDER`).

    With a ``language`` other than English, an article translated in the
    ``<language>/`` sub-folder (same file name, same id and anchors) replaces
    the English one; an article without a translation stays English. The
    caller (the UI) decides the language: this layer knows nothing of Qt.
    """
    folder = directory if directory is not None else articles_dir()
    articles = _read_folder(folder)
    if language != "en" and LANGUAGE_PATTERN.fullmatch(language):
        translations = folder / language
        for index, original in enumerate(articles):
            path = translations / f"{original.id}.md"
            if path.is_file():
                articles[index] = _translated(original, path) or original
    return sorted(articles, key=_order_key)


def read_text_file(path: Path, *, limit: int = MAX_USER_BYTES) -> str:
    """The file's text, refusing anything too large or not text.

    We accept UTF-8 (with or without a byte-order mark) and UTF-16 with a
    byte-order mark; a NUL byte or undecodable bytes mean the file is not a
    text document we can show.
    """
    name = path.name
    too_large = limits.ArticleLimitError(limits.TOO_LARGE, round(limit / 1_048_576) or 1)
    try:
        if path.stat().st_size > limit:
            raise too_large
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise ArticleError(f"{name} couldn't be opened: {error.strerror or error}.") from None
    if len(data) > limit:  # the file grew after stat()
        raise too_large
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL byte")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ArticleError(
            f"{name} can't be read as text: it looks like a binary file or uses an "
            "unsupported encoding. Save it as UTF-8 text and try again."
        ) from None
    if "\x00" in text:
        raise ArticleError(f"{name} can't be read as text: it contains binary data.")
    return text


def title_from_name(stem: str) -> str:
    """A readable title from a file name: ``gut_and-sleep`` becomes ``Gut and sleep``."""
    words = re.sub(r"[_-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"


def user_article_from_text(
    text: str,
    source_format: SourceFormat,
    *,
    article_id: str,
    fallback_title: str,
) -> Article:
    """Build a user article from already-read text (a file, or a stored copy).

    Raises :class:`~gutsleep.articles.limits.ArticleLimitError` when the
    article breaks one of the limits in :mod:`gutsleep.articles.limits`, so
    nothing over them is ever stored or shown.
    """
    if len(text) > limits.MAX_STORED_CHARS:
        raise limits.ArticleLimitError(
            limits.STORED_TOO_LARGE, limits.MAX_STORED_CHARS // 1_048_576
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not links.ID_PATTERN.fullmatch(article_id):
        raise ArticleError(f"{article_id!r} can't be used as an article id.")
    data: FrontMatter = {}
    title: str | None = None
    if source_format == "markdown":
        data, body = parse_front_matter(text, origin=fallback_title, strict=False)
        rendered = render_markdown(body)
        shown, sections = rendered.html, rendered.sections
        first_h1 = next((s.title for s in sections if s.level == 1 and s.title), None)
        title = first_h1
    elif source_format == "html":
        cleaned = sanitize_html(text)
        body, sections, title = cleaned.html, cleaned.sections, cleaned.title
        shown = body  # what article_html gives: sanitising twice changes nothing
    else:
        body, sections = text, ()
        shown = text_to_html(body)
    limits.check_shown(shown)
    given_title = data.get("title")
    if isinstance(given_title, str) and given_title.strip():
        title = given_title.strip()
    reviewed = None
    given_date = data.get("last_reviewed") or data.get("date")
    if isinstance(given_date, str):
        try:
            reviewed = date.fromisoformat(given_date.strip()[:10])
        except ValueError:
            reviewed = None
    sources = data.get("sources")
    tier = data.get("tier")
    article = Article(
        id=article_id,
        title=(title or fallback_title)[:200],
        summary="",
        tier=tier if isinstance(tier, str) and tier in TIERS else "background",
        reading_minutes=1,
        last_reviewed=reviewed,
        sources=tuple(s for s in sources if s.strip()) if isinstance(sources, list) else (),
        body_markdown=body,
        sections=tuple(sections),
        bundled=False,
        source_format=source_format,
    )
    words = plain_text(article, shown)
    given_summary = data.get("summary")
    if isinstance(given_summary, str) and given_summary.strip():
        summary = given_summary.strip()
    else:
        lines = [line for line in words.split("\n") if line and line != article.title]
        summary = lines[0] if lines else ""
        if len(summary) > 200:
            summary = summary[:197].rsplit(" ", 1)[0] + "…"
    return replace(article, summary=summary, reading_minutes=reading_minutes_for(words))


def read_user_file(path: Path | str) -> tuple[str, SourceFormat]:
    """The text of a file the user chose to import, and its format from the suffix.

    Raises :class:`ArticleError` for an unsupported suffix, an unreadable,
    binary, oversized or empty file.
    """
    path = Path(path)
    source_format = USER_FORMATS.get(path.suffix.lower())
    if source_format is None:
        raise ArticleError(
            f"{path.name} isn't a supported article: import Markdown (.md), "
            "plain text (.txt) or HTML (.html, .htm)."
        )
    text = read_text_file(path)
    if not text.strip():
        raise ArticleError(f"{path.name} is empty.")
    return text, source_format


def user_article_id(path: Path | str) -> str:
    """The id an import of ``path`` gets by default: ``user-<file name slug>``.

    No bundled id starts with ``user-``, so the two can never clash.
    """
    return f"user-{links.slugify(Path(path).stem)}"[:100]


def load_user_article(path: Path | str, *, article_id: str | None = None) -> Article:
    """Read a Markdown, plain-text or HTML file the user chose to import.

    ``article_id`` defaults to :func:`user_article_id`.
    """
    path = Path(path)
    text, source_format = read_user_file(path)
    return user_article_from_text(
        text,
        source_format,
        article_id=article_id or user_article_id(path),
        fallback_title=title_from_name(path.stem),
    )
