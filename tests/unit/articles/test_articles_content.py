"""The bundled library: every article is complete, linked correctly and in our own words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from gutsleep.articles import links
from gutsleep.articles.loader import BUNDLED_ORDER, articles_dir, load_bundled
from gutsleep.articles.model import TIERS, Article
from gutsleep.articles.render import article_html, plain_text

REPO_ROOT = Path(__file__).resolve().parents[3]
SOURCE_ARTICLE = REPO_ROOT / ".." / "shared" / "source-article.txt"

REQUIRED_ANCHORS = {
    "gut-brain-axis": {
        "vagus-nerve",
        "immune-signalling",
        "microbial-metabolites",
        "enteric-nervous-system",
    },
    "inflammation": {"estrobolome"},
    "evidence": {"levels", "association"},
    "signs": {
        "digestive-symptoms",
        "food-sensitivities",
        "autoimmune",
        "antibiotics",
        "inflammation-markers",
        "mood-symptoms",
        "none-apply",
    },
    "foundations": {
        "mediterranean",
        "plant-variety",
        "fermented-foods",
        "trigger-foods",
        "stress-management",
        "probiotics",
        "testing",
    },
    "evidence-tiers": {"tier-1", "tier-2", "tier-3"},
    "using-gutsleep": {"sleep-diary", "baseline", "experiments"},
    "cbt-i": {"components", "sleep-window", "safety", "find-help"},
}

# The reference each topic must cite (domain.md section 6).
REQUIRED_DOIS = {
    "using-gutsleep": ["10.5665/sleep.1642", "10.3109/00365529709011203"],
    "foundations": ["10.1128/mSystems.00031-18", "10.1016/j.cell.2021.06.019"],
    "inflammation": ["10.1038/npp.2016.148", "10.1016/j.maturitas.2017.06.025"],
    "cbt-i": ["10.5664/jcsm.8986", "10.1001/jamainternmed.2016.1795"],
}

HEADING_LINE = re.compile(r"^(#{1,6})\s+(.*)$")
EXPLICIT_ANCHOR = re.compile(r"\{#([A-Za-z0-9][A-Za-z0-9_.-]*)\}\s*$")
MD_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
DOI = re.compile(r"doi:(10\.\d{4,9}/\S+?)\.?(?:\s|$)")


@pytest.fixture(scope="module")
def library() -> dict[str, Article]:
    return {article.id: article for article in load_bundled()}


def _headings(article: Article) -> list[tuple[int, str]]:
    """(level, raw heading text) of every Markdown heading outside code fences."""
    found = []
    fenced = False
    for line in article.body_markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        match = HEADING_LINE.match(line)
        if match and not fenced:
            found.append((len(match.group(1)), match.group(2)))
    return found


def _section_lines(article: Article, anchor: str) -> list[str]:
    """The Markdown lines under the heading with ``anchor``, up to the next heading."""
    lines = article.body_markdown.splitlines()
    inside = False
    collected: list[str] = []
    for line in lines:
        if HEADING_LINE.match(line):
            if inside:
                break
            inside = line.rstrip().endswith("{#" + anchor + "}")
            continue
        if inside:
            collected.append(line)
    return collected


def test_the_required_articles_are_bundled(library: dict[str, Article]) -> None:
    assert set(REQUIRED_ANCHORS) <= set(library)
    assert len(library) >= 7


def test_bundled_articles_come_in_reading_order() -> None:
    ids = [article.id for article in load_bundled()]
    known = [article_id for article_id in ids if article_id in BUNDLED_ORDER]
    assert known == [article_id for article_id in BUNDLED_ORDER if article_id in ids]
    assert ids[: len(known)] == known
    assert ids.index("evidence-tiers") < ids.index("foundations")


def test_every_markdown_file_is_an_article() -> None:
    files = sorted(path.stem for path in articles_dir().glob("*.md"))
    assert files == sorted(article.id for article in load_bundled())


@pytest.mark.parametrize("article_id", sorted(REQUIRED_ANCHORS))
def test_front_matter_is_complete(library: dict[str, Article], article_id: str) -> None:
    article = library[article_id]
    assert article.bundled
    assert article.source_format == "markdown"
    assert article.title.strip() and len(article.title) < 90
    assert article.summary.strip() and article.summary.endswith(".")
    assert article.tier in TIERS
    assert isinstance(article.last_reviewed, date)
    assert 1 <= article.reading_minutes <= 15
    assert article.sources
    for source in article.sources:
        assert DOI.search(source + " "), f"{article_id}: source without a DOI: {source}"


def test_gut_articles_carry_tier_3(library: dict[str, Article]) -> None:
    assert library["signs"].tier == "3"
    assert library["foundations"].tier == "3"


@pytest.mark.parametrize("article_id", sorted(REQUIRED_ANCHORS))
def test_length_and_reading_time_fit(library: dict[str, Article], article_id: str) -> None:
    article = library[article_id]
    words = len(re.findall(r"\w+", plain_text(article)))
    assert 500 <= words <= 1100, f"{article_id} has {words} words"
    assert abs(article.reading_minutes - words / 200) <= 2


@pytest.mark.parametrize("article_id", sorted(REQUIRED_ANCHORS))
def test_not_medical_advice_note_and_references(
    library: dict[str, Article], article_id: str
) -> None:
    article = library[article_id]
    assert "not medical advice" in article.body_markdown.lower()
    assert article.sections[-1].anchor == "references"
    references = "\n".join(_section_lines(article, "references"))
    for source in article.sources:
        match = DOI.search(source + " ")
        assert match
        doi = match.group(1)
        assert f"https://doi.org/{doi}" in references, f"{article_id}: {doi} not in References"
    for doi in REQUIRED_DOIS.get(article_id, []):
        assert any(doi in source for source in article.sources), f"{article_id} must cite {doi}"


@pytest.mark.parametrize("article_id", sorted(REQUIRED_ANCHORS))
def test_headings_have_unique_explicit_anchors(
    library: dict[str, Article], article_id: str
) -> None:
    article = library[article_id]
    explicit = []
    for level, text in _headings(article):
        assert level >= 2, f"{article_id}: the title is shown by the app, no level-1 heading"
        match = EXPLICIT_ANCHOR.search(text)
        assert match, f"{article_id}: heading without an anchor: {text}"
        explicit.append(match.group(1))
    assert len(explicit) == len(set(explicit)), f"{article_id}: duplicate anchors"
    assert [s.anchor for s in article.sections] == explicit


@pytest.mark.parametrize("article_id", sorted(REQUIRED_ANCHORS))
def test_required_anchors_exist(library: dict[str, Article], article_id: str) -> None:
    assert REQUIRED_ANCHORS[article_id] <= library[article_id].anchors


def test_every_internal_link_resolves(library: dict[str, Article]) -> None:
    checked = 0
    for article in library.values():
        for target in MD_LINK.findall(article.body_markdown):
            if target.startswith(("https://", "http://")):
                assert target.startswith("https://doi.org/"), f"{article.id}: {target}"
                continue
            link = links.resolve(target, article.id)
            assert link is not None, f"{article.id}: unreadable link {target}"
            assert link.article_id in library, f"{article.id}: unknown article in {target}"
            assert link.anchor in library[link.article_id].anchors, f"{article.id}: {target}"
            checked += 1
        for target in AUTOLINK.findall(article.body_markdown):
            assert target.startswith("https://doi.org/"), f"{article.id}: {target}"
    assert checked >= 20


def test_well_known_links_resolve(library: dict[str, Article]) -> None:
    for link in links.WELL_KNOWN:
        assert link.article_id in library, link
        assert link.anchor in library[link.article_id].anchors, link


def test_signs_checklist_lists_the_six_signs_in_order(library: dict[str, Article]) -> None:
    checklist = "\n".join(_section_lines(library["signs"], "checklist"))
    order = re.findall(r"\]\(#([a-z-]+)\)", checklist)
    expected = [link.anchor for link in links.SCREENING_SIGNS]
    assert order[:6] == expected


def test_testing_decision_aid_has_four_and_four(library: dict[str, Article]) -> None:
    foundations = library["foundations"]
    for anchor in ("testing-worth-considering", "testing-not-needed"):
        items = [line for line in _section_lines(foundations, anchor) if line.startswith("- ")]
        assert len(items) == 4, anchor
    assert foundations.section("testing-worth-considering").level == 3  # type: ignore[union-attr]


def test_tiers_are_presented_strongest_first(library: dict[str, Article]) -> None:
    anchors = [section.anchor for section in library["evidence-tiers"].sections]
    assert anchors.index("tier-1") < anchors.index("tier-2") < anchors.index("tier-3")


def test_sleep_diary_explains_the_derived_numbers(library: dict[str, Article]) -> None:
    text = plain_text(library["using-gutsleep"])
    for term in ("TIB", "TST", "SE", "ABAB", "two weeks", "chance"):
        assert term in text


def test_rendered_articles_are_safe_and_anchored(library: dict[str, Article]) -> None:
    for article in library.values():
        rendered = article_html(article)
        for section in article.sections:
            assert f'<a name="{section.anchor}"></a>' in rendered
        assert "<img" not in rendered
        assert "javascript:" not in rendered.lower()
        assert "{#" not in rendered


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _source_text() -> str:
    if not SOURCE_ARTICLE.exists():
        pytest.skip("the source article is not available in this checkout")
    lines = SOURCE_ARTICLE.read_text(encoding="utf-8").splitlines()
    # Reference lines are citations, which the articles must carry over.
    return "\n".join(line for line in lines if not re.match(r"\s*\d+\.\s.*doi:", line))


def test_no_sentence_of_the_source_article_is_copied(library: dict[str, Article]) -> None:
    source = _source_text()
    sentences = {_normalise(s) for s in re.split(r"[.!?\n]+", source)}
    long_sentences = {s for s in sentences if len(s.split()) >= 8}
    assert len(long_sentences) > 40  # the split worked
    for article in library.values():
        ours = _normalise(article.title + "\n" + article.summary + "\n" + article.body_markdown)
        for sentence in long_sentences:
            assert sentence not in ours, f"{article.id} copies: {sentence}"


def test_no_run_of_eight_words_is_copied(library: dict[str, Article]) -> None:
    source_words = _normalise(_source_text()).split()
    runs = {" ".join(source_words[i : i + 8]) for i in range(len(source_words) - 7)}
    for article in library.values():
        words = _normalise(article.body_markdown).split()
        for i in range(len(words) - 7):
            run = " ".join(words[i : i + 8])
            assert run not in runs, f"{article.id} copies: {run}"
