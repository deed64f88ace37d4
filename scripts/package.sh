#!/usr/bin/env bash
# Builds the Debian package (build/package/parkexplorer_VERSION_ARCH.deb).
# Install it with: sudo apt install ./build/package/parkexplorer_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/package}"
PE_DEPS_MODE=--package pe_setup "$BUILD_DIR" Release -DPARKEXPLORER_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr
cd "$BUILD_DIR"
cpack -G DEB
ls -1 "$BUILD_DIR"/*.deb
