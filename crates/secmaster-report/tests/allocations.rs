//! Counts the heap allocations of the valid path with a counting global allocator
//! (`allocation-counter`, which counts the allocations of the calling thread only, so the test
//! harness's other threads do not disturb the count).
//!
//! The target (docs/benchmarks.md) is no allocation beyond the parse trees. A valid body takes
//! three: the body's node array, the decoded text of `binding_wizard`, and the nested
//! document's node array. The parser keeps its open containers in the node array itself, the
//! rules read the tree in place, and an empty report has an empty `Vec`.

use allocation_counter::{measure, AllocationInfo};
use secmaster_report::{syntax, validate, Limits, Options};

fn read(path: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap()
}

/// The API reference example with a seven-day range, so it has no diagnostic at all.
fn api_example() -> String {
    read("examples/api-reference-example.json")
        .replace("\"end\" : \"1662900406226\"", "\"end\" : \"1663505206226\"")
}

/// The API reference example with five send rules, the most the console allows.
fn five_send_rules() -> String {
    let rules = [
        "0 0 8 ? * MON-FRI",
        "0 0 8 L * ?",
        "0 0 9 ? * MON#1",
        "0 0/15 8-18 ? * MON-FRI",
        "0 30 7 1,15 * ? 2030",
    ]
    .map(|rule| {
        format!(
            r#"{{"rule": "{rule}", "rule_end": "4102444800000", "start_time": {{"day": -1, "time": "00:00:00"}}, "end_time": {{"day": 0, "time": "00:00:00"}}}}"#
        )
    })
    .join(", ");
    api_example().replacen('{', &format!("{{\n  \"report_rule_infos\": [{rules}],"), 1)
}

/// Counts the allocations of one `validate` call on a body that has no diagnostic.
fn count_valid(text: &str) -> AllocationInfo {
    let options = Options::default();
    assert_eq!(validate(text, &options).diagnostics, []);
    measure(|| {
        std::hint::black_box(validate(std::hint::black_box(text), &options));
    })
}

/// Counts the allocations of parsing alone, the part of the budget that the tree takes.
fn count_parse(text: &str) -> AllocationInfo {
    measure(|| {
        std::hint::black_box(syntax::parse(std::hint::black_box(text), &Limits::default()).ok());
    })
}

#[test]
fn valid_api_example_allocates_only_its_trees() {
    let text = api_example();
    let info = count_valid(&text);
    assert_eq!(info.count_total, 3, "{info:?}");
    assert_eq!(info.count_current, 0, "{info:?}");
    // The body's tree is the one allocation of parsing it.
    assert_eq!(count_parse(&text).count_total, 1);
}

#[test]
fn send_rules_add_no_allocation() {
    let info = count_valid(&five_send_rules());
    assert_eq!(info.count_total, 3, "{info:?}");
}

#[test]
fn terraform_body_allocates_only_its_trees() {
    let case: serde_json::Value =
        serde_json::from_str(&read("tests/cases/valid/terraform-acceptance-daily.json")).unwrap();
    let text = case["input_text"].as_str().unwrap();
    let info = count_valid(text);
    assert_eq!(info.count_total, 3, "{info:?}");
}
