#!/usr/bin/env bash
# Sets up and starts numbase with the embedded PostgreSQL under ./var.
# Extra arguments go to `numbase serve` (e.g. --port 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec ./build/numbase serve "$@"
