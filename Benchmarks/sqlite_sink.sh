#!/usr/bin/env bash
# The SQLite sink's own cost: the corpus-dev opinions parsed once, their rows
# written N times (default 10000) under distinct ids into a new database.
# Prints documents/s, rows/s and MB/s of input (see SQLiteSinkBenchmark.swift).
# Usage: Benchmarks/sqlite_sink.sh [N] [debug|release]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
config="${2:-debug}"
scratch="${SCRATCH:-.build-bench-$config}"
extra=()
[ "$config" = release ] && extra=(-Xswiftc -enable-testing)
swift build --build-tests -c "$config" --scratch-path "$scratch" "${extra[@]}"
PINCITE_SQLITE_BENCH="$n" swift test --skip-build -c "$config" --scratch-path "$scratch" \
    --filter SQLiteSinkBenchmark 2>&1 | grep -E "sqlite sink:|passed|failed|error"
