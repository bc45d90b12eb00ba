#!/usr/bin/env bash
# Installs the build in BUILD_DIR into a temporary prefix and checks the result (see CMakeLists.txt).
# Usage: check_install.sh BUILD_DIR GUI(1|0)
set -euo pipefail
build=$1 gui=$2
id=org.parallax.Parallax
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (package $2; scripts/test installs it)"; }

cmake --install "$build" --prefix "$prefix" >/dev/null

expect=(bin/parallax-cli share/man/man1/parallax-cli.1)
if [ "$gui" = 1 ]; then
  expect+=(bin/parallax share/applications/$id.desktop share/icons/hicolor/scalable/apps/$id.svg
           share/metainfo/$id.metainfo.xml share/parallax/samples/velmouth-courier.txt
           share/doc/parallax/user-guide.md share/doc/parallax/images/window-sample.png)
fi
for f in "${expect[@]}"; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
echo "installed: ${expect[*]}"

# The installed command line runs, and reads the installed samples.
"$prefix/bin/parallax-cli" --version | grep -q "^parallax-cli " || fail "parallax-cli --version"
if [ "$gui" = 1 ]; then
  out=$("$prefix/bin/parallax-cli" analyze "$prefix/share/parallax/samples") || fail "parallax-cli analyze the installed samples"
  grep -q "^Read 5 articles" <<<"$out" || fail "unexpected summary: $(head -1 <<<"$out")"
  # The window program answers --version without a display.
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/parallax" --version | grep -q "^Parallax " \
    || fail "parallax --version without a display"

  need desktop-file-validate desktop-file-utils
  desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
  grep -q "^Exec=parallax " "$prefix/share/applications/$id.desktop" || fail "Exec is not the installed program"
  grep -q "^Icon=$id$" "$prefix/share/applications/$id.desktop" || fail "Icon is not the installed icon"
  need appstreamcli appstream
  appstreamcli validate --no-net --explain "$prefix/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo does not launch the desktop entry"
  echo "desktop entry and AppStream metadata validate"
fi

# The man page: groff's warnings (-ww) must be silent. groff is not in a minimal Debian; without it
# this part is skipped, said as such.
if command -v groff >/dev/null; then
  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$prefix/share/man/man1/parallax-cli.1" 2>&1)
  [ -z "$warnings" ] || fail "groff warnings in parallax-cli.1: $warnings"
  echo "man page renders without warnings"
else
  echo "groff not installed: man page not rendered (install groff-base to check it)"
fi
