#!/usr/bin/env bash
# Create (or reuse) .venv-eyecite/ at the repository root with a pinned eyecite,
# the Python reference implementation Pincite is compared and benchmarked against.
#
#   scripts/setup_eyecite_venv.sh            # idempotent; prints the installed version
#   EYECITE_VENV=/other/dir scripts/setup_eyecite_venv.sh
#   PYTHON=python3.12 scripts/setup_eyecite_venv.sh
#
# Used by scripts/compare_eyecite.py and Benchmarks/run.sh. Needs python3 with the
# venv module (Debian: apt-get install python3-venv) and access to PyPI.
set -euo pipefail

EYECITE_VERSION="2.7.8"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${EYECITE_VENV:-$ROOT/.venv-eyecite}"
PYTHON="${PYTHON:-python3}"

installed_version() {
    "$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("eyecite"))' 2>/dev/null || true
}

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "creating $VENV" >&2
    if ! "$PYTHON" -m venv "$VENV"; then
        echo "error: '$PYTHON -m venv' failed; on Debian/Ubuntu install python3-venv" >&2
        exit 1
    fi
fi

if [[ "$(installed_version)" != "$EYECITE_VERSION" ]]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "eyecite==$EYECITE_VERSION"
fi

v="$(installed_version)"
if [[ "$v" != "$EYECITE_VERSION" ]]; then
    echo "error: eyecite $EYECITE_VERSION not importable in $VENV (got '${v:-none}')" >&2
    exit 1
fi
# Smoke-test the import itself, not only the metadata.
"$VENV/bin/python" -c 'import eyecite; eyecite.get_citations("1 U.S. 1")' >/dev/null
echo "eyecite $v in $VENV"
