#!/usr/bin/env bash
# Runs the editor-engine test of the exported JSON Schema. It installs the locked npm packages of
# tests/editor (the VS Code JSON language service and ajv-cli) and runs `node --test` there.
# Needs Node.js 20 or later and npm.
set -euo pipefail
cd "$(dirname "$0")/../tests/editor"

npm ci --no-audit --no-fund
node --test
