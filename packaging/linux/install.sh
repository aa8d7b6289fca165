#!/usr/bin/env bash
# Install the gutsleep Linux bundle so it appears in the desktop's launcher.
#
#   bash install.sh [PREFIX]               # default PREFIX: ~/.local
#   bash install.sh --uninstall [PREFIX]
#
# Works from the repository (packaging/linux/install.sh, after packaging/linux/build.sh)
# and from an unpacked tarball (gutsleep/install.sh). It puts:
#   PREFIX/lib/gutsleep/                       the bundle, and this script as its uninstaller
#                                              (bash PREFIX/lib/gutsleep/install.sh --uninstall)
#   PREFIX/bin/gutsleep                        a symlink to the launcher
#   PREFIX/share/applications/io.github.gutsleep.GutSleep.desktop
#   PREFIX/share/metainfo/io.github.gutsleep.GutSleep.metainfo.xml
#   PREFIX/share/icons/hicolor/{16x16..512x512,scalable}/apps/io.github.gutsleep.GutSleep.*
# Your journal is not touched by either direction: it lives in your data folder.
set -euo pipefail

APP_ID=io.github.gutsleep.GutSleep
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

uninstall=0
if [[ "${1:-}" == "--uninstall" ]]; then uninstall=1; shift; fi
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0
fi
# The copy installed beside the bundle uninstalls the PREFIX it was installed into.
default_prefix="$HOME/.local"
if [[ "$HERE" == */lib/gutsleep && -f "$HERE/.installed-by-install.sh" ]]; then
    default_prefix="${HERE%/lib/gutsleep}"
fi
PREFIX="${1:-$default_prefix}"
PREFIX="${PREFIX%/}"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [[ -f "$PREFIX/share/icons/hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [[ $uninstall == 1 ]]; then
    if [[ -L "$PREFIX/bin/gutsleep" || -f "$PREFIX/lib/gutsleep/gutsleep" ]]; then
        rm -f "$PREFIX/bin/gutsleep"
    fi
    rm -rf "$PREFIX/lib/gutsleep"
    rm -f "$PREFIX/share/applications/$APP_ID.desktop" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
    rm -f "$PREFIX"/share/icons/hicolor/*/apps/"$APP_ID".png "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_caches
    echo "gutsleep removed from $PREFIX (your journal and its data folder are kept)"
    exit 0
fi

# Where is the bundle? Beside this script (unpacked tarball) or in the checkout's dist/.
if [[ -x "$HERE/gutsleep" && -d "$HERE/_internal" ]]; then
    BUNDLE="$HERE"
elif [[ -x "$HERE/../../dist/gutsleep/gutsleep" ]]; then
    BUNDLE="$(cd "$HERE/../../dist/gutsleep" && pwd)"
else
    echo "install.sh: no bundle found; build it first: bash packaging/linux/build.sh" >&2
    exit 1
fi
[[ -d "$BUNDLE/share/applications" ]] || {
    echo "install.sh: $BUNDLE has no share/ folder; rebuild with packaging/linux/build.sh" >&2
    exit 1
}

LIB="$PREFIX/lib/gutsleep"
mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$PREFIX/share"
if [[ "$(cd "$BUNDLE" && pwd -P)" != "$(mkdir -p "$LIB" && cd "$LIB" && pwd -P)" ]]; then
    rm -rf "$LIB"
    mkdir -p "$LIB"
    cp -a "$BUNDLE/gutsleep" "$BUNDLE/_internal" "$LIB/"
fi
ln -sfn "$LIB/gutsleep" "$PREFIX/bin/gutsleep"
# The uninstaller stays with the bundle: the tarball it came from may be long deleted.
install -m 0755 "${BASH_SOURCE[0]}" "$LIB/install.sh"
: > "$LIB/.installed-by-install.sh"

# Icons, AppStream metadata, and the .desktop file with Exec pointing at the launcher,
# so it starts even where PREFIX/bin is not on the desktop session's PATH.
(cd "$BUNDLE/share" && find icons metainfo -type f) | while read -r rel; do
    install -D -m 0644 "$BUNDLE/share/$rel" "$PREFIX/share/$rel"
done
install -d "$PREFIX/share/applications"
exec_path="$PREFIX/bin/gutsleep"
[[ "$exec_path" == *" "* ]] && exec_path="\"$exec_path\""
sed -e "s|^Exec=gutsleep|Exec=$exec_path|" -e "s|^TryExec=gutsleep|TryExec=$PREFIX/bin/gutsleep|" \
    "$BUNDLE/share/applications/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
chmod 0644 "$PREFIX/share/applications/$APP_ID.desktop"
refresh_caches

echo "gutsleep installed in $PREFIX: start it from the launcher or with $PREFIX/bin/gutsleep"
echo "(to remove it: bash $LIB/install.sh --uninstall)"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "(add $PREFIX/bin to PATH to start it as 'gutsleep')";; esac
