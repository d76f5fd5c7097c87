#!/usr/bin/env python3
"""Parse each structured original in corpus-dev (HTML, Fastcase XML, CAP XML/JSON) next to the
plain text of the same opinion (Corpus/gold/<stem>.txt) and compare what Pincite finds.

For every original: the gold citations matched by text (whitespace collapsed, quotes and
dashes straightened) in the original's output and in the text's output, how many citations
each predicts, and sections / footnotes / block quotes against the gold's counts. The same
opinion should give the same citations whatever the format.

    python3 scripts/compare_formats.py                 # one line per original
    python3 scripts/compare_formats.py 014 --show      # also the citations only one side has
Environment: PINCITE (default .build/release/pincite), CORPUS_DEV (default /work/shared/corpus-dev).
"""
import collections, glob, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PINCITE = os.environ.get("PINCITE", os.path.join(ROOT, ".build/release/pincite"))
CORPUS_DEV = os.environ.get("CORPUS_DEV", "/work/shared/corpus-dev")
STRAIGHT = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}


def norm(s):
    s = re.sub(r"[\s\u00a0]+", " ", s).strip()
    return "".join(STRAIGHT.get(ch, ch) for ch in s)


def parse(path):
    r = subprocess.run([PINCITE, "parse", path, "--no-bluebook"], capture_output=True)
    if r.returncode:
        raise RuntimeError(f"{path}: {r.stderr.decode()[:200]}")
    return json.loads(r.stdout)


def texts(doc):
    return collections.Counter(norm(c["text"]) for c in doc["citations"])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    for g in sorted(glob.glob(os.path.join(ROOT, "Corpus/gold/*.gold.json"))):
        stem = os.path.basename(g)[: -len(".gold.json")]
        if args and not any(a in stem for a in args):
            continue
        gold = json.load(open(g))
        want = collections.Counter(norm(c["text"]) for c in gold["citations"])
        plain = parse(os.path.join(ROOT, "Corpus/gold", stem + ".txt"))
        for orig in sorted(glob.glob(os.path.join(CORPUS_DEV, stem + ".orig.*"))):
            if orig.endswith(".pdf"):
                continue
            doc = parse(orig)
            got, had = texts(doc), texts(plain)
            print(f"{stem[:42]:42} {orig.rsplit('.', 1)[1]:4} gold {sum(want.values()):4}"
                  f"  original {sum((want & got).values()):4}/{sum(got.values()):4}"
                  f"  text {sum((want & had).values()):4}/{sum(had.values()):4}"
                  f"  sections {len(doc['sections'])}/{len(gold['sections'])}"
                  f"  notes {len(doc['footnotes'])}/{len(gold['footnotes'])}"
                  f"  quotes {len(doc['block_quotes'])}/{len(gold['block_quotes'])}")
            if show:
                print("   only in the original:", sorted((got - had).elements()))
                print("   only in the text:    ", sorted((had - got).elements()))


if __name__ == "__main__":
    main()
