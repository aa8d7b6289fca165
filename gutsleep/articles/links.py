"""Deep links into the article library: ``article:ID#anchor``.

Other layers (screening checklist, experiment suggestions, charts) point
readers at a precise section without knowing file names. They build an
:class:`ArticleLink` and hand ``to_url()`` to the UI; the article browser
turns clicked URLs back into links with :func:`parse`. Anchors are also
generated here (:func:`slugify`, :func:`unique_anchor`) so Markdown and
imported HTML name their sections the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

SCHEME = "article"

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
ANCHOR_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


@dataclass(frozen=True)
class ArticleLink:
    """A place in the library: an article and, optionally, one of its sections."""

    article_id: str
    anchor: str | None = None

    def __post_init__(self) -> None:
        if not ID_PATTERN.fullmatch(self.article_id):
            raise ValueError(f"not an article id: {self.article_id!r}")
        if self.anchor is not None and not ANCHOR_PATTERN.fullmatch(self.anchor):
            raise ValueError(f"not a section anchor: {self.anchor!r}")

    def to_url(self) -> str:
        """The link as the UI passes it around, e.g. ``article:signs#antibiotics``."""
        if self.anchor:
            return f"{SCHEME}:{self.article_id}#{self.anchor}"
        return f"{SCHEME}:{self.article_id}"

    def __str__(self) -> str:
        return self.to_url()


def parse(url: str) -> ArticleLink | None:
    """Read ``article:ID`` or ``article:ID#anchor``; None for anything else.

    Returning None rather than raising lets the browser hand every other URL
    (web links, typos) to its own handling without try/except around clicks.
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.lower() != SCHEME:
        return None
    rest = rest.removeprefix("//")
    article_id, hash_sign, anchor = rest.partition("#")
    if not ID_PATTERN.fullmatch(article_id):
        return None
    if not hash_sign or not anchor:
        return ArticleLink(article_id)
    if not ANCHOR_PATTERN.fullmatch(anchor):
        return None
    return ArticleLink(article_id, anchor)


def resolve(url: str, current_article_id: str) -> ArticleLink | None:
    """Like :func:`parse`, but also reads ``#anchor`` as a place in the current article."""
    url = url.strip() if isinstance(url, str) else ""
    if url.startswith("#"):
        anchor = url[1:]
        if ANCHOR_PATTERN.fullmatch(anchor) and ID_PATTERN.fullmatch(current_article_id):
            return ArticleLink(current_article_id, anchor)
        return None
    return parse(url)


def safe_href(url: str) -> str | None:
    """The link target if it is one we allow, normalised; otherwise None.

    Allowed: ``#anchor`` within the article, ``article:ID#anchor`` in the
    library, and ``http``/``https`` web addresses (opened by the UI in the
    system browser). Anything else (``javascript:``, ``file:``, relative
    paths) loses its link and keeps only its text.
    """
    url = url.strip()
    if not url or any(unicodedata.category(ch)[0] in "CZ" for ch in url):
        return None
    if url.startswith("#"):
        return url if ANCHOR_PATTERN.fullmatch(url[1:]) else None
    if url.lower().startswith(SCHEME + ":"):
        link = parse(url)
        return link.to_url() if link else None
    if re.match(r"(?i)https?://[^/\s]", url):
        return url
    return None


def slugify(text: str) -> str:
    """An anchor made from heading text: lowercase ASCII words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:80].strip("-")
    return slug or "section"


def unique_anchor(
    wanted: str, taken: Collection[str], numbers: dict[str, int] | None = None
) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... whichever is not yet taken.

    ``numbers`` remembers where each search ended, so a document with thousands
    of headings of the same title numbers them in linear, not quadratic, time.
    """
    if wanted not in taken:
        return wanted
    number = numbers.get(wanted, 2) if numbers is not None else 2
    while f"{wanted}-{number}" in taken:
        number += 1
    if numbers is not None:
        numbers[wanted] = number + 1
    return f"{wanted}-{number}"


# Well-known places other layers link to. The article tests check each resolves.
SIGNS_CHECKLIST = ArticleLink("signs", "checklist")
SIGN_DIGESTIVE = ArticleLink("signs", "digestive-symptoms")
SIGN_FOOD_SENSITIVITIES = ArticleLink("signs", "food-sensitivities")
SIGN_AUTOIMMUNE = ArticleLink("signs", "autoimmune")
SIGN_ANTIBIOTICS = ArticleLink("signs", "antibiotics")
SIGN_INFLAMMATION_MARKERS = ArticleLink("signs", "inflammation-markers")
SIGN_MOOD = ArticleLink("signs", "mood-symptoms")
SIGNS_NONE_APPLY = ArticleLink("signs", "none-apply")
TIER_1 = ArticleLink("evidence-tiers", "tier-1")
TIER_2 = ArticleLink("evidence-tiers", "tier-2")
TIER_3 = ArticleLink("evidence-tiers", "tier-3")
TESTING = ArticleLink("foundations", "testing")
PROBIOTICS = ArticleLink("foundations", "probiotics")
PLANT_VARIETY = ArticleLink("foundations", "plant-variety")
FERMENTED_FOODS = ArticleLink("foundations", "fermented-foods")
SLEEP_DIARY = ArticleLink("using-gutsleep", "sleep-diary")
BASELINE = ArticleLink("using-gutsleep", "baseline")
EXPERIMENTS = ArticleLink("using-gutsleep", "experiments")
CHANCE_PATTERNS = ArticleLink("using-gutsleep", "chance-patterns")
ASSOCIATION_NOT_CAUSE = ArticleLink("evidence", "association")

#: The screening checklist's items (domain.md section 4) in order, each with its section.
SCREENING_SIGNS: tuple[ArticleLink, ...] = (
    SIGN_DIGESTIVE,
    SIGN_FOOD_SENSITIVITIES,
    SIGN_AUTOIMMUNE,
    SIGN_ANTIBIOTICS,
    SIGN_INFLAMMATION_MARKERS,
    SIGN_MOOD,
)

WELL_KNOWN: tuple[ArticleLink, ...] = (
    SIGNS_CHECKLIST,
    *SCREENING_SIGNS,
    SIGNS_NONE_APPLY,
    TIER_1,
    TIER_2,
    TIER_3,
    TESTING,
    PROBIOTICS,
    PLANT_VARIETY,
    FERMENTED_FOODS,
    SLEEP_DIARY,
    BASELINE,
    EXPERIMENTS,
    CHANCE_PATTERNS,
    ASSOCIATION_NOT_CAUSE,
)
