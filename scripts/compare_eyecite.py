#!/usr/bin/env python3
"""Compare Pincite's citations with eyecite's on a corpus of plain-text opinions.

Usage:
  scripts/compare_eyecite.py [PATH ...] [--summary] [--json] [--json-out FILE]
                             [--context N] [--limit N]

PATH is a directory (every *.txt in it) or a single text file. Default:
/work/shared/corpus-dev plus Corpus/janfeshan/janfeshan.txt.

For every file it runs eyecite (`get_citations` on the file decoded as UTF-8) and
`$PINCITE parse --format json FILE`, matches citations by span overlap and prints:
  * eyecite's counts by class and Pincite's counts by kind;
  * MISSED BY PINCITE: eyecite Full/Short case, Id and supra citations that no Pincite
    citation (of any kind) overlaps -- the disagreements that matter most;
  * EXTRA IN PINCITE: Pincite case/short_case citations overlapping no eyecite
    citation (often fine: eyecite misses things too);
  * FIELD MISMATCH: overlapping pairs whose volume / reporter / page disagree (for a
    short cite eyecite's "page" is the pin page, so it is compared with Pincite's
    pincite as well as its page), plus pairs whose kind is not the expected one.
A total over all files follows, and the last line is always
  eyecite_case_found=N pincite_matched=M missed=K extra=E field_mismatch=F files=…

eyecite reports str (code point) offsets; they are converted to UTF-8 byte offsets so
they compare with Pincite's byte spans. Matching uses eyecite's core span (span(),
e.g. "123 F.3d 456" or "Id. at 5"), not full_span(), whose case-name guesses can
reach into a neighbouring citation.

--summary prints only the totals and the summary line; --json prints the results as
JSON instead of the text report (the summary line then goes to stderr); --json-out FILE writes the JSON and still prints
the text. Exit code is always 0 (a Pincite failure on a file is reported and that
file's Pincite side counts as empty).

$PINCITE is a command prefix (split like a shell would), default
<repo>/.build/release/pincite. eyecite comes from .venv-eyecite (made by
scripts/setup_eyecite_venv.sh); run this script with any python3: if eyecite is not
importable it re-runs itself with .venv-eyecite/bin/python.
"""
import argparse
import json
import logging
import os
import re
import shlex
import subprocess
import sys
import time
from collections import Counter, OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = "/work/shared/corpus-dev"
DEFAULT_EXTRA = os.path.join(ROOT, "Corpus", "janfeshan", "janfeshan.txt")
VENV_PY = os.path.join(ROOT, ".venv-eyecite", "bin", "python")

# eyecite classes whose absence in Pincite matters ("case-like").
CASE_CLASSES = ("FullCaseCitation", "ShortCaseCitation", "IdCitation", "SupraCitation")
# What Pincite kind(s) we expect for each eyecite class (for the kind check).
EXPECTED_KIND = {
    "FullCaseCitation": {"case"},
    "ShortCaseCitation": {"short_case"},
    "IdCitation": {"id"},
    "SupraCitation": {"supra"},
    "FullLawCitation": {"statute", "regulation", "rule", "constitution"},
    "FullJournalCitation": {"journal"},
    "ReferenceCitation": {"reference"},
}
PINCITE_KINDS = ("case", "short_case", "id", "supra", "reference", "statute", "regulation",
                 "rule", "constitution", "record", "internal", "journal", "unknown")


# ------------------------------------------------------------------ eyecite side
def import_eyecite():
    try:
        import eyecite  # noqa: F401
        return True
    except ImportError:
        return False


def reexec_in_venv():
    if os.environ.get("_COMPARE_EYECITE_REEXEC"):
        return
    venv = os.path.dirname(os.path.dirname(VENV_PY))
    if os.path.realpath(sys.prefix) != os.path.realpath(venv) and os.access(VENV_PY, os.X_OK):
        os.environ["_COMPARE_EYECITE_REEXEC"] = "1"
        os.execv(VENV_PY, [VENV_PY, os.path.abspath(__file__)] + sys.argv[1:])


