"""The article library: bundled Markdown articles and user imports, without Qt.

Loading (:mod:`.loader`), rendering to safe HTML (:mod:`.render`), sanitising
imported HTML (:mod:`.sanitize`), search (:mod:`.search`) and deep links
(:mod:`.links`) live here so the CLI, tests and the GUI share them.
"""

from gutsleep.articles.links import ArticleLink
from gutsleep.articles.loader import load_bundled, load_user_article, resources_dir
from gutsleep.articles.model import Article, ArticleError, Section
from gutsleep.articles.render import article_html, plain_text
from gutsleep.articles.search import Hit, SearchIndex, highlight

__all__ = [
    "Article",
    "ArticleError",
    "ArticleLink",
    "Hit",
    "SearchIndex",
    "Section",
    "article_html",
    "highlight",
    "load_bundled",
    "load_user_article",
    "plain_text",
    "resources_dir",
]
