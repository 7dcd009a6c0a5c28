#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time on a scratch copy of its committed seed corpus and
# fails on any crash, leak, timeout or out-of-memory. Prints the figures of the run's last status
# line (executions, exec/s, coverage, corpus size) as one summary line.
#   run-fuzzer.sh FUZZER_BINARY SEED_DIR WORK_DIR [DICTIONARY]
#   WOD_FUZZ_SECONDS   bounded run time per target (default 60)
set -euo pipefail

fuzzer=$1
seeds=$2
work=$3
dict=${4:-}
seconds=${WOD_FUZZ_SECONDS:-60}
name=$(basename "$fuzzer")

rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$seeds"/* "$work/corpus/"
seed_count=$(find "$seeds" -maxdepth 1 -type f | wc -l)
log="$work/fuzz.log"

echo "fuzz: $name for ${seconds}s from $seed_count seeds ($seeds)"
dict_args=()
[ -z "$dict" ] || dict_args=(-dict="$dict")
status=0
# -timeout: one input taking >10 s is a hang; -rss_limit_mb: the 2-core CI machine is shared.
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "${dict_args[@]}" "$work/corpus" >"$log" 2>&1 || status=$?

last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}' || true)
speed=$(grep -E '^stat::average_exec_per_sec:' "$log" | awk '{print $2}' || true)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
crashes=$(find "$work/artifacts" -type f | wc -l)

echo "fuzz-summary: target=$name seconds=$seconds runs=${runs:-?} exec_per_sec=${speed:-?}" \
     "cov=${cov:-?} ft=${ft:-?} corpus=${corp:-?} seeds=$seed_count artifacts=$crashes exit=$status"
if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    echo "fuzz: $name FAILED; log tail and artifacts follow" >&2
    tail -n 60 "$log" >&2
    ls -l "$work/artifacts" >&2
    echo "Reproduce: $fuzzer <artifact>; keep it as a regression input in $seeds" >&2
    exit 1
fi
if [ -z "$runs" ] || [ "$runs" -eq 0 ]; then
    echo "fuzz: $name executed no input: the run proves nothing" >&2
    tail -n 30 "$log" >&2
    exit 1
fi
echo "fuzz: $name passed: no crash in ${runs} executions"
