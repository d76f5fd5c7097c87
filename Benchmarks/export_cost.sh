#!/usr/bin/env bash
# Export cost of JSON and XML over the parse alone, in instructions (valgrind
# callgrind), which unlike wall or CPU time does not move when other work shares
# the machine. Input: the corpus texts (Janfeshan + /work/shared/corpus-dev/*.txt or
# --corpus DIR) repeated ROUNDS times (default 10, ~4.8 MB). The parse alone is
# `--format outline` (a few hundred bytes of output); the cost of an exporter is
# (instructions with it − instructions of the outline run) / outline run.
#
# Builds nothing: `swift build -c release` first. Needs valgrind (Debian package).
#     PINCITE=.build/release/pincite Benchmarks/export_cost.sh [--corpus DIR] [--rounds N]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PINCITE="${PINCITE:-$ROOT/.build/release/pincite}"
CORPUS=/work/shared/corpus-dev
ROUNDS=10
while [[ $# -gt 0 ]]; do
    case "$1" in
        --corpus) CORPUS="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        *) echo "usage: $0 [--corpus DIR] [--rounds N]" >&2; exit 2 ;;
    esac
done
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
[[ -x "$PINCITE" ]] || { echo "no pincite binary at $PINCITE: run swift build -c release" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for _ in $(seq 1 "$ROUNDS"); do cat "$ROOT/Corpus/janfeshan/janfeshan.txt" "$CORPUS"/*.txt; done > "$WORK/big.txt"
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$PINCITE" parse "$WORK/big.txt" --format "$1" \
        2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(instructions outline)
echo "input: $(wc -c < "$WORK/big.txt") bytes; parse alone (--format outline): $base instructions"
for f in json xml akn; do
    n=$(instructions "$f")
    awk -v f="$f" -v n="$n" -v b="$base" 'BEGIN { printf "--format %-4s %14.0f instructions  export cost +%.0f%%\n", f, n, (n - b) * 100 / b }'
done
