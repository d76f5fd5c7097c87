#!/usr/bin/env python3
"""Bluebook flag rates per citation kind over a set of opinions.

  python3 scripts/bluebook_rates.py PINCITE FILE...        (PINCITE: path to the pincite binary)
  python3 scripts/bluebook_rates.py PINCITE FILE... --sample 50 --seed 1

Runs `PINCITE parse --format json` on each file and counts, per kind, how many
citations have a deviation or warning (a "flag"), plus verdicts and findings per
rule. --sample N prints N flagged findings chosen at random (for reading by hand).
Standard library only.
"""
import json
import random
import subprocess
import sys
from collections import Counter


def main(argv):
    sample, seed = 0, 1
    if "--sample" in argv:
        k = argv.index("--sample"); sample = int(argv[k + 1]); del argv[k:k + 2]
    if "--seed" in argv:
        k = argv.index("--seed"); seed = int(argv[k + 1]); del argv[k:k + 2]
    pincite, files = argv[0], argv[1:]
    kinds, flagged, verdicts, rules = Counter(), Counter(), Counter(), Counter()
    flags = []
    for f in files:
        doc = json.loads(subprocess.run([pincite, "parse", "--format", "json", f], capture_output=True, check=True).stdout)
        for c in doc["citations"]:
            kinds[c["kind"]] += 1
            verdicts[c.get("verdict")] += 1
            bad = [k for k in c["checks"] if k["severity"] in ("deviation", "warning")]
            if bad:
                flagged[c["kind"]] += 1
            for k in c["checks"]:
                rules[(k["rule"], k["severity"])] += 1
            for k in bad:
                flags.append((f.rsplit("/", 1)[-1], c["id"], c["kind"], c["text"], k["rule"], k["message"], k["suggestion"]))
    print(f"{len(files)} files, {sum(kinds.values())} citations, {sum(flagged.values())} flagged")
    print("\n| kind | citations | flagged | rate |\n|---|---|---|---|")
    for k, n in kinds.most_common():
        print(f"| {k} | {n} | {flagged[k]} | {flagged[k] / n:.3f} |")
    print("\nverdicts: " + ", ".join(f"{v} {n}" for v, n in verdicts.most_common()))
    print("\n| rule | severity | findings |\n|---|---|---|")
    for (r, s), n in rules.most_common():
        print(f"| {r} | {s} | {n} |")
    if sample:
        random.seed(seed)
        print(f"\n## Sample of {min(sample, len(flags))} flags (seed {seed})\n")
        for n, (f, i, kind, text, rule, msg, sug) in enumerate(random.sample(flags, min(sample, len(flags))), 1):
            print(f"{n}. `{f}` #{i} {kind}: `{text[:120]}` — {msg} → `{(sug or '')[:120]}`")


if __name__ == "__main__":
    main(sys.argv[1:])
