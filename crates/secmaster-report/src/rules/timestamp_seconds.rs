//! SR108 `timestamp-seconds`: a 10-digit timestamp is probably in seconds.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR108",
    name: "timestamp-seconds",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: 13-digit epoch milliseconds",
    what: "Reports a `report_range` timestamp of 9 to 11 digits, which as milliseconds falls \
           in January 1970 but as seconds is a date between 1973 and 5138. The fix multiplies \
           it by 1000.",
    why: "Unix tools and many languages give epoch seconds; the API takes milliseconds, so a \
          seconds value silently asks for a report on the first days of 1970.",
    invalid: r#"{"report_range": {"start": "1662900406", "end": "1663505206"}}"#,
    fixed: r#"{"report_range": {"start": "1662900406000", "end": "1663505206000"}}"#,
    known_problems: "A deliberate timestamp in early 1970 would be reported; no report covers \
                     that time.",
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
    millis: i64,
) {
    let digits = value.string_raw().len();
    if !(9..=11).contains(&digits) {
        return;
    }
    let converted = millis.saturating_mul(1000);
    let message = Message::new("timestamp-seconds").with("value", value.string_raw());
    checker
        .report(&RULE, path, value.span(), message)
        .help(Message::new("timestamp-seconds.help").with("millis", converted))
        .fix_string(value.span(), &converted.to_string());
}
