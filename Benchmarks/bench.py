#!/usr/bin/env python3
"""Pincite throughput / memory benchmark, with eyecite as the reference point.

Usually started through Benchmarks/run.sh. This script BUILDS NOTHING: run
`swift build -c release` first (the binary is $PINCITE, a command prefix split like a
shell would, default <repo>/.build/release/pincite). eyecite comes from
<repo>/.venv-eyecite (scripts/setup_eyecite_venv.sh) or --eyecite-python.

What it does:
  1. Input. Takes the original texts: Corpus/janfeshan/janfeshan.txt and every *.txt
     of --corpus (default /work/shared/corpus-dev). Copies them round after round into
     a temp dir until the copies reach --min-mb (default 20, MB = 10^6 bytes): as
     separate files (files/rNNN_<name>.txt) AND as one big file (big.txt, the same
     bytes concatenated).
  2. Measures, each pinned to one core with `taskset -c <core>` (default 0), best of
     --runs (default 3):
     a. `pincite parse --format json big.txt > /dev/null`: wall time -> MB/s, once as
        run by default (with the Bluebook check) and once with --no-bluebook, the
        baseline of the stage comparisons below (all --no-bluebook); also
        --citations-only (no opinion tree) for what layout and structure add;
     b. `pincite batch --format jsonl files/* > /dev/null`: wall time -> MB/s;
     a2. the same with `--format xml`, and with `--format outline` (the parse with next
        to no output), for the export cost of JSON and XML over the parse alone;
     c. peak RSS of (a) (and of (b)), as a multiple of the input size. It is read
        from the rusage of that very child (os.wait4, the getrusage data that
        /usr/bin/time -v prints), so GNU time is not needed;
     d. eyecite 2.7.8 on the ORIGINAL, unrepeated texts: get_citations +
        resolve_citations on each text, timed in-process in the venv's python
        (pinned too). Interpreter start, `import eyecite` and eyecite's one-time
        tokenizer build (a warm-up call on one short line) are excluded -- this
        favours eyecite, while Pincite's numbers include its process start.
     MB/s is also given per CPU second (user+sys), which is steadier than wall time
     when other work shares the machine.
  3. Prints a Markdown table: the numbers, the machine (nproc, CPU model) and the
     speed ratio Pincite / eyecite. --json FILE also saves the numbers.

Exit code: 0 when everything ran; 1 when the Pincite binary is missing or failed
(eyecite is still measured and the table still printed); 2 on bad arguments.
"""
import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = "/work/shared/corpus-dev"
JANFESHAN = os.path.join(ROOT, "Corpus", "janfeshan", "janfeshan.txt")
VENV_PY = os.path.join(ROOT, ".venv-eyecite", "bin", "python")
MB = 1_000_000

# Runs inside the eyecite venv: argv = runs, then text files. Prints one JSON line.
EYECITE_SNIPPET = r"""
import json, logging, resource, sys, time
runs = int(sys.argv[1]); paths = sys.argv[2:]
raw = [open(p, 'rb').read() for p in paths]
texts = [b.decode('utf-8', errors='surrogateescape') for b in raw]
logging.disable(logging.WARNING)
import eyecite
from eyecite import get_citations, resolve_citations
from importlib.metadata import version
resolve_citations(get_citations('See Roe v. Wade, 410 U.S. 113, 115 (1973). Id. at 116.'))  # warm-up
walls, cpus, n = [], [], 0
for _ in range(runs):
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for t in texts:
        cites = get_citations(t)
        resolve_citations(cites)
        n += len(cites)
    walls.append(time.perf_counter() - t0); cpus.append(time.process_time() - c0)
print(json.dumps({"version": version("eyecite"), "files": len(texts), "bytes": sum(map(len, raw)),
                  "citations": n, "walls": walls, "cpus": cpus,
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def machine_info():
    model = None
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model or platform.processor() or "unknown",
            "os": f"{platform.system()} {platform.release()}"}


def pin_prefix(core):
    if core is None or core < 0:
        return []
    if shutil.which("taskset"):
        return ["taskset", "-c", str(core)]
    sys.stderr.write("warning: taskset not found (Debian: apt-get install util-linux); running unpinned\n")
    return []


def build_input(originals, min_bytes, workdir):
    """-> (list of file paths, big file path, total bytes, rounds)"""
    blobs = [(os.path.basename(p), open(p, "rb").read()) for p in originals]
    per_round = sum(len(b) for _, b in blobs)
    if per_round == 0:
        raise SystemExit("error: the input texts are empty")
    files_dir = os.path.join(workdir, "files")
    os.makedirs(files_dir)
    big_path = os.path.join(workdir, "big.txt")
    files, total, rnd = [], 0, 0
    with open(big_path, "wb") as big:
        while total < min_bytes:
            for name, data in blobs:
                path = os.path.join(files_dir, f"r{rnd:03d}_{name}")
                with open(path, "wb") as fh:
                    fh.write(data)
                big.write(data)
                files.append(path)
                total += len(data)
            rnd += 1
    return files, big_path, total, rnd


def run_child(argv, timeout):
    """Run argv with stdout to /dev/null -> (wall s, cpu s, peak RSS KiB, exit code, stderr)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        deadline = t0 + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                p.returncode = -9
                err.seek(0)
                return None, None, None, -9, f"timed out after {timeout} s"
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        p.returncode = code
        err.seek(0)
        msg = err.read().decode(errors="replace")[-2000:]
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, code, msg


