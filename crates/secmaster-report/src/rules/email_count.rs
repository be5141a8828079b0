//! SR116 `email-count`: at most 100 addresses in `to` and in `cc`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::MAX_RECIPIENTS;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR116",
    name: "email-count",
    severity: Severity::Warning,
    evidence: Evidence::Console,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SecMaster user guide, Creating and Copying a Security Report: at most 100 recipients and 100 CC addresses",
    what: "Counts the addresses of `to` and of `cc` and reports a list over the console limit, \
           given below.",
    why: "The console limits the number of addresses of each list. The SDK limit on the \
          length of the text (rule `string-length`) is usually reached first; this rule \
          reports the console limit separately so the message names the limit that was hit.",
    invalid: r#"{"to": "a1@example.com;a2@example.com;… 101 addresses"}"#,
    fixed: r#"{"to": "security-team@example.com"}"#,
    known_problems: "With the SDK's length limit in force, a list this long cannot be sent; \
                     the two limits conflict in the documentation.",
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
    count: usize,
) {
    if count <= MAX_RECIPIENTS {
        return;
    }
    let message = Message::new("email-count")
        .with("count", count)
        .with("max", MAX_RECIPIENTS);
    checker.report(&RULE, path, value.span(), message);
}
