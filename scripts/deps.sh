#!/usr/bin/env bash
# Installs the Debian 12 packages Park Explorer needs to build, run and test,
# but only those that are missing, and says which ones it installs.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-positioning-dev
  qt6-svg-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev libicu-dev libpng-dev
  fonts-noto-cjk
)
# Only wanted for extra checks in the test suite.
if [[ "${1:-}" == "--package" ]]; then
  PACKAGES+=(dpkg-dev file)
fi
# The test suite also builds the benchmarks and runs them once at a tiny size.
if [[ "${1:-}" == "--test" ]]; then
  PACKAGES+=(desktop-file-utils appstream poppler-utils libbenchmark-dev)
fi
# Only for scripts/fuzz.sh: clang with its libFuzzer and sanitizer runtimes,
# and llvm-symbolizer for readable stack traces.
if [[ "${1:-}" == "--fuzz" ]]; then
  PACKAGES+=(clang-14 libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
