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

/// Reads a document of the benchmarks (`benches/documents/`).
fn document(name: &str) -> String {
    read(&format!("crates/secmaster-report/benches/documents/{name}"))
}

/// Prints the count, which `--nocapture` shows (scripts/bench.sh runs it so).
fn count_valid(name: &str, text: &str) -> AllocationInfo {
    let options = Options::default();
    assert_eq!(validate(text, &options).diagnostics, []);
    let info = measure(|| {
        std::hint::black_box(validate(std::hint::black_box(text), &options));
    });
    println!(
        "{name} ({} bytes): {} allocations, {} bytes allocated, {} bytes at most at once",
        text.len(),
        info.count_total,
        info.bytes_total,
        info.bytes_max
    );
    info
}

/// Counts the allocations of parsing alone, the part of the budget that the tree takes.
fn count_parse(text: &str) -> AllocationInfo {
    measure(|| {
        std::hint::black_box(syntax::parse(std::hint::black_box(text), &Limits::default()).ok());
    })
}

#[test]
fn valid_api_example_allocates_only_its_trees() {
    let text = document("api-example-valid.json");
    let info = count_valid("API reference example", &text);
    assert_eq!(info.count_total, 3, "{info:?}");
    assert_eq!(info.count_current, 0, "{info:?}");
    // The body's tree is the one allocation of parsing it.
    assert_eq!(count_parse(&text).count_total, 1);
}

#[test]
fn send_rules_add_no_allocation() {
    let info = count_valid("five send rules", &document("five-send-rules.json"));
    assert_eq!(info.count_total, 3, "{info:?}");
}

#[test]
fn terraform_body_allocates_only_its_trees() {
    let case: serde_json::Value =
        serde_json::from_str(&read("tests/cases/valid/terraform-acceptance-daily.json")).unwrap();
    let text = case["input_text"].as_str().unwrap();
    let info = count_valid("Terraform acceptance body", text);
    assert_eq!(info.count_total, 3, "{info:?}");
}
