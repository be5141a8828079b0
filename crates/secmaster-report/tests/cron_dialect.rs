//! Which parser accepts which cron expression, and what the checker reports for each.
//!
//! Send rules are read in the Quartz form (`sec min hour day-of-month month day-of-week
//! [year]`). The table records, for each expression, whether the `cron` crate (0.17) and
//! croner (4.x, in its Quartz mode) parse it, and which cron findings the checker reports. It
//! shows why neither crate is used alone. The `cron` crate rejects `L`, `W` and `#`. croner
//! rejects the wrapping ranges and `L-3` that Quartz documents, and it accepts `L,15`, two `#`
//! items and a month name in the day-of-week field, which Quartz rejects. The checker parses
//! the fields itself and reports an error only when croner rejects the expression too, unless
//! the error is one of Quartz's own restrictions.
//!
//! Each body is the API reference example with one send rule added.

use std::str::FromStr;

use croner::parser::{CronParser, Seconds, Year};
use secmaster_report::{validate, Options, Severity};

/// One expression: whether each crate parses it, and the cron rule codes the checker reports.
struct Case {
    rule: &'static str,
    cron_crate: bool,
    croner: bool,
    expected: &'static [&'static str],
}

const fn case(
    rule: &'static str,
    cron_crate: bool,
    croner: bool,
    expected: &'static [&'static str],
) -> Case {
    Case {
        rule,
        cron_crate,
        croner,
        expected,
    }
}

/// Expressions the checker must accept with no error. Warnings are allowed where listed.
const VALID: &[Case] = &[
    case("0 0 8 ? * MON-FRI", true, true, &[]),
    case("0 0 8 ? * mon-fri", true, true, &[]),
    case("0 0 8 1,15 * ?", true, true, &[]),
    case("0 0 8 * * ? 2030", true, true, &[]),
    case("0 0 8 * * ? 2030-2035", true, true, &[]),
    case("0 30 9 ? JAN-MAR SAT,SUN", true, true, &[]),
    case("0 10-40/10 8 * * ?", true, true, &[]),
    case("0 0 8 29 2 ?", true, true, &[]),
    // Quartz's CronExpression rejects `*` in both day fields, but every other parser reads it
    // as every day, so cron-day-conflict does not report it.
    case("0 0/15 * * * *", true, true, &[]),
    case("0 0 8 L * ?", false, true, &[]),
    case("0 0 8 LW * ?", false, true, &[]),
    case("0 0 8 15W * ?", false, true, &[]),
    case("0 0 8 ? * MON#1", false, true, &[]),
    case("0 0 12 ? * FRIL", false, true, &[]),
    case("0 0 8 ? * L", false, true, &[]),
    case("/30 * * * * ?", false, true, &[]),
    // Quartz documents these, and croner rejects them.
    case("0 0 8 L-3 * ?", false, false, &[]),
    case("0 0 22-2 * * ?", false, false, &[]),
    case("0 0 8 ? * FRI-MON", false, false, &[]),
    case("0 0 8 ? NOV-FEB MON", false, false, &[]),
    case("0 0 8 ? * SAT-SUN", false, false, &[]),
    // Quartz reads each list item on its own, so `*` may be one of them. croner rejects it.
    case("*,30 0 8 * * ?", true, false, &[]),
    // Quartz reads a name by its first three letters.
    case("0 0 8 ? * MONDAY", true, false, &[]),
    // Valid, but numeric weekdays read differently in Quartz and Unix cron.
    case("0 0 8 ? * 2#1", false, true, &["SR207"]),
    case("0 0 12 ? * 6L", false, true, &["SR207"]),
    case("0 0 8 ? * 2-6", true, true, &["SR207"]),
    case("0 0 8 ? * 7", true, true, &["SR207"]),
    case("0 0 8 30 2 ?", true, true, &["SR209"]),
    case("0 0 8 31 4,6,9,11 ?", true, true, &["SR209"]),
    case("0 0 8 29 2 ? 2027", true, true, &["SR209"]),
];

