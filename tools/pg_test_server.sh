#!/bin/sh
# Make PostgreSQL available to the test suite (tests/pg start a throwaway cluster themselves).
# Usage (CI, Debian, as root):  tools/pg_test_server.sh && .venv/bin/python -m pytest
set -eu
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    echo "PostgreSQL server binaries found."
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed; run as root or: sudo apt-get install -y postgresql" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql
# The Debian package starts a system cluster; the tests do not need it.
if command -v pg_ctlcluster >/dev/null 2>&1; then
    for version in /usr/lib/postgresql/*; do
        pg_ctlcluster "$(basename "$version")" main stop 2>/dev/null || true
    done
fi
echo "PostgreSQL installed."
