#!/usr/bin/env bash
# Sets up a fresh machine (Debian bookworm) and runs the whole test suite headless.
# The README's test command and CI (.ci/run) both call this script.
#   WOD_BUILD_DIR   build directory (default: build-ci)
#   WOD_JOBS        parallel build jobs (default: number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

build_dir=${WOD_BUILD_DIR:-build-ci}
jobs=${WOD_JOBS:-$(nproc)}

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWOD_WERROR=ON
cmake --build "$build_dir" -j "$jobs"

# Screenshot tests must not skip on this machine kind: a skip is a failure here.
export SCREENSHOT_STRICT=1
# Benchmarks run in their quick smoke form inside the suite; full figures: see README.
export WOD_BENCH_SMOKE=1
set +e
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs" --timeout 900 \
  | tee "$build_dir/ctest-output.log"
status=${PIPESTATUS[0]}
set -e
# A suite that skipped itself (it prints WOD_SUITE_SKIPPED) is a failure here, not a quiet pass.
if grep -q '\*\*\*Skipped' "$build_dir/ctest-output.log"; then
  echo "run-suite: a suite skipped on this machine kind; that counts as a failure" >&2
  exit 1
fi
exit "$status"
