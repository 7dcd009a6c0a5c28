#!/usr/bin/env bash
# Runs browser_sign_in.py: the app on a real X server (Xvfb) in a private D-Bus session (for the
# AT-SPI bus the script presses the sign-in button through), its browser headless Chromium through
# xdg-open and $BROWSER. Usage: run-browser-sign-in.sh APP
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for tool in xvfb-run dbus-run-session /usr/bin/python3 /usr/bin/chromium xdg-open; do
  command -v "$tool" >/dev/null || { echo "run-browser-sign-in: $tool is missing (packaging/install-deps.sh)" >&2; exit 1; }
done
"$here/../../a11y/atspi/run-in-private-session.sh" /usr/bin/python3 "$here/browser_sign_in.py" --app "$1"
