#!/usr/bin/env python3
"""Write large inputs of several shapes for the memory and time measurements of
docs/reliability.md.

Usage: scripts/large-inputs.py DIRECTORY [MEGABYTES]

Each file is about MEGABYTES (default 50) megabytes:

- long-string.json: one `report_name` string.
- many-members.json: an object of four million short members with distinct keys.
- nested-arrays.json: send rules that are arrays nested 100 deep, within the default depth limit.
- one-byte-values.json: send rules that are all `0`, a node per two bytes.
- send-rules.json: send rules with a cron expression each, every one checked.
- duplicate-keys.json: `report_name` repeated, one duplicate-key diagnostic each.
- escaped-binding-wizard.json: a `binding_wizard` string whose nested text is mostly escapes.
- many-requests.http: an HTTP request file of short requests.
- escaped-body.curl: a curl command whose double-quoted body escapes every quote.
"""

import json
import pathlib
import sys

BODY_START = (
    '{"report_name":"large","report_period":"weekly","language":"zh-CN",'
    '"layout_id":"b240d19f-7bdb-39cd-bfc2-0d4b86d8747f",'
    '"report_range":{"start":"1662900406226","end":"1663505206226"},'
    '"binding_wizard":"{\\"boa_version\\":\\"v4\\"}",'
)
URL = (
    "https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef"
    "/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports"
)


def repeat_to(size, piece, separator=","):
    """Return `piece` repeated with `separator` to about `size` bytes."""
    count = max(1, size // (len(piece) + len(separator)))
    return separator.join([piece] * count)


def write_all(directory, size):
    files = {}
    files["long-string.json"] = BODY_START.replace('"large"', '"' + "a" * size + '"')[:-1] + "}"

    members = ",".join(f'"k{index:07d}":1' for index in range(size // 13))
    files["many-members.json"] = "{" + members + "}"

    nested = "[" * 100 + "1" + "]" * 100
    files["nested-arrays.json"] = BODY_START + '"report_rule_infos":[' + repeat_to(size, nested) + "]}"

    files["one-byte-values.json"] = BODY_START + '"report_rule_infos":[' + repeat_to(size, "0") + "]}"

    rule = '{"rule":"0 0 8 ? * MON","start_time":{"day":-1},"end_time":{"day":0}}'
    files["send-rules.json"] = BODY_START + '"report_rule_infos":[' + repeat_to(size, rule) + "]}"

    files["duplicate-keys.json"] = BODY_START + repeat_to(size, '"report_name":"x"') + "}"

    nested_text = "{" + repeat_to(size * 2 // 3, '"a":"b"') + "}"
    wizard = json.dumps(nested_text)
    files["escaped-binding-wizard.json"] = BODY_START.replace(
        '"binding_wizard":"{\\"boa_version\\":\\"v4\\"}",', '"binding_wizard":' + wizard + ","
    )[:-1] + "}"

    request = (
        f"###\nPOST {URL}\nContent-Type: application/json;charset=UTF-8\nRegion: cn-north-4\n"
        "X-Auth-Token: {{token}}\n\n{}\n"
    )
    files["many-requests.http"] = "@token = MIIexample\n" + request * max(1, size // len(request))

    escaped = "{" + repeat_to(size, '\\"a\\":\\"b\\"') + "}"
    files["escaped-body.curl"] = (
        f"curl -X POST '{URL}' -H 'Content-Type: application/json;charset=UTF-8' "
        f"-H 'Region: cn-north-4' -H 'X-Auth-Token: MIIexample' -d \"{escaped}\"\n"
    )

    for name, text in files.items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {path.stat().st_size} bytes", file=sys.stderr)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    directory = pathlib.Path(sys.argv[1])
    directory.mkdir(parents=True, exist_ok=True)
    megabytes = float(sys.argv[2]) if len(sys.argv) == 3 else 50
    write_all(directory, int(megabytes * 1_000_000))


if __name__ == "__main__":
    main()
