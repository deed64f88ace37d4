#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots) from the offscreen
# platform: the main window at 1280×800 and 1600×1000 in English and
# Chinese, and each dialog. Same set-up as scripts/test.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/test}"
PE_DEPS_MODE=--test pe_setup "$BUILD_DIR" Debug -DPARKEXPLORER_WERROR=ON \
  -DPARKEXPLORER_REQUIRE_BENCHMARKS=ON
OUT="$PE_ROOT/docs/screenshots"
rm -f "$OUT"/*.png
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/parkexplorer-screenshots" "$OUT"
