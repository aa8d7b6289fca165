"""The Info.plist keys of gutsleep.app, from gutsleep's single version source.

Used by packaging/gutsleep.spec on macOS (``BUNDLE(info_plist=...)``); PyInstaller
adds CFBundleExecutable, CFBundleName, CFBundleIconFile and CFBundleIdentifier
itself from the BUNDLE arguments.

    python packaging/macos/info_plist.py     # prints the keys as an XML plist
"""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from project import APP_ID, package_version

BUNDLE_ID = APP_ID


def info_plist(version: str | None = None) -> dict[str, object]:
    version = version or package_version()
    return {
        "CFBundleName": "gutsleep",
        "CFBundleDisplayName": "gutsleep",
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleInfoDictionaryVersion": "6.0",
        "LSApplicationCategoryType": "public.app-category.healthcare-fitness",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSHumanReadableCopyright": "gutsleep developers, GPL-3.0-or-later",
    }


if __name__ == "__main__":
    sys.stdout.write(plistlib.dumps(info_plist()).decode())
