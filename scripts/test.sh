#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. e2e runs in real Chromium against the
# production build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
echo '▶ format'; npx prettier --check . --log-level warn
echo '▶ lint'; npx eslint . --max-warnings 0
echo '▶ typecheck'; npx tsc -b
echo '▶ unit and component tests'; npx vitest run
echo '▶ build'; npx vite build --logLevel warn
echo '▶ e2e (Chromium)'; npx playwright test
