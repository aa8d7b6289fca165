"""``gutsleep --install-desktop-entry``: the launcher, icons and metainfo of a pip or pipx
install land in the user's XDG folders, validate, and go again without a trace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gutsleep import desktop_entry
from gutsleep.desktop_entry import APP_ID, exec_value, install, installed_paths, uninstall
from gutsleep.locate import resources_dir

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = resources_dir()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir())


def _exec_line(home: Path) -> str:
    text = (home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    (line,) = [line for line in text.splitlines() if line.startswith("Exec=")]
    return line


def test_install_puts_the_launcher_metainfo_and_every_icon(tmp_path: Path) -> None:
    outcome = install(RESOURCES, {"XDG_DATA_HOME": str(tmp_path)}, ["/opt/venv/bin/gutsleep"])
    files = _files(tmp_path)
    for relative in installed_paths(RESOURCES):
        assert relative in files
    assert "icons/hicolor/48x48/apps/io.github.gutsleep.GutSleep.png" in files
    assert "icons/hicolor/scalable/apps/io.github.gutsleep.GutSleep.svg" in files
    assert f"metainfo/{APP_ID}.metainfo.xml" in files
    assert _exec_line(tmp_path) == "Exec=/opt/venv/bin/gutsleep"
    assert any("/opt/venv/bin/gutsleep" in line for line in outcome.lines)


def test_the_installed_files_validate(tmp_path: Path) -> None:
    validate = shutil.which("desktop-file-validate")
    appstreamcli = shutil.which("appstreamcli")
    if validate is None and appstreamcli is None:
        pytest.skip("desktop-file-validate and appstreamcli are not installed (.ci/run does)")
    odd = str(tmp_path / "my apps" / "50% $HOME" / "gutsleep")  # quoting and escaping
    install(RESOURCES, {"XDG_DATA_HOME": str(tmp_path / "share")}, [odd, "-m", "x"])
    if validate is not None:
        desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
        result = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    if appstreamcli is not None:
        metainfo = tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        result = subprocess.run(
            [appstreamcli, "validate", "--no-net", str(metainfo)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_exec_quotes_and_escapes_as_the_specification_says() -> None:
    assert exec_value(["/usr/bin/gutsleep"]) == "/usr/bin/gutsleep"
    # A space: quoted. Inside quotes $ is escaped with a backslash, and that backslash is
    # written twice in the file (a desktop-file string); % is doubled.
    assert exec_value(["/a b/50% $x/gutsleep"]) == '"/a b/50%% \\\\$x/gutsleep"'
    assert exec_value(["/py", "-m", "gutsleep"]) == "/py -m gutsleep"


def test_uninstall_leaves_nothing_it_installed_and_keeps_everything_else(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    other = tmp_path / "applications" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    install(RESOURCES, env, ["/usr/bin/gutsleep"])
    uninstall(RESOURCES, env)
    assert other.is_file()
    assert not [f for f in _files(tmp_path) if "gutsleep" in f.lower()]


def test_install_then_uninstall_into_an_empty_folder_leaves_it_empty(tmp_path: Path) -> None:
    """With the real cache tools where they are installed (update-desktop-database
    writes an index of its own)."""
    env = {"XDG_DATA_HOME": str(tmp_path)}
    install(RESOURCES, env, ["/usr/bin/gutsleep"])
    assert _files(tmp_path)
    lines = uninstall(RESOURCES, env).lines
    assert _files(tmp_path) == [] and list(tmp_path.iterdir()) == [], lines
    assert uninstall(RESOURCES, env).lines[0].startswith("No gutsleep launcher")


def test_missing_cache_tools_are_said_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda name: None)
    lines = install(RESOURCES, {"XDG_DATA_HOME": str(tmp_path)}, ["/usr/bin/gutsleep"]).lines
    assert any("update-desktop-database is not installed" in line for line in lines)
    assert any("gtk-update-icon-cache is not installed" in line for line in lines)


def test_the_launcher_starts_the_installation_that_installed_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    venv = tmp_path / "venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").touch()
    monkeypatch.setattr(sys, "executable", str(venv / "python"))
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "gutsleep" / "__main__.py")])
    assert desktop_entry.launch_command() == [str(venv / "python"), "-m", "gutsleep"]
    user_script = tmp_path / "home" / ".local" / "bin" / "gutsleep"  # pip install --user
    user_script.parent.mkdir(parents=True)
    user_script.touch(mode=0o755)
    monkeypatch.setattr(sys, "argv", [str(user_script)])
    assert desktop_entry.launch_command() == [str(user_script)]
    script = venv / "gutsleep"
    script.touch(mode=0o755)
    assert desktop_entry.launch_command() == [str(script)]  # pip's or pipx's script
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_entry.launch_command() == [str(venv / "python")]  # the bundle itself


def test_xdg_data_home_must_be_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative"}) == tmp_path / ".local/share"
    assert desktop_entry.data_home({}) == tmp_path / ".local/share"


def _gutsleep(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "gutsleep", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop desktops only")
def test_the_command_line_installs_and_uninstalls(tmp_path: Path) -> None:
    home = tmp_path / "share"
    result = _gutsleep("--install-desktop-entry", home=home)
    assert result.returncode == 0, result.stderr
    assert f"installed {home / 'applications' / (APP_ID + '.desktop')}" in result.stdout
    assert _exec_line(home) == "Exec=" + exec_value(desktop_entry.launch_command())
    result = _gutsleep("--uninstall-desktop-entry", home=home)
    assert result.returncode == 0, result.stderr
    assert not home.exists() or _files(home) == []


def test_help_names_both_options(tmp_path: Path) -> None:
    result = _gutsleep("--help", home=tmp_path)
    assert "--install-desktop-entry" in result.stdout
    assert "--uninstall-desktop-entry" in result.stdout


def test_a_folder_that_cannot_be_written_is_said_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = _gutsleep("--install-desktop-entry", home=blocker)
    assert result.returncode == 1
    assert result.stderr.startswith("gutsleep: the desktop entry can't be changed")
    assert "Traceback" not in result.stderr
