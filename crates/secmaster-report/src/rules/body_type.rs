//! SR004 `body-type`: the body is a JSON object.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR004",
    name: "body-type",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: request body parameters of CreateReportRequestBody",
    what: "Checks that the top-level value of the body is a JSON object.",
    why: "The body is one CreateReportRequestBody object. An array of bodies, a string holding \
          the JSON, or `null` is rejected.",
    invalid: r#"[{"report_name": "weekly"}]"#,
    fixed: r#"{"report_name": "weekly"}"#,
    known_problems: "When the top level is not an object, no other rule runs.",
};

pub(crate) fn report(checker: &mut Checker<'_, '_>, root: Value<'_, '_>) {
    let message = Message::new("body-type").with_term("found", root.kind().term());
    let reported = checker.report(&RULE, Path::Root, root.span(), message);
    if root.kind() == crate::syntax::Kind::String
        && root
            .as_str()
            .is_some_and(|s| s.trim_start().starts_with('{'))
    {
        reported.help(Message::new("body-type.string"));
    }
}