/// Expressions that are not valid Quartz, or not in the Quartz form.
const INVALID: &[Case] = &[
    case("@daily", true, true, &["SR204"]),
    case("@hourly", true, true, &["SR204"]),
    case("0 8 * * 1-5", false, false, &["SR204"]),
    case("*/5 * * * *", false, false, &["SR204"]),
    case("0 0 25 ? * MON", false, false, &["SR203"]),
    case("0 0 8 ? * 8", false, false, &["SR203"]),
    case("0 0 8 ? * MONDAY-FRIDAY", true, false, &["SR203"]),
    case("0 0 8 L,15 * ?", false, true, &["SR203"]),
    case("0 0 8 ? * 2#1,6#3", false, true, &["SR203"]),
    case("0 0 8 ? * MAR", false, true, &["SR203"]),
    case("0/60 * * * * ?", false, true, &["SR203"]),
    case("0 0 8 * * ? 1969", false, true, &["SR203"]),
    case("0 0 8 ? * +MON", false, true, &["SR203"]),
    case("0\u{3000}0 8 * * ?", false, true, &["SR203"]),
    case("0 0 8 * * ? 2030 extra", false, false, &["SR203"]),
    case("0 */0 8 ? * MON", false, false, &["SR205"]),
    case("0 0 8 ? * 0", false, false, &["SR206"]),
    case("0 0 8 ? * 0-4", false, false, &["SR206"]),
    case("0 0 8 15 * MON", true, true, &["SR208"]),
    case("0 0 8 * * MON", true, true, &["SR208"]),
    case("0 0 8 ? * ?", true, true, &["SR208"]),
];

const CRON_CODES: [&str; 7] = [
    "SR203", "SR204", "SR205", "SR206", "SR207", "SR208", "SR209",
];

fn body(rule: &str) -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/api-reference-example.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut body: serde_json::Value = serde_json::from_str(&text).unwrap();
    body["report_rule_infos"] = serde_json::json!([{ "rule": rule }]);
    serde_json::to_string_pretty(&body).unwrap()
}

/// Returns the cron findings of the checker, as codes and severities.
fn cron_findings(rule: &str) -> Vec<(&'static str, Severity)> {
    validate(&body(rule), &Options::default())
        .diagnostics
        .into_iter()
        .filter(|diagnostic| CRON_CODES.contains(&diagnostic.code))
        .map(|diagnostic| (diagnostic.code, diagnostic.severity))
        .collect()
}

fn croner_quartz_accepts(rule: &str) -> bool {
    CronParser::builder()
        .seconds(Seconds::Required)
        .year(Year::Optional)
        .alternative_weekdays(true)
        .sloppy_ranges(true)
        .build()
        .parse(rule)
        .is_ok()
}

fn cron_crate_accepts(rule: &str) -> bool {
    cron::Schedule::from_str(rule).is_ok()
}

fn check_parsers(case: &Case) {
    assert_eq!(
        cron_crate_accepts(case.rule),
        case.cron_crate,
        "the cron crate's verdict on `{}` changed",
        case.rule
    );
    assert_eq!(
        croner_quartz_accepts(case.rule),
        case.croner,
        "croner's verdict on `{}` changed",
        case.rule
    );
}

fn check_findings(case: &Case) -> Vec<(&'static str, Severity)> {
    let findings = cron_findings(case.rule);
    let codes: Vec<&str> = findings.iter().map(|(code, _)| *code).collect();
    assert_eq!(
        codes, case.expected,
        "findings for `{}`: {findings:?}",
        case.rule
    );
    findings
}

#[test]
fn valid_expressions_have_no_error() {
    for case in VALID {
        let findings = check_findings(case);
        assert!(
            findings
                .iter()
                .all(|(_, severity)| *severity != Severity::Error),
            "`{}` is valid but reported as an error: {findings:?}",
            case.rule
        );
    }
}

#[test]
fn invalid_expressions_are_reported() {
    for case in INVALID {
        check_findings(case);
    }
}

#[test]
fn parser_verdicts_match_the_table() {
    for case in VALID.iter().chain(INVALID) {
        check_parsers(case);
    }
}

#[test]
fn neither_crate_accepts_every_valid_expression() {
    assert!(VALID.iter().any(|case| !case.cron_crate));
    assert!(VALID.iter().any(|case| !case.croner));
    assert!(INVALID
        .iter()
        .any(|case| case.croner && case.expected == ["SR203"]));
}
