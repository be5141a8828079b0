//! SR306 `workspace-id-mismatch`: `binding_wizard` names the request's workspace.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR306",
    name: "workspace-id-mismatch",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Meaning of workspace_id in binding_wizard and in the request path",
    what: "Compares `workspace_id` inside `binding_wizard` with the request's path \
           `workspace_id`, without case, when it is known: from the URL of a whole \
           request, or from `--workspace-id` when only the body is checked.",
    why: "A binding copied from another workspace binds the report to a layout of that \
          workspace.",
    invalid: r#"--workspace-id 75645d0a-93b8-4a7f-a77c-e97009389445 with {"binding_wizard": "{\"workspace_id\":\"00000000-0000-4000-8000-000000000000\"}"}"#,
    fixed: r#"--workspace-id 75645d0a-93b8-4a7f-a77c-e97009389445 with {"binding_wizard": "{\"workspace_id\":\"75645d0a-93b8-4a7f-a77c-e97009389445\"}"}"#,
    known_problems: "Runs only when the path `workspace_id` is known.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(expected) = checker.workspace_id else {
        return;
    };
    let Some(text) = value.as_str() else { return };
    if text.eq_ignore_ascii_case(expected) {
        return;
    }
    let message = Message::new("workspace-id-mismatch")
        .with("value", &text)
        .with("expected", expected);
    let expected = expected.to_owned();
    checker
        .report(&RULE, path, value.span(), message)
        .fix_string(value.span(), &expected);
}
