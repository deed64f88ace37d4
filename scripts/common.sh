# Shared by run.sh and test.sh: install what is missing, configure, build.
# Usage: source scripts/common.sh; pe_setup BUILD_DIR BUILD_TYPE [cmake args...]
# Extra cmake arguments can also come from PE_CMAKE_ARGS (split on spaces),
# e.g. PE_CMAKE_ARGS=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache.
set -euo pipefail

PE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

pe_setup() {
  local build_dir="$1" build_type="$2"
  shift 2
  bash "$PE_ROOT/scripts/deps.sh" "${PE_DEPS_MODE:-}"
  local extra=()
  read -r -a extra <<<"${PE_CMAKE_ARGS:-}"
  local args=(-S "$PE_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
              "$@" "${extra[@]}")
  # The arguments of the last configure are kept beside the build: if they
  # differ (a flag added, changed or dropped), the cache is thrown away and the
  # build configured afresh, so that no earlier setting silently survives.
  local stamp="$build_dir/parkexplorer-cmake-args.txt"
  local wanted
  wanted="$(printf '%s\n' "${args[@]}")"
  if [[ ! -f "$build_dir/build.ninja" || ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
    if [[ -f "$build_dir/CMakeCache.txt" ]]; then
      echo "Configuring $build_dir afresh: its cmake arguments changed"
      rm -f "$build_dir/CMakeCache.txt" "$stamp"
    fi
    cmake "${args[@]}"
    printf '%s\n' "$wanted" >"$stamp"
  fi
  cmake --build "$build_dir"
}
