//! SR104 `string-length`: strings stay within their length limits.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::Field;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR104",
    name: "string-length",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SDK models (huaweicloud-sdk-php-v3 CreateReportRequestBody and ReportRuleRequest): minimum and maximum lengths",
    what: "Checks the length in characters of every string field against the limits of the \
           SDK models, listed below. An empty string is too short for every field.",
    why: "The SDKs reject a value outside these lengths before sending, and the service \
          validates the same limits. For `to` and `cc` this limit is separate from the console \
          limit of 100 addresses, which 256 characters cannot hold.",
    invalid: r#"{"report_name": ""}"#,
    fixed: r#"{"report_name": "Weekly security report"}"#,
    known_problems: "Length is counted in Unicode characters, as JSON Schema counts it. An SDK \
                     in a language with UTF-16 strings counts a character outside the Basic \
                     Multilingual Plane (an emoji) as two.",
};

/// Reports a string field whose length is outside its limits. Returns false for a string too
/// short to check further, so an empty value gets this one diagnostic, not one per rule.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    field: &Field,
    value: Value<'_, '_>,
) -> bool {
    if field.max_length.is_none()
        && field.min_length.is_some_and(|min| min <= 1)
        && !value.string_raw().is_empty()
    {
        // A non-empty string meets a minimum of one character, whatever its escapes.
        return true;
    }
    let Some(length) = value.char_len() else {
        return true;
    };
    if let Some(min) = field.min_length {
        if length < min as usize {
            let message = Message::new(if length == 0 {
                "string-length.empty"
            } else {
                "string-length.short"
            })
            .with("field", field.name)
            .with("min", min)
            .with("length", length);
            checker.report(&RULE, path, value.span(), message);
            return false;
        }
    }
    if let Some(max) = field.max_length {
        if length > max as usize {
            let message = Message::new("string-length.long")
                .with("field", field.name)
                .with("max", max)
                .with("length", length);
            checker.report(&RULE, path, value.span(), message);
        }
    }
    true
}
