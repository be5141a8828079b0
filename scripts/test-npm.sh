#!/usr/bin/env bash
# Tests the npm package `secmaster-report`. Installs pkg/'s locked dev dependencies (npm ci),
# builds the package (scripts/build-wasm.sh) and runs the Node.js tests in pkg/test/ with
# `node --test`. The tests cover the shared corpus, the API, bad input, the .wasm size budget,
# the TypeScript declarations and the demo page in headless Chromium.
#
# Installs Debian's chromium (and a font with Chinese glyphs for the demo screenshot) when they
# are missing; that needs root and apt, as on CI.
#
# Usage: scripts/test-npm.sh [node --test arguments...]
#   scripts/test-npm.sh                      all tests
#   scripts/test-npm.sh pkg/test/api.test.js  one file (paths from the repository root)

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

step() {
  echo "==> $*"
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    apt-get update
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

step "browser and fonts"
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  apt_install fonts-wqy-microhei
fi

step "npm ci (pkg/)"
(cd pkg && npm ci --no-audit --no-fund)

scripts/build-wasm.sh

step "node --test"
tests=()
if [ "$#" -eq 0 ]; then
  tests=(pkg/test/*.test.js)
else
  tests=("$@")
fi
# The tests import the package by its name, which resolves from inside pkg/.
relative=()
for path in "${tests[@]}"; do
  relative+=("${path#pkg/}")
done
(cd pkg && node --test "${relative[@]}")
