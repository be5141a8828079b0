//! SR102 `field-type`: every field has its JSON type.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::{Field, FieldType, DIGITS_PATTERN, EPOCH_MILLIS_PATTERN};
use crate::rules::{integer_range, Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Kind, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR102",
    name: "field-type",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SDK models CreateReportRequestBody, ReportRange, ReportRuleRequest, ReportRuleRequestStartTime/EndTime: field types",
    what: "Checks the JSON type of every known field: strings for the text fields, the \
           `report_range` timestamps and `binding_wizard`; an object for `report_range` and \
           the send rules' `start_time` and `end_time`; an array for `report_rule_infos`; \
           integers for `day`, `week` and `month`. A number where a string is required gets \
           a fix that quotes it.",
    why: "The timestamps are strings of epoch milliseconds, not numbers, and `binding_wizard` \
          is JSON text inside a string, not an object. The SDKs declare these types and the \
          service rejects the others.",
    invalid: r#"{"report_range": {"start": 1662900406226, "end": 1663505206226}}"#,
    fixed: r#"{"report_range": {"start": "1662900406226", "end": "1663505206226"}}"#,
    known_problems: "A number written with a fraction or exponent is quoted as written; check \
                     that the quoted text is what you meant.",
};

/// Reports a value whose type is not the field's. Returns true when the type is right.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    field: &Field,
    value: Value<'_, '_>,
) -> bool {
    let kind = value.kind();
    let matches = match field.field_type {
        FieldType::String => kind == Kind::String,
        FieldType::Object => kind == Kind::Object,
        FieldType::Array => kind == Kind::Array,
        FieldType::Integer => integer_range::is_integer(value),
    };
    if matches {
        return true;
    }
    let message = Message::new("field-type")
        .with("field", field.name)
        .with_term("expected", field.field_type.term())
        .with_term("found", found_term(value));
    let reported = checker.report(&RULE, path, value.span(), message);
    match (field.field_type, kind) {
        (FieldType::String, Kind::Number | Kind::Bool) => {
            let quoted = format!("\"{}\"", value.raw());
            let reported =
                reported.help(Message::new("field-type.quote").with("replacement", &quoted));
            // Quoting is a fix only where the quoted text is certainly valid: a timestamp
            // written as a number of digits.
            let is_timestamp = matches!(field.pattern, Some(EPOCH_MILLIS_PATTERN | DIGITS_PATTERN));
            if is_timestamp && value.raw().bytes().all(|byte| byte.is_ascii_digit()) {
                reported.fix(value.span(), quoted);
            }
        }
        (FieldType::String, Kind::Object | Kind::Array) if field.name == "binding_wizard" => {
            let compact = minify(value.raw());
            let quoted = crate::check::json_string(&compact);
            reported
                .help(Message::new("field-type.serialise"))
                .fix(value.span(), quoted);
        }
        _ => {}
    }
    false
}

/// Reports a send rule that is not an object. Returns true when it is one.
pub(crate) fn check_object(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
) -> bool {
    if value.kind() == Kind::Object {
        return true;
    }
    let message = Message::new("field-type.element")
        .with_term("expected", "type.object")
        .with_term("found", found_term(value));
    checker.report(&RULE, path, value.span(), message);
    false
}

fn found_term(value: Value<'_, '_>) -> &'static str {
    match value.kind() {
        Kind::Number if integer_range::is_integer(value) => "type.integer",
        kind => kind.term(),
    }
}

/// Removes the whitespace between the tokens of JSON text, keeping strings and numbers exactly as
/// written.
fn minify(text: &str) -> String {
    let mut compact = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    for character in text.chars() {
        if in_string {
            compact.push(character);
            match character {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(character, ' ' | '\t' | '\n' | '\r') {
            in_string = character == '"';
            compact.push(character);
        }
    }
    compact
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn minify_keeps_strings_and_numbers() {
        let text = "{ \"a b\" : [1.50, \"x \\\" y\"],\n  \"c\": 1e400 }";
        assert_eq!(minify(text), "{\"a b\":[1.50,\"x \\\" y\"],\"c\":1e400}");
    }
}
