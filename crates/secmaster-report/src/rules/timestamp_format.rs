//! SR107 `timestamp-format`: `report_range` timestamps are decimal epoch milliseconds.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::dates;
use crate::rules::text::is_digits;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR107",
    name: "timestamp-format",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Partial,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: report_range.start and .end are 13-digit epoch milliseconds as strings",
    what: "Checks that `report_range.start` and `report_range.end` contain only decimal \
           digits: epoch milliseconds such as `1662900406226`. A date such as `2024-06-01` or \
           an ISO 8601 time gets a suggestion with its value in milliseconds (UTC).",
    why: "Every known request writes the range as epoch milliseconds; the service cannot read \
          other forms as a time.",
    invalid: r#"{"report_range": {"start": "2024-06-01T00:00:00Z", "end": "2024-06-08T00:00:00Z"}}"#,
    fixed: r#"{"report_range": {"start": "1717200000000", "end": "1717804800000"}}"#,
    known_problems: "The SDKs check only the length (1..16), so this form is inferred from \
                     examples and the rule reports a warning.",
};

/// Reports a timestamp that is not decimal digits. Returns its value in milliseconds when it is.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
) -> Option<i64> {
    let text = value.as_str()?;
    if is_digits(&text) {
        return text.parse().ok();
    }
    let message = Message::new("timestamp-format").with("value", &text);
    let reported = checker.report(&RULE, path, value.span(), message);
    if let Some(millis) = parse_date_time(text.trim()) {
        reported
            .help(Message::new("timestamp-format.convert").with("millis", millis))
            .fix_string(value.span(), &millis.to_string());
    }
    None
}

/// Reads an RFC 3339 time or a plain date (as UTC midnight) into epoch milliseconds.
fn parse_date_time(text: &str) -> Option<i64> {
    dates::parse_rfc3339(text).or_else(|| dates::parse_date(text))
}
