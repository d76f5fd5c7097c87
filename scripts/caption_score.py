#!/usr/bin/env python3
"""Caption fields of every gold, scored the way ../shared/tools/score.py scores them.

score.py checks each gold caption field (court, district, docket, judge, date,
document_title, plaintiffs, defendants) by whether its value appears in the predicted
caption; scripts/score_corpus.py does not print that part. This prints, per gold, the
fields missed with their gold values, then the totals {field: [found, asked]}.

    swift build -c release && python3 scripts/caption_score.py
"""
import glob
import importlib.util
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "tools", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

totals = {}
golds = sorted(glob.glob(os.path.join(ROOT, "Corpus/gold/*.gold.json"))) + [os.path.join(ROOT, "Corpus/janfeshan/janfeshan.gold.json")]
for g in golds:
    base = os.path.basename(g).replace(".gold.json", "")
    text = os.path.join(ROOT, "Corpus/janfeshan/janfeshan.txt") if base == "janfeshan" else os.path.join(SHARED, "corpus-dev", base + ".txt")
    out = subprocess.run([os.path.join(ROOT, ".build/release/pincite"), "parse", text, "--format", "json"], capture_output=True)
    gold = json.load(open(g))
    caption = score.score_gold(json.loads(out.stdout), gold)["structure"]["caption"]
    missed = [k for k, ok in caption.items() if not ok]
    for k, ok in caption.items():
        t = totals.setdefault(k, [0, 0])
        t[0] += int(ok)
        t[1] += 1
    print(f"{base[:45]:45} missed: {', '.join(missed) or '-'}" + (f"  {json.dumps({k: gold['caption'].get(k) for k in missed}, ensure_ascii=False)[:200]}" if missed else ""))
print(totals)
