//! SR302 `binding-wizard-type`: the known keys of `binding_wizard` have their types.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::Field;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR302",
    name: "binding-wizard-type",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: binding_buttons is an array; boa_version, create_time, creator_id, creator_name and workspace_id are strings",
    what: "Checks the JSON types of the known keys inside `binding_wizard`: `binding_buttons` \
           an array, `boa_version`, `create_time`, `creator_id`, `creator_name` and \
           `workspace_id` strings.",
    why: "Every known request uses these types; the layout engine that reads the binding \
          expects them.",
    invalid: r#"{"binding_wizard": "{\"binding_buttons\":{},\"boa_version\":4}"}"#,
    fixed: r#"{"binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"v4\"}"}"#,
    known_problems: "The nested document is not documented; the types come from examples.",
};

pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    field: &Field,
    value: Value<'_, '_>,
) {
    let message = Message::new("binding-wizard-type")
        .with("field", field.name)
        .with_term("expected", field.field_type.term())
        .with_term("found", value.kind().term());
    checker.report(&RULE, path, value.span(), message);
}
