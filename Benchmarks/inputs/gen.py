#!/usr/bin/env python3
"""Benchmarks/inputs/gen.py: builds big batch inputs out of real opinions.

usage: gen.py OUTDIR MEGABYTES
Writes OUTDIR/opinions.jsonl (JSON Lines, {id, text}) and OUTDIR/opinions.csv
(a CourtListener opinions CSV, FORCE_QUOTE style) of about MEGABYTES each, by
repeating the corpus-dev texts with a numbered id. The caller compresses them."""
import csv, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
texts = []
for d in ("Corpus/janfeshan", "Corpus/batch", "Corpus/formats"):
    for name in sorted(os.listdir(os.path.join(root, d))):
        if name.endswith((".txt", ".html", ".xml")):
            with open(os.path.join(root, d, name), encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
out, mb = sys.argv[1], int(sys.argv[2])
target = mb * 1_000_000
with open(os.path.join(out, "opinions.jsonl"), "w") as f:
    n = size = 0
    while size < target:
        line = json.dumps({"id": n, "text": texts[n % len(texts)]}) + "\n"
        f.write(line); size += len(line); n += 1
columns = ["id", "date_created", "plain_text", "html", "html_with_citations", "cluster_id"]
with open(os.path.join(out, "opinions.csv"), "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(columns)
    n = size = 0
    while size < target:
        t = texts[n % len(texts)]
        html = t if t.lstrip().startswith("<") else ""
        row = [str(n), "2024-01-02", "" if html else t, "", html, str(n)]
        w.writerow(row); size += sum(len(c) for c in row) + 20; n += 1
