#!/usr/bin/env python3
"""Print the native benchmark's medians as the Markdown table of docs/benchmarks.md.

Reads criterion's estimates under target/criterion/ after
`cargo bench -p secmaster-report --bench validate` (scripts/bench.sh runs both).
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"

DOCUMENTS = [
    ("api-example-valid", "API example, valid"),
    ("api-example-ten-problems", "API example, ten problems, messages rendered"),
    ("five-send-rules", "five send rules"),
    ("json-lines-100", "100 JSON Lines"),
]
CONTENDERS = [
    "secmaster-report",
    "jsonschema-parse-and-validate",
    "jsonschema-validate-parsed",
    "serde-json-parse-only",
]


def median_ns(group, contender):
    path = ROOT / group / contender / "new" / "estimates.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"]


def microseconds(nanoseconds):
    if nanoseconds is None:
        return ""
    value = nanoseconds / 1000
    if value < 10:
        return f"{value:.2f} µs"
    if value < 100:
        return f"{value:.1f} µs"
    return f"{value:,.0f} µs"


def main():
    if not ROOT.exists():
        sys.exit("no criterion results: run cargo bench -p secmaster-report --bench validate")
    print(
        "| document | secmaster-report | jsonschema, parse and validate "
        "| jsonschema, parsed value | serde_json parse only "
        "| ratio to jsonschema, parse and validate |"
    )
    print("|---|---|---|---|---|---|")
    for group, label in DOCUMENTS:
        medians = [median_ns(group, contender) for contender in CONTENDERS]
        ours, peer = medians[0], medians[1]
        ratio = f"{ours / peer:.2f}" if ours and peer else ""
        cells = " | ".join(microseconds(value) for value in medians)
        print(f"| {label} | {cells} | {ratio} |")


if __name__ == "__main__":
    main()
