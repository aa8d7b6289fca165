"""The shipped desktop integration files pass the freedesktop/AppStream validators."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "desktop"
APP_ID = "io.github.gutsleep.GutSleep"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return path


def test_desktop_file_validates() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_validates_offline() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # E: errors fail the validator; W: warnings we keep at zero too.
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_desktop_file_names_the_app_id_icon_and_launcher() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "gutsleep"
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    # Qt derives the X11 WM_CLASS from the application name set in gutsleep.app.
    assert section["StartupWMClass"] == "gutsleep"


def test_metainfo_matches_the_app_and_the_release() -> None:
    from gutsleep import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("developer").get("id")
    assert root.findtext("developer/name")
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases, f"add a <release> for {__version__} to {METAINFO.name}"
    assert root.find("screenshots/screenshot/image") is not None


def test_the_app_id_is_the_one_the_app_sets() -> None:
    source = (ROOT / "gutsleep" / "app.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in source


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_exist_at_every_hicolor_size(size: int) -> None:
    png = ROOT / "resources" / "icons" / f"gutsleep-{size}.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_desktop_file_speaks_german() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert section.get(f"{key}[de]"), f"{key}[de] is missing"
    assert section["Comment[de]"] != section["Comment"]
    assert "Wechseljahre" in section["Keywords[de]"].split(";")


def test_metainfo_says_everything_in_german_too() -> None:
    """Each summary, paragraph, list item and caption has a German sibling right after it."""
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    root = ET.parse(METAINFO).getroot()
    # Release notes stay English: software centres show them untranslated for most apps.
    release_notes = {id(e) for r in root.iter("releases") for e in r.iter()}
    for parent in root.iter():
        children = list(parent)
        for i, child in enumerate(children):
            if child.tag not in ("summary", "p", "li", "caption") or child.get(lang):
                continue
            if id(child) in release_notes:
                continue
            german = children[i + 1] if i + 1 < len(children) else None
            assert german is not None and german.tag == child.tag and german.get(lang) == "de", (
                f"no German <{child.tag}> after {(child.text or '').strip()[:40]!r}"
            )
    assert [k.text for k in root.iter("keyword") if k.get(lang) == "de"]
