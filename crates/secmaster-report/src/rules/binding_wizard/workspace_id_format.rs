//! SR305 `binding-wizard-workspace-id`: `workspace_id` inside `binding_wizard` is a UUID.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::is_uuid;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR305",
    name: "binding-wizard-workspace-id",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example: workspace_id inside binding_wizard is a UUID, like the path parameter",
    what: "Checks that `workspace_id` inside `binding_wizard` is a UUID.",
    why: "Workspace IDs are UUIDs; another value cannot name a workspace.",
    invalid: r#"{"binding_wizard": "{\"workspace_id\":\"default\"}"}"#,
    fixed: r#"{"binding_wizard": "{\"workspace_id\":\"75645d0a-93b8-4a7f-a77c-e97009389445\"}"}"#,
    known_problems: "None known.",
};

/// Reports a value that is not a UUID. Returns true when it is one.
pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) -> bool {
    let Some(text) = value.as_str() else {
        return false;
    };
    if is_uuid(&text) {
        return true;
    }
    let message = Message::new("binding-wizard-workspace-id").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
    false
}
