#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for a bounded time: FUZZ_SECONDS per target (default 60), one
# target at a time on one core. A crash, a failed invariant or an input slower than 10 s fails
# the script, and libFuzzer writes the input to fuzz/artifacts/<target>/.
#
# It needs the nightly toolchain (cargo-fuzz builds with its sanitizer-coverage flags) and
# installs it and cargo-fuzz when they are missing. Seeds come from tests/cases/ and examples/
# (scripts/fuzz-seeds.py); the corpus that runs grow stays in fuzz/corpus/, outside git.
#
# FUZZ_RUNS=N runs each target for N executions instead, without a time bound: the longer runs
# that docs/reliability.md records. FUZZ_NO_TRACE_COMPARES=1 builds without comparison tracing,
# which runs the nested targets about eight times faster and finds magic values less well; the
# long runs use it, starting from a corpus grown with tracing. FUZZ_MAX_LEN sets the longest
# input (default 4096 bytes).
#
# Usage: scripts/fuzz-smoke.sh [TARGET...]      FUZZ_SECONDS=600 scripts/fuzz-smoke.sh cron
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
if [ -n "${FUZZ_RUNS:-}" ]; then
    bound=(-runs="$FUZZ_RUNS")
    description="$FUZZ_RUNS executions"
else
    bound=(-max_total_time="$seconds")
    description="$seconds s"
fi
all_targets=(parse check_bytes binding_wizard cron http_file curl)
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    # Without --locked when the locked versions are not all available.
    cargo +nightly install cargo-fuzz --locked || cargo +nightly install cargo-fuzz
fi

python3 scripts/fuzz-seeds.py

# `-s none`: the code under test forbids `unsafe`, so AddressSanitizer would mostly slow the
# run down; `-a` keeps debug assertions and overflow checks on.
flags=(-s none -a)
if [ -n "${FUZZ_NO_TRACE_COMPARES:-}" ]; then
    flags+=(--no-trace-compares)
fi
cd fuzz
cargo +nightly fuzz build "${flags[@]}"

for target in "${targets[@]}"; do
    case "$target" in
        parse | check_bytes | binding_wizard) dictionary=json.dict ;;
        *) dictionary="$target.dict" ;;
    esac
    printf '\n==> fuzz %s for %s\n' "$target" "$description"
    cargo +nightly fuzz run "${flags[@]}" "$target" -- \
        "${bound[@]}" \
        -max_len="${FUZZ_MAX_LEN:-4096}" \
        -timeout=10 \
        -rss_limit_mb=2048 \
        -dict="dictionaries/$dictionary" \
        -print_final_stats=1
done
