"""Before Qt starts on X11: are the system libraries its xcb platform plugin needs there?

Without one of them Qt aborts at the first start with a message that may blame another
library (on Debian 12 it named ``xcb-cursor0`` while ``libxcb-icccm4`` and
``libxcb-keysyms1`` were missing). Loading the plugin itself first, with the loader's
own search rules (its RUNPATH, LD_LIBRARY_PATH, the system's cache), finds out cheaply:
the libraries are loaded once and Qt uses them right after. Only when that fails is each
library tried by name, to say which packages to install.

No Qt here: this runs before PySide6 is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The system libraries Qt's xcb plugin (libqxcb.so, libQt6XcbQpa) and QtGui link to
#: (``objdump -p``, PySide6 6.11), each with its package on Debian/Ubuntu, Fedora and
#: Arch. glibc, libstdc++ and the libraries every system has (zlib, ...) are left out.
XCB_LIBRARIES: dict[str, tuple[str, str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-render-util.so.0": (
        "libxcb-render-util0",
        "xcb-util-renderutil",
        "xcb-util-renderutil",
    ),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11", "libx11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "freetype2"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
}

#: Distribution families in the order of XCB_LIBRARIES' tuples, with their install command.
SYSTEMS = (
    ("Debian, Ubuntu", "sudo apt install"),
    ("Fedora", "sudo dnf install"),
    ("Arch", "sudo pacman -S --needed"),
)

#: Loads a shared library by path or soname; raises OSError when it can't.
Loader = Callable[[str], object]


@dataclass(frozen=True)
class Missing:
    """What stopped the plugin from loading: known sonames, or the loader's own words."""

    sonames: tuple[str, ...]
    loader_error: str


def will_use_xcb(environ: Mapping[str, str], argv: Sequence[str]) -> bool:
    """True when Qt will pick its X11 (xcb) plugin: Linux, a DISPLAY and no Wayland,
    unless ``-platform`` or QT_QPA_PLATFORM names another (or names xcb itself)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    for i, arg in enumerate(argv):
        if arg in ("-platform", "--platform") and i + 1 < len(argv):
            platform = argv[i + 1]
        elif arg.startswith(("-platform=", "--platform=")):
            platform = arg.split("=", 1)[1]
    if platform:
        return platform.split(":", 1)[0].strip() == "xcb"
    if not environ.get("DISPLAY"):
        return False
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin() -> Path | None:
    """PySide6's ``libqxcb.so``, found without importing PySide6 (None: not found)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def _dlopen(name: str) -> object:
    """dlopen(3) as the loader does it for Qt; raises OSError with the loader's message.

    ``_ctypes.dlopen`` alone costs about a millisecond at start-up, the ``ctypes``
    package with it several (measured); the package is the fallback.
    """
    try:
        from _ctypes import dlopen
    except ImportError:
        import ctypes

        return ctypes.CDLL(name)
    return dlopen(name, os.RTLD_LOCAL)


def find_missing(plugin: Path, load: Loader | None = None) -> Missing | None:
    """None when ``plugin`` loads; else which known libraries fail to load on their own."""
    load = _dlopen if load is None else load
    try:
        load(str(plugin))
    except OSError as exc:
        error = str(exc)
    else:
        return None
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    return Missing(tuple(missing), error)


def _unknown_soname(loader_error: str) -> str:
    """The library a loader message names ("libfoo.so.1: cannot open shared object...")."""
    for part in loader_error.split(":"):
        name = part.strip().rsplit("/", 1)[-1]
        if ".so" in name and name != "libqxcb.so":
            return name
    return loader_error.strip()


def message(missing: Missing) -> str:
    """One paragraph for the person at the terminal: what is missing, what to install."""
    if not missing.sonames:
        return (
            "gutsleep can't open its window: Qt's X11 platform plugin (xcb) can't be loaded "
            f"({missing.loader_error.strip()}). Install the package of your system that "
            f"provides {_unknown_soname(missing.loader_error)}, then start gutsleep again."
        )
    commands = []
    for column, (systems, install) in enumerate(SYSTEMS):
        packages = list(dict.fromkeys(XCB_LIBRARIES[soname][column] for soname in missing.sonames))
        commands.append(f"{systems}: {install} {' '.join(packages)}")
    return (
        "gutsleep can't open its window: Qt's X11 platform plugin (xcb) needs "
        f"{'this system library' if len(missing.sonames) == 1 else 'these system libraries'}, "
        f"not installed here: {', '.join(missing.sonames)}. Install "
        f"{'it' if len(missing.sonames) == 1 else 'them'} with your system's line "
        f"({'; '.join(commands)}), then start gutsleep again."
    )


def check(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str | None:
    """The paragraph to show instead of Qt's abort, or None when the window can start."""
    env = os.environ if environ is None else environ
    if not will_use_xcb(env, argv):
        return None
    plugin = xcb_plugin()
    if plugin is None:  # a layout this does not know: Qt's own message will have to do
        return None
    missing = find_missing(plugin)
    return None if missing is None else message(missing)
