#!/usr/bin/env bash
# Runs screen_reader_tour.py the way a Linux desktop with a screen reader runs: a real X server
# (Xvfb), a private D-Bus session bus on which the AT-SPI bus and registry (at-spi2-core) are
# activated, and Debian's python3 with pyatspi (python3-pyatspi) as the "screen reader".
# Usage: run-screen-reader-tour.sh APP [--scenario FILE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app=$1
shift
for tool in xvfb-run dbus-run-session /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "run-screen-reader-tour: $tool is missing (packaging/install-deps.sh)" >&2; exit 1; }
done
[ -x /usr/libexec/at-spi-bus-launcher ] || { echo "run-screen-reader-tour: at-spi2-core is missing (packaging/install-deps.sh)" >&2; exit 1; }
"$here/run-in-private-session.sh" /usr/bin/python3 "$here/screen_reader_tour.py" --app "$app" "$@"
