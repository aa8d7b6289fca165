"""The Articles page in German: the translated library, its links and sections."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from gutsleep.services.context import open_services
from gutsleep.ui import i18n
from gutsleep.ui.articles.page import ArticlesPage
from gutsleep.ui.main_window import MainWindow

CATALOGUE = Path(__file__).resolve().parents[2] / "resources/translations/gutsleep_de.qm"


@pytest.fixture
def german(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app as i18n.install(app, "de") leaves it: German catalogue and language."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUE))
    QCoreApplication.installTranslator(translator)
    was = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    monkeypatch.setattr(i18n, "_in_use", "de")
    try:
        yield
    finally:
        QLocale.setDefault(was)
        QCoreApplication.removeTranslator(translator)


def click_text(qtbot, page: ArticlesPage, text: str) -> None:
    """Click in the middle of ``text`` in the reader, scrolling it into view first."""
    browser = page.reader.browser
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(middle).center()
    )


def test_the_reader_shows_the_german_article_and_its_links_open_the_right_section(
    qtbot, german: None, data_dir: Path
) -> None:
    services = open_services(data_dir, zone="Europe/London")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1150, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        page = window.show_page("articles")
        assert isinstance(page, ArticlesPage)
        qtbot.waitUntil(lambda: page.library.items.count() >= 8)
        titles = [page.library.items.item(row).text() for row in range(page.library.items.count())]
        assert "Die Darm-Hirn-Achse und der Schlaf" in titles
        assert services.articles.language == "de"

        # A deep link from elsewhere in the app, by id and anchor.
        assert window.open_article("signs", "antibiotics") is True
        assert page.reader.current is not None and page.reader.current.id == "signs"
        assert page.reader.current_anchor() == "antibiotics"
        text = page.reader.browser.toPlainText()
        assert "Anzeichen, dass Darmfaktoren für Ihren Schlaf eine Rolle spielen könnten" in text
        assert "Häufige oder lange Antibiotikaeinnahme in der Vergangenheit" in text
        assert "Keine medizinische Beratung" in text
        assert "https://doi.org/10.1038/npp.2016.148" in text  # references as in English
        first_line = page.reader.browser.cursorForPosition(QPoint(30, 20))
        first_line.select(QTextCursor.SelectionType.LineUnderCursor)
        assert "Antibiotika" in first_line.selectedText()
        toc = [page.reader.toc.item(row).text().strip() for row in range(page.reader.toc.count())]
        assert toc[0] == "Die Checkliste" and toc[-1] == "Literatur"

        # A link to another article's section, by mouse, then back with Alt+Left.
        page.reader.scroll_to_anchor("none-apply")
        click_text(qtbot, page, "Wo Darmgesundheit einzuordnen ist")
        assert page.reader.current.id == "evidence-tiers"
        assert page.reader.current_anchor() == "tier-1"
        assert "Stufe 1: die stärkste Evidenz" in page.reader.browser.toPlainText()
        qtbot.keyClick(page.reader.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert page.reader.current.id == "signs"

        # A link within the article.
        page.reader.scroll_to_anchor("checklist")
        click_text(qtbot, page, "Eine Autoimmunerkrankung")
        assert page.reader.current_anchor() == "autoimmune"
        assert services.articles.state("signs").read
    finally:
        window.close()
        services.close()


PROBE = """
import sys
from pathlib import Path
from gutsleep.app import make_application
from gutsleep.services.context import open_services
from gutsleep.storage.settings import LANGUAGE, SettingsStore
from gutsleep.ui import i18n
from gutsleep.ui.articles.page import ArticlesPage
app = make_application([sys.argv[0]])
data = Path(sys.argv[1])
i18n.install(app, SettingsStore(data).get(LANGUAGE))
services = open_services(data, zone="Europe/London")
page = ArticlesPage(services)
print("title:", services.articles.article("gut-brain-axis").title)
services.close()
"""


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("language", "title"),
    [("de", "Die Darm-Hirn-Achse und der Schlaf"), ("en", "The gut-brain axis and sleep")],
)
def test_the_language_setting_chooses_the_library(
    tmp_path: Path, language: str, title: str
) -> None:
    """The real path: the setting, i18n.install, the page, the loader."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"ui.language": language}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert f"title: {title}" in result.stdout, result.stdout
