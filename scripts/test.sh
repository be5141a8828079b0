#!/usr/bin/env bash
# The project's one test command: formatting, lints, the Rust tests (core, CLI, corpus, schema,
# snapshots), then the editor-engine test, the WebAssembly build and the npm package tests, and
# last a short run of every fuzz target (a minute each).
# It installs what it needs on a fresh machine: the wasm32 target, wasm-bindgen-cli pinned to the
# wasm-bindgen crate's version, Debian's Chromium, the npm packages, the nightly toolchain and
# cargo-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

# --all-features turns on the core's `http` feature, so its code, tests and the example that
# needs it are linted and built too.
step "cargo clippy"
cargo clippy --workspace --all-targets --all-features --locked -- -D warnings

step "cargo test"
cargo test --workspace --all-features --locked

step "example http_request"
cargo run --locked -p secmaster-report --features http --example http_request

step "scripts/test-editor.sh"
scripts/test-editor.sh

# test-npm.sh builds the WebAssembly package first (scripts/build-wasm.sh).
step "scripts/test-npm.sh"
scripts/test-npm.sh

# FUZZ_SECONDS=0 skips it, for a quick local run.
if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
    step "scripts/fuzz-smoke.sh"
    FUZZ_SECONDS="${FUZZ_SECONDS:-60}" scripts/fuzz-smoke.sh
fi
