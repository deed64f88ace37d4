# Shared by run.sh and test.sh: install what is missing, configure, build.
# Usage: source scripts/common.sh; pe_setup BUILD_DIR BUILD_TYPE [cmake args...]
set -euo pipefail

PE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

pe_setup() {
  local build_dir="$1" build_type="$2"
  shift 2
  bash "$PE_ROOT/scripts/deps.sh" "${PE_DEPS_MODE:-}"
  if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S "$PE_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
  fi
  cmake --build "$build_dir"
}
