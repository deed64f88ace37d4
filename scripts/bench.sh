#!/usr/bin/env bash
# Builds the benchmarks (Release), generates synthetic stores of 1,000,
# 10,000 and 100,000 parks (seed 1) and runs every benchmark against its
# baseline. The figures replace the measured part of docs/benchmarks.md.
#
#   scripts/bench.sh [--repetitions R] [--benchmark_filter=REGEX ...]
#
# Takes about twenty minutes and 5 GB of memory; run it on an otherwise idle
# machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="${PE_BUILD_DIR:-$PE_ROOT/build/bench}"
PE_DEPS_MODE=--test pe_setup "$BUILD_DIR" Release -DPARKEXPLORER_BUILD_BENCHMARKS=ON \
  -DPARKEXPLORER_REQUIRE_BENCHMARKS=ON

DATA="$BUILD_DIR/bench-data"
mkdir -p "$DATA"
stores=()
for n in 1000 10000 100000 1000000; do
  store="$DATA/store-$n.json"
  # Regenerated every time: the generator may have changed.
  "$BUILD_DIR/tests/benchmarks/parkgen" "$n" "$store" --seed 1
  rm -f "$store.bak"
  [[ $n == 1000000 ]] || stores+=(--store "$store")
done

figures="$DATA/figures.md"
# Repetitions in a random order, not each figure's in a row: the machine's
# speed drifts over a run, and a figure and its baseline then share it.
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/benchmarks/parkbench" "${stores[@]}" \
  --repetitions 5 --benchmark_enable_random_interleaving=true --report "$figures" "$@"

# The interactions as a user feels them, in the real window (offscreen).
gui="$DATA/gui-figures.md"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/benchmarks/parkguibench" \
  --store "$DATA/store-10000.json" --store "$DATA/store-100000.json" \
  --repetitions 3 --report "$gui"
# A million parks (1.2 GB), once: the bare baseline alone takes minutes.
gui_million="$DATA/gui-figures-1000000.md"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/benchmarks/parkguibench" \
  --store "$DATA/store-1000000.json" --repetitions 1 --report "$gui_million"
{
  echo
  cat "$gui_million"
} >>"$gui"

# Everything between each pair of markers is replaced; the text around them
# is kept.
doc="$PE_ROOT/docs/benchmarks.md"
replace_between() {
  local begin="$1" end="$2" figures="$3"
  if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
    echo "$doc: markers not found; figures left in $figures" >&2
    exit 1
  fi
  awk -v begin="$begin" -v end="$end" -v figures="$figures" '
    $0 == begin { print; while ((getline line < figures) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }
  ' "$doc" >"$doc.new"
  mv "$doc.new" "$doc"
}
replace_between '<!-- figures: written by scripts/bench.sh -->' '<!-- end of figures -->' "$figures"
replace_between '<!-- gui figures: written by scripts/bench.sh -->' '<!-- end of gui figures -->' "$gui"
echo "Wrote $doc"
