#!/usr/bin/env bash
# Installs (when missing) and verifies the external tools the project builds and tests with:
#   postgres  Debian's postgresql (server binaries only; the system service is not started)
#   chromium  Debian's chromium, for Playwright and screenshots
#   opa       the pinned OPA, built from the Go module proxy (scripts/lib/opa.sh)
#   java      a JDK >= KEYCLOAK_MIN_JAVA for Keycloak (found on the machine, else from Debian)
#   keycloak  the pinned Keycloak distribution zip from Maven Central, unpacked in .cache/
#
# Usage: scripts/setup-tools.sh [all|postgres|chromium|opa|java|keycloak]...   (default: all)
#
# Idempotent: a second run installs nothing and prints only one summary line per tool
# ("<tool> <version> <path>"). Progress goes to stderr. Pins: scripts/versions.env.
# Non-interactive (CI=true, no stdin); apt needs root (or password-less sudo).
# After it, `source scripts/lib/tools-env.sh` exports the locations (PG_BINDIR, CHROMIUM_PATH,
# OPA_BIN, KC_HOME, KC_JAVA_HOME) without installing anything.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/tools-common.sh
source "$here/lib/tools-common.sh"
# shellcheck source=lib/opa.sh
source "$here/lib/opa.sh"
tools_load_versions

# The Maven plugin that copies the Keycloak zip out of the local repository; pinned so that the
# run does not depend on Maven's built-in default (2.8 on Maven 3.8, which needs a pom).
MAVEN_DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

root_dir="$(tools_repo_root)"
log_dir="$root_dir/.cache/logs"

say() { echo "setup-tools: $*" >&2; }
die() {
  echo "setup-tools: error: $*" >&2
  exit 1
}
summary() { printf '%-9s %-14s %s\n' "$1" "$2" "$3"; }

# --- apt ----------------------------------------------------------------------------------

apt_updated=0
cleanup_policy_rc=0
cleanup() {
  if ((cleanup_policy_rc)); then
    as_root rm -f /usr/sbin/policy-rc.d || true
  fi
}
trap cleanup EXIT

as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    die "need root (or password-less sudo) to run: $*"
  fi
}

# apt-get install, non-interactively; `apt-get update` once per run, and only when something
# is to be installed. The output goes to a log that is shown when apt fails.
apt_install() {
  mkdir -p "$log_dir"
  local log="$log_dir/setup-tools-apt.log"
  # Debian's maintainer scripts would start the services they install (postgresql's "main"
  # cluster); policy-rc.d answering 101 forbids that. Docker-style images already have one.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\n# Temporary, from scripts/setup-tools.sh: do not start services.\nexit 101\n' |
      as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
    cleanup_policy_rc=1
  fi
  local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=600)
  if ((!apt_updated)); then
    say "apt-get update"
    as_root "${apt[@]}" update >>"$log" 2>&1 || {
      tail -n 30 "$log" >&2
      die "apt-get update failed (log: $log)"
    }
    apt_updated=1
  fi
  say "apt-get install $*"
  as_root "${apt[@]}" install --no-install-recommends "$@" </dev/null >>"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "apt-get install $* failed (log: $log)"
  }
}

# True when apt knows an installable version of package $1 (after `apt-get update`).
apt_has_candidate() {
  local c
  c="$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p')"
  [[ -n "$c" && "$c" != "(none)" ]]
}

# --- the tools ----------------------------------------------------------------------------

setup_postgres() {
  local bindir
  if ! bindir="$(find_pg_bindir)"; then
    apt_install postgresql
    bindir="$(find_pg_bindir)" || die "postgresql installed, but no initdb/pg_ctl found"
  fi
  local v
  v="$(pg_version_of "$bindir")"
  [[ -n "$v" ]] || die "$bindir/postgres --version failed"
  summary postgres "$v" "$bindir"
}

setup_chromium() {
  local bin
  if ! bin="$(find_chromium)"; then
    # Fonts so that screenshots show text; dejavu covers Latin, liberation metric-compatible
    # Arial/Times for the usual CSS font stacks.
    apt_install chromium fonts-dejavu-core fonts-liberation
    bin="$(find_chromium)" || die "chromium installed, but /usr/bin/chromium is missing"
  fi
  local v
  v="$("$bin" --version 2>/dev/null | awk '{print $2}')" || true
  [[ -n "$v" ]] || die "$bin --version failed"
  summary chromium "$v" "$bin"
}

setup_opa() {
  ensure_opa >/dev/null || die "installing OPA $OPA_VERSION failed"
  local v
  v="$("$OPA_BIN" version 2>/dev/null | sed -n 's/^Version: //p')"
  [[ "$v" == "${OPA_VERSION#v}" ]] || die "$OPA_BIN version says '$v', want ${OPA_VERSION#v}"
  summary opa "$v" "$OPA_BIN"
}

