#!/usr/bin/env bash
# Runs browser_sign_in.py: the app on a real X server (Xvfb) in a private D-Bus session (for the
# AT-SPI bus the script presses the sign-in button through), its browser headless Chromium through
# xdg-open and $BROWSER. Usage: run-browser-sign-in.sh APP
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for tool in xvfb-run dbus-run-session /usr/bin/python3 /usr/bin/chromium xdg-open; do
  command -v "$tool" >/dev/null || { echo "run-browser-sign-in: $tool is missing (packaging/install-deps.sh)" >&2; exit 1; }
done
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
# The private session bus can start the AT-SPI bus and nothing else (session-bus.conf.in).
services=$(mktemp -d)
trap 'rm -rf "$services"' EXIT
ln -s /usr/share/dbus-1/services/org.a11y.Bus.service "$services/"
sed "s|@SERVICEDIR@|$services|" "$here/../../a11y/atspi/session-bus.conf.in" > "$services/session-bus.conf"
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session --config-file="$services/session-bus.conf" -- /usr/bin/python3 "$here/browser_sign_in.py" --app "$1"
