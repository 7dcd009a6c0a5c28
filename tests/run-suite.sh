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
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs" --timeout 900
