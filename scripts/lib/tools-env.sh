#!/usr/bin/env bash
# Exports the locations of the tools that scripts/setup-tools.sh installs, without installing
# anything (fast; no JVM or network):
#   PG_BINDIR      PostgreSQL server binaries (initdb, pg_ctl, postgres)
#   CHROMIUM_PATH  Debian's chromium
#   OPA_BIN        the pinned OPA
#   KC_HOME        the unpacked pinned Keycloak distribution
#   KC_JAVA_HOME   a JDK new enough for Keycloak (>= KEYCLOAK_MIN_JAVA)
# plus the pins from scripts/versions.env. A tool that is not there is left unset and named
# on stderr; run `bash scripts/setup-tools.sh` to install it.
#
# Usage: source scripts/lib/tools-env.sh

# shellcheck source=tools-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/tools-common.sh"

_tools_env_export() {
  local name="$1" finder="$2" value
  if value="$("$finder")"; then
    export "$name=$value"
  else
    unset "$name"
    _tools_env_missing+=("$name")
  fi
}

tools_load_versions
export OPA_VERSION KEYCLOAK_VERSION KEYCLOAK_MIN_JAVA
_tools_env_missing=()
_tools_env_export PG_BINDIR find_pg_bindir
_tools_env_export CHROMIUM_PATH find_chromium
_tools_env_export OPA_BIN find_opa
_tools_env_export KC_HOME find_keycloak_home
_tools_env_export KC_JAVA_HOME find_java_home
if ((${#_tools_env_missing[@]} > 0)); then
  echo "tools-env: not found: ${_tools_env_missing[*]} (run: bash scripts/setup-tools.sh)" >&2
fi
unset _tools_env_missing
unset -f _tools_env_export
