//! SR205 `cron-step-zero`: a step (`/n`) is at least 1.

use super::expression::Token;
use super::items::{Item, Step};
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR205",
    name: "cron-step-zero",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: `rule` is a cron expression; Quartz CronExpression \
             documentation: `/` turns on every nth value",
    what: "Reports a step of 0, such as `*/0` or `0/0`, in any field of a Quartz or Unix \
           expression. The span covers the `/` and the step.",
    why: "A step says how far apart the selected values are, so 0 selects nothing \
          sensible. Parsers disagree on what it means: croner and the `cron` crate reject \
          it, Quartz reads `*/0` as every value and `5/0` as 5 alone, and schedulers that \
          loop over the values have hung or crashed on it.",
    invalid: r#"{"rule": "0 */0 8 ? * MON"}"#,
    fixed: r#"{"rule": "0 */15 8 ? * MON"}"#,
    known_problems: "The intended step cannot be guessed, so no fix is offered.",
};

/// Reports the step of an item when it is 0. `token` is the item's text. Returns true when it
/// reported.
pub(crate) fn check_item(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    token: Token,
    item: &Item,
) -> bool {
    let Some(step) = zero_step(item) else {
        return false;
    };
    let message = Message::new("cron-step-zero").with("item", token.text(expression.text));
    checker
        .report(&RULE, path, expression.span(step.token), message)
        .help(Message::new("cron-step-zero.help"));
    true
}

fn zero_step(item: &Item) -> Option<Step> {
    match item {
        Item::All { step: Some(step) }
        | Item::Values {
            step: Some(step), ..
        } if step.value == 0 => Some(*step),
        _ => None,
    }
}
