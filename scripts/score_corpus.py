#!/usr/bin/env python3
"""Score Pincite against the gold annotation and count its citations over the dev corpus.

Usage:
  scripts/score_corpus.py [--scorer PATH] [--gold GOLD.json --gold-text TEXT]
                          [--corpus DIR_OR_FILE ...] [--save FILE] [--diff FILE]
                          [--no-gold] [--verbose]

1. Gold scoring: runs `$PINCITE parse --format json` on Corpus/janfeshan/janfeshan.txt
   and scores it against Corpus/janfeshan/janfeshan.gold.json with the scorer's
   score_gold()/headline() (same numbers as `score.py run-gold GOLD TEXT`); then the
   same, one headline each, for every Corpus/gold/<stem>.gold.json against <stem>.txt. The scorer
   is imported from --scorer (default /work/shared/tools/score.py); this repository
   does not ship or need it: if it is missing, the gold part is skipped with a message.
2. Counts: runs Pincite on every *.txt of --corpus (default /work/shared/corpus-dev,
   plus the gold text) and prints a file x kind table of citation counts with totals,
   then a file x structure table (pages, sections, paragraphs, block quotes,
   footnotes, diagnostics).
3. --save FILE writes counts, structure and gold metrics as JSON; --diff FILE compares
   this run with such a saved run and lists every count or metric that moved, so a
   regression between two builds stands out. (--save and --diff may be combined.)

$PINCITE is a command prefix (split like a shell would), default
<repo>/.build/release/pincite. Exit code is 0 unless the arguments are wrong; a
failing Pincite run on one file is reported in its row as ERR.
"""
import argparse
import datetime
import importlib.util
import io
import json
import os
import shlex
import subprocess
import sys
from contextlib import redirect_stdout

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCORER = "/work/shared/tools/score.py"
DEFAULT_CORPUS = "/work/shared/corpus-dev"
GOLD_JSON = os.path.join(ROOT, "Corpus", "janfeshan", "janfeshan.gold.json")
GOLD_TEXT = os.path.join(ROOT, "Corpus", "janfeshan", "janfeshan.txt")
DEV_GOLD_DIR = os.path.join(ROOT, "Corpus", "gold")

KINDS = ("case", "short_case", "id", "supra", "reference", "statute", "regulation", "rule",
         "constitution", "record", "internal", "journal", "book", "legislative", "unknown")
SHORT = {"case": "case", "short_case": "short", "id": "id", "supra": "supra", "reference": "ref",
         "statute": "stat", "regulation": "reg", "rule": "rule", "constitution": "const",
         "record": "rec", "internal": "int", "journal": "jour", "book": "book", "legislative": "leg",
         "unknown": "unk"}
STRUCT = ("pages", "sections", "paragraphs", "block_quotes", "footnotes", "diagnostics")
SAVE_VERSION = 1


def pincite_cmd():
    env = os.environ.get("PINCITE")
    return shlex.split(env) if env else [os.path.join(ROOT, ".build", "release", "pincite")]


def run_pincite(cmd, path):
    """-> (document, None) or (None, error message)"""
    full = cmd + ["parse", "--format", "json", path]
    try:
        r = subprocess.run(full, capture_output=True, timeout=300)
    except FileNotFoundError:
        return None, f"not found: {cmd[0]}"
    except subprocess.TimeoutExpired:
        return None, "timed out after 300 s"
    if r.returncode != 0:
        return None, f"exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[:300]}"
    try:
        return json.loads(r.stdout), None
    except ValueError as ex:
        return None, f"bad JSON: {ex}"


def collect_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".txt"))
        elif os.path.isfile(p):
            files.append(p)
        else:
            sys.stderr.write(f"warning: no such file or directory: {p}\n")
    seen, out = set(), []
    for f in files:
        if os.path.basename(f) not in seen:  # rows are keyed by file name
            seen.add(os.path.basename(f))
            out.append(f)
    return out


