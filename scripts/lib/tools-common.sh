#!/usr/bin/env bash
# Shared, side-effect-free lookups for the external tools (PostgreSQL, Chromium, OPA, Java,
# Keycloak). Sourced by scripts/setup-tools.sh (which installs what is missing) and by
# scripts/lib/tools-env.sh (which only exports what is there), so both find the same tools.
# lib/db/testing/pg-cluster.ts calls find_pg_bindir from here too.
#
# Nothing in this file installs, prints on stdout (apart from the lookup results) or changes
# shell options: it is safe to source into an interactive shell or a `set -euo pipefail` script.

# Repository root, from this file's location (scripts/lib/..).
tools_repo_root() {
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
}

# Loads scripts/versions.env unless the pins are already in the environment.
tools_load_versions() {
  if [[ -z "${OPA_VERSION:-}" || -z "${KEYCLOAK_VERSION:-}" || -z "${KEYCLOAK_MIN_JAVA:-}" ]]; then
    # shellcheck source=../versions.env
    source "$(tools_repo_root)/scripts/versions.env"
  fi
}

# --- PostgreSQL ---------------------------------------------------------------------------

# Echoes the directory with the server binaries (initdb, pg_ctl, postgres); returns 1 if none.
# Order: $PG_BINDIR, `pg_config --bindir`, then the newest /usr/lib/postgresql/<major>/bin.
# pg_config can be the client-only one from libpq-dev, so each candidate must have initdb.
find_pg_bindir() {
  local dir
  if [[ -n "${PG_BINDIR:-}" && -x "${PG_BINDIR}/initdb" && -x "${PG_BINDIR}/pg_ctl" ]]; then
    echo "$PG_BINDIR"
    return 0
  fi
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  fi
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
  if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
    return 0
  fi
  return 1
}

# "15.18" for a bindir ("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)").
pg_version_of() {
  "$1/postgres" --version 2>/dev/null | sed -n 's/^postgres (PostgreSQL) \([^ ]*\).*/\1/p'
}

# --- Chromium -----------------------------------------------------------------------------

# Debian's package puts the browser at /usr/bin/chromium; $CHROMIUM_PATH overrides.
find_chromium() {
  if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then
    echo "$CHROMIUM_PATH"
    return 0
  fi
  if [[ -x /usr/bin/chromium ]]; then
    echo /usr/bin/chromium
    return 0
  fi
  return 1
}

# --- OPA ----------------------------------------------------------------------------------

# Where scripts/lib/opa.sh (ensure_opa) installs the pinned OPA. Echoes it only if present.
opa_bin_path() {
  tools_load_versions
  echo "$(tools_repo_root)/.cache/tools/opa-$OPA_VERSION/opa"
}

find_opa() {
  local bin
  bin="$(opa_bin_path)"
  [[ -x "$bin" ]] || return 1
  echo "$bin"
}

# --- Java ---------------------------------------------------------------------------------

# Major version of the JDK/JRE at $1 ("25"), from its `release` file (no JVM start), else from
# `java -version`. Echoes nothing and returns 1 when $1 is not a Java home.
java_major_of() {
  local home="$1" v=""
  [[ -x "$home/bin/java" ]] || return 1
  if [[ -r "$home/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)"
  fi
  if [[ -z "$v" ]]; then
    v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  fi
  [[ -n "$v" ]] || return 1
  v="${v#1.}" # "1.8.0" -> "8.0"
  echo "${v%%[.+-]*}"
}

# Candidate Java homes, in order of preference: $KC_JAVA_HOME, $JAVA_HOME, the `java` on PATH,
# then every JDK under /usr/lib/jvm (symlinked aliases resolve to the same directory).
java_candidates() {
  local java d
  [[ -n "${KC_JAVA_HOME:-}" ]] && echo "$KC_JAVA_HOME"
  [[ -n "${JAVA_HOME:-}" ]] && echo "$JAVA_HOME"
  if java="$(command -v java 2>/dev/null)"; then
    java="$(readlink -f "$java")"
    echo "${java%/bin/java}"
  fi
  for d in /usr/lib/jvm/*/; do
    [[ -d "$d" ]] && readlink -f "$d"
  done
}

# Echoes the first candidate Java home whose major version is >= $1 (default
# $KEYCLOAK_MIN_JAVA); returns 1 if there is none.
find_java_home() {
  tools_load_versions
  local min="${1:-$KEYCLOAK_MIN_JAVA}" home major
  while IFS= read -r home; do
    home="${home%/}"
    major="$(java_major_of "$home")" || continue
    if ((major >= min)); then
      echo "$home"
      return 0
    fi
  done < <(java_candidates | awk '!seen[$0]++')
  return 1
}

# One line per Java found, for messages: "/usr/lib/jvm/x (17)".
describe_java_candidates() {
  local home major
  while IFS= read -r home; do
    home="${home%/}"
    major="$(java_major_of "$home")" || continue
    echo "$home ($major)"
  done < <(java_candidates | awk '!seen[$0]++')
}

# --- Keycloak -----------------------------------------------------------------------------

keycloak_cache_dir() {
  echo "$(tools_repo_root)/.cache/keycloak"
}

keycloak_home_path() {
  tools_load_versions
  echo "$(keycloak_cache_dir)/keycloak-$KEYCLOAK_VERSION"
}

# The unpacked distribution; the marker is written only after a complete unzip.
find_keycloak_home() {
  local home
  home="$(keycloak_home_path)"
  [[ -x "$home/bin/kc.sh" && -f "$home/.unpacked" ]] || return 1
  echo "$home"
}
