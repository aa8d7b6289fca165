"""packaging/linux/install.sh on a stand-in bundle (no PyInstaller build): the installed
bundle carries its own uninstaller, which removes everything it installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.gutsleep.GutSleep"


def _bundle(folder: Path) -> Path:
    """What build.sh leaves in dist/gutsleep, with a shell script for the app."""
    folder.mkdir()
    app = folder / "gutsleep"
    app.write_text("#!/bin/sh\necho gutsleep\n", encoding="utf-8")
    app.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "libstandin.so").write_bytes(b"")
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "desktop" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons = share / "icons" / "hicolor" / "48x48" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "gutsleep-48.png", icons / f"{APP_ID}.png")
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", folder / "install.sh")
    return folder


def _bash(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    return subprocess.run(
        ["bash", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(home)},
    )


def test_the_installed_bundle_uninstalls_itself_without_the_tarball(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "unpacked")
    prefix = tmp_path / "prefix"
    result = _bash(str(bundle / "install.sh"), str(prefix), home=tmp_path)
    assert result.returncode == 0, result.stderr
    uninstaller = prefix / "lib" / "gutsleep" / "install.sh"
    assert uninstaller.is_file()
    assert f"bash {uninstaller} --uninstall" in result.stdout
    assert (prefix / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    shutil.rmtree(bundle)  # the unpacked tarball is gone
    # No PREFIX given: the installed copy removes the one it lives in, not ~/.local.
    result = _bash(str(uninstaller), "--uninstall", home=tmp_path)
    assert result.returncode == 0, result.stderr
    left = [p for p in prefix.rglob("*") if not p.is_dir()]
    assert not [p for p in left if "gutsleep" in str(p).lower()], left
    assert not (tmp_path / ".local").exists()
