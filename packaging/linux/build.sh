#!/usr/bin/env bash
# Build the Linux desktop bundle of gutsleep.
#
#   bash packaging/linux/build.sh
#
# Run from the repository root in an environment where gutsleep's dependencies are
# installed (e.g. `pip install -e ".[packaging]"`). Uses $PYTHON, else `python`, else the
# checkout's .venv. Offline, except that PyInstaller is pip-installed if it is missing
# (set GUTSLEEP_NO_PIP=1 to refuse that).
#
# Leaves:
#   dist/gutsleep/gutsleep                          the app (one-folder PyInstaller bundle)
#   dist/gutsleep/install.sh, dist/gutsleep/share/  desktop integration (see install.sh)
#   dist/gutsleep-<version>-linux-<arch>.tar.gz     the folder above, as one file
# DIST_DIR and WORK_DIR move dist/ and PyInstaller's build/pyinstaller/ elsewhere (the
# packaging test builds into a private temporary folder that way).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

say() { printf 'build.sh: %s\n' "$*" >&2; }

if [[ -z "${PYTHON:-}" ]]; then
    if command -v python >/dev/null 2>&1 && python -c 'import PySide6' >/dev/null 2>&1; then
        PYTHON=python
    elif [[ -x "$ROOT/.venv/bin/python" ]]; then
        PYTHON="$ROOT/.venv/bin/python"
    else
        PYTHON=python3
    fi
fi

missing=$("$PYTHON" - <<'PY'
import importlib.util
mods = ["PySide6", "sqlalchemy", "alembic", "matplotlib", "numpy", "platformdirs"]
print(" ".join(m for m in mods if importlib.util.find_spec(m) is None))
PY
)
if [[ -n "$missing" ]]; then
    say "$PYTHON lacks gutsleep's dependencies ($missing); run: $PYTHON -m pip install -e '.[packaging]'"
    exit 2
fi

if ! "$PYTHON" -c 'import PyInstaller' >/dev/null 2>&1; then
    if [[ "${GUTSLEEP_NO_PIP:-0}" == 1 ]]; then
        say "PyInstaller is not installed; run: $PYTHON -m pip install 'pyinstaller>=6'"
        exit 2
    fi
    say "installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6'
fi

DIST="${DIST_DIR:-dist}"
WORK="${WORK_DIR:-build/pyinstaller}"
VERSION="$("$PYTHON" packaging/project.py)"
ARCH="$(uname -m)"
TARBALL="$DIST/gutsleep-${VERSION}-linux-${ARCH}.tar.gz"
say "building gutsleep $VERSION for linux-$ARCH with $("$PYTHON" -m PyInstaller --version 2>/dev/null | tail -n1)"

rm -rf "$DIST/gutsleep" "$TARBALL"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/gutsleep.spec

BUNDLE="$DIST/gutsleep"
[[ -x "$BUNDLE/gutsleep" ]] || { say "PyInstaller left no $BUNDLE/gutsleep"; exit 1; }

# Desktop integration travels with the bundle, so the tarball installs on its own.
SHARE="$BUNDLE/share"
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
cp resources/desktop/io.github.gutsleep.GutSleep.desktop "$SHARE/applications/"
cp resources/desktop/io.github.gutsleep.GutSleep.metainfo.xml "$SHARE/metainfo/"
cp resources/icons/gutsleep.svg "$SHARE/icons/hicolor/scalable/apps/io.github.gutsleep.GutSleep.svg"
for png in resources/icons/gutsleep-*.png; do
    size="${png##*-}"; size="${size%.png}"
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/io.github.gutsleep.GutSleep.png"
done
cp packaging/linux/install.sh "$BUNDLE/install.sh"
chmod +x "$BUNDLE/install.sh"

tar -C "$DIST" -czf "$TARBALL" gutsleep

say "bundle:  $BUNDLE/gutsleep ($(du -sh "$BUNDLE" | cut -f1))"
say "tarball: $TARBALL ($(du -sh "$TARBALL" | cut -f1))"
say "install into ~/.local: bash $BUNDLE/install.sh   (remove: bash $BUNDLE/install.sh --uninstall)"
