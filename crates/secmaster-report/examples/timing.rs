fn main() {
    let text = std::fs::read_to_string("examples/api-reference-example.json").unwrap();
    let mut options = secmaster_report::Options::default();
    if std::env::args().nth(1).as_deref() == Some("quiet") {
        options
            .set_rule_level("SR401", secmaster_report::RuleLevel::Off)
            .unwrap();
    }
    let n: u32 = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let start = std::time::Instant::now();
    let mut count = 0;
    for _ in 0..n {
        count += secmaster_report::validate(std::hint::black_box(&text), &options)
            .diagnostics
            .len();
    }
    println!("{:?} per validation ({count})", start.elapsed() / n);
}
