#!/usr/bin/env bash
# Build gutsleep.app on macOS (not verified on a Mac by the project's CI; see packaging/README.md).
#
#   bash packaging/macos/build.sh
#
# Run from the repository root on a Mac, in an environment where gutsleep's dependencies
# are installed (`python3 -m pip install -e ".[packaging]"`). Leaves dist/gutsleep.app and
# dist/gutsleep-<version>-macos-<arch>.zip. The app is unsigned: sign and notarise it with
# your Developer ID (codesign / notarytool) before giving it to anyone else, or open it the
# first time with right-click > Open.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"

if [[ "$(uname -s)" != Darwin ]]; then
    echo "build.sh: gutsleep.app can only be built on macOS" >&2
    exit 2
fi
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install --quiet 'pyinstaller>=6'

# The .icns is committed (packaging/make_icons.py writes it with Pillow). To rebuild it
# with Apple's own tool instead, from the SVG:
#   python3 packaging/make_icons.py --iconset
#   iconutil -c icns packaging/macos/gutsleep.iconset -o packaging/macos/gutsleep.icns
if [[ "${GUTSLEEP_ICONUTIL:-0}" == 1 ]]; then
    "$PYTHON" packaging/make_icons.py --iconset
    iconutil -c icns packaging/macos/gutsleep.iconset -o packaging/macos/gutsleep.icns
    rm -rf packaging/macos/gutsleep.iconset
fi

VERSION="$("$PYTHON" packaging/project.py)"
ARCH="$(uname -m)"
rm -rf dist/gutsleep dist/gutsleep.app
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/gutsleep.spec

APP=dist/gutsleep.app
/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/gutsleep" --version
ditto -c -k --keepParent "$APP" "dist/gutsleep-${VERSION}-macos-${ARCH}.zip"
echo "built $APP and dist/gutsleep-${VERSION}-macos-${ARCH}.zip"
