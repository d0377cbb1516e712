#!/usr/bin/env bash
# A throw-away Keycloak (the pinned version from scripts/versions.env, installed by
# scripts/setup-tools.sh) on a loopback port, with the app's realm file imported into an
# in-memory database. For the end-to-end tests against a real Keycloak; not for production.
#
#   bash scripts/keycloak.sh run [port]     foreground (Playwright's webServer uses this)
#   bash scripts/keycloak.sh start <dir>    background; writes <dir>/port, <dir>/pid, <dir>/keycloak.log
#                                           and waits until the realm's discovery document answers
#   bash scripts/keycloak.sh stop <dir>     stops what `start` started
#
# The bootstrap admin (for the admin REST API in tests) is KC_ADMIN_USER / KC_ADMIN_PASSWORD,
# default admin / admin-alleen-voor-tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
realm_file="$root/lib/auth/realm/zaakafhandelcomponent-realm.json"
realm="zaakafhandelcomponent"

load_tools() {
  # shellcheck source=lib/tools-env.sh
  source "$root/scripts/lib/tools-env.sh"
  if [[ -z "${KC_HOME:-}" || -z "${KC_JAVA_HOME:-}" ]]; then
    echo "keycloak.sh: Keycloak of Java >= 21 ontbreekt; voer eerst 'bash scripts/setup-tools.sh' uit." >&2
    exit 1
  fi
}

free_port() {
  node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port)+"\n");s.close()})'
}

# Copies the realm file into Keycloak's import directory (start-dev --import-realm reads only
# $KC_HOME/data/import; the database is in memory, so every start imports it afresh) and
# prints the kc.sh arguments.
kc_args() {
  local port="$1" mgmt_port
  mgmt_port="$(free_port)"
  mkdir -p "$KC_HOME/data/import"
  cp "$realm_file" "$KC_HOME/data/import/$realm-realm.json"
  printf '%s\n' start-dev \
    --db=dev-mem \
    --http-host=127.0.0.1 "--http-port=$port" \
    "--http-management-port=$mgmt_port" \
    --health-enabled=true \
    --hostname-strict=false \
    --import-realm \
    --log-level=INFO
}

kc_env() {
  export JAVA_HOME="$KC_JAVA_HOME"
  export PATH="$JAVA_HOME/bin:$PATH"
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN_USER:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin-alleen-voor-tests}"
}

wait_for_realm() {
  local port="$1" pid="$2" i
  for ((i = 0; i < 600; i++)); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/realms/$realm/.well-known/openid-configuration" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "keycloak.sh: Keycloak stopte tijdens het starten" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "keycloak.sh: Keycloak startte niet binnen 300 s" >&2
  return 1
}

cmd="${1:-}"
case "$cmd" in
  run)
    load_tools
    port="${2:-${KC_PORT:-$(free_port)}}"
    mapfile -t args < <(kc_args "$port")
    kc_env
    echo "keycloak.sh: Keycloak $KEYCLOAK_VERSION op http://127.0.0.1:$port (realm $realm)"
    exec "$KC_HOME/bin/kc.sh" "${args[@]}"
    ;;
  start)
    dir="${2:?gebruik: keycloak.sh start <map>}"
    load_tools
    mkdir -p "$dir"
    port="${KC_PORT:-$(free_port)}"
    mapfile -t args < <(kc_args "$port")
    kc_env
    setsid "$KC_HOME/bin/kc.sh" "${args[@]}" >"$dir/keycloak.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/pid"
    echo "$port" >"$dir/port"
    if ! wait_for_realm "$port" "$pid"; then
      tail -n 40 "$dir/keycloak.log" >&2
      kill -- "-$pid" 2>/dev/null || true
      exit 1
    fi
    echo "http://127.0.0.1:$port/realms/$realm"
    ;;
  stop)
    dir="${2:?gebruik: keycloak.sh stop <map>}"
    [[ -f "$dir/pid" ]] || exit 0
    pid="$(cat "$dir/pid")"
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -9 -- "-$pid" 2>/dev/null || true
    rm -f "$dir/pid"
    ;;
  *)
    echo "gebruik: keycloak.sh run [poort] | start <map> | stop <map>" >&2
    exit 2
    ;;
esac
