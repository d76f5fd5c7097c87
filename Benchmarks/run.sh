#!/usr/bin/env bash
# Pincite benchmark: throughput (MB/s) of `pincite parse` on one >=20 MB file and of
# `pincite batch` on the same bytes as many files, Pincite's peak RSS, and eyecite's
# MB/s on the original corpus, all pinned to one core (taskset -c 0), best of 3.
# Prints a Markdown table. Details: the docstring of Benchmarks/bench.py.
#
# This script BUILDS NOTHING. Build the release binary first:
#     swift build -c release
#     Benchmarks/run.sh                       # default binary .build/release/pincite
#     PINCITE=/path/to/pincite Benchmarks/run.sh --corpus DIR --min-mb 50 --json out.json
# Options are passed to bench.py (see Benchmarks/bench.py --help), e.g. --runs N,
# --core N, --no-eyecite, --keep.
#
# If .venv-eyecite/ is missing, scripts/setup_eyecite_venv.sh is run to make it (needs
# PyPI); set BENCH_NO_SETUP=1 to skip that (eyecite is then left out if absent).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ ! -x .venv-eyecite/bin/python && "${BENCH_NO_SETUP:-0}" != 1 ]]; then
    scripts/setup_eyecite_venv.sh >&2 || echo "warning: eyecite venv setup failed; eyecite will be skipped" >&2
fi

exec python3 "$ROOT/Benchmarks/bench.py" "$@"
