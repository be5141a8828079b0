#!/usr/bin/env bash
# The project's one test command: formatting, lints, the Rust tests (core, CLI, corpus, schema,
# snapshots), then the editor-engine test, the WebAssembly build and the npm package tests.
# It installs what it needs on a fresh machine: the wasm32 target, wasm-bindgen-cli pinned to the
# wasm-bindgen crate's version, Debian's Chromium and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

for script in scripts/test-editor.sh scripts/build-wasm.sh scripts/test-npm.sh; do
  if [[ -x "$script" ]]; then
    step "$script"
    "$script"
  fi
done