# Sets KC_JAVA_HOME.
setup_java() {
  local home
  if ! home="$(find_java_home "$KEYCLOAK_MIN_JAVA")"; then
    say "no Java >= $KEYCLOAK_MIN_JAVA found; found: $(describe_java_candidates | paste -sd, - || true)"
    # Debian 12 itself has only openjdk-17; a newer one may come from an added repository.
    local pkg candidates=(openjdk-25-jdk-headless openjdk-21-jdk-headless temurin-25-jdk temurin-21-jdk)
    if ((!apt_updated)); then
      as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 update >/dev/null 2>&1 || true
      apt_updated=1
    fi
    for pkg in "${candidates[@]}"; do
      if apt_has_candidate "$pkg"; then
        apt_install "$pkg"
        break
      fi
    done
    home="$(find_java_home "$KEYCLOAK_MIN_JAVA")" ||
      die "Keycloak $KEYCLOAK_VERSION needs Java >= $KEYCLOAK_MIN_JAVA, and apt offers none of: ${candidates[*]}. Install a JDK >= $KEYCLOAK_MIN_JAVA and set JAVA_HOME or KC_JAVA_HOME to it."
  fi
  KC_JAVA_HOME="$home"
  export KC_JAVA_HOME
  local v
  v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  [[ -n "$v" ]] || die "$home/bin/java -version failed"
  local impl
  impl="$(sed -n 's/^IMPLEMENTOR="\([^"]*\)".*/\1/p' "$home/release" 2>/dev/null | head -n 1 || true)"
  summary java "$v" "$home${impl:+ ($impl)}"
}

# Downloads the zip with Maven (checksums enforced), else with curl from Maven Central.
keycloak_download() {
  local dir="$1" zip="$2"
  local artifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
  mkdir -p "$dir" "$log_dir"
  local log="$log_dir/setup-tools-keycloak.log"
  if command -v mvn >/dev/null 2>&1; then
    say "downloading $artifact with Maven (about 180 MB)"
    if mvn -q -B -C "$MAVEN_DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" \
      -DoutputDirectory="$dir" -Dmdep.useBaseVersion=true </dev/null >"$log" 2>&1 && [[ -s "$zip" ]]; then
      return 0
    fi
    tail -n 20 "$log" >&2
    say "Maven could not fetch $artifact (log: $log); trying curl"
  fi
  command -v curl >/dev/null 2>&1 || die "neither mvn nor curl can download $artifact"
  local url="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  say "downloading $url"
  curl -fsSL --retry 3 -o "$zip.part" "$url" || die "download of $url failed"
  local want got
  want="$(curl -fsSL --retry 3 "$url.sha1" | awk '{print $1}')" || die "download of $url.sha1 failed"
  got="$(sha1sum "$zip.part" | awk '{print $1}')"
  [[ "$want" == "$got" ]] || die "checksum mismatch for $url (sha1 $got, want $want)"
  mv "$zip.part" "$zip"
}

# Needs KC_JAVA_HOME (setup_java). Sets KC_HOME.
setup_keycloak() {
  local dir home zip
  dir="$(keycloak_cache_dir)"
  home="$(keycloak_home_path)"
  zip="$dir/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if ! find_keycloak_home >/dev/null; then
    [[ -s "$zip" ]] || keycloak_download "$dir" "$zip"
    command -v unzip >/dev/null 2>&1 || apt_install unzip
    say "unpacking $(basename "$zip")"
    # Unpack beside the target and move it into place, so an interrupted run leaves no
    # half-unpacked home behind.
    local tmp
    tmp="$(mktemp -d "$dir/.unpack.XXXXXX")"
    unzip -q "$zip" -d "$tmp" || {
      rm -rf "$tmp"
      die "unzip $zip failed"
    }
    [[ -x "$tmp/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]] || {
      rm -rf "$tmp"
      die "$zip has no keycloak-$KEYCLOAK_VERSION/bin/kc.sh"
    }
    rm -rf "$home"
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"
    rm -rf "$tmp"
    touch "$home/.unpacked"
    # The unpacked home is all that is used from here on.
    rm -f "$zip"
  fi
  KC_HOME="$home"
  export KC_HOME
  keycloak_verify
}

# `kc.sh --version` starts a JVM (a few seconds); a stamp remembers a passed check for this
# Keycloak home and this exact Java, so later runs stay fast. Delete the stamp to re-check.
keycloak_verify() {
  local stamp="$KC_HOME/.verified" java_id out
  java_id="$KC_JAVA_HOME $(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$KC_JAVA_HOME/release" 2>/dev/null | head -n 1)"
  if [[ ! -f "$stamp" || "$(head -n 1 "$stamp")" != "$java_id" ]]; then
    out="$(JAVA_HOME="$KC_JAVA_HOME" "$KC_HOME/bin/kc.sh" --version 2>&1 </dev/null)" ||
      die "kc.sh --version failed with Java at $KC_JAVA_HOME: $out"
    grep -q "^Keycloak $KEYCLOAK_VERSION\$" <<<"$out" ||
      die "kc.sh --version did not report Keycloak $KEYCLOAK_VERSION: $out"
    # "JVM: 25.0.3 (Eclipse Adoptium OpenJDK 64-Bit Server VM 25.0.3+9-LTS)": proves it ran on it.
    printf '%s\n%s\n' "$java_id" "$out" >"$stamp"
  fi
  local jvm
  jvm="$(sed -n 's/^JVM: \([^ ]*\).*/\1/p' "$stamp" | head -n 1)"
  summary keycloak "$KEYCLOAK_VERSION" "$KC_HOME (kc.sh --version ok on Java ${jvm:-?})"
}

# --- main ---------------------------------------------------------------------------------

main() {
  local want=("$@") t
  ((${#want[@]})) || want=(all)
  local do_pg=0 do_chromium=0 do_opa=0 do_java=0 do_kc=0
  for t in "${want[@]}"; do
    case "$t" in
      all) do_pg=1 do_chromium=1 do_opa=1 do_java=1 do_kc=1 ;;
      postgres | postgresql) do_pg=1 ;;
      chromium) do_chromium=1 ;;
      opa) do_opa=1 ;;
      java) do_java=1 ;;
      keycloak) do_java=1 do_kc=1 ;;
      -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        return 0
        ;;
      *) die "unknown tool '$t' (all|postgres|chromium|opa|java|keycloak)" ;;
    esac
  done
  ((do_pg)) && setup_postgres
  ((do_chromium)) && setup_chromium
  ((do_opa)) && setup_opa
  ((do_java)) && setup_java
  ((do_kc)) && setup_keycloak
  return 0
}

# Sourcing (for testing single steps) defines the functions without running anything.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
