//! SR303 `binding-wizard-create-time`: `create_time` is in SecMaster's time form.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::dates;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR303",
    name: "binding-wizard-create-time",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example: create_time 2025-11-20T10:51:40Z+0800",
    what: "Checks that `create_time` inside `binding_wizard` is a valid date and time in \
           SecMaster's form `2025-11-20T10:51:40Z+0800` (an ISO 8601 time followed by both \
           `Z` and an offset) or in RFC 3339 (`2025-11-20T10:51:40+08:00`).",
    why: "SecMaster writes this form itself; it is not RFC 3339, so generic date checks \
          reject it, but it must be accepted. Other forms are likely mistakes.",
    invalid: r#"{"binding_wizard": "{\"create_time\":\"20/11/2025 10:51\"}"}"#,
    fixed: r#"{"binding_wizard": "{\"create_time\":\"2025-11-20T10:51:40Z+0800\"}"}"#,
    known_problems: "Whether the service reads the value at all is unknown.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if is_secmaster_time(&text) || dates::parse_rfc3339(&text).is_some() {
        return;
    }
    let message = Message::new("binding-wizard-create-time").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
}

/// Returns true for `YYYY-MM-DDTHH:MM:SS[.fraction]Z+HHMM` (or `-HHMM`) with a valid date and
/// time.
pub(crate) fn is_secmaster_time(text: &str) -> bool {
    let Some((_, rest)) = dates::parse_local(text) else {
        return false;
    };
    // Fractional seconds (`10:51:40.123`) are part of ISO 8601 and accepted.
    let Some((_, rest)) = dates::parse_fraction(rest) else {
        return false;
    };
    let Some(offset) = rest.strip_prefix('Z') else {
        return false;
    };
    let bytes = offset.as_bytes();
    bytes.len() == 5
        && matches!(bytes[0], b'+' | b'-')
        && bytes[1..].iter().all(u8::is_ascii_digit)
        && offset[1..3].parse::<u8>().is_ok_and(|hours| hours <= 14)
        && offset[3..].parse::<u8>().is_ok_and(|minutes| minutes < 60)
}

#[cfg(test)]
mod tests {
    use super::is_secmaster_time;

    #[test]
    fn secmaster_time_form() {
        assert!(is_secmaster_time("2025-11-20T10:51:40Z+0800"));
        assert!(is_secmaster_time("2025-11-20T10:51:40Z-0330"));
        assert!(is_secmaster_time("2025-11-20T10:51:40.123Z+0800"));
        assert!(!is_secmaster_time("2025-11-20T10:51:40.Z+0800"));
        assert!(!is_secmaster_time("2025-11-20T10:51:40Z"));
        assert!(!is_secmaster_time("2025-02-30T10:51:40Z+0800"));
        assert!(!is_secmaster_time("2025-11-20T10:51:40Z+08:00"));
    }
}
