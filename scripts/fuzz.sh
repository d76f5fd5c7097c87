#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) with -sanitize=fuzzer,address (release: ~10× the
# executions of a debug build, overflow checks and preconditions still on) and runs each for
# a time budget, seeded from Corpus/ and /work/shared/corpus-dev/; the batch-reader targets
# (FuzzCSV, FuzzJSONRecords, FuzzCompressed) from the CSV, JSON Lines, CAP and gzip/bzip2/zstd
# seeds scripts/fuzz_seeds.py builds out of Corpus/batch and Corpus/formats. A crash or hang
# is written to fuzz-out/<target>/ (crash-*, timeout-*, oom-*); copy it to Corpus/regressions/
# (parser targets) or make it a test in Tests/PinciteBatchTests (batch readers). Prints the
# time run, executions, exec/s and coverage (edges) per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET=120] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${1:-120}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzLexer FuzzCitations FuzzLayout FuzzMarkup FuzzParse FuzzCSV FuzzJSONRecords FuzzCompressed)
scratch=${FUZZ_SCRATCH:-.build-fuzz}
out=fuzz-out
mkdir -p "$out"

for t in "${targets[@]}"; do
  PINCITE_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "$t" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >"$out/build-$t.log" 2>&1 \
    || { echo "build of $t failed: see $out/build-$t.log"; tail -20 "$out/build-$t.log"; exit 1; }
done
bin=$(PINCITE_FUZZ=1 swift build -c release --scratch-path "$scratch" --show-bin-path)

# seeds: one copy of each corpus input, markup for the markup target, all for the rest
seeds="$out/seeds"; rm -rf "$seeds"; mkdir -p "$seeds/text" "$seeds/markup"
for f in Corpus/*/*.txt /work/shared/corpus-dev/*.txt; do [ -f "$f" ] && cp "$f" "$seeds/text/"; done
for f in Corpus/*/*.html Corpus/*/*.xml Corpus/*/*.json /work/shared/corpus-dev/*.html /work/shared/corpus-dev/*.xml /work/shared/corpus-dev/*.json; do
  [ -f "$f" ] && cp "$f" "$seeds/markup/"
done
python3 scripts/fuzz_seeds.py "$seeds/batch"   # csv/, json/, compressed/: control byte + input

printf '%-16s %8s %10s %8s %8s %s\n' target seconds execs exec/s edges result
for t in "${targets[@]}"; do
  work="$out/$t"; mkdir -p "$work/corpus"
  # whole opinions (up to 230 KB) for the parser targets; the batch readers' seeds are a few KB
  maxlen=262144
  case $t in
    FuzzMarkup) src="$seeds/markup" ;;
    FuzzParse) src="$seeds/text $seeds/markup" ;;
    FuzzCSV) src="$seeds/batch/csv"; maxlen=65536 ;;
    FuzzJSONRecords) src="$seeds/batch/json"; maxlen=65536 ;;
    FuzzCompressed) src="$seeds/batch/compressed"; maxlen=65536 ;;
    *) src="$seeds/text" ;;
  esac
  start=$(date +%s)
  set +e
  # -max_len 256 KiB: room for whole opinions; -timeout 10 s per input counts as a hang;
  # -rss_limit_mb 4096: the documented ~7–17× peak of the input, with headroom
  # no Swift backtracer: it fights ASan over the crashing process; libFuzzer prints the stack
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin/$t" "$work/corpus" $src -max_total_time="$budget" -max_len="$maxlen" \
    -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$work/" -print_final_stats=1 >"$work/log" 2>&1
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo 0)
  edges=$(grep -o 'cov: [0-9]*' "$work/log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  found=$(ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' || true)
  printf '%-16s %8s %10s %8s %8s %s\n' "$t" "$secs" "${execs:-0}" "${rate:-0}" "${edges:-0}" "$([ $rc -eq 0 ] && echo ok || echo "exit $rc: $found")"
done