def utf8_len(ch):
    o = ord(ch)
    if o < 0x80:
        return 1
    if o < 0x800:
        return 2
    if 0xDC80 <= o <= 0xDCFF:
        # lone surrogates from surrogateescape stand for one undecodable raw byte
        return 1
    if o < 0x10000:
        return 3
    return 4


def char_to_byte_table(text):
    """table[i] = UTF-8 byte offset of code point i (len(text)+1 entries)."""
    table = [0] * (len(text) + 1)
    acc = 0
    for i, ch in enumerate(text):
        table[i] = acc
        acc += utf8_len(ch)
    table[len(text)] = acc
    return table


def eyecite_citations(text):
    from eyecite import get_citations
    tab = char_to_byte_table(text)
    out = []
    for c in get_citations(text):
        cls = type(c).__name__
        s, e = c.span()
        fs, fe = c.full_span()
        groups = dict(getattr(c, "groups", None) or {})
        corrected = None
        if hasattr(c, "corrected_reporter") and groups.get("reporter"):
            try:
                corrected = c.corrected_reporter()
            except Exception:
                corrected = None
        md = getattr(c, "metadata", None)
        out.append({
            "class": cls,
            "span": [tab[s], tab[e]],
            "full_span": [tab[fs], tab[fe]],
            "char_span": [s, e],
            "text": text[s:e],
            "volume": groups.get("volume"),
            "reporter": groups.get("reporter"),
            "corrected_reporter": corrected,
            "page": groups.get("page"),
            "pin_cite": getattr(md, "pin_cite", None) if md is not None else None,
        })
    return out


# ------------------------------------------------------------------ pincite side
def pincite_cmd():
    env = os.environ.get("PINCITE")
    if env:
        return shlex.split(env)
    return [os.path.join(ROOT, ".build", "release", "pincite")]


def span_of(x):
    s = x.get("span")
    if isinstance(s, dict):
        a, b = s.get("start", s.get("begin")), s.get("end")
        return (int(a), int(b)) if a is not None and b is not None else None
    if isinstance(s, (list, tuple)) and len(s) == 2:
        return (int(s[0]), int(s[1]))
    return None


def run_pincite(cmd, path):
    """-> (citations, error_message_or_None)"""
    full = cmd + ["parse", "--format", "json", path]
    try:
        r = subprocess.run(full, capture_output=True, timeout=300)
    except FileNotFoundError:
        return [], f"not found: {cmd[0]} (build with `swift build -c release` or set PINCITE)"
    except subprocess.TimeoutExpired:
        return [], "timed out after 300 s"
    if r.returncode != 0:
        return [], f"exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[:300]}"
    try:
        doc = json.loads(r.stdout)
    except ValueError as ex:
        return [], f"bad JSON on stdout: {ex}"
    # later decisions in subsequent history and mentions of a cited case by name are listed apart
    cites = (doc.get("citations") or []) + (doc.get("history_citations") or []) + (doc.get("case_mentions") or [])
    return [c for c in cites if isinstance(c, dict)], None


# ------------------------------------------------------------------ comparison
def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def norm_rep(r):
    return None if r is None else re.sub(r"[\s.,]", "", str(r)).lower()


def norm_num(v):
    if v is None:
        return None
    v = re.sub(r"^\s*(at\s+)?", "", str(v).strip().lower())
    return re.sub(r"\s", "", v)


def pin_first(p):
    """'at 460-61' -> '460'; '*3' -> '*3'."""
    p = norm_num(p)
    if not p:
        return None
    m = re.match(r"\*?[0-9a-z_]+", p)
    return m.group(0) if m else p


def field_diffs(e, p):
    diffs = []
    if e["volume"] is not None:
        pv = p.get("volume")
        if norm_num(pv) != norm_num(e["volume"]):
            diffs.append(("volume", e["volume"], pv))
    if e["reporter"] is not None:
        pr = norm_rep(p.get("reporter"))
        if pr not in {norm_rep(e["reporter"]), norm_rep(e["corrected_reporter"])}:
            diffs.append(("reporter", e["reporter"], p.get("reporter")))
    if e["page"] is not None:
        want = norm_num(e["page"])
        got = {norm_num(p.get("page"))}
        if e["class"] == "ShortCaseCitation":
            # eyecite's short-cite "page" is the pin page
            got |= {norm_num(p.get("pincite")), pin_first(p.get("pincite"))}
        if want not in got:
            shown = p.get("page")
            if e["class"] == "ShortCaseCitation":
                shown = f"page={p.get('page')!r} pincite={p.get('pincite')!r}"
            diffs.append(("page", e["page"], shown))
    return diffs


