#!/usr/bin/env bash
# `npm run demo`: sets up and starts the app on the embedded defaults (PGlite database,
# built-in identity provider and PABC, demo data and demo users). Needs only Node and npm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/node-deps.sh
source "$root/scripts/lib/node-deps.sh"
cd "$root"
export NEXT_TELEMETRY_DISABLED=1
ensure_node_deps "$root"
ensure_next_build "$root"
export NODE_ENV="${NODE_ENV:-production}"
echo "==> starten op http://localhost:${PORT:-3000} (stoppen met Ctrl+C)"
exec npx tsx server.ts
