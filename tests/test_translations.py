"""The German catalogue is complete, well-formed, compiled, and actually used.

``packaging/translations.py`` keeps ``resources/translations/gutsleep_de.ts`` in
step with the ``tr()``/``N_()`` strings in the code; these tests fail as soon as
a new string has no German translation, a translation breaks a placeholder or
a mnemonic, or the committed ``.qm`` no longer matches the ``.ts``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "translations.py"
LANGUAGE = "de"
TS = ROOT / "resources" / "translations" / f"gutsleep_{LANGUAGE}.ts"
QM = TS.with_suffix(".qm")
HOW_TO_FIX = (
    "run `python packaging/translations.py` to update the catalogue, translate the "
    f"unfinished <message> entries in {TS.relative_to(ROOT)}, then run it again to "
    "compile the .qm"
)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gutsleep_packaging_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()


def _messages() -> list[tuple[str, str]]:
    """(source, translation) for every finished message in the catalogue."""
    return sorted(translations.read_catalogue(TS).items())


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{([^{}]*)\}", text))


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


# (a) complete ---------------------------------------------------------------


def test_the_german_catalogue_translates_every_string() -> None:
    gaps = translations.missing(LANGUAGE)
    assert gaps == [], (
        f"{len(gaps)} user-visible string(s) have no German translation, e.g. "
        f"{gaps[:5]}.\nTo fix: {HOW_TO_FIX}."
    )


def test_the_catalogue_has_no_unfinished_or_empty_entries() -> None:
    root = ET.parse(TS).getroot()
    bad = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or ""):
            bad.append(message.findtext("source"))
    assert bad == [], f"Unfinished entries in {TS.name}: {bad[:5]}. To fix: {HOW_TO_FIX}."


# (b) well-formed ------------------------------------------------------------


def test_translations_keep_every_placeholder() -> None:
    broken = [
        (source, text)
        for source, text in _messages()
        if _placeholders(source) != _placeholders(text)
    ]
    assert broken == [], (
        "These translations lose, add or rename a {placeholder} (the code fills them "
        "in after translating, so a change raises KeyError or drops a value):\n"
        + "\n".join(f"  {s!r}\n    -> {t!r}" for s, t in broken)
    )


def test_translations_keep_one_mnemonic_at_most() -> None:
    broken = [
        (source, text)
        for source, text in _messages()
        if _mnemonics(text) > 1 or (_mnemonics(source) > 0) != (_mnemonics(text) > 0)
    ]
    assert broken == [], (
        "A translation needs exactly one '&' where its source has a mnemonic, and none "
        "otherwise:\n" + "\n".join(f"  {s!r} -> {t!r}" for s, t in broken)
    )


def test_the_placeholder_check_itself() -> None:
    assert _placeholders("{a} of {b}") == ["a", "b"]
    assert _placeholders("{b} von {a}") == ["a", "b"]
    assert _placeholders("{a} {unit} to {b} {unit}") != _placeholders("{a} bis {b} {unit}")
    assert _mnemonics("Save &figure…") == 1 and _mnemonics("Fish && chips") == 0


# (c) compiled ---------------------------------------------------------------


def test_the_committed_qm_matches_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    translations.compile_catalogue(TS, fresh)
    assert QM.exists(), f"{QM.relative_to(ROOT)} is missing. To fix: {HOW_TO_FIX}."
    assert fresh.read_bytes() == QM.read_bytes(), (
        f"{QM.relative_to(ROOT)} is out of date with {TS.name}. To fix: {HOW_TO_FIX}."
    )


# (d) switching language -----------------------------------------------------


@pytest.fixture
def german(qapp) -> Iterator[QTranslator]:
    """Our German catalogue installed for one test, then removed again."""
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} can't be loaded"
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("gutsleep", "Journal") == "Journal"


def test_the_translator_turns_english_sources_into_german(german: QTranslator) -> None:
    assert QCoreApplication.translate("gutsleep", "Journal") == "Tagebuch"
    assert german.translate("gutsleep", "&File") == "&Datei"
    known = dict(_messages())
    sample = list(known)[:: max(1, len(known) // 40)]
    assert sample
    for source in sample:
        assert QCoreApplication.translate("gutsleep", source) == known[source]


def test_a_window_built_after_the_switch_is_german(qtbot, services, german) -> None:
    from gutsleep.ui.main_window import MainWindow
    from gutsleep.ui.pages import PAGES

    known = dict(_messages())
    window = MainWindow(services)
    qtbot.addWidget(window)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == [known[spec.title] for spec in PAGES]
    assert sidebar[0] == "Tagebuch" and "Einstellungen" in sidebar
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [known[s] for s in ("&File", "&Edit", "&Go", "&Help")]
    assert menus[0] == "&Datei"
    assert window.windowTitle() == known["Sleep, gut and food journal"]
    file_items = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert known["&Quit"] in file_items and "&Quit" not in file_items
    # German mnemonics must not collide where English ones did not.
    for texts in [menus] + [
        [a.text() for a in action.menu().actions() if not a.isSeparator() and "&" in a.text()]
        for action in window.menuBar().actions()
    ]:
        letters = [_mnemonic_letter(t) for t in texts]
        assert len(letters) == len(set(letters)), f"German entries share a mnemonic: {texts}"


def _mnemonic_letter(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].casefold() if index >= 0 else ""


# (e) a real start in German -------------------------------------------------

PROBE = """
import sys
from pathlib import Path
from gutsleep.app import make_application
from gutsleep.storage.settings import LANGUAGE, SettingsStore
from gutsleep.ui import i18n
from gutsleep.ui.tr import tr
app = make_application([sys.argv[0]])
print("language:", i18n.install(app, SettingsStore(Path(sys.argv[1])).get(LANGUAGE)))
print("journal:", tr("Journal"))
"""


def _german_data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"ui.language": LANGUAGE}), encoding="utf-8")
    return data


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.e2e
def test_the_language_setting_loads_the_german_catalogue(tmp_path: Path) -> None:
    data = _german_data_dir(tmp_path)
    result = _run("-c", PROBE, str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "language: de" in result.stdout
    assert "journal: Tagebuch" in result.stdout, result.stdout


@pytest.mark.e2e
def test_the_app_starts_in_german(tmp_path: Path) -> None:
    data = _german_data_dir(tmp_path)
    result = _run("-m", "gutsleep", "--data-dir", str(data), "--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