# ------------------------------------------------------------------ gold
def load_scorer(path):
    if not os.path.isfile(path):
        return None, (f"scorer not found at {path}: gold scoring skipped "
                      f"(pass --scorer PATH to a score.py with score_gold()/headline())")
    try:
        spec = importlib.util.spec_from_file_location("pincite_gold_scorer", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    except Exception as ex:
        return None, f"could not import scorer {path}: {type(ex).__name__}: {ex}"
    if not hasattr(mod, "score_gold"):
        return None, f"scorer {path} has no score_gold(); gold scoring skipped"
    return mod, None


def gold_metrics(s):
    """Flatten the scorer's result to name -> number for saving and diffing."""
    m = {}
    for k, v in (s.get("citations") or {}).items():
        m[f"citations.{k}"] = v
    m["span_exact"] = s.get("span_exact")
    for k, v in (s.get("per_kind") or {}).items():
        for f in ("found", "kind_right"):
            m[f"per_kind.{k}.{f}"] = v.get(f)
    for k, v in (s.get("fields") or {}).items():
        m[f"fields.{k}.acc"] = v.get("acc")
    for k, v in (s.get("bluebook") or {}).items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            m[f"bluebook.{k}"] = v
    for k, v in ((s.get("structure") or {}).items()):
        if isinstance(v, dict):
            for f, x in v.items():
                if isinstance(x, (int, float)) and not isinstance(x, bool):
                    m[f"structure.{k}.{f}"] = x
    m["textual_references_taken_as_citations"] = s.get("textual_references_taken_as_citations")
    return m


def print_gold(s, headline, verbose):
    c = s["citations"]
    print(f"  citations: gold={c['gold']} predicted={c['predicted']} matched={c['matched']} "
          f"recall={c['recall']} precision={c['precision']} f1={c['f1']} span_exact={s.get('span_exact')}")
    print("  per gold kind:   " + "  ".join(f"{k} {v['found']}/{v['gold']}" + ("" if v["kind_right"] == v["found"]
                                          else f" (kind ok {v['kind_right']})")
                                          for k, v in s.get("per_kind", {}).items()))
    print("  field accuracy:  " + "  ".join(f"{k}={v['right']}/{v['asked']}" for k, v in s.get("fields", {}).items()))
    if verbose:
        for x in s.get("missed_gold_sample") or []:
            print(f"    missed gold #{x[0]} {x[1]}: {x[2]}")
        for x in s.get("unmatched_predictions_sample") or []:
            print(f"    unmatched prediction {x[0]}: {x[1]}")
    if headline:
        print("  " + headline)


def score_dev_golds(scorer, get, verbose):
    """Scores every Corpus/gold/<stem>.gold.json; -> stem -> {headline, metrics}."""
    out = {}
    stems = sorted(f[:-len(".gold.json")] for f in os.listdir(DEV_GOLD_DIR) if f.endswith(".gold.json"))
    print(f"\n== dev golds: {os.path.relpath(DEV_GOLD_DIR, ROOT)} ({len(stems)} files)")
    for stem in stems:
        doc, perr = get(os.path.join(DEV_GOLD_DIR, stem + ".txt"))
        if perr:
            print(f"  {stem}: pincite failed: {perr}")
            continue
        gold = json.load(open(os.path.join(DEV_GOLD_DIR, stem + ".gold.json"), encoding="utf-8"))
        with redirect_stdout(io.StringIO()):
            s = scorer.score_gold(doc, gold)
        head = scorer.headline(s) if hasattr(scorer, "headline") else ""
        print(f"  {stem}\n    {head}")
        if verbose:
            for x in s.get("missed_gold_sample") or []:
                print(f"      missed gold #{x[0]} {x[1]}: {x[2]}")
            for x in s.get("unmatched_predictions_sample") or []:
                print(f"      unmatched prediction {x[0]}: {x[1]}")
        out[stem] = {"headline": head, "metrics": gold_metrics(s)}
    return out


# ------------------------------------------------------------------ tables
def table(rows, cols, heads):
    """rows: list of (name, dict or None(error), note). Prints with a TOTAL row."""
    name_w = min(56, max([len(r[0]) for r in rows] + [10]) + 2)
    w = [max(5, len(h) + 1) for h in heads]
    print(f"{'file':<{name_w}}" + "".join(f"{h:>{wi}}" for h, wi in zip(heads, w)))
    tot = {c: 0 for c in cols}
    for name, d, note in rows:
        n = name if len(name) <= name_w - 1 else name[:name_w - 2] + "…"
        if d is None:
            print(f"{n:<{name_w}}  ERR {note}")
            continue
        for c in cols:
            tot[c] += d.get(c, 0)
        print(f"{n:<{name_w}}" + "".join(f"{d.get(c, 0):>{wi}}" for c, wi in zip(cols, w)))
    print(f"{'TOTAL':<{name_w}}" + "".join(f"{tot[c]:>{wi}}" for c, wi in zip(cols, w)))
    return tot


def kind_counts(doc):
    d = {}
    for c in doc.get("citations") or []:
        k = str(c.get("kind"))
        d[k] = d.get(k, 0) + 1
    d["total"] = sum(d.values())
    return d


def struct_counts(doc):
    d = {}
    for k in STRUCT:
        v = doc.get(k)
        d[k] = len(v) if isinstance(v, list) else (v if isinstance(v, int) else 0)
    return d


# ------------------------------------------------------------------ diff
def diff_runs(old, new):
    print(f"\n== diff against {old.get('saved_at', '?')} ({old.get('pincite', '?')})")
    changed = 0
    for section in ("counts", "structure"):
        o, n = old.get(section) or {}, new.get(section) or {}
        for f in sorted(set(o) | set(n)):
            if f not in o:
                print(f"  {section}: {f}: new file in this run")
                continue
            if f not in n:
                print(f"  {section}: {f}: missing from this run")
                continue
            if o[f] is None or n[f] is None:
                if (o[f] is None) != (n[f] is None):
                    print(f"  {section}: {f}: {'was ERR' if o[f] is None else 'now ERR'}")
                    changed += 1
                continue
            moves = []
            for k in sorted(set(o[f]) | set(n[f])):
                a, b = o[f].get(k, 0), n[f].get(k, 0)
                if a != b:
                    moves.append(f"{k} {a}→{b} ({b - a:+d})")
            if moves:
                changed += 1
                print(f"  {section}: {f}: " + ", ".join(moves))
        ot, nt = old.get(section + "_total") or {}, new.get(section + "_total") or {}
        moves = [f"{k} {ot.get(k, 0)}→{nt.get(k, 0)} ({nt.get(k, 0) - ot.get(k, 0):+d})"
                 for k in sorted(set(ot) | set(nt)) if ot.get(k, 0) != nt.get(k, 0)]
        if moves:
            print(f"  {section} TOTAL: " + ", ".join(moves))
    og, ng = (old.get("gold") or {}).get("metrics") or {}, (new.get("gold") or {}).get("metrics") or {}
    if og and ng:
        moves = []
        for k in sorted(set(og) | set(ng)):
            a, b = og.get(k), ng.get(k)
            if a != b:
                d = (f" ({b - a:+.4g})" if isinstance(a, (int, float)) and isinstance(b, (int, float)) else "")
                moves.append(f"    {k}: {a} → {b}{d}")
        if moves:
            changed += 1
            print("  gold metrics:\n" + "\n".join(moves))
        else:
            print("  gold metrics: unchanged")
    elif og or ng:
        print("  gold metrics: only in " + ("the saved run" if og else "this run"))
    od, nd = old.get("golds") or {}, new.get("golds") or {}
    for stem in sorted(set(od) | set(nd)):
        a, b = (od.get(stem) or {}).get("metrics") or {}, (nd.get(stem) or {}).get("metrics") or {}
        moves = [f"    {k}: {a.get(k)} → {b.get(k)}" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        if moves:
            changed += 1
            print(f"  dev gold {stem}:\n" + "\n".join(moves))
    if not changed:
        print("  no count changed")


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--scorer", default=DEFAULT_SCORER, help=f"path to score.py (default {DEFAULT_SCORER})")
    ap.add_argument("--gold", default=GOLD_JSON, help="gold JSON (default Corpus/janfeshan/janfeshan.gold.json)")
    ap.add_argument("--gold-text", default=GOLD_TEXT, help="text the gold annotates (default janfeshan.txt)")
    ap.add_argument("--no-gold", action="store_true", help="skip gold scoring")
    ap.add_argument("--corpus", nargs="+", metavar="PATH",
                    help=f"directories (*.txt) or files to count over (default {DEFAULT_CORPUS})")
    ap.add_argument("--save", metavar="FILE", help="write this run's counts and metrics as JSON")
    ap.add_argument("--diff", metavar="FILE", help="compare with a run saved by --save")
    ap.add_argument("--verbose", "-v", action="store_true", help="show samples of gold misses")
    args = ap.parse_args()

    old = None
    if args.diff:
        try:
            old = json.load(open(args.diff, encoding="utf-8"))
        except (OSError, ValueError) as ex:
            ap.error(f"--diff {args.diff}: {ex}")

    cmd = pincite_cmd()
    print(f"pincite: {' '.join(cmd)}")
    if not os.path.exists(cmd[0]) and "/" in cmd[0]:
        print(f"  (binary not found: build with `swift build -c release` or set PINCITE)")

    docs = {}  # file path -> (doc, err); Pincite runs once per file

    def get(path):
        key = os.path.realpath(path)
        if key not in docs:
            docs[key] = run_pincite(cmd, path)
        return docs[key]

    saved = {"version": SAVE_VERSION, "saved_at": datetime.datetime.now().isoformat(timespec="seconds"),
             "pincite": " ".join(cmd), "gold": None}

    # 1. gold
    if not args.no_gold:
        print(f"\n== gold: {os.path.relpath(args.gold, ROOT)}")
        scorer, err = load_scorer(args.scorer)
        if err:
            print("  " + err)
        elif not (os.path.isfile(args.gold) and os.path.isfile(args.gold_text)):
            print(f"  gold or text missing ({args.gold}, {args.gold_text}); skipped")
        else:
            doc, perr = get(args.gold_text)
            if perr:
                print(f"  pincite failed on {args.gold_text}: {perr}")
            else:
                try:
                    gold = json.load(open(args.gold, encoding="utf-8"))
                    with redirect_stdout(io.StringIO()):
                        s = scorer.score_gold(doc, gold)
                    head = scorer.headline(s) if hasattr(scorer, "headline") else None
                    print_gold(s, head, args.verbose)
                    saved["gold"] = {"headline": head, "metrics": gold_metrics(s)}
                except Exception as ex:
                    print(f"  scorer failed: {type(ex).__name__}: {ex}")
        if scorer is not None and os.path.isdir(DEV_GOLD_DIR):
            saved["golds"] = score_dev_golds(scorer, get, args.verbose)

    # 2. counts
    paths = args.corpus or [DEFAULT_CORPUS]
    if not args.corpus and not os.path.isdir(DEFAULT_CORPUS):
        print(f"\n(default corpus {DEFAULT_CORPUS} not found; pass --corpus DIR)")
        paths = []
    if os.path.isfile(args.gold_text) and not args.corpus:
        paths = paths + [args.gold_text]
    files = collect_files(paths)
    counts, structure, rows, srows = {}, {}, [], []
    for f in files:
        doc, err = get(f)
        name = os.path.basename(f)
        counts[name] = kind_counts(doc) if doc is not None else None
        structure[name] = struct_counts(doc) if doc is not None else None
        rows.append((name, counts[name], err))
        srows.append((name, structure[name], err))
    print(f"\n== citations by kind ({len(files)} files)")
    extra_kinds = sorted({k for d in counts.values() if d for k in d} - set(KINDS) - {"total"})
    cols = list(KINDS) + extra_kinds + ["total"]
    heads = [SHORT.get(k, k[:6]) for k in cols]
    saved["counts_total"] = table(rows, cols, heads)
    print(f"\n== structure ({len(files)} files)")
    saved["structure_total"] = table(srows, list(STRUCT), ["pages", "sect", "paras", "bquot", "fnote", "diag"])
    saved["counts"] = counts
    saved["structure"] = structure
    saved["errors"] = {os.path.basename(f): docs[os.path.realpath(f)][1]
                       for f in files if docs[os.path.realpath(f)][1]}

    if old is not None:
        diff_runs(old, saved)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            json.dump(saved, fh, indent=1, ensure_ascii=False, sort_keys=True)
        print(f"\nsaved to {args.save}")
    return 0


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    sys.exit(main())
