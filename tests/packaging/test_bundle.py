"""Build the Linux desktop bundle and run it as a user would, on a fresh data folder.

Slow (a PyInstaller build): skip it locally with ``-m "not packaging"``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.gutsleep.GutSleep"
BUILD_TIMEOUT = 15 * 60
RUN_TIMEOUT = 120

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

#: Nothing of these may be in the bundle, as a file or as a bundled Python module.
# QtNetwork stays in: its QLocalServer/QLocalSocket (a local UNIX socket, never the network) let a
# second start raise the first window; gutsleep/ui/single_instance.py explains it.
FORBIDDEN_FILES = ("QtWebEngine", "libQt6Qml", "libQt6Quick", "_tkinter", "libtk")
FORBIDDEN_MODULES = (
    "tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "PyQt5",
    "PyQt6",
    "PySide6.QtWebEngineCore",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "matplotlib.tests",
    "matplotlib.testing",
    "numpy.tests",
    "numpy.testing",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_cairo",
    "matplotlib.backends.backend_macosx",
)
REQUIRED_MODULES = (
    "gutsleep.app",
    "gutsleep.cli",
    "alembic.command",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "logging.config",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_svg",
)


def artifacts_dir() -> Path:
    out = ROOT / "test-artifacts"
    out.mkdir(exist_ok=True)
    return out


def du(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``bash packaging/linux/build.sh``, into a private dist/ so parallel runs and a
    developer's own dist/ never collide; returns the folder holding ``gutsleep``."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (pip install -e '.[packaging]')")
    out = tmp_path_factory.mktemp("bundle")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "GUTSLEEP_NO_PIP": "1",
        "DIST_DIR": str(out / "dist"),
        "WORK_DIR": str(out / "work"),
    }
    started = time.monotonic()
    result = subprocess.run(
        ["bash", "packaging/linux/build.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    build_seconds = time.monotonic() - started
    (artifacts_dir() / "bundle-build.log").write_text(result.stdout + result.stderr)
    assert result.returncode == 0, result.stderr[-4000:]
    exe = out / "dist" / "gutsleep" / "gutsleep"
    assert exe.is_file() and os.access(exe, os.X_OK)
    record("build_seconds", round(build_seconds, 1))
    return exe.parent


def record(key: str, value: object) -> None:
    path = artifacts_dir() / "packaging-bundle.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = value
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def run_bundle(bundle: Path, *args: str, cwd: Path, timeout: float = RUN_TIMEOUT):
    """Start the bundled executable the way a launcher would: no Python in the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("GUTSLEEP_DATA_DIR", None)
    return subprocess.run(
        [str(bundle / "gutsleep"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env,
    )


def test_bundle_self_test_creates_the_journal_and_visits_every_page(
    bundle: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    started = time.monotonic()
    result = run_bundle(bundle, "--data-dir", str(data), "--self-test", cwd=tmp_path)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test ok" in result.stdout
    assert "Traceback" not in result.stderr
    con = sqlite3.connect(data / "journal.sqlite3")
    try:
        assert con.execute("select count(*) from alembic_version").fetchone() == (1,)
    finally:
        con.close()
    record("self_test_seconds_fresh_data_folder", round(seconds, 2))
    record("bundle_bytes", du(bundle))
    record("bundle_mib", round(du(bundle) / 2**20, 1))
    tarballs = sorted(bundle.parent.glob("gutsleep-*-linux-*.tar.gz"))
    assert tarballs, "build.sh made no tarball"
    record("tarball_mib", round(tarballs[-1].stat().st_size / 2**20, 1))


def test_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    from gutsleep import __version__

    result = run_bundle(bundle, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"gutsleep {__version__}"
    tarball = bundle.parent / f"gutsleep-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert tarball.is_file()


def test_bundle_holds_resources_and_migrations_as_files(bundle: Path) -> None:
    internal = bundle / "_internal"
    resources = internal / "gutsleep" / "resources"
    assert list((resources / "articles").glob("*.md"))
    assert (resources / "icons" / "gutsleep.svg").is_file()
    migrations = internal / "gutsleep" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = sorted(p.name for p in (ROOT / "gutsleep/storage/migrations/versions").glob("*.py"))
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == shipped


def test_bundle_is_lean(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    offenders = [f for f in files if any(bad in f for bad in FORBIDDEN_FILES)]
    offenders += [f for f in files if "/tests/" in f or f.endswith("/tests")]
    offenders += [f for f in files if "mpl-data/sample_data" in f]
    assert not offenders, offenders
    dangling = [f for f in files if (bundle / f).is_symlink() and not (bundle / f).exists()]
    assert not dangling, dangling

    listing = subprocess.run(
        [sys.executable, "-c",
         "from PyInstaller.utils.cliutils.archive_viewer import run; run()",
         "--recursive", "--brief", str(bundle / "gutsleep")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert listing.returncode == 0, listing.stderr
    modules = {line.strip() for line in listing.stdout.splitlines() if line.strip()}
    bundled_bad = sorted(
        m for m in modules for bad in FORBIDDEN_MODULES if m == bad or m.startswith(bad + ".")
    )
    assert not bundled_bad, bundled_bad
    missing = [m for m in REQUIRED_MODULES if m not in modules]
    assert not missing, missing
    pages = sorted(m for m in modules if m.startswith("gutsleep.ui."))
    record("bundled_gutsleep_ui_modules", pages)


def test_install_script_puts_the_app_in_the_launcher_and_uninstalls(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "prefix with space"
    result = subprocess.run(
        ["bash", str(bundle / "install.sh"), str(prefix)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    launcher = prefix / "bin" / "gutsleep"
    assert launcher.is_symlink() and launcher.resolve() == (prefix / "lib/gutsleep/gutsleep")
    desktop = prefix / "share/applications" / f"{APP_ID}.desktop"
    assert f'Exec="{launcher}"' in desktop.read_text()
    assert (prefix / "share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=60
        )
        assert check.returncode == 0, check.stdout + check.stderr

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run(
        [str(launcher), "--version"], capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env
    )
    assert version.returncode == 0 and version.stdout.startswith("gutsleep ")

    removed = subprocess.run(
        ["bash", str(bundle / "install.sh"), "--uninstall", str(prefix)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert removed.returncode == 0, removed.stdout + removed.stderr
    caches = {"mimeinfo.cache", "icon-theme.cache"}  # shared, rebuilt by the desktop tools
    left = [
        p for p in prefix.rglob("*") if (p.is_file() or p.is_symlink()) and p.name not in caches
    ]
    assert not left, left
