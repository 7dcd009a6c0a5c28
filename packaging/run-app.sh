#!/usr/bin/env bash
# Sets up a fresh machine (Debian bookworm), builds the app and runs it on the built-in sandbox.
# The README's first command. Extra arguments go to the app, e.g.
#   packaging/run-app.sh --scenario resources/scenarios/blocker-linked-sites.json
# Without a display (no DISPLAY / WAYLAND_DISPLAY), the app runs under xvfb-run on a virtual
# display, and this script says so: use the app's headless modes (--check, --delete) there instead.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh
cmake --preset default
cmake --build --preset default

app=build/app/webex-org-delete
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
  exec "$app" "$@"
fi
echo "run-app: no display found; starting the app on a virtual display (xvfb-run)." >&2
echo "run-app: nothing will be visible; stop it with Ctrl+C. Headless: $app --check" >&2
exec xvfb-run -a "$app" "$@"
