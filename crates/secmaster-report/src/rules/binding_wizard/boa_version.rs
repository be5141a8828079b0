//! SR308 `boa-version-format`: `boa_version` is `v` and a number.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::is_digits;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR308",
    name: "boa-version-format",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example and Terraform provider: boa_version v4; layouts use v3",
    what: "Checks that `boa_version` inside `binding_wizard` is `v` followed by digits, such \
           as `v4`. `4` and `V4` get a fix.",
    why: "Every known value has this form.",
    invalid: r#"{"binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"4\"}"}"#,
    fixed: r#"{"binding_wizard": "{\"binding_buttons\":[],\"boa_version\":\"v4\"}"}"#,
    known_problems: "Which versions the service supports is not documented.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if text.strip_prefix('v').is_some_and(is_digits) {
        return;
    }
    let digits = text.strip_prefix(['v', 'V']).unwrap_or(&text);
    let message = Message::new("boa-version-format").with("value", &text);
    let reported = checker.report(&RULE, path, value.span(), message);
    if is_digits(digits) {
        let fixed = format!("v{digits}");
        reported
            .help(Message::new("did-you-mean").with("suggestion", &fixed))
            .fix_string(value.span(), &fixed);
    }
}
