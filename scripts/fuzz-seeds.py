#!/usr/bin/env python3
"""Write the seed corpus of each fuzz target from tests/cases/ and examples/.

Each seed is one input of the target, written to fuzz/corpus/<target>/seed-<sha1>: a body for
`parse` and `check_bytes`, the `binding_wizard` text for `binding_wizard`, each send rule's
`rule` for `cron`, and the text of `input_http` and `input_curl` cases for `http_file` and
`curl`. Existing files are kept, so the corpus that a run grew stays.
"""

import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
EXAMPLES = ROOT / "examples"
CORPUS = ROOT / "fuzz" / "corpus"


def encode(text):
    # A case's `input` may hold a lone surrogate escape, which Python decodes to a lone
    # surrogate; `surrogatepass` writes it as the bytes a careless encoder would, which are
    # not UTF-8, and that is a useful seed too.
    return text.encode("utf-8", "surrogatepass")


def body_text(case):
    """Return the body of a case as the Rust corpus runner writes it."""
    if isinstance(case.get("input_text"), str):
        return case["input_text"]
    if "input" in case:
        return json.dumps(case["input"], indent=2, ensure_ascii=False)
    return None


def body_value(case):
    """Return the body of a case as a JSON value, or None when Python cannot read it as JSON."""
    if isinstance(case.get("input_text"), str):
        try:
            return json.loads(case["input_text"])
        except (ValueError, RecursionError):
            return None
    return case.get("input")


def seeds_of_case(case):
    """Yield (target, text) pairs for one case file."""
    if isinstance(case.get("input_http"), str):
        yield "http_file", case["input_http"]
        return
    if isinstance(case.get("input_curl"), str):
        yield "curl", case["input_curl"]
        return
    text = body_text(case)
    if text is None:
        return
    yield "parse", text
    yield "check_bytes", text
    value = body_value(case)
    if not isinstance(value, dict):
        return
    wizard = value.get("binding_wizard")
    if isinstance(wizard, str):
        yield "binding_wizard", wizard
    rules = value.get("report_rule_infos")
    if isinstance(rules, list):
        for rule in rules:
            if isinstance(rule, dict) and isinstance(rule.get("rule"), str):
                yield "cron", rule["rule"]


def seeds_of_examples():
    for path in sorted(EXAMPLES.iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            yield "parse", text
            yield "check_bytes", text
        elif path.suffix == ".jsonl":
            for line in text.splitlines():
                if line.strip():
                    yield "check_bytes", line
        elif path.suffix in (".http", ".rest"):
            yield "http_file", text
        elif path.suffix == ".curl":
            yield "curl", text


def main():
    counts = {}
    pairs = []
    for path in sorted(CASES.rglob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        pairs.extend(seeds_of_case(case))
    pairs.extend(seeds_of_examples())
    for target, text in pairs:
        data = encode(text)
        directory = CORPUS / target
        directory.mkdir(parents=True, exist_ok=True)
        name = "seed-" + hashlib.sha1(data).hexdigest()
        (directory / name).write_bytes(data)
        counts[target] = counts.get(target, 0) + 1
    for target in sorted(counts):
        print(f"{target}: {counts[target]} seeds", file=sys.stderr)


if __name__ == "__main__":
    main()
