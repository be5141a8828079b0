//! Native validation speed, side by side in one run: this checker, the `jsonschema` crate on the
//! exported schema (with and without parsing the text), and `serde_json` parsing alone as the
//! floor. Documents, in `benches/documents/`: the API reference example valid, the same with ten
//! problems (messages rendered), a body with five send rules, and a batch of 100 JSON Lines.
//! `cargo bench -p secmaster-report --bench validate` runs it; docs/benchmarks.md has the results.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use secmaster_report::{schema, validate, Locale, Options};
use serde_json::Value;

/// Reads a file of `benches/documents/`, which the Node.js benchmark of the npm package reads too.
fn document(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/documents")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("failed to read {}: {error}", path.display()))
}

/// The API reference example with a seven-day range, so it has no diagnostic at all.
fn clean_example() -> String {
    document("api-example-valid.json")
}

/// The API reference example with ten problems, each from a different rule.
fn broken_example() -> String {
    document("api-example-ten-problems.json")
}

/// The clean example with five send rules, the most the console allows.
fn send_rules_example() -> String {
    document("five-send-rules.json")
}

/// One hundred compact bodies, one per line: valid ones with every tenth broken.
fn json_lines_batch() -> Vec<String> {
    let lines: Vec<String> = document("json-lines-100.jsonl")
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), 100, "lines in json-lines-100.jsonl");
    lines
}

fn bench_documents(criterion: &mut Criterion) {
    let options = Options::default();
    let schema: Value = serde_json::from_str(&schema::to_pretty_string(Locale::En)).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let documents = [
        ("api-example-valid", clean_example()),
        ("api-example-ten-problems", broken_example()),
        ("five-send-rules", send_rules_example()),
    ];
    for (name, text) in &documents {
        let parsed: Value = serde_json::from_str(text).unwrap();
        let mut group = criterion.benchmark_group(*name);
        group.bench_function("secmaster-report", |bench| {
            bench.iter(|| {
                let report = validate(black_box(text), &options);
                let rendered: usize = report
                    .diagnostics
                    .iter()
                    .map(|d| d.render_message(Locale::En).len())
                    .sum();
                (report.diagnostics.len(), rendered)
            })
        });
        group.bench_function("jsonschema-parse-and-validate", |bench| {
            bench.iter(|| {
                let value: Value = serde_json::from_str(black_box(text)).unwrap();
                validator
                    .iter_errors(&value)
                    .map(|error| error.to_string().len())
                    .sum::<usize>()
            })
        });
        group.bench_function("jsonschema-validate-parsed", |bench| {
            bench.iter(|| {
                validator
                    .iter_errors(black_box(&parsed))
                    .map(|error| error.to_string().len())
                    .sum::<usize>()
            })
        });
        group.bench_function("serde-json-parse-only", |bench| {
            bench.iter(|| serde_json::from_str::<Value>(black_box(text)).unwrap())
        });
        group.finish();
    }

    let lines = json_lines_batch();
    let mut group = criterion.benchmark_group("json-lines-100");
    group.bench_function("secmaster-report", |bench| {
        bench.iter(|| {
            lines
                .iter()
                .map(|line| validate(black_box(line), &options).diagnostics.len())
                .sum::<usize>()
        })
    });
    group.bench_function("jsonschema-parse-and-validate", |bench| {
        bench.iter(|| {
            lines
                .iter()
                .map(|line| {
                    let value: Value = serde_json::from_str(black_box(line)).unwrap();
                    validator.iter_errors(&value).count()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("serde-json-parse-only", |bench| {
        bench.iter(|| {
            lines
                .iter()
                .map(|line| {
                    serde_json::from_str::<Value>(black_box(line))
                        .unwrap()
                        .as_object()
                        .map_or(0, |o| o.len())
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

/// Checks that the documents give the results that benches/documents/README.md states, so an
/// edit of a document cannot change what the numbers mean unnoticed.
fn check_documents() {
    let options = Options::default();
    assert!(validate(&clean_example(), &options).diagnostics.is_empty());
    let problems = validate(&broken_example(), &options).diagnostics.len();
    assert!(problems >= 10, "the broken example has {problems} problems");
    assert!(validate(&send_rules_example(), &options)
        .diagnostics
        .is_empty());
    let broken_lines = json_lines_batch()
        .iter()
        .filter(|line| !validate(line, &options).diagnostics.is_empty())
        .count();
    assert_eq!(broken_lines, 10, "JSON Lines with a diagnostic");
}

fn bench_all(criterion: &mut Criterion) {
    check_documents();
    bench_documents(criterion);
}

criterion_group!(benches, bench_all);
criterion_main!(benches);
