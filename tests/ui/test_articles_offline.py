"""The reader never goes online: every article, bundled or imported, renders without a socket.

pytest-socket already refuses new internet sockets for the whole suite; here
we also record every attempt to connect or resolve a name, so a test fails
even if something swallowed pytest-socket's error. The reader's own guard
(ArticleBrowser.loadResource) is checked too, with HTML that did not go
through the sanitiser.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gutsleep.articles import load_bundled
from gutsleep.ui.articles.page import ArticlesPage
from gutsleep.ui.articles.reader import ArticleBrowser

HOSTILE_HTML = """<!doctype html><html><head>
<title>Hostile page</title>
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/style.css">
<link rel="preload" href="https://evil.example/font.woff2">
<style>@import url(https://evil.example/more.css);
p { background: url(https://evil.example/bg.png) }</style>
<script src="https://evil.example/app.js"></script>
<meta http-equiv="refresh" content="0; url=https://evil.example/">
</head>
<body onload="fetch('https://evil.example/beacon')" background="https://evil.example/bg.jpg">
<h1>Hostile page</h1>
<p style="background-image: url(https://evil.example/p.png)">Plain words survive.</p>
<img src="https://evil.example/pixel.gif"><img src="//evil.example/x.png">
<img srcset="https://evil.example/a.png 2x"><picture><source srcset="https://evil.example/b.webp"></picture>
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o"></object>
<embed src="https://evil.example/e"><video src="https://evil.example/v.mp4" poster="https://evil.example/p.jpg"></video>
<audio src="https://evil.example/a.mp3"></audio><svg><image href="https://evil.example/s.png"/></svg>
<table background="https://evil.example/t.png"><tr><td>cell</td></tr></table>
<form action="https://evil.example/post"><input type="image" src="https://evil.example/i.png"></form>
<a href="https://example.org/fine">a web link is only a link</a>
</body></html>
"""


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record (and refuse) every connection or name lookup made through Python's socket module."""
    attempts: list[str] = []

    def refuse(name: str):
        def guarded(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use in an offline test: {name}")

        return guarded

    for method in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, method, refuse(f"socket.{method}"))
    for function in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, function, refuse(function))
    return attempts


def render_everything(qtbot, page: ArticlesPage) -> None:
    """Open the article, visit each section and paint the reader."""
    page.reader.browser.grab()
    for row in range(page.reader.toc.count()):
        page.reader.toc.setCurrentRow(row)
        page.reader.browser.grab()
    QApplication.processEvents()


def test_every_article_renders_offline(
    qtbot, services, tmp_path: Path, network_attempts: list[str]
) -> None:
    source = tmp_path / "hostile.html"
    source.write_text(HOSTILE_HTML, encoding="utf-8")
    imported = services.articles.import_file(source)

    page = ArticlesPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    bundled = load_bundled()
    assert len(bundled) >= 7
    for article in bundled:
        assert page.open_article(article.id)
        render_everything(qtbot, page)
        assert page.reader.toc.count() == len(article.sections)
    assert page.open_article(imported.id)
    render_everything(qtbot, page)
    assert "Plain words survive." in page.reader.browser.toPlainText()
    shown = page.reader.browser.toHtml()
    assert "evil.example" not in shown
    assert "example.org/fine" in shown  # a link, which only a click (and a question) follows

    assert page.reader.browser.refused == []  # nothing even asked to be loaded
    assert network_attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert "PySide6.QtWebEngineWidgets" not in sys.modules


def test_the_reader_refuses_resources_even_from_unsanitised_html(
    qtbot, network_attempts: list[str], tmp_path: Path
) -> None:
    local = tmp_path / "local.png"
    local.write_bytes(b"\x89PNG\r\n\x1a\n")
    browser = ArticleBrowser()
    qtbot.addWidget(browser)
    browser.show()
    browser.setHtml(
        HOSTILE_HTML + f'<img src="{local.as_uri()}"><img src="{local}">'
        '<img src="data:image/png;base64,iVBORw0KGgo=">'
    )
    browser.grab()
    QApplication.processEvents()
    assert any("evil.example/pixel.gif" in url for url in browser.refused)
    assert any(url.endswith("local.png") for url in browser.refused)
    assert browser.isReadOnly() and not hasattr(browser, "setSource")  # it opens nothing itself
    assert network_attempts == []
