#!/usr/bin/env bash
# Times the release CLI over a JSON Lines file against `jq -c .` on the same file, on one core.
#
# The file has 100,000 lines, each the compact API reference example with a seven-day weekly
# range (valid, no diagnostic), except every tenth line, whose `"weekly"` is `"Weekly"` (one
# error). Its first 100 lines are the native benchmark's JSON Lines batch,
# crates/secmaster-report/benches/documents/json-lines-100.jsonl, and the script warns when they
# differ. The file goes to target/bench-cli/.
#
# Each command runs pinned to CPU 0 with `taskset`, with standard output sent to /dev/null, RUNS
# times (default 5) after one untimed warm-up run, the commands taking turns. The script prints
# a Markdown table of median wall times, and of median CPU times (user and system), which
# other load on CPU 0 changes less. MB/s and lines/s come from the wall time. The CLI gets a
# fixed `--now`, so every run reports the same diagnostics. It exits with 1 because of the
# broken lines, and the script checks that code. docs/benchmarks.md records the results.
#
# Needs cargo, python3, jq and taskset.
#
# Usage: scripts/bench-cli.sh      RUNS=11 scripts/bench-cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${RUNS:-5}"
line_count=100000
now="2026-12-04T00:00:00Z"
out_dir="target/bench-cli"
data="$out_dir/requests.jsonl"
cli="target/release/secmaster-report"

for tool in python3 jq taskset; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench-cli: $tool not found, so install it and run again" >&2
        exit 2
    fi
done

cargo build --release -p secmaster-report-cli --locked
mkdir -p "$out_dir"

python3 - "$data" "$line_count" <<'PYTHON'
import json
import sys

path, line_count = sys.argv[1], int(sys.argv[2])
with open("examples/api-reference-example.json", encoding="utf-8") as file:
    pretty = file.read()
# The example's range is empty, and a weekly report needs a seven-day range to be valid.
empty_end = '"end" : "1662900406226"'
if empty_end not in pretty:
    sys.exit(f"bench-cli: {empty_end} not found in examples/api-reference-example.json")
pretty = pretty.replace(empty_end, '"end" : "1663505206226"')
# The output of `jq -c .`: key order kept, no spaces, non-ASCII characters as they are.
valid = json.dumps(json.loads(pretty), separators=(",", ":"), ensure_ascii=False)
broken = valid.replace('"weekly"', '"Weekly"')
if broken == valid:
    sys.exit('bench-cli: "weekly" not found in the compact example')
lines = [(broken if index % 10 == 9 else valid) + "\n" for index in range(line_count)]
with open(path, "w", encoding="utf-8", newline="\n") as file:
    file.writelines(lines)

native_batch = "crates/secmaster-report/benches/documents/json-lines-100.jsonl"
try:
    with open(native_batch, encoding="utf-8", newline="") as file:
        if file.read() != "".join(lines[:100]):
            message = f"bench-cli: warning: the first 100 lines differ from {native_batch}"
            print(message, file=sys.stderr)
except FileNotFoundError:
    print(f"bench-cli: warning: {native_batch} not found, lines not compared", file=sys.stderr)
PYTHON

python3 - "$data" "$line_count" "$runs" "$cli" "$now" <<'PYTHON'
import os
import resource
import statistics
import subprocess
import sys
import time

path, line_count, runs, cli, now = sys.argv[1:6]
line_count, runs = int(line_count), int(runs)
size = os.path.getsize(path)

# (label, command, expected exit code). The CLI exits with 1 because every tenth line has an
# error.
check = [cli, "check", "--jsonl", "--now", now]
commands = [
    ("`secmaster-report check --jsonl --format json`", check + ["--format", "json", path], 1),
    ("`secmaster-report check --jsonl` (human output)", check + [path], 1),
    ("`jq -c .`", ["jq", "-c", ".", path], 0),
]


def cpu_seconds_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command, expected):
    """Runs a command pinned to CPU 0 and returns its wall and CPU (user + system) seconds."""
    pinned = ["taskset", "-c", "0"] + command
    cpu_before = cpu_seconds_of_children()
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        code = subprocess.run(pinned, stdout=devnull).returncode
    wall = time.perf_counter() - start
    cpu = cpu_seconds_of_children() - cpu_before
    if code != expected:
        sys.exit(f"bench-cli: {' '.join(command)} exited with {code}, expected {expected}")
    return wall, cpu


for _, command, expected in commands:
    run(command, expected)
times = {label: [] for label, _, _ in commands}
for _ in range(runs):
    for label, command, expected in commands:
        times[label].append(run(command, expected))

walls = {label: statistics.median(w for w, _ in samples) for label, samples in times.items()}
cpus = {label: statistics.median(c for _, c in samples) for label, samples in times.items()}
jq_wall = walls[commands[-1][0]]
print(f"{line_count:,} lines, {size:,} bytes, median of {runs} runs on CPU 0")
print()
# The CPU time leaves out the time a command waited for CPU 0 while other processes ran on it.
print("| command | median wall s | median CPU s | MB/s | lines/s | wall time ratio to jq |")
print("|---|---|---|---|---|---|")
for label, wall in walls.items():
    print(
        f"| {label} | {wall:.3f} | {cpus[label]:.3f} | {size / 1e6 / wall:.1f} | "
        f"{line_count / wall:,.0f} | {wall / jq_wall:.2f} |"
    )
PYTHON
