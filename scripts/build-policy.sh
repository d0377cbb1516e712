#!/usr/bin/env bash
# Compiles the Rego policies (policies/*.rego, without tests) with the pinned OPA into one
# WebAssembly module with every entrypoint, and extracts policy.wasm from the bundle.
#
#   scripts/build-policy.sh            # writes policies/dist/policy.wasm
#   scripts/build-policy.sh --out DIR  # writes DIR/policy.wasm (used by the stale check)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/opa.sh
source "$ROOT/scripts/lib/opa.sh"

OUT_DIR="$ROOT/policies/dist"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) OUT_DIR="$2"; shift 2 ;;
    *) echo "build-policy: unknown argument $1" >&2; exit 2 ;;
  esac
done

# Keep in sync with ENTRYPOINTS in lib/policy/laden.ts (the loader refuses a bundle without one):
# the seven decisions of the spec, and per resource the value list (in-process hot path) and
# the name list (checked by the loader).
DECISIONS=(
  zac/zaak/zaak_rechten
  zac/taak/taak_rechten
  zac/document/document_rechten
  zac/werklijst/werklijst_rechten
  zac/notitie/notitie_rechten
  zac/overig/overige_rechten
)
ENTRYPOINTS=(zac/zaak/zaak_koppelen)
for d in "${DECISIONS[@]}"; do ENTRYPOINTS+=("$d" "${d}_waarden" "${d}_namen"); done

ensure_opa >/dev/null

cd "$ROOT"
mapfile -t FILES < <(find policies -maxdepth 1 -name '*.rego' ! -name '*_test.rego' | LC_ALL=C sort)
if [[ ${#FILES[@]} -eq 0 ]]; then
  echo "build-policy: no policies in policies/" >&2
  exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ARGS=()
for e in "${ENTRYPOINTS[@]}"; do ARGS+=(-e "$e"); done

"$OPA_BIN" build -t wasm "${ARGS[@]}" -o "$TMP/bundle.tar.gz" "${FILES[@]}"
tar -xzf "$TMP/bundle.tar.gz" -C "$TMP" /policy.wasm 2>/dev/null || tar -xzf "$TMP/bundle.tar.gz" -C "$TMP" policy.wasm
mkdir -p "$OUT_DIR"
cp "$TMP/policy.wasm" "$OUT_DIR/policy.wasm"
echo "build-policy: $OUT_DIR/policy.wasm ($(wc -c <"$OUT_DIR/policy.wasm") bytes, ${#ENTRYPOINTS[@]} entrypoints, OPA $OPA_VERSION)"
