"""Windows and macOS recipes can't be built here; check what can be checked on Linux."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import struct
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_pkg_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_one_version_source() -> None:
    from gutsleep import __version__

    assert load(PACKAGING / "project.py").package_version() == __version__


def test_windows_version_resource_parses_and_carries_the_version(tmp_path: Path) -> None:
    from gutsleep import __version__

    version_info = load(PACKAGING / "windows" / "version_info.py")
    out = version_info.write(tmp_path / "v.txt")
    text = out.read_text(encoding="utf-8")

    # PyInstaller eval()s this text with its versioninfo classes in scope; do the same
    # with recording stand-ins (the real module needs pefile, a Windows-only dependency).
    def record(kind: str):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    tree = eval(text, {name: record(name) for name in names})
    assert tree[0] == "VSVersionInfo"
    ffi = tree[2]["ffi"]
    numbers = version_info.numeric(__version__)
    assert ffi[2]["filevers"] == numbers and ffi[2]["prodvers"] == numbers
    strings = {
        s[1][0]: s[1][1]
        for s in tree[2]["kids"][0][1][0][0][1][1]  # StringTable's structs
    }
    assert strings["ProductVersion"] == __version__
    assert strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "gutsleep.exe"
    assert version_info.numeric("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.numeric("2.0") == (2, 0, 0, 0)


def test_macos_info_plist() -> None:
    from gutsleep import __version__

    keys = load(PACKAGING / "macos" / "info_plist.py").info_plist()
    assert keys["CFBundleIdentifier"] == "io.github.gutsleep.GutSleep"
    assert keys["CFBundleShortVersionString"] == __version__
    assert keys["NSHighResolutionCapable"] is True
    assert plistlib.loads(plistlib.dumps(keys)) == keys


def test_windows_icon_holds_every_size() -> None:
    data = (PACKAGING / "windows" / "gutsleep.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_is_an_icns() -> None:
    data = (PACKAGING / "macos" / "gutsleep.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_the_spec_is_python_and_uses_the_shared_pieces() -> None:
    source = (PACKAGING / "gutsleep.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for needle in (
        'collect_submodules("gutsleep")',
        '"gutsleep/resources"',
        '"gutsleep/storage/migrations"',
        "bundle_identifier=APP_ID",
        "console=False",
        "version=version_file",
        '"backends": ["QtAgg", "Agg", "PDF", "SVG"]',
    ):
        assert needle in source, needle


def test_build_scripts_parse() -> None:
    import shutil
    import subprocess

    bash = shutil.which("bash")
    assert bash
    for script in ("linux/build.sh", "linux/install.sh", "macos/build.sh"):
        subprocess.run([bash, "-n", str(PACKAGING / script)], check=True, timeout=30)
    assert (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8").strip()
    assert sys.version_info >= (3, 11)
