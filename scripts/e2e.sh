#!/usr/bin/env bash
# Runs the end-to-end scenarios (e2e/*.spec.ts) in Debian Chromium against the real server.
# Builds the web app first when web/dist is missing or when called with --build.
# Usage: bash scripts/e2e.sh [--build] [FILTER]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${1:-}" = "--build" ] || [ ! -f web/dist/index.html ]; then
  [ "${1:-}" = "--build" ] && shift
  npm run build:web
fi
exec npx tsx e2e/run.ts "$@"
