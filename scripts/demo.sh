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
# The demo runs on the built-in demo OIDC provider, which refuses production mode unless asked.
if [ -z "${KEYCLOAK_ISSUER:-}" ]; then export BUILTIN_IDP_IN_PRODUCTION="${BUILTIN_IDP_IN_PRODUCTION:-true}"; fi
# The built-in PABC needs a key in production mode; the demo uses the documented demo key.
if [ -z "${PABC_URL:-}" ]; then export PABC_API_KEY="${PABC_API_KEY:-zac-demo-pabc-sleutel}"; fi
# Production mode wants a real key to encrypt ZGW client secrets; the demo makes one per data
# directory (kept there, readable only by this user) so a restart can still read them.
if [ -z "${ZGW_ENCRYPTION_KEY:-}" ]; then
  sleutel_bestand="${ZAC_DATA_DIR:-./.data}/demo-zgw-sleutel"
  if [ ! -s "$sleutel_bestand" ]; then
    mkdir -p "$(dirname "$sleutel_bestand")"
    (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))' >"$sleutel_bestand")
  fi
  ZGW_ENCRYPTION_KEY="$(cat "$sleutel_bestand")"
  export ZGW_ENCRYPTION_KEY
fi
echo "==> starten op http://localhost:${PORT:-3000} (stoppen met Ctrl+C)"
exec npx tsx server.ts
