#!/usr/bin/env bash
# Sets up, builds and runs every test suite. Each suite that needs PostgreSQL starts its own
# throw-away cluster on a private socket.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh
echo "==> build finished after $(( $(date +%s) - start ))s; running the tests"
ctest --test-dir build --output-on-failure
echo "==> build and tests took $(( $(date +%s) - start ))s"
