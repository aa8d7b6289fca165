"""The wheel, installed (not editable) away from the checkout, finds all its resources and runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIP_ENV = {"PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from the checkout and install it into a bare --target folder."""
    try:
        import hatchling  # noqa: F401
    except ImportError:
        pytest.fail("hatchling (in the 'test' extra) is needed to build the wheel offline")
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    env = {**os.environ, **PIP_ENV}
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("gutsleep-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "gutsleep/resources/icons/gutsleep.svg" in names
    # What `gutsleep --install-desktop-entry` installs from a pip or pipx install.
    assert "gutsleep/resources/desktop/io.github.gutsleep.GutSleep.desktop" in names
    assert "gutsleep/resources/desktop/io.github.gutsleep.GutSleep.metainfo.xml" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith("tests/")]
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
    assert install.returncode == 0, install.stdout + install.stderr
    return target


def run_installed(target: Path, cwd: Path, *args: str, timeout: float = 180):
    """Run Python with only the installed copy of gutsleep importable (not the checkout)."""
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUTSLEEP_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env
    )


def test_installed_wheel_finds_its_resources_and_migrations(installed: Path, tmp_path: Path):
    probe = textwrap.dedent(
        """
        import json, gutsleep
        from gutsleep.locate import resources_dir
        from gutsleep.storage.file.schema import MIGRATIONS_DIR
        res = resources_dir()
        print(json.dumps({
            "package": gutsleep.__file__,
            "resources": str(res),
            "articles": sorted(p.name for p in (res / "articles").iterdir()),
            "icons": sorted(p.name for p in (res / "icons").iterdir()),
            "migrations": str(MIGRATIONS_DIR),
            "env": (MIGRATIONS_DIR / "env.py").is_file(),
            "mako": (MIGRATIONS_DIR / "script.py.mako").is_file(),
            "versions": sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py")),
        }))
        """
    )
    result = run_installed(installed, tmp_path, "-c", probe)
    assert result.returncode == 0, result.stderr
    import json

    found = json.loads(result.stdout)
    target = installed.resolve()
    assert Path(found["package"]).resolve().is_relative_to(target), found["package"]
    assert Path(found["resources"]).resolve().is_relative_to(target), found["resources"]
    assert [n for n in found["articles"] if n.endswith(".md")], found["articles"]
    assert "gutsleep.svg" in found["icons"] and "gutsleep-256.png" in found["icons"]
    assert Path(found["migrations"]).resolve().is_relative_to(target)
    assert found["env"] and found["mako"]
    shipped = sorted(p.name for p in (ROOT / "gutsleep/storage/migrations/versions").glob("*.py"))
    assert found["versions"] == shipped


def test_installed_wheel_reports_the_version(installed: Path, tmp_path: Path) -> None:
    from gutsleep import __version__

    result = run_installed(installed, tmp_path, "-m", "gutsleep", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"gutsleep {__version__}"


def test_installed_wheel_installs_its_desktop_entry(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The launcher and icons come from the wheel's own resources (what pipx users run)."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    result = run_installed(installed, tmp_path, "-m", "gutsleep", "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    desktop = home / "applications" / "io.github.gutsleep.GutSleep.desktop"
    assert "Comment[de]=" in desktop.read_text(encoding="utf-8")
    assert (home / "icons/hicolor/256x256/apps/io.github.gutsleep.GutSleep.png").is_file()
    result = run_installed(installed, tmp_path, "-m", "gutsleep", "--uninstall-desktop-entry")
    assert result.returncode == 0, result.stderr
    assert not desktop.exists()


@pytest.mark.e2e
def test_installed_wheel_self_test_creates_the_journal(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_installed(
        installed, tmp_path, "-m", "gutsleep", "--data-dir", str(data), "--self-test"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
    assert "Traceback" not in result.stderr
    con = sqlite3.connect(data / "journal.sqlite3")
    try:
        assert con.execute("select count(*) from alembic_version").fetchone() == (1,)
    finally:
        con.close()
