#!/usr/bin/env bash
# Builds the npm package `secmaster-report` into pkg/dist/: compiles crates/secmaster-report-wasm
# for wasm32-unknown-unknown, runs wasm-bindgen (--target web) and wasm-opt, and writes the JSON
# Schema module. Installs what is missing: the Rust target, wasm-bindgen-cli at the version of the
# wasm-bindgen crate in Cargo.lock, and pkg/'s npm dev dependencies (binaryen provides wasm-opt).
#
# Usage: scripts/build-wasm.sh
# Environment: WASM_OPT_LEVEL=-Oz|-O3 picks the wasm-opt level to ship (default below).

set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

target=wasm32-unknown-unknown
profile=wasm-release
dist=pkg/dist
work=target/wasm-bindgen

# -Oz and -O3 give .wasm files within 1% of each other in size (docs/benchmarks.md has both
# sizes), so the build ships -O3, the faster code.
opt_level="${WASM_OPT_LEVEL:--O3}"
case "$opt_level" in
  -Oz | -O3) ;;
  *)
    echo "error: WASM_OPT_LEVEL must be -Oz or -O3, found '$opt_level'" >&2
    exit 2
    ;;
esac

step() {
  echo "==> $*"
}

step "Rust target $target"
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi

step "wasm-bindgen-cli"
# The CLI must be exactly the version of the wasm-bindgen crate, or the glue it writes does not
# match the module.
bindgen_version="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/version = |"/, ""); print; exit }
' Cargo.lock)"
if [ -z "$bindgen_version" ]; then
  echo "error: Cargo.lock has no wasm-bindgen package; run cargo build -p secmaster-report-wasm once" >&2
  exit 1
fi
installed_version="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$installed_version" != "$bindgen_version" ]; then
  echo "installing wasm-bindgen-cli $bindgen_version (found '${installed_version:-none}')"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

step "npm dev dependencies (wasm-opt from binaryen)"
wasm_opt=pkg/node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
  (cd pkg && npm ci --no-audit --no-fund)
fi

step "cargo build --profile $profile --target $target"
# Remapping keeps the build machine's paths, such as the cargo registry under $HOME, out of the
# panic locations stored in the .wasm.
#
# The inline threshold of 40 is above what opt-level "z" uses on its own. With rustc 1.95, on a
# 2-core Intel Xeon in Node.js 20, it made the package's calls 15% to 23% faster and the gzipped
# .wasm 560 bytes smaller (2026-12-05). NOTE: the size does not grow steadily with the
# threshold: 45 added 1.8 KB gzipped, so measure the size again before changing the value.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$cargo_home/registry/src=/cargo --remap-path-prefix=$root=/secmaster-report -C llvm-args=-inline-threshold=40"
cargo build -p secmaster-report-wasm --lib --target "$target" --profile "$profile"

step "wasm-bindgen --target web"
rm -rf "$work"
mkdir -p "$work"
wasm-bindgen --target web --no-typescript --out-name secmaster_report --out-dir "$work" \
  "target/$target/$profile/secmaster_report_wasm.wasm"

step "wasm-opt -Oz and -O3"
# Sizes are measured as pkg/test/package.test.js measures them: Node's zlib at level 9.
gzip_size() {
  node -e 'process.stdout.write(String(require("zlib").gzipSync(require("fs").readFileSync(process.argv[1]), { level: 9 }).length))' "$1"
}
printf '%-8s %10s %10s\n' level bytes gzip
printf '%-8s %10s %10s\n' none "$(wc -c <"$work/secmaster_report_bg.wasm")" "$(gzip_size "$work/secmaster_report_bg.wasm")"
for level in -Oz -O3; do
  output="$work/secmaster_report_bg${level}.wasm"
  "$wasm_opt" "$level" --strip-debug --strip-producers "$work/secmaster_report_bg.wasm" -o "$output"
  printf '%-8s %10s %10s\n' "$level" "$(wc -c <"$output")" "$(gzip_size "$output")"
done
echo "shipping $opt_level"

step "assemble $dist"
rm -rf "$dist"
mkdir -p "$dist"
cp "$work/secmaster_report.js" "$dist/secmaster_report.js"
cp "$work/secmaster_report_bg${opt_level}.wasm" "$dist/secmaster_report_bg.wasm"
cargo run --quiet -p secmaster-report-wasm --bin generate -- schema-module "$dist/schema.js"
cargo run --quiet -p secmaster-report-wasm --bin generate -- rules-module "$dist/rules.js"

echo "built $dist: $(wc -c <"$dist/secmaster_report_bg.wasm") bytes, $(gzip_size "$dist/secmaster_report_bg.wasm") gzip"
