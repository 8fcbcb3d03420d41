#!/bin/sh
# Install this OmniInbox bundle for the current user: the app in ~/.local/lib/omniinbox,
# `omniinbox` in ~/.local/bin, and its menu entry, icons and AppStream metainfo in ~/.local/share.
#   ./install.sh                     install (again: it replaces the previous copy)
#   ./install.sh --default-mail-app  also open mailto: links with OmniInbox
# PREFIX=/usr/local ./install.sh (as root) installs for everyone instead.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP="$PREFIX/lib/omniinbox"
SHARE="$PREFIX/share"

if [ "$HERE" != "$APP" ]; then
  rm -rf "$APP"
  mkdir -p "$PREFIX/lib"
  cp -R "$HERE" "$APP"
fi
mkdir -p "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$APP/omniinbox" "$PREFIX/bin/omniinbox"
# The menu may not have ~/.local/bin on its PATH: the entry runs the app by its full path.
sed "s|^Exec=omniinbox |Exec=\"$APP/omniinbox\" |" "$APP/share/applications/omniinbox.desktop" \
  >"$SHARE/applications/omniinbox.desktop"
cp "$APP"/share/metainfo/*.metainfo.xml "$SHARE/metainfo/"
cp -R "$APP/share/icons" "$SHARE/"

# Refresh the caches where the tools exist; desktops pick the files up regardless.
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$SHARE/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
fi

if [ "${1:-}" = "--default-mail-app" ]; then
  if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default omniinbox.desktop x-scheme-handler/mailto
  else
    echo "install.sh: xdg-mime is missing (apt-get install xdg-utils); mailto: links unchanged" >&2
  fi
fi
echo "OmniInbox is installed in $APP; run it from the menu or as $PREFIX/bin/omniinbox"