def measure(argv, runs, timeout, label):
    walls, cpus, rss = [], [], 0
    for i in range(runs):
        wall, cpu, kb, code, msg = run_child(argv, timeout)
        if code != 0:
            return {"error": f"{label}: exit {code}: {msg.strip()[:500]}"}
        walls.append(wall)
        cpus.append(cpu)
        rss = max(rss, kb)
        sys.stderr.write(f"  {label} run {i + 1}/{runs}: {wall:.3f} s wall, {cpu:.3f} s cpu, "
                         f"peak RSS {kb / 1024:.1f} MiB\n")
    return {"walls": walls, "cpus": cpus, "best_wall": min(walls), "best_cpu": min(cpus),
            "peak_rss_kb": rss}


def fmt(x, nd=2):
    return "n/a" if x is None else f"{x:,.{nd}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help=f"directory of *.txt (default {DEFAULT_CORPUS})")
    ap.add_argument("--no-janfeshan", action="store_true", help="leave out Corpus/janfeshan/janfeshan.txt")
    ap.add_argument("--min-mb", type=float, default=20.0, help="size of the repeated input (default 20 MB)")
    ap.add_argument("--runs", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--core", type=int, default=0, help="CPU to pin to with taskset (-1: no pinning)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per Pincite run (default 900)")
    ap.add_argument("--eyecite-python", default=VENV_PY, help="python with eyecite (default .venv-eyecite)")
    ap.add_argument("--no-eyecite", action="store_true", help="skip the eyecite measurement")
    ap.add_argument("--no-pincite", action="store_true", help="skip the Pincite measurements")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with the generated input")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be >= 1")

    originals = [] if args.no_janfeshan or not os.path.isfile(JANFESHAN) else [JANFESHAN]
    if os.path.isdir(args.corpus):
        originals += sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus) if f.endswith(".txt"))
    else:
        sys.stderr.write(f"warning: corpus directory {args.corpus} not found\n")
    if not originals:
        ap.error("no input texts (need Corpus/janfeshan/janfeshan.txt or --corpus DIR with *.txt)")
    orig_bytes = sum(os.path.getsize(p) for p in originals)

    pin = pin_prefix(args.core)
    cmd = shlex.split(os.environ["PINCITE"]) if os.environ.get("PINCITE") else \
        [os.path.join(ROOT, ".build", "release", "pincite")]
    failed = False
    res = {"machine": machine_info(), "pinned": " ".join(pin) or "no", "runs": args.runs,
           "originals": {"files": len(originals), "bytes": orig_bytes}, "pincite_cmd": cmd}

    # --- Pincite
    if args.no_pincite:
        pass
    elif not (shutil.which(cmd[0]) or os.access(cmd[0], os.X_OK)):
        sys.stderr.write(
            f"\nPincite binary not found: {cmd[0]}\n"
            f"This benchmark builds nothing. Build it first:  swift build -c release\n"
            f"or point PINCITE at a binary:  PINCITE=/path/to/pincite Benchmarks/run.sh\n"
            f"Continuing with eyecite only.\n\n")
        res["pincite_error"] = f"binary not found: {cmd[0]}"
        failed = True
    else:
        work = tempfile.mkdtemp(prefix="pincite-bench-")
        try:
            files, big, total, rounds = build_input(originals, int(args.min_mb * MB), work)
            res["input"] = {"dir": work, "files": len(files), "bytes": total, "rounds": rounds}
            sys.stderr.write(f"input: {len(originals)} texts ({orig_bytes / MB:.3f} MB) x {rounds} = "
                             f"{len(files)} files, {total / MB:.2f} MB, in {work}\n")
            probe = subprocess.run(cmd + ["parse", "--format", "json", originals[0]], capture_output=True)
            ok = probe.returncode == 0
            if ok:
                try:
                    ok = json.loads(probe.stdout).get("schema") == "pincite/1"
                except ValueError:
                    ok = False
                if not ok:
                    sys.stderr.write("warning: `pincite parse --format json` did not print a pincite/1 "
                                     "document on a sample; timing it anyway\n")
            else:
                sys.stderr.write(f"warning: pincite failed on {originals[0]}: "
                                 f"{probe.stderr.decode(errors='replace')[:500]}\n")
            # the default parse runs the Bluebook check; the other rows leave it out so that
            # they compare stages (opinion tree, export) on the same work
            res["parse_bluebook"] = measure(pin + cmd + ["parse", "--format", "json", big],
                                            args.runs, args.timeout, "pincite parse big.txt (with the Bluebook check)")
            res["parse"] = measure(pin + cmd + ["parse", "--format", "json", "--no-bluebook", big],
                                   args.runs, args.timeout, "pincite parse big.txt")
            # the core alone (citations, pages, footnotes; no opinion tree), to show what
            # layout and structure add
            res["parse_core"] = measure(pin + cmd + ["parse", "--format", "json", "--citations-only", "--no-bluebook", big],
                                        args.runs, args.timeout, "pincite parse --citations-only big.txt")
            res["batch"] = measure(pin + cmd + ["batch", "--format", "jsonl"] + files,
                                   args.runs, args.timeout, f"pincite batch {len(files)} files")
            # export cost: the same parse writing XML, and writing only the outline
            # (a few hundred bytes: the parse without an exporter to speak of)
            res["parse_xml"] = measure(pin + cmd + ["parse", "--format", "xml", "--no-bluebook", big],
                                       args.runs, args.timeout, "pincite parse --format xml big.txt")
            res["parse_only"] = measure(pin + cmd + ["parse", "--format", "outline", "--no-bluebook", big],
                                        args.runs, args.timeout, "pincite parse --format outline big.txt")
            for k in ("parse_bluebook", "parse", "parse_core", "batch", "parse_xml", "parse_only"):
                if "error" in res[k]:
                    sys.stderr.write(res[k]["error"] + "\n")
                    failed = True
        finally:
            if args.keep:
                sys.stderr.write(f"kept {work}\n")
            else:
                shutil.rmtree(work, ignore_errors=True)

    # --- eyecite
    if not args.no_eyecite:
        if not os.access(args.eyecite_python, os.X_OK):
            sys.stderr.write(f"eyecite python not found at {args.eyecite_python}: run "
                             f"scripts/setup_eyecite_venv.sh (eyecite skipped)\n")
            res["eyecite_error"] = "no eyecite venv"
        else:
            sys.stderr.write(f"eyecite on {len(originals)} original texts ({orig_bytes / MB:.3f} MB), "
                             f"{args.runs} runs...\n")
            r = subprocess.run(pin + [args.eyecite_python, "-c", EYECITE_SNIPPET, str(args.runs)] + originals,
                               capture_output=True, text=True)
            if r.returncode != 0:
                res["eyecite_error"] = r.stderr.strip()[-1000:]
                sys.stderr.write(f"eyecite failed: {res['eyecite_error']}\n")
            else:
                e = json.loads(r.stdout.strip().splitlines()[-1])
                e["best_wall"], e["best_cpu"] = min(e["walls"]), min(e["cpus"])
                res["eyecite"] = e

    # --- report
    rows = []
    ratios = []
    ein = res.get("eyecite")
    e_mbs = ein["bytes"] / MB / ein["best_wall"] if ein else None
    e_cpu = ein["bytes"] / MB / ein["best_cpu"] if ein else None
    inp = res.get("input")
    for key, label in (("parse_bluebook", "`pincite parse --format json` one big file (default: with the Bluebook check)"),
                       ("parse", "`pincite parse --format json --no-bluebook` one big file"),
                       ("parse_core", "`pincite parse --format json --citations-only --no-bluebook` (no opinion tree)"),
                       ("batch", f"`pincite batch --format jsonl` {inp['files'] if inp else '?'} files"),
                       ("parse_xml", "`pincite parse --format xml --no-bluebook` one big file"),
                       ("parse_only", "`pincite parse --format outline --no-bluebook` (parse, next to no export)")):
        m = res.get(key)
        if not m:
            continue
        if "error" in m:
            rows.append((label, f"{inp['bytes'] / MB:.2f} MB", "failed", "", "", ""))
            continue
        mbs = inp["bytes"] / MB / m["best_wall"]
        cpu = inp["bytes"] / MB / m["best_cpu"] if m["best_cpu"] else None
        m["mb_per_s"], m["mb_per_cpu_s"] = mbs, cpu
        m["rss_multiple"] = m["peak_rss_kb"] * 1024 / inp["bytes"]
        rows.append((label, f"{inp['bytes'] / MB:.2f} MB", fmt(m["best_wall"], 3), fmt(mbs), fmt(cpu),
                     f"{m['peak_rss_kb'] / 1024:,.1f} MiB ({m['rss_multiple']:.2f}× input)"))
        if e_mbs and key in ("parse", "batch"):
            ratios.append(f"{key} {mbs / e_mbs:,.1f}× (per CPU second {cpu / e_cpu:,.1f}×)" if cpu
                          else f"{key} {mbs / e_mbs:,.1f}×")
    if ein:
        ein["mb_per_s"], ein["mb_per_cpu_s"] = e_mbs, e_cpu
        rows.append((f"eyecite {ein['version']} get_citations + resolve_citations, in-process, "
                     f"{ein['files']} texts", f"{ein['bytes'] / MB:.3f} MB", fmt(ein["best_wall"], 3),
                     fmt(e_mbs), fmt(e_cpu), f"{ein['peak_rss_kb'] / 1024:,.1f} MiB (whole interpreter)"))
    mi = res["machine"]
    print("## Pincite benchmark\n")
    print(f"- Machine: {mi['cpu']}, nproc={mi['nproc']}, {mi['os']}; pinned: `{res['pinned']}`")
    print(f"- Best of {args.runs} runs; MB = 10^6 bytes; Pincite output to /dev/null")
    if inp:
        print(f"- Input: {len(originals)} texts ({orig_bytes / MB:.3f} MB) repeated {inp['rounds']}× = "
              f"{inp['files']} files / one {inp['bytes'] / MB:.2f} MB file")
    pc, pf = res.get("parse_core"), res.get("parse")
    if pc and pf and "best_cpu" in pc and "best_cpu" in pf and pc["best_cpu"]:
        res["structure_overhead"] = pf["best_cpu"] / pc["best_cpu"] - 1
        print(f"- Layout + opinion tree add {res['structure_overhead'] * 100:.0f}% to the citations-only parse (CPU time)")
    print()
    print("| run | input | best wall (s) | MB/s | MB/CPU-s | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print()
    if ratios:
        print("Speed ratio Pincite / eyecite (MB/s): " + "; ".join(ratios))
    base = res.get("parse_only", {}).get("best_cpu")
    if base:
        costs = [f"{name} +{(res[k]['best_cpu'] - base) / base * 100:.0f}%"
                 for k, name in (("parse", "JSON"), ("parse_xml", "XML"))
                 if res.get(k, {}).get("best_cpu")]
        print("\nExport cost over the parse alone (CPU seconds, against `--format outline`): " + "; ".join(costs))
    for k in ("pincite_error", "eyecite_error"):
        if res.get(k):
            print(f"\n{k.replace('_', ' ')}: {res[k]}")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(res, fh, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
