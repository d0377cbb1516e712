#!/usr/bin/env bash
# Installs the pinned OPA (scripts/versions.env) from the Go module proxy into
# <repo>/.cache/tools/opa-$OPA_VERSION, idempotently, and sets OPA_BIN.
#
# Usage (source, then call):
#   source scripts/lib/opa.sh
#   ensure_opa            # sets and exports OPA_BIN, echoes its path on stdout
#
# Progress messages go to stderr so `OPA_BIN=$(ensure_opa)` also works.

_opa_repo_root() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  (cd "$here/../.." && pwd)
}

# True when $1 is an executable OPA that reports version $2 (without the "v"). Reads the whole
# output first: `opa version | grep -q` fails under `set -o pipefail` (SIGPIPE on early exit).
_opa_has_version() {
  local out
  [[ -x "$1" ]] || return 1
  out="$("$1" version 2>/dev/null)" || return 1
  grep -qx "Version: $2" <<<"$out"
}

ensure_opa() {
  local root
  root="$(_opa_repo_root)"
  if [[ -z "${OPA_VERSION:-}" ]]; then
    # shellcheck source=../versions.env
    source "$root/scripts/versions.env"
  fi
  if [[ -z "${OPA_VERSION:-}" ]]; then
    echo "ensure_opa: OPA_VERSION is not set (scripts/versions.env)" >&2
    return 1
  fi
  local dir="$root/.cache/tools/opa-$OPA_VERSION"
  local bin="$dir/opa"
  # `opa version` prints "Version: 1.22.2"; OPA_VERSION carries the leading "v".
  local want="${OPA_VERSION#v}"
  if ! _opa_has_version "$bin" "$want"; then
    if ! command -v go >/dev/null 2>&1; then
      echo "ensure_opa: go is not installed; it is needed to install OPA $OPA_VERSION" >&2
      return 1
    fi
    mkdir -p "$dir"
    # Serialise concurrent installs (several scripts may call ensure_opa at once); the one that
    # waited finds the binary in place and skips the build.
    if ! (
      if command -v flock >/dev/null 2>&1; then flock 9; fi
      if _opa_has_version "$bin" "$want"; then exit 0; fi
      echo "ensure_opa: installing OPA $OPA_VERSION into $dir (go install, a few minutes the first time)" >&2
      GOBIN="$dir" go install "github.com/open-policy-agent/opa@$OPA_VERSION" >&2
    ) 9>"$dir.lock"; then
      echo "ensure_opa: go install github.com/open-policy-agent/opa@$OPA_VERSION failed" >&2
      return 1
    fi
    if ! _opa_has_version "$bin" "$want"; then
      echo "ensure_opa: $bin does not report version $want" >&2
      return 1
    fi
  fi
  OPA_BIN="$bin"
  export OPA_BIN
  echo "$OPA_BIN"
}
