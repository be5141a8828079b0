//! SR201 `send-rule-count`: at most 5 send rules.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::MAX_SEND_RULES;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::{Span, Value};

pub(crate) static RULE: Rule = Rule {
    code: "SR201",
    name: "send-rule-count",
    severity: Severity::Warning,
    evidence: Evidence::Console,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SecMaster user guide, Creating and Copying a Security Report: at most 5 send rules",
    what: "Reports `report_rule_infos` with more send rules than the console allows (limit \
           below), at the first rule past the limit.",
    why: "The console limits the number of send rules per report.",
    invalid: r#"{"report_rule_infos": [{…}, {…}, {…}, {…}, {…}, {…}]}"#,
    fixed: r#"{"report_rule_infos": [{…}, {…}, {…}, {…}, {…}]}"#,
    known_problems: "The limit is stated for the console; the API may enforce it differently.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, array: Value<'_, '_>) {
    if array.len() <= MAX_SEND_RULES {
        return;
    }
    let first_extra = array
        .children()
        .nth(MAX_SEND_RULES)
        .map_or(array.span(), |v| v.span());
    let span = Span::new(
        first_extra.start,
        array.span().end.saturating_sub(1).max(first_extra.end),
    );
    let message = Message::new("send-rule-count")
        .with("count", array.len())
        .with("max", MAX_SEND_RULES);
    checker.report(&RULE, path, span, message);
}
