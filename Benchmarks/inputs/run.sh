#!/usr/bin/env bash
# Benchmarks/inputs/run.sh: throughput and peak memory of the batch input side
# (DocumentStream) on big generated dumps made of real opinions: a gzip JSON
# Lines file, a bzip2 CourtListener CSV and a zstd CSV. Release build of the
# PinciteBatch target, a small driver (main.swift) linked against its objects,
# each run under /usr/bin/time -v for the peak RSS.
#
# usage: Benchmarks/inputs/run.sh [MEGABYTES]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${1:-200}
B=.build-bench-inputs
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

swift build -c release --target PinciteBatch --scratch-path "$B" >/dev/null
R="$B/release"
maps=()
for m in CZlib CBZip2 CZstd CLibXML2 CCrypto; do maps+=(-Xcc "-fmodule-map-file=Sources/$m/module.modulemap"); done
swiftc -O -module-name InputsBench Benchmarks/inputs/main.swift -o "$WORK/inputs-bench" \
    -I "$R/Modules" "${maps[@]}" -Xcc -I/usr/include/libxml2 \
    "$R"/PinciteBatch.build/*.o "$R"/Pincite.build/*.o -lz -lbz2 -lzstd -lxml2 -lcrypto

python3 Benchmarks/inputs/gen.py "$WORK" "$MB"
gzip -1 -k "$WORK/opinions.jsonl"
bzip2 -k "$WORK/opinions.csv"
zstd -q -k "$WORK/opinions.csv"
for f in opinions.jsonl opinions.jsonl.gz opinions.csv opinions.csv.bz2 opinions.csv.zst; do
    echo "== $f ($(du -m "$WORK/$f" | cut -f1) MB on disk)"
    /usr/bin/time -v "$WORK/inputs-bench" "$WORK/$f" 2> "$WORK/time.txt"
    grep -E "Maximum resident set size" "$WORK/time.txt"
done
