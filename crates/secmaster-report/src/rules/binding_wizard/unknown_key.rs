//! SR307 `binding-wizard-unknown-key`: keys of `binding_wizard` that no example has.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::BINDING_WIZARD_FIELDS;
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR307",
    name: "binding-wizard-unknown-key",
    severity: Severity::Info,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: the keys seen inside binding_wizard",
    what: "Notes keys inside `binding_wizard` other than `binding_buttons`, `boa_version`, \
           `create_time`, `creator_id`, `creator_name` and `workspace_id`, with \"did you \
           mean\" for a likely misspelling.",
    why: "The nested document is undocumented, so other keys may be valid; a misspelt known \
          key is not read.",
    invalid: r#"{"binding_wizard": "{\"binding_button\":[]}"}"#,
    fixed: r#"{"binding_wizard": "{\"binding_buttons\":[]}"}"#,
    known_problems: "Informational only, because the set of keys is not documented.",
};

pub(crate) fn report(
    checker: &mut Checker<'_, '_>,
    parent: Path<'_>,
    object: Value<'_, '_>,
    value: Value<'_, '_>,
    key: &str,
) {
    let span = value.key_span().unwrap_or(value.span());
    let message = Message::new("binding-wizard-unknown-key").with("field", key);
    let suggestion = closest(key, BINDING_WIZARD_FIELDS.iter().map(|field| field.name));
    let reported = checker.report(&RULE, parent.key(key), span, message);
    if let Some(name) = suggestion {
        let reported = reported.help(Message::new("did-you-mean").with("suggestion", name));
        if object.get(name).is_none() {
            reported.fix_string(span, name);
        }
    }
}
