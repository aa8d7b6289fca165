"""A missing system library of Qt's X11 plugin is named, with its package, before Qt aborts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gutsleep import qt_libraries
from gutsleep.qt_libraries import XCB_LIBRARIES, Missing, find_missing, message, will_use_xcb

ROOT = Path(__file__).resolve().parents[1]
X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize(
    ("environ", "argv", "expected"),
    [
        (X11, [], True),
        ({**X11, "QT_QPA_PLATFORM": "xcb"}, [], True),
        ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, [], True),
        ({**X11, "QT_QPA_PLATFORM": "offscreen"}, [], False),
        ({**X11, "QT_QPA_PLATFORM": "wayland"}, [], False),
        ({**X11, "WAYLAND_DISPLAY": "wayland-0"}, [], False),
        ({**X11, "XDG_SESSION_TYPE": "wayland"}, [], False),
        ({}, [], False),  # no display at all: Qt says so itself
        (X11, ["gutsleep", "-platform", "offscreen"], False),
        ({"QT_QPA_PLATFORM": "offscreen"}, ["gutsleep", "-platform", "xcb"], True),
    ],
)
def test_the_check_runs_only_where_qt_will_pick_xcb(
    environ: dict[str, str], argv: list[str], expected: bool
) -> None:
    assert will_use_xcb(environ, argv) is expected


def test_no_check_on_other_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert will_use_xcb(X11, []) is False


def _loader(missing: set[str], calls: list[str]):  # type: ignore[no-untyped-def]
    def load(name: str) -> object:
        calls.append(name)
        if name in missing or (name.endswith("libqxcb.so") and missing):
            raise OSError(f"{sorted(missing)[0]}: cannot open shared object file")
        return object()

    return load


def test_a_plugin_that_loads_costs_one_load() -> None:
    calls: list[str] = []
    assert find_missing(Path("/qt/libqxcb.so"), _loader(set(), calls)) is None
    assert calls == ["/qt/libqxcb.so"]


def test_each_missing_library_is_named_with_its_package_on_each_system() -> None:
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    missing = find_missing(Path("/qt/libqxcb.so"), _loader(gone, []))
    assert missing is not None
    assert set(missing.sonames) == gone
    text = message(missing)
    assert "\n" not in text  # one paragraph
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in text
    assert "sudo pacman -S --needed xcb-util-wm xcb-util-keysyms" in text
    assert "xcb-cursor" not in text  # what Qt's own message blamed on Debian 12


def test_a_package_holding_several_missing_libraries_is_named_once() -> None:
    text = message(Missing(("libxcb-randr.so.0", "libxcb-shm.so.0"), ""))
    assert "sudo dnf install libxcb," not in text
    assert "sudo dnf install libxcb)" not in text
    assert re.search(r"sudo dnf install libxcb;", text), text


def test_a_library_the_table_does_not_know_is_named_from_the_loaders_words() -> None:
    error = "libfancy.so.2: cannot open shared object file: No such file or directory"
    text = message(Missing((), error))
    assert "libfancy.so.2" in text and "\n" not in text


def test_check_says_nothing_when_the_plugin_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qt_libraries, "xcb_plugin", lambda: Path("/qt/libqxcb.so"))
    monkeypatch.setattr(qt_libraries, "_dlopen", lambda name: object())
    assert qt_libraries.check([], X11) is None


def test_the_table_covers_what_the_installed_plugin_links_to() -> None:
    """Every system library libqxcb.so and libQt6XcbQpa name (DT_NEEDED) is in the table."""
    objdump = shutil.which("objdump")
    plugin = qt_libraries.xcb_plugin()
    if objdump is None or plugin is None:
        pytest.skip("needs objdump (binutils) and PySide6's libqxcb.so")
    base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
    qpa = plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6"
    needed: set[str] = set()
    for library in (plugin, qpa):
        out = subprocess.run([objdump, "-p", str(library)], capture_output=True, text=True)
        needed |= {
            line.split()[1] for line in out.stdout.splitlines() if line.strip().startswith("NEEDED")
        }
    system = {name for name in needed if not name.startswith("libQt6") and name not in base}
    assert system, "objdump found no libraries"
    assert system <= set(XCB_LIBRARIES), sorted(system - set(XCB_LIBRARIES))


def test_readme_names_every_package_in_one_line_per_system() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column, (systems, install) in enumerate(qt_libraries.SYSTEMS):
        lines = [line for line in readme.splitlines() if line.startswith(install + " ")]
        assert len(lines) == 1, f"README needs one '{install}' line for {systems}"
        words = set(lines[0].split("#")[0].split())
        wanted = {packages[column] for packages in XCB_LIBRARIES.values()}
        assert wanted <= words, f"{systems}: {sorted(wanted - words)}"


def test_a_real_start_with_a_broken_library_says_what_to_install(tmp_path: Path) -> None:
    """The loader finds an unusable libxcb-icccm.so.4 first (LD_LIBRARY_PATH): the start
    prints the packages and exits 1 instead of Qt's abort (SIGABRT, status -6)."""
    if not sys.platform.startswith("linux") or qt_libraries.xcb_plugin() is None:
        pytest.skip("Linux with PySide6's xcb plugin only")
    broken = tmp_path / "lib"
    broken.mkdir()
    for soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (broken / soname).write_bytes(b"not a library")
    data = tmp_path / "data"
    data.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    }
    env.update(
        DISPLAY=":9731",  # no X server: the start must end before Qt connects
        LD_LIBRARY_PATH=str(broken),
        PATH=str(Path(sys.executable).parent),  # no message box tool in a test
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-m", "gutsleep", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "Aborted" not in result.stderr and "could not" not in result.stderr.lower()
    assert "libxcb-icccm.so.4" in (data / "gutsleep.log").read_text(encoding="utf-8")


def test_started_from_the_menu_the_message_is_shown_in_a_message_box(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No terminal to read stderr: the first message box tool the system has shows it."""
    import io

    from gutsleep import cli

    shown: list[list[str]] = []
    monkeypatch.setattr(
        shutil, "which", lambda name: f"/usr/bin/{name}" if name == "xmessage" else None
    )
    monkeypatch.setattr(subprocess, "run", lambda argv, **kwargs: shown.append(argv))
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal
    cli._show_on_desktop("Install libxcb-icccm4. " * 10)
    (argv,) = shown
    assert argv[:6] == ["/usr/bin/xmessage", "-center", "-default", "OK", "-buttons", "OK:0"]
    # xmessage never wraps: the paragraph is cut into lines a screen can hold.
    lines = argv[6].splitlines()
    assert len(lines) > 1 and max(map(len, lines)) <= 72
    assert " ".join(lines) == ("Install libxcb-icccm4. " * 10).strip()


def test_at_a_terminal_no_message_box_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    from gutsleep import cli

    class Terminal:
        def isatty(self) -> bool:
            return True

    shown: list[object] = []
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(subprocess, "run", lambda argv, **kwargs: shown.append(argv))
    monkeypatch.setattr(sys, "stderr", Terminal())
    cli._show_on_desktop("Install libxcb-icccm4.")
    assert shown == []
