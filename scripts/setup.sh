#!/usr/bin/env bash
# Installs what a fresh Debian machine with the Swift 6 toolchain lacks to build
# Pincite: pkg-config, the libxml2 headers (the CLibXML2 system-library target), the
# OpenSSL libcrypto headers (CCrypto, for SHA-256), the zlib / libbz2 / libzstd headers
# (batch inputs), the SQLite headers (GRDB) and git for SwiftPM. Uses sudo when not run
# as root. Safe to run again.
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
    echo "setup: swift is not on PATH (install the Swift 6 toolchain first)" >&2
    exit 1
fi
missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
dpkg -s libxml2-dev >/dev/null 2>&1 || missing+=(libxml2-dev)
dpkg -s libssl-dev >/dev/null 2>&1 || missing+=(libssl-dev)
for pkg in zlib1g-dev libbz2-dev libzstd-dev libsqlite3-dev; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
command -v git >/dev/null 2>&1 || missing+=(git)
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
