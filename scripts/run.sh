#!/usr/bin/env bash
# Installs what is missing, builds (Release) and starts Park Explorer on the
# embedded dataset. Arguments are passed to the app, e.g. scripts/run.sh FILE.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/release}"
pe_setup "$BUILD_DIR" Release -DPARKEXPLORER_BUILD_TESTS=OFF
exec "$BUILD_DIR/app/parkexplorer" "$@"
