#!/usr/bin/env bash
# Installs into a temporary prefix and checks what lands there: the binary,
# the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate, when available), the icons and the man page.
set -euo pipefail
build_dir="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" > /dev/null

expected=(
  bin/parkexplorer
  share/applications/parkexplorer.desktop
  share/metainfo/io.github.parkexplorer.ParkExplorer.metainfo.xml
  share/icons/hicolor/scalable/apps/parkexplorer.svg
  share/icons/hicolor/48x48/apps/parkexplorer.png
  share/icons/hicolor/256x256/apps/parkexplorer.png
  share/man/man1/parkexplorer.1
  share/doc/ParkExplorer/NOTICE
)
status=0
for f in "${expected[@]}"; do
  if [[ ! -e "$prefix/$f" ]]; then
    echo "missing after install: $f"
    status=1
  fi
done
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$prefix/share/applications/parkexplorer.desktop" || status=1
else
  echo "desktop-file-validate not installed: desktop entry not checked"
fi
if command -v appstreamcli > /dev/null; then
  appstreamcli validate --no-net --explain \
    "$prefix/share/metainfo/io.github.parkexplorer.ParkExplorer.metainfo.xml" || status=1
else
  echo "appstreamcli not installed: metainfo not checked"
fi
if command -v man > /dev/null; then
  MANWIDTH=80 man -l "$prefix/share/man/man1/parkexplorer.1" > /dev/null 2>&1 || {
    echo "man page does not render"
    status=1
  }
fi
"$prefix/bin/parkexplorer" --version | grep -q "parkexplorer" || status=1
# The package description is one paragraph: a ";" would be a stray line in
# dpkg -I.
if grep -E '^set\(CPACK_PACKAGE_DESCRIPTION "[^"]*;' "$build_dir/CPackConfig.cmake" > /dev/null; then
  echo "package description holds a stray \";\""
  status=1
fi
exit $status
