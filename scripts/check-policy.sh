#!/usr/bin/env bash
# The policy part of the test command:
#   1. opa fmt      (fails on unformatted files)
#   2. opa check --strict
#   3. opa test     (every Rego test; counted one by one)
#   4. coverage >= POLICY_MIN_COVERAGE (default 95) %
#   5. stale check: a fresh build must equal the committed policies/dist/policy.wasm byte for
#      byte (opa build -t wasm is byte-stable: checked across repeated builds, see policies/README.md).
# Writes test-results/opa.json = {"passed": N, "failed": M} (Rego tests + one per check 1, 2, 4, 5)
# and exits non-zero when anything failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=lib/opa.sh
source "$ROOT/scripts/lib/opa.sh"

MIN_COVERAGE="${POLICY_MIN_COVERAGE:-95}"
RESULTS="$ROOT/test-results"
mkdir -p "$RESULTS"
PASSED=0
FAILED=0
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

write_results() {
  printf '{"passed": %d, "failed": %d}\n' "$PASSED" "$FAILED" >"$RESULTS/opa.json"
}
ok() { PASSED=$((PASSED + 1)); echo "policy: ok   - $1"; }
fail() { FAILED=$((FAILED + 1)); echo "policy: FAIL - $1" >&2; }

if ! ensure_opa >/dev/null; then
  fail "install OPA ${OPA_VERSION:-?}"
  write_results
  exit 1
fi

# 1. formatting
if "$OPA_BIN" fmt --list --fail policies >"$TMP/fmt.txt" 2>&1; then
  ok "opa fmt"
else
  fail "opa fmt: not formatted (run: $OPA_BIN fmt -w policies):"
  sed 's/^/  /' "$TMP/fmt.txt" >&2
fi

# 2. strict check
if "$OPA_BIN" check --strict policies >"$TMP/check.txt" 2>&1; then
  ok "opa check --strict"
else
  fail "opa check --strict:"
  sed 's/^/  /' "$TMP/check.txt" >&2
fi

# 3. Rego tests, counted individually
"$OPA_BIN" test policies --format=json >"$TMP/test.json" 2>"$TMP/test.err"
COUNTS="$(node -e '
  const fs = require("node:fs");
  let rs = [];
  try { rs = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { process.stdout.write("0 0"); process.exit(0); }
  let p = 0, f = 0;
  for (const r of rs) {
    if (r.skip) continue;
    if (r.fail || r.error) { f++; console.error("  FAIL " + r.package + "." + r.name + (r.error ? ": " + (r.error.message || JSON.stringify(r.error)) : "")); }
    else p++;
  }
  process.stdout.write(p + " " + f);
' "$TMP/test.json")"
read -r TEST_PASSED TEST_FAILED <<<"$COUNTS"
if [[ "$TEST_PASSED" -eq 0 && "$TEST_FAILED" -eq 0 ]]; then
  # No parsable result: compile error or similar; count it as one failure.
  fail "opa test produced no results:"
  sed 's/^/  /' "$TMP/test.err" >&2
else
  PASSED=$((PASSED + TEST_PASSED))
  FAILED=$((FAILED + TEST_FAILED))
  echo "policy: opa test: $TEST_PASSED passed, $TEST_FAILED failed"
fi

# 4. coverage
"$OPA_BIN" test policies --coverage --format=json >"$TMP/coverage.json" 2>/dev/null
COVERAGE="$(node -e '
  const fs = require("node:fs");
  try { const c = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).coverage; process.stdout.write(String(typeof c === "number" ? c : "")); } catch {}
' "$TMP/coverage.json")"
if [[ -n "$COVERAGE" ]] && node -e 'process.exit(Number(process.argv[1]) >= Number(process.argv[2]) ? 0 : 1)' "$COVERAGE" "$MIN_COVERAGE"; then
  ok "coverage ${COVERAGE}% >= ${MIN_COVERAGE}%"
else
  if [[ -n "$COVERAGE" ]]; then fail "coverage ${COVERAGE}% < ${MIN_COVERAGE}%"; else fail "coverage could not be measured (opa test --coverage failed)"; fi
fi

# 5. stale check: rebuild into a temp dir and compare bytes with the committed module
if ! bash "$ROOT/scripts/build-policy.sh" --out "$TMP/build" >"$TMP/build.txt" 2>&1; then
  fail "policy build:"
  sed 's/^/  /' "$TMP/build.txt" >&2
elif [[ ! -f policies/dist/policy.wasm ]]; then
  fail "policies/dist/policy.wasm is missing (run: npm run policy:build)"
elif cmp -s "$TMP/build/policy.wasm" policies/dist/policy.wasm; then
  ok "policies/dist/policy.wasm is up to date"
else
  fail "policies/dist/policy.wasm is stale: the Rego changed without a rebuild (run: npm run policy:build)"
fi

write_results
echo "policy: $PASSED passed, $FAILED failed"
[[ "$FAILED" -eq 0 ]]
