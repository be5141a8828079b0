//! SR111 `layout-id-format`: `layout_id` is a UUID.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::is_uuid;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR111",
    name: "layout-id-format",
    severity: Severity::Info,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: layout_id is a UUID",
    what: "Notes a `layout_id` that is not a UUID (8-4-4-4-12 hexadecimal digits).",
    why: "Layout IDs in every known request are UUIDs; another form is often a layout name \
          pasted where its ID belongs.",
    invalid: r#"{"layout_id": "weekly-security-layout"}"#,
    fixed: r#"{"layout_id": "b240d19f-7bdb-39cd-bfc2-0d4b86d8747f"}"#,
    known_problems: "The API documents only the length (1..64), so the rule is informational.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if text.is_empty() || is_uuid(&text) {
        return;
    }
    let message = Message::new("layout-id-format").with("value", &text);
    checker.report(&RULE, path, value.span(), message);
}
