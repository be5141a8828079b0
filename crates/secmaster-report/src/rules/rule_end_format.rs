//! SR210 `rule-end-format`: a send rule's `rule_end` is epoch milliseconds.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::is_digits;
use crate::rules::{timestamp_seconds, Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR210",
    name: "rule-end-format",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Partial,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, ReportRuleRequest: rule_end is the deadline for starting the sending task; its format is undocumented",
    what: "Checks that a send rule's `rule_end` is decimal epoch milliseconds, the form of \
           every other timestamp of the request. A 10-digit value is reported by \
           `timestamp-seconds`.",
    why: "The format is undocumented; epoch milliseconds like `report_range` is the likely \
          form, and a date string is likely a mistake.",
    invalid: r#"{"rule_end": "2026-12-31"}"#,
    fixed: r#"{"rule_end": "1798675200000"}"#,
    known_problems: "If the service accepts another form, this warning is wrong; turn the rule \
                     off.",
};

/// Reports a value that is not decimal digits. Returns the milliseconds when it is.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
) -> Option<i64> {
    let text = value.as_str()?;
    if is_digits(&text) {
        let millis = text.parse().ok()?;
        timestamp_seconds::check(checker, path, value, millis);
        return Some(millis);
    }
    let message = Message::new("rule-end-format").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
    None
}
