#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a given time, in
# parallel (one per core). Findings land in build-fuzz/artifacts/TARGET/; the
# script exits non-zero if there are any. A finding, once fixed, goes into
# tests/fuzz/regressions/TARGET/, which CTest replays in every build.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 600 s; parkstore geojson stablecsv)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SECONDS_EACH="${1:-600}"
shift || true
TARGETS=("$@")
if ((${#TARGETS[@]} == 0)); then
  TARGETS=(parkstore geojson stablecsv)
fi
BUILD_DIR="${PE_FUZZ_BUILD_DIR:-$PE_ROOT/build-fuzz}"

bash "$PE_ROOT/scripts/deps.sh" --fuzz
if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$PE_ROOT" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARKEXPLORER_BUILD_FUZZERS=ON \
    -DPARKEXPLORER_BUILD_BENCHMARKS=OFF
fi
cmake --build "$BUILD_DIR" --target "${TARGETS[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
pids=()
for target in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$target"
  artifacts="$BUILD_DIR/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  # libFuzzer refuses to start on a corpus folder that does not exist: a
  # target with no regressions yet has none.
  seeds=("$corpus")
  for dir in "$PE_ROOT/tests/fuzz/corpus/$target" "$PE_ROOT/tests/fuzz/regressions/$target"; do
    if [[ -d "$dir" ]]; then
      seeds+=("$dir")
    fi
  done
  echo "fuzz_$target: ${SECONDS_EACH}s, log in $BUILD_DIR/fuzz_$target.log"
  "$BUILD_DIR/tests/fuzz/fuzz_$target" \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -dict="$PE_ROOT/tests/fuzz/$target.dict" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 "${seeds[@]}" \
    >"$BUILD_DIR/fuzz_$target.log" 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
for target in "${TARGETS[@]}"; do
  echo "== fuzz_$target"
  if ! grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^Done [0-9]+ runs" \
    "$BUILD_DIR/fuzz_$target.log"; then
    echo "did not run: see $BUILD_DIR/fuzz_$target.log"
    status=1
  fi
  found=$(find "$BUILD_DIR/artifacts/$target" -type f | wc -l)
  echo "findings: $found"
  if ((found > 0)); then
    status=1
    find "$BUILD_DIR/artifacts/$target" -type f
  fi
done
exit "$status"
