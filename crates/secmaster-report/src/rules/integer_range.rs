//! SR117 `integer-range`: send rule offsets are within their ranges.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::Field;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Kind, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR117",
    name: "integer-range",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    source: "API reference and SDK models ReportRuleRequestStartTime/EndTime: day and week -1..32, month -6..32",
    schema: SchemaSupport::Full,
    docs: RuleDocs {
        what: "Checks the offsets `day`, `week` and `month` of a send rule's `start_time` and \
               `end_time` against their ranges, listed below. -1 is the previous period and 0 the \
               current one.",
        why: "The SDKs validate these ranges before sending.",
        invalid: r#"{"start_time": {"month": -12}}"#,
        fixed: r#"{"start_time": {"month": -6}}"#,
        known_problems: "None known.",
    },
};

/// Returns true for a number without a fractional part, including one too large for `i64`.
pub(crate) fn is_integer(value: Value<'_, '_>) -> bool {
    if value.kind() != Kind::Number {
        return false;
    }
    let raw = value.raw();
    if !raw.contains(['.', 'e', 'E']) {
        return true;
    }
    raw.parse::<f64>()
        .is_ok_and(|number| number.is_infinite() || number.fract() == 0.0)
}

/// Reports an integer outside the field's range. Returns it when it is within.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    field: &Field,
    value: Value<'_, '_>,
) -> Option<i64> {
    let (min, max) = field.range?;
    let number = value.as_i64().or_else(|| {
        value
            .raw()
            .parse::<f64>()
            .ok()
            .filter(|n| n.fract() == 0.0 && n.abs() < 1e15)
            .map(|n| n as i64)
    });
    if let Some(number) = number.filter(|number| (min..=max).contains(number)) {
        return Some(number);
    }
    let message = Message::new("integer-range")
        .with("field", field.name)
        .with("value", value.raw())
        .with("min", min)
        .with("max", max);
    checker.report(&RULE, path, value.span(), message);
    None
}
