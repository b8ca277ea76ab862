#!/usr/bin/env bash
# Sets up, builds and runs every test suite. Each suite that needs PostgreSQL starts its own
# throw-away cluster on a private socket.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh
# The end-to-end tests drive Debian's Chromium (no browser is downloaded); the SFTP tests a real
# OpenSSH server (server/tests/support/sshd.sh starts a throwaway one on loopback); the pooler
# tests a real PgBouncer; the deploy test Debian's Docker engine and Compose (deploy/).
source scripts/lib.sh
install_missing_packages chromium openssh-server pgbouncer docker.io docker-compose debootstrap
echo "==> build finished after $(( $(date +%s) - start ))s; running the tests"
echo "==> web UI: API types up to date, lint (types, hooks, no imports across features) and unit tests"
(cd web && npm run api-types:check --silent && npm run lint --silent && npm test --silent)
echo "==> web UI end-to-end tests"
(cd web && npm run e2e --silent)
echo "==> server tests"
ctest --test-dir build --output-on-failure
bash scripts/fuzz.sh
echo "==> deploy: the production compose file end to end"
bash scripts/test-deploy.sh
echo "==> build and tests took $(( $(date +%s) - start ))s"