def context(raw, start, end, width):
    """~width bytes of text around [start,end) as one line, citation in ⟦ ⟧."""
    extra = max(0, width - (end - start))
    a = max(0, start - extra // 2)
    b = min(len(raw), end + extra - extra // 2)
    dec = lambda bs: re.sub(r"\s+", " ", bs.decode("utf-8", errors="replace"))
    return (("…" if a > 0 else "") + dec(raw[a:start]) + "⟦" + dec(raw[start:end]) + "⟧"
            + dec(raw[end:b]) + ("…" if b < len(raw) else ""))


def compare_file(path, cmd, width):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8", errors="surrogateescape")
    t0 = time.perf_counter()
    E = eyecite_citations(text)
    t_eye = time.perf_counter() - t0
    for e in E:  # the char->byte conversion must give back the same text
        if raw[e["span"][0]:e["span"][1]].decode("utf-8", errors="surrogateescape") != e["text"]:
            sys.stderr.write(f"warning: {path}: byte span {e['span']} does not give back {e['text']!r}\n")
    t0 = time.perf_counter()
    P, err = run_pincite(cmd, path)
    t_pin = time.perf_counter() - t0
    pspans = [span_of(p) for p in P]

    res = OrderedDict()
    res["file"] = path
    res["bytes"] = len(raw)
    res["pincite_error"] = err
    res["seconds"] = {"eyecite": round(t_eye, 4), "pincite": round(t_pin, 4)}
    res["eyecite_counts"] = dict(Counter(e["class"] for e in E))
    res["pincite_counts"] = dict(Counter(str(p.get("kind")) for p in P))
    missed, mismatches, matched_case = [], [], 0
    eye_hit = [False] * len(E)
    for i, e in enumerate(E):
        best, best_ov = None, 0
        for j, ps in enumerate(pspans):
            if ps is None:
                continue
            ov = overlap(e["span"], ps)
            if ov > best_ov or (ov == best_ov and ov > 0 and best is not None
                                and abs(ps[0] - e["span"][0]) < abs(pspans[best][0] - e["span"][0])):
                best, best_ov = j, ov
        # zero-width eyecite spans (should not happen) count as matched if inside a Pincite span
        if best is None and e["span"][0] == e["span"][1]:
            for j, ps in enumerate(pspans):
                if ps and ps[0] <= e["span"][0] < ps[1]:
                    best = j
                    break
        if best is not None:
            eye_hit[i] = True
        is_case = e["class"] in CASE_CLASSES
        if best is None:
            if is_case:
                missed.append({"class": e["class"], "start": e["span"][0], "end": e["span"][1],
                               "text": e["text"], "context": context(raw, e["span"][0], e["span"][1], width)})
            continue
        if is_case:
            matched_case += 1
        p = P[best]
        diffs = field_diffs(e, p)
        exp = EXPECTED_KIND.get(e["class"])
        if exp and p.get("kind") not in exp:
            diffs.append(("kind", e["class"], p.get("kind")))
        if diffs:
            mismatches.append({"class": e["class"], "start": e["span"][0], "end": e["span"][1],
                               "eyecite_text": e["text"], "pincite_id": p.get("id"),
                               "pincite_text": p.get("text"),
                               "diffs": [{"field": f, "eyecite": a, "pincite": b} for f, a, b in diffs]})
    extra = []
    for j, p in enumerate(P):
        if p.get("kind") not in ("case", "short_case") or pspans[j] is None:
            continue
        if not any(overlap(e["span"], pspans[j]) > 0 for e in E):
            extra.append({"kind": p.get("kind"), "id": p.get("id"), "start": pspans[j][0],
                          "end": pspans[j][1], "text": p.get("text"),
                          "context": context(raw, pspans[j][0], pspans[j][1], width)})
    res["eyecite_case_found"] = sum(1 for e in E if e["class"] in CASE_CLASSES)
    res["pincite_matched"] = matched_case
    res["missed"] = missed
    res["extra"] = extra
    res["mismatches"] = mismatches
    res["eyecite_citations"] = E
    return res


# ------------------------------------------------------------------ report
def fmt_counts(c, order=()):
    keys = [k for k in order if k in c] + sorted(k for k in c if k not in order)
    return ", ".join(f"{k}={c[k]}" for k in keys) or "(none)"


EYE_ORDER = ("FullCaseCitation", "ShortCaseCitation", "IdCitation", "SupraCitation",
             "ReferenceCitation", "FullLawCitation", "FullJournalCitation", "UnknownCitation")


def print_file(r, limit, out):
    name = os.path.basename(r["file"])
    out.write(f"\n=== {name}  ({r['bytes']} bytes; eyecite {r['seconds']['eyecite']:.3f}s, "
              f"pincite {r['seconds']['pincite']:.3f}s)\n")
    out.write(f"  eyecite: {fmt_counts(r['eyecite_counts'], EYE_ORDER)}\n")
    if r["pincite_error"]:
        out.write(f"  pincite: ERROR {r['pincite_error']}\n")
    else:
        out.write(f"  pincite: {fmt_counts(r['pincite_counts'], PINCITE_KINDS)}\n")
    out.write(f"  case-like found by eyecite: {r['eyecite_case_found']}, overlapped by Pincite: "
              f"{r['pincite_matched']}\n")

    def section(title, rows, render):
        if not rows:
            return
        out.write(f"  {title} ({len(rows)}):\n")
        for x in rows[:limit]:
            out.write("    " + render(x) + "\n")
        if len(rows) > limit:
            out.write(f"    … {len(rows) - limit} more (raise --limit or use --json)\n")

    section("MISSED BY PINCITE", r["missed"],
            lambda m: f"{name}@{m['start']}-{m['end']} {m['class']} {m['text']!r}\n      {m['context']}")
    section("EXTRA IN PINCITE", r["extra"],
            lambda x: f"{name}@{x['start']}-{x['end']} {x['kind']} #{x['id']}\n      {x['context']}")
    section("FIELD MISMATCH", r["mismatches"],
            lambda m: f"{name}@{m['start']}-{m['end']} {m['eyecite_text']!r} vs #{m['pincite_id']} "
                      f"{m['pincite_text']!r}: "
                      + "; ".join(f"{d['field']} eyecite={d['eyecite']!r} pincite={d['pincite']!r}"
                                  for d in m["diffs"]))


def totals(results):
    t = {"files": len(results), "bytes": sum(r["bytes"] for r in results),
         "eyecite_counts": Counter(), "pincite_counts": Counter(),
         "eyecite_case_found": 0, "pincite_matched": 0, "missed": 0, "extra": 0,
         "field_mismatch": 0, "pincite_errors": 0,
         "eyecite_seconds": 0.0, "pincite_seconds": 0.0}
    for r in results:
        t["eyecite_counts"].update(r["eyecite_counts"])
        t["pincite_counts"].update(r["pincite_counts"])
        t["eyecite_case_found"] += r["eyecite_case_found"]
        t["pincite_matched"] += r["pincite_matched"]
        t["missed"] += len(r["missed"])
        t["extra"] += len(r["extra"])
        t["field_mismatch"] += len(r["mismatches"])
        t["pincite_errors"] += 1 if r["pincite_error"] else 0
        t["eyecite_seconds"] += r["seconds"]["eyecite"]
        t["pincite_seconds"] += r["seconds"]["pincite"]
    t["eyecite_counts"] = dict(t["eyecite_counts"])
    t["pincite_counts"] = dict(t["pincite_counts"])
    t["eyecite_seconds"] = round(t["eyecite_seconds"], 3)
    t["pincite_seconds"] = round(t["pincite_seconds"], 3)
    return t


def summary_line(t):
    return (f"eyecite_case_found={t['eyecite_case_found']} pincite_matched={t['pincite_matched']} "
            f"missed={t['missed']} extra={t['extra']} field_mismatch={t['field_mismatch']} "
            f"files={t['files']} pincite_errors={t['pincite_errors']}")


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
        k = os.path.realpath(f)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("paths", nargs="*", help="directories (*.txt) or files")
    ap.add_argument("--summary", action="store_true", help="print only totals + summary line")
    ap.add_argument("--json", action="store_true", help="print JSON results instead of the text report")
    ap.add_argument("--json-out", metavar="FILE", help="also write JSON results to FILE")
    ap.add_argument("--context", type=int, default=100, help="bytes of context shown (default 100)")
    ap.add_argument("--limit", type=int, default=50, help="rows per section per file (default 50)")
    args = ap.parse_args()

    if not import_eyecite():
        reexec_in_venv()
        sys.stderr.write("error: eyecite is not importable; run scripts/setup_eyecite_venv.sh "
                         "(or run this script with .venv-eyecite/bin/python)\n")
        print(summary_line(totals([])))
        return 0
    logging.getLogger("eyecite").setLevel(logging.ERROR)
    import eyecite
    try:
        from importlib.metadata import version
        eye_version = version("eyecite")
    except Exception:
        eye_version = getattr(eyecite, "__version__", "?")

    paths = args.paths or [p for p in (DEFAULT_DIR, DEFAULT_EXTRA) if os.path.exists(p)]
    if not args.paths and not os.path.exists(DEFAULT_DIR):
        sys.stderr.write(f"warning: default corpus {DEFAULT_DIR} not found; pass directories/files\n")
    files = collect_files(paths)
    cmd = pincite_cmd()
    if not (os.path.exists(cmd[0]) or any(os.access(os.path.join(d, cmd[0]), os.X_OK)
                                          for d in os.environ.get("PATH", "").split(os.pathsep))):
        sys.stderr.write(f"warning: Pincite binary {cmd[0]} not found (build with "
                         f"`swift build -c release` or set PINCITE); Pincite side will be empty\n")

    results = []
    for f in files:
        try:
            results.append(compare_file(f, cmd, args.context))
        except Exception as ex:  # keep going: one bad file must not hide the others
            sys.stderr.write(f"error: {f}: {type(ex).__name__}: {ex}\n")
    t = totals(results)
    doc = {"eyecite_version": eye_version, "pincite": cmd, "totals": t, "files": results}
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False)
    out = sys.stdout
    if args.json:
        json.dump(doc, out, indent=1, ensure_ascii=False)
        out.write("\n")
        sys.stderr.write(summary_line(t) + "\n")  # keep stdout pure JSON
        return 0

    out.write(f"eyecite {eye_version} vs {' '.join(cmd)} on {len(files)} files\n")
    if not args.summary:
        for r in results:
            print_file(r, args.limit, out)
    out.write(f"\n=== TOTAL ({t['files']} files, {t['bytes']} bytes; eyecite {t['eyecite_seconds']}s, "
              f"pincite {t['pincite_seconds']}s)\n")
    out.write(f"  eyecite: {fmt_counts(t['eyecite_counts'], EYE_ORDER)}\n")
    out.write(f"  pincite: {fmt_counts(t['pincite_counts'], PINCITE_KINDS)}\n")
    out.write(f"  missed by pincite: {t['missed']}   extra in pincite: {t['extra']}   "
              f"field mismatches: {t['field_mismatch']}   pincite errors: {t['pincite_errors']}\n")
    if args.summary:
        per = [(os.path.basename(r["file"]), len(r["missed"]), len(r["extra"]), len(r["mismatches"]),
                "ERR" if r["pincite_error"] else "")
               for r in results]
        out.write("  per file (missed / extra / mismatched):\n")
        for n, m, x, f, e in per:
            out.write(f"    {n:<55} {m:>4} {x:>4} {f:>4} {e}\n")
    out.write(summary_line(t) + "\n")
    return 0


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    try:
        main()
    except KeyboardInterrupt:
        pass
    sys.exit(0)
