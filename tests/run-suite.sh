#!/usr/bin/env bash
# Sets up a fresh machine (Debian bookworm) and runs the whole test suite headless.
# The README's test command and CI (.ci/run) both call this script.
#   WOD_SANITIZE    1 (default): the build CI runs: warnings as errors, AddressSanitizer +
#                   UndefinedBehaviorSanitizer at -O0 -g1 with assertions on (WOD_SANITIZE in
#                   CMakeLists.txt); the whole suite runs sanitized, GUI, screenshots and
#                   benchmark smoke runs included (pixels do not depend on sanitizers); LeakSanitizer
#                   reports leaks at exit (tests/lsan-suppressions.txt lists third-party ones).
#                   0: a plain optimized build (faster to build and run; figures of benchmarks).
#   WOD_BUILD_DIR   build directory (default: build-ci, or build-ci-plain with WOD_SANITIZE=0)
#   WOD_JOBS        parallel build jobs (default: number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-deps.sh

sanitize=ON
default_dir=build-ci
if [ "${WOD_SANITIZE:-1}" = 0 ]; then
  sanitize=OFF
  default_dir=build-ci-plain
fi
build_dir=${WOD_BUILD_DIR:-$default_dir}
jobs=${WOD_JOBS:-$(nproc)}

start=$(date +%s)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWOD_WERROR=ON \
  -DWOD_SANITIZE="$sanitize"
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)
echo "run-suite: build (sanitizers $sanitize) took $(( built - start )) s"

# Screenshot tests must not skip on this machine kind: a skip is a failure here.
export SCREENSHOT_STRICT=1
# Benchmarks run in their quick smoke form inside the suite; full figures: see README.
export WOD_BENCH_SMOKE=1
set +e
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs" --timeout 900 \
  | tee "$build_dir/ctest-output.log"
status=${PIPESTATUS[0]}
set -e
echo "run-suite: tests took $(( $(date +%s) - built )) s"
# The fault matrix's table (tests/faults/tst_faultmatrix): fault x choice -> outcome.
matrix="$build_dir/tests/faults/fault-matrix.txt"
[ ! -f "$matrix" ] || { echo "== fault matrix =="; cat "$matrix"; }
# A suite that skipped itself (it prints WOD_SUITE_SKIPPED) is a failure here, not a quiet pass.
if grep -q '\*\*\*Skipped' "$build_dir/ctest-output.log"; then
  echo "run-suite: a suite skipped on this machine kind; that counts as a failure" >&2
  exit 1
fi
exit "$status"
