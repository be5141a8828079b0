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

/// The parts of a number's text: its digits without sign, point or exponent (the whole part
/// then the fraction), the number of fraction digits, and the exponent, saturated beyond `i64`.
struct Decimal<'a> {
    whole: &'a str,
    fraction: &'a str,
    exponent: i64,
}

impl<'a> Decimal<'a> {
    fn new(raw: &'a str) -> Self {
        let unsigned = raw.strip_prefix('-').unwrap_or(raw);
        let (mantissa, exponent) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let exponent = exponent.parse().unwrap_or(if exponent.starts_with('-') {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
        Self {
            whole,
            fraction,
            exponent,
        }
    }

    /// Returns the digits, the whole part then the fraction.
    fn digits(&self) -> impl DoubleEndedIterator<Item = u8> + 'a {
        self.whole.bytes().chain(self.fraction.bytes())
    }

    /// Returns the digits without leading zeros.
    fn significant(&self) -> impl Iterator<Item = u8> + 'a {
        self.digits().skip_while(|&digit| digit == b'0')
    }

    /// Returns the power of ten that the significant digits, read as an integer, are multiplied by.
    fn shift(&self) -> i64 {
        self.exponent.saturating_sub(self.fraction.len() as i64)
    }
}

fn is_integer_text(raw: &str) -> bool {
    if !raw.contains(['.', 'e', 'E']) {
        return true;
    }
    let decimal = Decimal::new(raw);
    if decimal.significant().next().is_none() {
        return true;
    }
    // value = significant digits × 10^shift, and trailing zeros of the digits raise the power
    // (they lie within the significant digits, which have a digit other than zero).
    // Exponents beyond i64 saturate, which keeps the sign of the result.
    let trailing_zeros = decimal
        .digits()
        .rev()
        .take_while(|&digit| digit == b'0')
        .count() as i64;
    decimal.shift().saturating_add(trailing_zeros) >= 0
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
    let decimal = Decimal::new(raw);
    if decimal.significant().next().is_none() {
        return Some(0);
    }
    let shift = decimal.shift();
    // An integer with a negative shift ends in at least that many zeros, which are dropped.
    let kept = if shift >= 0 {
        usize::MAX
    } else {
        decimal
            .significant()
            .count()
            .checked_sub(shift.unsigned_abs() as usize)?
    };
    let mut value: i64 = 0;
    for digit in decimal.significant().take(kept) {
        value = value
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
    }
    for _ in 0..shift.max(0) {
        if value == 0 {
            break;
        }
        value = value.checked_mul(10)?;
    }
    Some(if raw.starts_with('-') { -value } else { value })
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
        assert_eq!(integer_value("92233720368547758.07e2"), Some(i64::MAX));
        assert_eq!(integer_value("92233720368547758.08e2"), None);
        assert_eq!(integer_value("0.00120e4"), Some(12));
        assert_eq!(integer_value("-4200e-2"), Some(-42));
        assert!(!is_integer_text("1.5e-9223372036854775808"));
    }
}
