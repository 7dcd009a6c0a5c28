#!/bin/sh
# Runs TEST [ARGS...] inside a private D-Bus session bus with a gnome-keyring secret service whose
# login keyring is unlocked with an empty password (piped into --unlock; `<<<` is bash-only and
# this is sh). The keyring lives under the test's own XDG_DATA_HOME, which ctest gives each test.
# Usage: run-with-keyring.sh TEST [ARGS...]
set -eu
[ $# -ge 1 ] || { echo "usage: $0 TEST [ARGS...]" >&2; exit 2; }
mkdir -p "${XDG_DATA_HOME:-$HOME/.local/share}" "${XDG_RUNTIME_DIR:-/tmp}"
chmod 700 "${XDG_RUNTIME_DIR:-/tmp}" 2>/dev/null || true
exec dbus-run-session -- sh -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
