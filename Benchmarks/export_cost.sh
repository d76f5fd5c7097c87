#!/usr/bin/env bash
# Export cost of JSON and XML over the parse alone, in instructions (valgrind
# callgrind), which unlike wall or CPU time does not move when other work shares
# the machine. Input: the corpus texts (Janfeshan + /work/shared/corpus-dev/*.txt or
# --corpus DIR) repeated ROUNDS times (default 10, ~4.8 MB). The parse alone is
# `--format outline` (a few hundred bytes of output); the cost of an exporter is
# (instructions with it − instructions of the outline run) / outline run.
#
# The SHA-256 of the input (source.sha256 in JSON and XML) is counted apart: under
# valgrind libcrypto cannot use the CPU's SHA instructions, so callgrind charges it
# ~30 instructions a byte, where on the CPU it costs ~1% of the parse; the last
# column leaves it out.
#
# valgrind cannot read the DWARF of the release binary (89 MB with NIO), so the
# script runs a copy with the debug sections stripped (`strip -g`; symbols stay).
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
cp "$PINCITE" "$WORK/pincite" && strip -g "$WORK/pincite"
for _ in $(seq 1 "$ROUNDS"); do cat "$ROOT/Corpus/janfeshan/janfeshan.txt" "$CORPUS"/*.txt; done > "$WORK/big.txt"
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$WORK/pincite" parse "$WORK/big.txt" --format "$1" \
        2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# instructions spent in Pincite's SHA256.digest (inclusive) in the last run (awk reads
# to the end: exiting early would kill callgrind_annotate with SIGPIPE and, under
# pipefail, the script)
sha_instructions() {
    callgrind_annotate --inclusive=yes "$WORK/cg.out" 2>/dev/null \
        | awk '/SHA256O6digest/ && !found { gsub(",", "", $1); print $1; found=1 } END { if (!found) print 0 }'
}
base=$(instructions outline)
echo "input: $(wc -c < "$WORK/big.txt") bytes; parse alone (--format outline): $base instructions"
for f in json xml akn; do
    n=$(instructions "$f")
    sha=$(sha_instructions)
    awk -v f="$f" -v n="$n" -v b="$base" -v s="$sha" 'BEGIN { printf "--format %-4s %14.0f instructions  export cost +%.0f%%  (SHA-256 %.0f; without it +%.0f%%)\n", f, n, (n - b) * 100 / b, s, (n - s - b) * 100 / b }'
done
