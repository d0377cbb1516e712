#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or older than the lock file.
# Sourced by demo.sh and test.sh so both work on a fresh clone.
ensure_node_deps() {
  local root="$1"
  if [ ! -d "$root/node_modules" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    echo "==> npm-pakketten installeren"
    # `npm install` rather than `npm ci`: npm 11 rejects its own lock file in `npm ci` ("Missing:
    # @tailwindcss/oxide-darwin-arm64@ from lock file") because platform-specific optional
    # packages of other platforms are left out of it. With an up-to-date lock, `npm install`
    # installs exactly the locked versions too.
    (cd "$root" && npm install --no-audit --no-fund --loglevel=error)
  fi
}

# Builds the Next.js app when there is no build or a source file is newer than it.
ensure_next_build() {
  local root="$1"
  local marker="$root/.next/BUILD_ID"
  if [ -f "$marker" ] && [ -z "$(cd "$root" && find app components lib public policies/dist next.config.mjs package-lock.json \
      -newer "$marker" -type f -not -name '*.test.ts' -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  echo "==> app bouwen (next build)"
  (cd "$root" && NEXT_TELEMETRY_DISABLED=1 npx next build)
}
