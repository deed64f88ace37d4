#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every
# test without a display. Exits non-zero on any failure.
#
#   scripts/test.sh [CTEST ARGS]             build/test: the suite, with the
#                                            benchmarks run once at a tiny size
#   scripts/test.sh --sanitize [CTEST ARGS]  build/asan: the same suite built with
#                                            AddressSanitizer and UBSan
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
if [[ "${1:-}" == "--sanitize" ]]; then
  shift
  BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/asan}"
  PE_DEPS_MODE=--test pe_setup "$BUILD_DIR" Debug -DPARKEXPLORER_WERROR=ON \
    -DPARKEXPLORER_REQUIRE_BENCHMARKS=ON -DPARKEXPLORER_SANITIZE=ON
  # Leaks are findings too, except those listed (and explained) in
  # tests/lsan.supp: Qt's and the system libraries' own, at exit.
  export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
  export LSAN_OPTIONS="suppressions=$PE_ROOT/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
else
  BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/test}"
  PE_DEPS_MODE=--test pe_setup "$BUILD_DIR" Debug -DPARKEXPLORER_WERROR=ON \
    -DPARKEXPLORER_REQUIRE_BENCHMARKS=ON
fi
cd "$BUILD_DIR"
# No tests found (a filter matching nothing, a build without them) is a failure.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --no-tests=error -j"$(nproc)" "$@"
