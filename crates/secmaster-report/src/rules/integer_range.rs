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
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference and SDK models ReportRuleRequestStartTime/EndTime: day and week -1..32, month -6..32",
    what: "Checks the offsets `day`, `week` and `month` of a send rule's `start_time` and \
           `end_time` against their ranges, listed below. -1 is the previous period and 0 the \
           current one.",
    why: "The SDKs validate these ranges before sending.",
    invalid: r#"{"start_time": {"month": -12}}"#,
    fixed: r#"{"start_time": {"month": -6}}"#,
    known_problems: "None known.",
};

/// Returns true for a number without a fractional part, decided on its decimal text so that
/// `1e-400` (not an integer) and `1e400` (an integer too large for `i64`) are told apart exactly.
pub(crate) fn is_integer(value: Value<'_, '_>) -> bool {
    value.kind() == Kind::Number && is_integer_text(value.raw())
}

fn is_integer_text(raw: &str) -> bool {
    let unsigned = raw.strip_prefix('-').unwrap_or(raw);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent),
        None => (unsigned, "0"),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let significant = digits.trim_start_matches('0');
    if significant.is_empty() {
        return true;
    }
    // value = significant digits × 10^(exponent − fraction length), and trailing zeros of the
    // digits raise the power. Exponents beyond i64 saturate, which keeps the sign of the answer.
    let exponent: i64 = exponent.parse().unwrap_or(if exponent.starts_with('-') {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let trailing_zeros = (significant.len() - significant.trim_end_matches('0').len()) as i64;
    exponent
        .saturating_sub(fraction.len() as i64)
        .saturating_add(trailing_zeros)
        >= 0
}

/// Returns the value of an integer that fits in `i64`, whatever its notation (`2`, `2.0`, `2e0`),
/// computed from its digits so no floating-point code is needed.
fn integer_value(raw: &str) -> Option<i64> {
    if let Ok(number) = raw.parse::<i64>() {
        return Some(number);
    }
    if !is_integer_text(raw) {
        return None;
    }
    let negative = raw.starts_with('-');
    let unsigned = raw.trim_start_matches('-');
    let (mantissa, exponent) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
    let exponent: i64 = exponent.parse().ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let shift = exponent.saturating_sub(fraction.len() as i64);
    let significant = digits.trim_start_matches('0');
    let value = if significant.is_empty() {
        0
    } else if shift >= 0 {
        let mut value: i64 = significant.parse().ok()?;
        for _ in 0..shift {
            value = value.checked_mul(10)?;
        }
        value
    } else {
        // An integer with a negative shift ends in at least that many zeros.
        let kept = significant
            .len()
            .checked_sub(shift.unsigned_abs() as usize)?;
        significant[..kept].parse().unwrap_or(0)
    };
    Some(if negative { -value } else { value })
}

/// Reports an integer outside the field's range. Returns it when it is within.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    field: &Field,
    value: Value<'_, '_>,
) -> Option<i64> {
    let (min, max) = field.range?;
    let number = integer_value(value.raw());
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

#[cfg(test)]
mod tests {
    use super::{integer_value, is_integer_text};

    #[test]
    fn integer_text_forms() {
        for integer in [
            "0", "-0", "32", "-6", "2.0", "2e0", "1e400", "1.5e1", "0.0e-5", "100e-2",
        ] {
            assert!(is_integer_text(integer), "{integer}");
        }
        for fraction in ["1.5", "1e-400", "0.1", "15e-1", "-2.25"] {
            assert!(!is_integer_text(fraction), "{fraction}");
        }
    }

    #[test]
    fn integer_values_fit_or_not() {
        assert_eq!(integer_value("2e0"), Some(2));
        assert_eq!(integer_value("-0"), Some(0));
        assert_eq!(integer_value("1e400"), None);
        assert_eq!(integer_value("1.5e1"), Some(15));
        assert_eq!(integer_value("-2.0"), Some(-2));
        assert_eq!(integer_value("100e-2"), Some(1));
        assert_eq!(integer_value("0.0e-5"), Some(0));
        assert_eq!(integer_value("1.5e-9223372036854775808"), None);
        assert!(!is_integer_text("1.5e-9223372036854775808"));
    }
}
