#!/usr/bin/env bash
# Install a built Walkthrough bundle on Linux, with its menu entry, icons and AppStream data.
#
#   bash packaging/linux/install.sh                       # for this user, in ~/.local
#   sudo bash packaging/linux/install.sh --prefix /usr/local   # for everyone
#   bash packaging/linux/install.sh --uninstall [--prefix DIR]
#   options: --bundle DIR (default: dist/walkthrough of this checkout)
#
# The bundle goes to PREFIX/lib/walkthrough, the command to PREFIX/bin/walkthrough.
# Uninstalling removes exactly what installing wrote; the data folder
# (~/.local/share/Walkthrough, with every record) is never touched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID="org.walkthrough.Walkthrough"
PREFIX="${HOME}/.local"
BUNDLE="$ROOT/dist/walkthrough"
ACTION="install"

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="${2:?--prefix needs a folder}"; shift 2 ;;
    --bundle) BUNDLE="${2:?--bundle needs a folder}"; shift 2 ;;
    --uninstall) ACTION="uninstall"; shift ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

LIB="$PREFIX/lib/walkthrough"
BIN="$PREFIX/bin/walkthrough"
SHARE="$PREFIX/share"
SIZES="16 24 32 48 64 128 256 512"

# Refresh the desktop's caches where they exist (a new cache in a user's folder would go
# stale when other programs add icons there without refreshing it).
refresh_caches() {
  if [ -f "$SHARE/applications/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" || true
  fi
  if [ -f "$SHARE/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q "$SHARE/icons/hicolor" || true
  fi
}

if [ "$ACTION" = "uninstall" ]; then
  rm -rf "$LIB"
  rm -f "$BIN" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
  refresh_caches
  echo "Walkthrough removed from $PREFIX (the data folder and its records are kept)."
  exit 0
fi

if [ ! -x "$BUNDLE/walkthrough" ]; then
  echo "install.sh: no built bundle at $BUNDLE (build it first: .venv/bin/pyinstaller --noconfirm packaging/walkthrough.spec)" >&2
  exit 1
fi

ICONS="$BUNDLE/_internal/resources/icons"
[ -d "$ICONS" ] || ICONS="$ROOT/resources/icons"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
# Copy beside, then swap, so that a failed copy never leaves half an app.
rm -rf "$LIB.new"
cp -a "$BUNDLE" "$LIB.new"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sfn "$LIB/walkthrough" "$BIN"
sed "s|^Exec=walkthrough|Exec=$BIN|" "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$ICONS/walkthrough.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$ICONS/walkthrough-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "Walkthrough installed in $LIB; start it from the menu or with $BIN"
