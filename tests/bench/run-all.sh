#!/usr/bin/env bash
# Runs every benchmark in its full form on an optimized build, writes every figure with the load
# average it was measured under, the machine and the commit to tests/bench/results.json, and
# regenerates the README's figures table from that file (tests/bench/tools/figures.cmake). Figures
# are not typed by hand: ctest readme_figures_table fails when the README's table differs.
#
#   tests/bench/run-all.sh               build (preset default, ./build), run all, write both files
#   tests/bench/run-all.sh --table-only  only regenerate the README's table from results.json
#
# Takes about 10 minutes. The load average (uptime) is read before and after each benchmark and
# the higher one recorded; above 1.5 the figure is marked "loaded" (other work shared the cores):
# take start-up ratios only on a quiet machine or keep them marked.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
results=tests/bench/results.json
figures_script=tests/bench/tools/figures.cmake

write_table() {
  cmake -DRESULTS="$results" -DREADME=README.md -DMODE=write -P "$figures_script"
}
if [[ "${1:-}" == "--table-only" ]]; then
  write_table
  exit 0
fi

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake --preset default "${launcher[@]}" >/dev/null
targets=(bench_core bench_net_delete bench_net_preflight bench_ui_run bench_ui_memory bench_ui_startup
         auth_tst_oauthflow)
cmake --build build --target "${targets[@]}"

logs=build/bench-logs
mkdir -p "$logs"
load1() { cut -d' ' -f1 /proc/loadavg; }
machine="$(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
commit=$(git rev-parse --short HEAD)
if ! git diff --quiet HEAD -- core app ui tests/bench; then
  commit="$commit+changes"
fi
entries=()

# run NAME COMMAND...: runs one benchmark, keeps its output, collects its FIGURE lines.
run() {
  local name=$1
  shift
  local before after load loaded
  before=$(load1)
  echo "== $name (load $before): $*"
  if ! "$@" >"$logs/$name.log" 2>&1; then
    echo "$name failed; its output: $logs/$name.log" >&2
    tail -20 "$logs/$name.log" >&2
    exit 1
  fi
  after=$(load1)
  load=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", (a > b ? a : b) }')
  loaded=$(awk -v l="$load" 'BEGIN { print (l > 1.5 ? "true" : "false") }')
  echo "   done (load $after)"
  while IFS= read -r line; do
    # {"id":...,"reproduce":"..."} -> the same object plus where and when it was measured.
    entries+=("${line%\}},\"load\":\"$load\",\"loaded\":$loaded,\"machine\":\"$machine\",\"commit\":\"$commit\"}")
  done < <(sed -n 's/^FIGURE //p' "$logs/$name.log")
}

unset WOD_BENCH_SMOKE # the full forms
export QT_QPA_PLATFORM=offscreen
export WOD_SCENARIO_DIR="$root/resources/scenarios"
bench=build/tests/bench
run core "$bench/bench_core"
run net_preflight "$bench/bench_net_preflight"
run net_delete "$bench/bench_net_delete"
run ui_memory "$bench/bench_ui_memory"
run ui_run_bulk "$bench/bench_ui_run" 10000 bulk
run ui_run_per_user "$bench/bench_ui_run" 10000 per-user
run ui_startup "$bench/bench_ui_startup" 15
# The sign-in's figure comes from its test (a qInfo line "FIGURE sign-in flow ...: N ms, 3 HTTP
# requests"), made a FIGURE line of its own here.
signin_figure() {
  local line ms requests
  line=$(build/tests/auth/auth_tst_oauthflow fullFlow 2>&1 | grep 'FIGURE sign-in flow')
  ms=$(sed -n 's/.*: \([0-9]*\) ms, .*/\1/p' <<<"$line")
  requests=$(sed -n 's/.* ms, \([0-9]*\) HTTP requests.*/\1/p' <<<"$line")
  [[ -n "$ms" && -n "$requests" ]] || return 1
  printf 'FIGURE {"id":"auth.sign_in","figure":"Sign in with Webex against the sandbox","value":%s,"display":"%s","unit":"ms","detail":"%s HTTP requests","target":"–","reproduce":"%s"}\n' \
    "$ms" "$ms" "$requests" '`ctest -L auth -V \\| grep FIGURE`'
}
run auth_signin signin_figure

{
  echo "{"
  echo "  \"format\": \"webex-org-delete-bench-results/1\","
  echo "  \"machine\": \"$machine\","
  echo "  \"commit\": \"$commit\","
  echo "  \"measuredAt\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
  echo "  \"figures\": ["
  for i in "${!entries[@]}"; do
    sep=","
    [[ $i -eq $((${#entries[@]} - 1)) ]] && sep=""
    echo "    ${entries[$i]}$sep"
  done
  echo "  ]"
  echo "}"
} >"$results.tmp"
mv "$results.tmp" "$results"
echo "wrote $results (${#entries[@]} figures; logs in $logs)"
write_table
