#!/usr/bin/env bash
# `npm test`: sets up everything the tests need (npm packages, PostgreSQL, Chromium, OPA,
# Keycloak) and runs the whole suite: lint, type check, Rego, unit, integration on PGlite and
# on PostgreSQL, and end-to-end in Chromium. Every stage runs even when an earlier one fails;
# the last line is the summary `N passed, N failed`, and the exit code is 0 only if all passed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=lib/node-deps.sh
source "$root/scripts/lib/node-deps.sh"
export NEXT_TELEMETRY_DISABLED=1
results="$root/test-results"
rm -rf "$results"
mkdir -p "$results"

checks_passed=0
checks_failed=0
check() {
  local name="$1"
  shift
  echo
  echo "==> $name"
  if "$@"; then
    checks_passed=$((checks_passed + 1))
  else
    echo "!! $name mislukt"
    checks_failed=$((checks_failed + 1))
  fi
}
write_checks() {
  printf '{"passed": %d, "failed": %d}\n' "$checks_passed" "$checks_failed" >"$results/checks.json"
}

set -e
ensure_node_deps "$root"
echo "==> hulpmiddelen (PostgreSQL, Chromium, OPA, Keycloak)"
bash "$root/scripts/setup-tools.sh"
# shellcheck source=lib/tools-env.sh
source "$root/scripts/lib/tools-env.sh"
set +e

check "eslint" npx eslint --max-warnings 0 .
check "typescript" npx tsc --noEmit
echo
echo "==> Rego-policies (opa fmt, check, test, coverage, stale-check)"
bash "$root/scripts/check-policy.sh"

echo
echo "==> vitest (unit, integratie op PGlite en op PostgreSQL)"
LOG_LEVEL="${LOG_LEVEL:-silent}" npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

echo
echo "==> end-to-end (Playwright in Chromium)"
if ensure_next_build "$root"; then
  rm -rf "$root/.cache/e2e-data"
  npx playwright test
else
  echo "!! next build mislukt"
  checks_failed=$((checks_failed + 1))
fi
write_checks

echo
echo "==> samenvatting"
npx tsx scripts/test-summary.ts "$results"
