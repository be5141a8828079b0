#!/usr/bin/env bash
# Reproduces every row of docs/benchmarks.md in one run:
#
#   1. the native criterion benchmark (this checker, the jsonschema crate, serde_json) and its
#      table of medians (scripts/bench-table.py);
#   2. the allocation count of the valid path (crates/secmaster-report/tests/allocations.rs);
#   3. the CLI over 100,000 JSON Lines against `jq -c .` (scripts/bench-cli.sh);
#   4. the WebAssembly build and its sizes (scripts/build-wasm.sh);
#   5. one validation through the npm package in Node.js and headless Chromium (pkg/bench/run.js);
#   6. the npm package against Ajv in Node.js, with code sizes (pkg/bench/ajv.js).
#
# It installs pkg/'s locked npm packages and Chromium as scripts/test-npm.sh does. Run it on an
# otherwise idle machine: the numbers are wall times. It takes about 15 minutes.
#
# Usage: scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "machine"
uname -sr
grep -m1 'model name' /proc/cpuinfo || true
nproc
rustc --version
node --version
uptime

step "native: cargo bench -p secmaster-report --bench validate"
cargo bench --locked -p secmaster-report --bench validate
python3 scripts/bench-table.py

step "allocations of the valid path"
cargo test --locked --release -p secmaster-report --test allocations -- --nocapture

step "CLI over JSON Lines against jq"
scripts/bench-cli.sh

step "npm package: install, build and sizes"
if [ ! -x /usr/bin/chromium ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi
(cd pkg && npm ci --no-audit --no-fund)
scripts/build-wasm.sh

step "npm package: one validation in Node.js and headless Chromium"
(cd pkg && npm run bench)

step "npm package against Ajv in Node.js"
(cd pkg && npm run bench:ajv)
