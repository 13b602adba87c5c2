#!/usr/bin/env bash
# Install (or remove) the built bundle for the current user, freedesktop style:
#   ~/.local/opt/reviewer/                 the one-folder bundle (dist/reviewer)
#   ~/.local/bin/reviewer                  a symlink to its executable
#   ~/.local/share/applications/           the .desktop entry
#   ~/.local/share/metainfo/               the AppStream metainfo
#   ~/.local/share/icons/hicolor/          the app icon in every size
# Usage: packaging/linux/install_user.sh [--uninstall] [BUNDLE_DIR]
# Env:   PREFIX (default ~/.local)
set -euo pipefail
cd "$(dirname "$0")/../.."
APP_ID=org.boardchange.Reviewer
PREFIX="${PREFIX:-$HOME/.local}"
DATA="$PREFIX/share"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX/opt/reviewer"
    rm -f "$PREFIX/bin/reviewer" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "install_user: removed from $PREFIX" >&2
    exit 0
fi

BUNDLE="${1:-dist/reviewer}"
[ -x "$BUNDLE/reviewer" ] || { echo "install_user: no bundle at $BUNDLE (run packaging/build_bundle.sh)" >&2; exit 1; }

rm -rf "$PREFIX/opt/reviewer"
mkdir -p "$PREFIX/opt" "$PREFIX/bin"
cp -a "$BUNDLE" "$PREFIX/opt/reviewer"
ln -sf "$PREFIX/opt/reviewer/reviewer" "$PREFIX/bin/reviewer"
install -Dm644 "packaging/linux/$APP_ID.desktop" "$DATA/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
for dir in resources/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    for icon in "$dir"/"$APP_ID".*; do
        install -Dm644 "$icon" "$DATA/icons/hicolor/$size/apps/$(basename "$icon")"
    done
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "install_user: installed into $PREFIX (make sure $PREFIX/bin is on PATH)" >&2
