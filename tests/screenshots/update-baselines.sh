#!/usr/bin/env bash
# The one command that (re)generates the screenshot baselines:
#
#   tests/screenshots/update-baselines.sh [build-dir]      (default build dir: build)
#
# It builds the screenshot tests, runs every one of them in update mode (all behavioural assertions
# run; an image failing the sanity checks is refused; a baseline is rewritten only when its pixels
# changed; orphan baselines are removed; ENVIRONMENT.txt is written), then runs the whole suite
# again in check mode, refreshes the AppStream screenshots copied from them
# (packaging/update-screenshots.sh), and lists what changed. Refuses to run under CI: CI only checks.
# Afterwards LOOK at every changed PNG (git status tests/screenshots/baselines) before committing.
set -euo pipefail

ci=${CI:-}
if [ -n "$ci" ] && [ "$ci" != "false" ] && [ "$ci" != "0" ]; then
  echo "update-baselines: refusing to run under CI (CI=$ci): CI compares, it never rewrites baselines" >&2
  exit 2
fi

cd "$(dirname "$0")/../.."
build=${1:-build}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
else
  cmake "$build" >/dev/null
fi

# The screenshot executables are the tests labelled "screenshots" (a *_dpr2 test reuses its
# DPR 1 executable).
mapfile -t targets < <(ctest --test-dir "$build" -N -L screenshots \
  | sed -n 's/^ *Test *#[0-9]*: *\([A-Za-z0-9_]*\)$/\1/p' | sed 's/_dpr2$//' | sort -u)
if [ ${#targets[@]} -eq 0 ]; then
  echo "update-baselines: no screenshot tests found in $build" >&2
  exit 1
fi
cmake --build "$build" --target "${targets[@]}" -j "${WOD_JOBS:-2}"

echo "== update: captures (behaviour asserted, sanity enforced, only changed pixels written) =="
WOD_SCREENSHOT_MODE=update ctest --test-dir "$build" -L screenshots -E '^tst_screenshot_framework' \
  --output-on-failure -j1
echo "== update: remove case folders no capture makes =="
WOD_SCREENSHOT_MODE=update ctest --test-dir "$build" -R '^tst_screenshot_framework' --output-on-failure -j1
echo "== check: the whole suite against the new baselines =="
SCREENSHOT_STRICT=1 ctest --test-dir "$build" -L screenshots --output-on-failure -j1

echo "== packaging: the AppStream screenshots are copies of baselines =="
packaging/update-screenshots.sh

echo "== changed baselines (look at every one before committing) =="
git status --short -- tests/screenshots/baselines packaging/screenshots || true
