//! SR103 `unknown-field`: every key is a field of the request.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::{Field, BODY_FIELDS, UPDATE_ONLY_FIELDS};
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR103",
    name: "unknown-field",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SDK models CreateReportRequestBody, ReportRange, ReportRuleRequest and ReportRuleRequestStartTime/EndTime list every field; status, subject and report_id exist only in UpdateReport",
    what: "Reports keys that are not fields of the body, of `report_range`, of a send rule or \
           of its `start_time` and `end_time`. A likely misspelling gets \"did you mean\" and a \
           fix; `status`, `subject` and `report_id` get a note that only the Update Security \
           Report API takes them.",
    why: "No SDK model has other fields, so an SDK cannot send them, and a misspelt key means \
          the intended field is missing.",
    invalid: r#"{"report_nmae": "weekly"}"#,
    fixed: r#"{"report_name": "weekly"}"#,
    known_problems: "The service itself may ignore unknown keys instead of rejecting them; the \
                     error severity follows the SDK models. Keys inside `binding_wizard` are \
                     covered by `binding-wizard-unknown-key`.",
};

/// Reports an unknown key of `object`, whose fields are `table`.
pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    parent: Path<'_>,
    object: Value<'_, '_>,
    value: Value<'_, '_>,
    key: &str,
    table: &'static [Field],
) {
    let span = value.key_span().unwrap_or(value.span());
    let message = Message::new("unknown-field").with("field", key);
    let is_body = std::ptr::eq(table, BODY_FIELDS.as_slice());
    let update_only = is_body && UPDATE_ONLY_FIELDS.contains(&key);
    let suggestion = if update_only {
        None
    } else {
        closest(key, table.iter().map(|field| field.name))
    };
    let reported = checker.report(&RULE, parent.key(key), span, message);
    if update_only {
        reported.help(Message::new("unknown-field.update-only").with("field", key));
    } else if let Some(name) = suggestion {
        let reported = reported.help(Message::new("did-you-mean").with("suggestion", name));
        // Renaming the key is a fix only when it does not create a duplicate.
        if object.get(name).is_none() {
            reported.fix_string(span, name);
        }
    }
}
