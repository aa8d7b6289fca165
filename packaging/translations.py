"""Keep the translation catalogues in resources/translations/ in step with the code.

Every user-visible string is an English source passed to ``tr("...")`` (UI) or
marked with ``N_("...")`` (layers without Qt). This script collects them with
the ast module (so nothing is missed by a regex), updates each
``gutsleep_<lang>.ts`` catalogue (keeping existing translations, marking new
sources unfinished, dropping vanished ones) and compiles ``.qm`` files with
``pyside6-lrelease``.

    python packaging/translations.py            # update .ts and compile .qm
    python packaging/translations.py --check    # exit 1 if any catalogue is stale or unfinished
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gutsleep"
CATALOGUES = ROOT / "resources" / "translations"
CONTEXT = "gutsleep"
LANGUAGES = ("de",)
MARKERS = {"tr", "N_"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def extract(package: Path = PACKAGE) -> list[str]:
    """Every marked source string, in first-seen order, without duplicates."""
    seen: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _call_name(node) not in MARKERS:
                continue
            if not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                seen.setdefault(first.value, None)
    return list(seen)


def read_catalogue(path: Path) -> dict[str, str]:
    """source -> finished translation (unfinished ones are left out)."""
    if not path.exists():
        return {}
    translations: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        if translation.text:
            translations[source] = translation.text
    return translations


def write_catalogue(path: Path, language: str, sources: list[str], known: dict[str, str]) -> None:
    ts = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    return found


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing(language: str) -> list[str]:
    """Sources with no finished translation in that language's catalogue."""
    known = read_catalogue(CATALOGUES / f"gutsleep_{language}.ts")
    return [s for s in extract() if s not in known]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    sources = extract()
    status = 0
    for language in LANGUAGES:
        ts = CATALOGUES / f"gutsleep_{language}.ts"
        if args.check:
            gaps = missing(language)
            if gaps:
                print(f"{ts.name}: {len(gaps)} strings without a translation, e.g. {gaps[:3]}")
                status = 1
            continue
        CATALOGUES.mkdir(parents=True, exist_ok=True)
        write_catalogue(ts, language, sources, read_catalogue(ts))
        compile_catalogue(ts, ts.with_suffix(".qm"))
        print(f"{ts.name}: {len(sources)} strings, {len(missing(language))} to translate")
    return status


if __name__ == "__main__":
    sys.exit(main())
