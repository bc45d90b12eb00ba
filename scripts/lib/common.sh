# Shared by scripts/run, scripts/test and scripts/bench: the packages Parallax needs on Debian 12,
# and one configure-and-build step. Sourced, not run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${PARALLAX_BUILD_DIR:-$ROOT/build}

# Every package the build, the tests and the app need, named explicitly so a minimal Debian
# (no recommends) works. docs/dependencies.md says why each library is here.
PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-qpa-plugins libgl-dev fonts-dejavu-core
  libicu-dev libgumbo-dev libxxhash-dev libboost-dev libstemmer-dev libdtl-dev
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils wordnet-base
  desktop-file-utils appstream
)
# What scripts/package needs besides: dpkg-shlibdeps (dpkg-dev) and file, which CPack uses to find
# the programs whose libraries become the package's Depends.
PACKAGE_TOOLS=(dpkg-dev file)

ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The sanitizer runtime options for scripts/test --sanitize (and the suppression file's reasons):
# stop at the first report with a non-zero exit so ctest sees it, and report leaks.
sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/scripts/lib/lsan.supp:print_suppressions=0}
}

build_parallax() {
  ensure_packages "${PACKAGES[@]}"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARALLAX_BUILD_GUI=ON -DPARALLAX_BUILD_TESTS=ON "$@" >/dev/null
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}
