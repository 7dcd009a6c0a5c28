#!/usr/bin/env bash
# Installs every Debian package the project needs to build, test and package.
# Idempotent: packages already present are skipped by apt-get; safe to run twice.
# Usage: packaging/install-deps.sh   (as root, or with sudo available)
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config git
  # Qt 6 from Debian (HttpServer's CMake config needs WebSockets present)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-networkauth-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libgl-dev libxkbcommon-dev
  # runtime plugins used headless and under X
  qt6-qpa-plugins libqt6svg6
  # tests: a headless X server; for the keychain tests a private session bus (dbus-run-session is
  # in dbus-daemon) and a secret service (gnome-keyring-daemon), see tests/auth/run-with-keyring.sh
  xvfb xauth dbus dbus-daemon dbus-x11 gnome-keyring
  # tests: the screen reader's view over AT-SPI (registry + Debian's python3 client), and sign-in
  # in a real browser opened through xdg-open (headless Chromium)
  at-spi2-core python3-pyatspi chromium xdg-utils
  # fonts: fontconfig for the hermetic screenshot configuration
  fontconfig
  # packaging validators
  desktop-file-utils appstream dpkg-dev file man-db groff-base binutils gzip
  # fuzzing and sanitizers
  clang libclang-rt-14-dev
)

# tests/auth/tst_oauthindependent runs an independent OAuth server (npm's oidc-provider, pinned in
# tests/auth/oidc/package-lock.json, installed by `npm ci` into the build tree) with node >= 18.
# A node already on PATH (e.g. NodeSource's, which bundles npm) is kept: Debian's npm would
# conflict with it.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} package(s): ${missing[*]}"
