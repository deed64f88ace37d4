#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every
# test without a display. Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/test}"
PE_DEPS_MODE=--test pe_setup "$BUILD_DIR" Debug -DPARKEXPLORER_WERROR=ON
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" "$@"
