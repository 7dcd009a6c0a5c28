#!/usr/bin/env bash
# Runs COMMAND... the way a Linux desktop with a screen reader runs it: a real X server (Xvfb) and
# a private D-Bus session bus that can start the AT-SPI bus (at-spi2-core) and nothing else
# (session-bus.conf.in); never the developer's desktop session. Shared by
# run-screen-reader-tour.sh and tests/auth/browser/run-browser-sign-in.sh.
# Usage: run-in-private-session.sh COMMAND [ARG...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
services=$(mktemp -d)
trap 'rm -rf "$services"' EXIT
ln -s /usr/share/dbus-1/services/org.a11y.Bus.service "$services/"
sed "s|@SERVICEDIR@|$services|" "$here/session-bus.conf.in" > "$services/session-bus.conf"
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session --config-file="$services/session-bus.conf" -- "$@"
