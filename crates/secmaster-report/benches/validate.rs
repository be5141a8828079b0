//! Native validation speed on the API reference example: valid, and with ten problems whose
//! messages are rendered. `cargo bench -p secmaster-report --bench validate` runs it; results are
//! recorded in docs/benchmarks.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use secmaster_report::{validate, Locale, Options};

fn example(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples")
            .join(name),
    )
    .unwrap()
}

/// The API reference example with a seven-day range, so it has no diagnostic at all.
fn clean_example() -> String {
    example("api-reference-example.json")
        .replace("\"end\" : \"1662900406226\"", "\"end\" : \"1663505206226\"")
}

/// The API reference example with ten problems, each from a different rule.
fn broken_example() -> String {
    clean_example()
        .replace("\"weekly\"", "\"Weekly\"")
        .replace("\"zh-CN\"", "\"zh_CN\"")
        .replace("\"start\" : \"1662900406226\"", "\"start\" : 1662900406226")
        .replace("b6940c3beee4413381be3f257ab6fb2d", "B6940C3BEEE4413381BE3F257AB6FB2D")
        .replace("\\\"v4\\\"", "\\\"4\\\"")
        .replace("report-admin\\\"", "report-admin\\\",\\\"binding_button\\\":[]")
        .replace(
            "\"report_name\" : \"q6YSAc1KBy\",",
            "\"report_name\" : \"q6YSAc1KBy\", \"report_nmae\": \"x\", \"to\": \"a@example.com, b@example.com\", \
             \"timezone\": \"CST\", \"report_rule_infos\": [{\"rule\": \"0 8 * * 1-5\"}],",
        )
}

fn bench_validate(criterion: &mut Criterion) {
    let options = Options::default();
    let clean = clean_example();
    assert!(validate(&clean, &options).diagnostics.is_empty());
    let broken = broken_example();
    let problems = validate(&broken, &options).diagnostics.len();
    assert!(problems >= 10, "the broken example has {problems} problems");

    let mut group = criterion.benchmark_group("api-reference-example");
    group.bench_function("valid", |bench| {
        bench.iter(|| validate(black_box(&clean), &options))
    });
    group.bench_function("ten-problems-rendered", |bench| {
        bench.iter(|| {
            let report = validate(black_box(&broken), &options);
            report
                .diagnostics
                .iter()
                .map(|diagnostic| diagnostic.render_message(Locale::En).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_validate);
criterion_main!(benches);
