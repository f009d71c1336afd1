#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine and runs them (README "Run the tests").
# - Debian packages: chromium (browser tests of the tabs), installed only when missing.
# - npm packages: exactly what package-lock.json pins (npm ci).
# - Services: the tests start what they need themselves (loopback connector, Agents Playground, Azurite).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== build (server + tab bundle)"
npm run build

echo "== tests"
CI="${CI:-true}" npx jest --ci --maxWorkers=2 "$@"
