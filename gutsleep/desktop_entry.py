"""``gutsleep --install-desktop-entry``: a launcher and icons for pip and pipx installs.

The bundle has ``install.sh``; a pip or pipx install has only a ``gutsleep`` script on
the PATH, so the desktop's menu never shows it. This puts the same .desktop file,
AppStream metainfo and icons the bundle installs into the user's XDG data folder, with
``Exec=`` naming the script of the environment that runs this, and removes exactly
those files again. No Qt here: it runs from the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

APP_ID = "io.github.gutsleep.GutSleep"
#: Characters the desktop entry specification reserves in an Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Outcome:
    """What was done, line by line, for the terminal."""

    lines: list[str]


def data_home(environ: Mapping[str, str]) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the specification), else
    ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the desktop should start this installation of gutsleep.

    A bundle: its own executable. A pip or pipx environment: the ``gutsleep`` script
    beside its interpreter (pipx's ~/.local/bin link points there too), else the script
    that is running (``pip install --user``: ~/.local/bin/gutsleep beside /usr/bin's
    python). Otherwise (a checkout run with ``python -m gutsleep``): this interpreter
    with ``-m gutsleep``.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    for script in (Path(sys.executable).parent / "gutsleep", running):
        if (
            script is not None
            and script.name == "gutsleep"
            and script.is_file()
            and os.access(script, os.X_OK)
        ):
            return [str(script.absolute())]
    return [sys.executable, "-m", "gutsleep"]


def exec_value(command: list[str]) -> str:
    """``command`` as a desktop entry's Exec value (quoted and escaped as the spec says)."""
    args = []
    for arg in command:
        if any(ch in _RESERVED for ch in arg):
            escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            arg = f'"{escaped}"'
        args.append(arg.replace("%", "%%"))
    # The value is a desktop-file string too, in which a backslash is written twice.
    return " ".join(args).replace("\\", "\\\\")


def _sources(resources: Path) -> list[tuple[Path, str]]:
    """(file in gutsleep's resources, path under the XDG data folder) for every file."""
    desktop = resources / "desktop"
    icons = resources / "icons"
    pairs = [
        (desktop / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"),
        (desktop / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"),
        (icons / "gutsleep.svg", f"icons/hicolor/scalable/apps/{APP_ID}.svg"),
    ]
    for png in sorted(icons.glob("gutsleep-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        if size.isdigit():
            pairs.append((png, f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
    return pairs


def installed_paths(resources: Path) -> list[str]:
    """Every path (relative to the XDG data folder) install puts and uninstall removes."""
    return [target for _, target in _sources(resources)]


def _desktop_text(source: Path, command: list[str]) -> str:
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_value(command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write(target: Path, data: bytes) -> None:
    """Write ``target`` whole or not at all (a temporary file renamed over it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_bytes(data)
    temporary.chmod(0o644)
    os.replace(temporary, target)


#: Runs a cache tool: (argv) -> None; raises OSError or CalledProcessError on failure.
Runner = Callable[[list[str]], object]


def _run(argv: list[str]) -> object:
    return subprocess.run(argv, check=True, capture_output=True, timeout=60)


def refresh_caches(home: Path, run: Runner = _run) -> list[str]:
    """Tell the desktop about the change where its tools exist; a line for each."""
    lines = []
    applications = home / "applications"
    tool = shutil.which("update-desktop-database")
    if tool is None:
        lines.append(
            "update-desktop-database is not installed: the menu may show the change "
            "only after you log in again."
        )
    elif applications.is_dir():
        try:
            run([tool, "-q", str(applications)])
        except (OSError, subprocess.SubprocessError) as exc:
            lines.append(f"update-desktop-database failed ({exc}); the entry is in place.")
    hicolor = home / "icons" / "hicolor"
    tool = shutil.which("gtk-update-icon-cache")
    if tool is None:
        lines.append("gtk-update-icon-cache is not installed: no icon cache to refresh.")
    elif (hicolor / "index.theme").is_file() or (hicolor / "icon-theme.cache").is_file():
        # Without a cache there, desktops read the folder itself; none is created.
        try:
            run([tool, "-q", "-t", "-f", str(hicolor)])
        except (OSError, subprocess.SubprocessError) as exc:
            lines.append(f"gtk-update-icon-cache failed ({exc}); the icons are in place.")
    return lines


def install(
    resources: Path,
    environ: Mapping[str, str] | None = None,
    command: list[str] | None = None,
    run: Runner = _run,
) -> Outcome:
    """Install the launcher, metainfo and icons; raises OSError when a file can't be written."""
    home = data_home(os.environ if environ is None else environ)
    command = launch_command() if command is None else command
    lines = []
    for source, relative in _sources(resources):
        target = home / relative
        if source.suffix == ".desktop":
            _write(target, _desktop_text(source, command).encode("utf-8"))
        else:
            _write(target, source.read_bytes())
        lines.append(f"installed {target}")
    lines.append(f"The launcher starts: {' '.join(command)}")
    lines += refresh_caches(home, run)
    return Outcome(lines)


def uninstall(
    resources: Path, environ: Mapping[str, str] | None = None, run: Runner = _run
) -> Outcome:
    """Remove exactly the files :func:`install` puts, and the folders that leaves empty."""
    home = data_home(os.environ if environ is None else environ)
    lines = []
    targets = [home / relative for relative in installed_paths(resources)]
    for target in targets:
        if target.is_file() or target.is_symlink():
            target.unlink()
            lines.append(f"removed {target}")
    if not lines:
        lines.append(f"No gutsleep launcher was installed in {home}.")
    lines += refresh_caches(home, run)
    _drop_empty_index(home / "applications")
    for target in targets:
        folder = target.parent
        while folder != home and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return Outcome(lines)


def _drop_empty_index(applications: Path) -> None:
    """update-desktop-database leaves a mimeinfo.cache even in a folder with no entries;
    alone and listing nothing, it is removed with the folder it would keep."""
    index = applications / "mimeinfo.cache"
    try:
        if [p.name for p in applications.iterdir()] != [index.name]:
            return
        if index.read_text(encoding="utf-8").strip() in ("", "[MIME Cache]"):
            index.unlink()
    except OSError:
        return
