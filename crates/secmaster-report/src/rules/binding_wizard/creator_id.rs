//! SR304 `binding-wizard-creator-id`: `creator_id` is 32 hexadecimal characters.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::is_hex;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR304",
    name: "binding-wizard-creator-id",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example: creator_id is an IAM user ID of 32 hexadecimal characters",
    what: "Checks that `creator_id` inside `binding_wizard` is 32 hexadecimal characters, the \
           form of an IAM user ID.",
    why: "A user name or an ID with hyphens in its place is a common slip.",
    invalid: r#"{"binding_wizard": "{\"creator_id\":\"report-admin\"}"}"#,
    fixed: r#"{"binding_wizard": "{\"creator_id\":\"5f0e4c1a9b2d4e7f8a6c3b1d0e9f2a4c\"}"}"#,
    known_problems: "Whether the user exists is known only to the service.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if is_hex(&text, 32) {
        return;
    }
    let message = Message::new("binding-wizard-creator-id").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
}
