//! SR404 `rule-end-past`: a send rule's `rule_end` is not in the past.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::utc_time;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR404",
    name: "rule-end-past",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source:
        "API reference, ReportRuleRequest: rule_end is the deadline for starting the sending task",
    what: "Reports a send rule whose `rule_end` deadline is before the current time. Runs only \
           when the caller gives the current time.",
    why: "A sending task whose deadline has passed never starts, so the rule sends nothing.",
    invalid: r#"{"rule_end": "1262304000000"}"#,
    fixed: r#"{"rule_end": "4102444800000"}"#,
    known_problems: "Assumes `rule_end` is epoch milliseconds (see `rule-end-format`).",
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
    millis: i64,
) {
    let Some(now) = checker.options.now_ms else {
        return;
    };
    if millis >= now {
        return;
    }
    let message = Message::new("rule-end-past")
        .with("value", utc_time(millis))
        .with("now", utc_time(now));
    checker.report(&RULE, path, value.span(), message);
}
