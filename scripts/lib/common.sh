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
  libgtest-dev libgmock-dev libbenchmark-dev poppler-utils
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

build_parallax() {
  ensure_packages "${PACKAGES[@]}"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARALLAX_BUILD_GUI=ON -DPARALLAX_BUILD_TESTS=ON "$@" >/dev/null
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}
