#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) with -sanitize=fuzzer,address (release: ~10× the
# executions of a debug build, overflow checks and preconditions still on) and runs each for
# a time budget, seeded from Corpus/ and /work/shared/corpus-dev/. A crash or hang is
# written to fuzz-out/<target>/ (crash-*, timeout-*, oom-*); copy it to Corpus/regressions/
# and it becomes a regression test. Prints exec/s and the time run per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET=120] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${1:-120}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzLexer FuzzCitations FuzzLayout FuzzMarkup FuzzParse)
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

printf '%-14s %8s %10s %8s %s\n' target seconds execs exec/s result
for t in "${targets[@]}"; do
  work="$out/$t"; mkdir -p "$work/corpus"
  case $t in FuzzMarkup) src="$seeds/markup" ;; FuzzParse) src="$seeds/text $seeds/markup" ;; *) src="$seeds/text" ;; esac
  start=$(date +%s)
  set +e
  # -max_len 256 KiB: room for whole opinions; -timeout 10 s per input counts as a hang;
  # -rss_limit_mb 4096: the documented ~7–17× peak of the input, with headroom
  ASAN_OPTIONS=detect_leaks=0 "$bin/$t" "$work/corpus" $src -max_total_time="$budget" -max_len=262144 \
    -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$work/" -print_final_stats=1 >"$work/log" 2>&1
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo 0)
  found=$(ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' || true)
  printf '%-14s %8s %10s %8s %s\n' "$t" "$secs" "${execs:-0}" "${rate:-0}" "$([ $rc -eq 0 ] && echo ok || echo "exit $rc: $found")"
done
