#!/usr/bin/env python3
"""Complexity benchmark: does `pincite parse` time grow linearly with input size?

    swift build -c release
    Benchmarks/complexity.py [--bin .build/release/pincite] [--sizes 1K,10K,100K,1M,10M,50M] [SHAPE...]

For ordinary prose and each adversarial shape (scripts/adversarial.py) at each size it
times one `pincite parse FILE --format json` (the full default run, output discarded)
and reads its peak RSS. It prints a Markdown table of seconds per run and a linearity
check: seconds per MB at the largest size divided by seconds per MB at 1 MB (≈ 1 when
linear; start-up, ~0.1 s, dominates the small sizes, so they are not compared).
A run over --timeout seconds is reported as such: that is a bug to fix.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'scripts'))
import adversarial  # noqa: E402


def run(bin_path, path, timeout):
    """(seconds, peak RSS in MiB, exit code) of one parse; seconds None on timeout.
    The RSS comes from /usr/bin/time: Linux keeps a process's peak RSS across exec, so
    a child forked from this (large) Python process would report Python's peak."""
    start = time.perf_counter()
    with tempfile.NamedTemporaryFile('r') as rss:
        cmd = ['/usr/bin/time', '-o', rss.name, '-f', '%M', bin_path, 'parse', path, '--format', 'json']
        try:
            code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            return None, 0, -9
        secs = time.perf_counter() - start
        return secs, int(rss.read().strip().splitlines()[-1]) / 1024, code


def main():
    ap = argparse.ArgumentParser()
    root = os.path.dirname(HERE)
    ap.add_argument('--bin', default=os.path.join(root, '.build/release/pincite'))
    ap.add_argument('--sizes', default='1K,10K,100K,1M,10M,50M')
    ap.add_argument('--timeout', type=float, default=300)
    ap.add_argument('shapes', nargs='*')
    a = ap.parse_args()
    sizes = [(s, adversarial.parse_size(s)) for s in a.sizes.split(',')]
    shapes = a.shapes or list(adversarial.SHAPES)
    print('| shape | ' + ' | '.join(s for s, _ in sizes) + ' | s/MB at 1M | s/MB at %s | ratio | peak RSS at %s |' % (sizes[-1][0], sizes[-1][0]))
    print('|---|' + '---:|' * (len(sizes) + 4))
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for shape in shapes:
            ext, build = adversarial.SHAPES[shape]
            cells, per_mb, rss, failed = [], {}, 0, False
            for label, n in sizes:
                path = os.path.join(tmp, '%s.%s' % (shape, ext))
                data = build(n)
                with open(path, 'wb') as f:
                    f.write(data)
                secs, rss, code = run(a.bin, path, a.timeout)
                if secs is None or code != 0:
                    cells.append('TIMEOUT' if secs is None else 'exit %d' % code)
                    failed = True
                    break
                cells.append('%.2f' % secs)
                per_mb[label] = secs / (len(data) / 1e6)
            cells += [''] * (len(sizes) - len(cells))
            lo, hi = per_mb.get('1M'), per_mb.get(sizes[-1][0])
            ratio = hi / lo if lo and hi and not failed else None
            if ratio:
                worst = max(worst, ratio)
            print('| %s | %s | %s | %s | %s | %s |' % (
                shape, ' | '.join(cells), '%.3f' % lo if lo else '', '%.3f' % hi if hi and not failed else '',
                '%.2f' % ratio if ratio else '', '%.0f MiB' % rss if not failed else ''), flush=True)
    print('\nworst ratio (s/MB at the largest size ÷ s/MB at 1 MB): %.2f' % worst)


if __name__ == '__main__':
    main()
