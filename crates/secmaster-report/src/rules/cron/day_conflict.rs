//! SR208 `cron-day-conflict`: exactly one of day-of-month and day-of-week is `?`.

use super::expression::{Fields, Token};
use super::schedule::{DayField, Schedule};
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

/// The indexes of the day fields in the Quartz form.
const DAY_OF_MONTH: usize = 3;
const DAY_OF_WEEK: usize = 5;

pub(crate) static RULE: Rule = Rule {
    code: "SR208",
    name: "cron-day-conflict",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Quartz CronExpression documentation: `?` in one of day-of-month and \
             day-of-week",
    what: "Reports a 6- or 7-field expression in which neither day field is `?`, such as \
           `0 0 8 15 * MON` or `0 0 8 * * MON`, and one in which both are. When one field \
           is `*`, the fix writes `?` in its place; when both select specific days, the \
           help shows the expression with `?` in one field or the other; for two `?` the \
           fix writes `*` in day-of-week.",
    why: "Quartz requires `?` in exactly one of the two day fields and rejects the \
          expression otherwise (\"Support for specifying both a day-of-week AND a \
          day-of-month parameter is not implemented\"). The parsers that accept two \
          specific day fields disagree on the meaning: Unix cron and croner fire when \
          either field matches, the `cron` crate only when both do. The dialect is \
          inferred, so the evidence is too.",
    invalid: r#"{"rule": "0 0 8 15 * MON"}"#,
    fixed: r#"{"rule": "0 0 8 15 * ?"}"#,
    known_problems: "Quartz also rejects `*` in both day fields (`0 0/15 * * * *`). This \
                     rule does not report it, because it means every day in every parser, \
                     and croner, the `cron` crate and Spring accept it.",
};

/// Reports day fields that Quartz rejects together.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
    schedule: &Schedule,
) {
    let (Some(day_of_month), Some(day_of_week)) =
        (fields.get(DAY_OF_MONTH), fields.get(DAY_OF_WEEK))
    else {
        return;
    };
    let text = expression.text;
    let span = expression.span(Token::new(day_of_month.start, day_of_week.end));

    match (schedule.day_of_month, schedule.day_of_week) {
        (DayField::Specific, DayField::Specific) => {
            let message = conflict_message(text, day_of_month, day_of_week);
            let help = Message::new("cron-day-conflict.help")
                .with(
                    "day_of_month_only",
                    fields.replaced(text, &[(DAY_OF_WEEK, "?")]),
                )
                .with(
                    "day_of_week_only",
                    fields.replaced(text, &[(DAY_OF_MONTH, "?")]),
                );
            checker.report(&RULE, path, span, message).help(help);
        }
        // `*` next to a specific field: `?` in place of the `*` keeps the schedule that every
        // parser accepting the expression reads.
        (DayField::Every, DayField::Specific) | (DayField::Specific, DayField::Every) => {
            let star = if schedule.day_of_month == DayField::Every {
                DAY_OF_MONTH
            } else {
                DAY_OF_WEEK
            };
            let message = conflict_message(text, day_of_month, day_of_week);
            let suggestion = fields.replaced(text, &[(star, "?")]);
            let help =
                Message::new("cron-day-conflict.replace-star").with("suggestion", suggestion);
            let reported = checker.report(&RULE, path, span, message).help(help);
            expression.fix_field(reported, fields, star, "?");
        }
        (DayField::NoSpecificValue, DayField::NoSpecificValue) => {
            let message = Message::new("cron-day-conflict.no-specific-value");
            let suggestion = fields.replaced(text, &[(DAY_OF_WEEK, "*")]);
            let help = Message::new("cron-day-conflict.every-day").with("suggestion", suggestion);
            let reported = checker.report(&RULE, path, span, message).help(help);
            expression.fix_field(reported, fields, DAY_OF_WEEK, "*");
        }
        _ => {}
    }
}

fn conflict_message(text: &str, day_of_month: Token, day_of_week: Token) -> Message {
    Message::new("cron-day-conflict")
        .with("day_of_month", day_of_month.text(text))
        .with("day_of_week", day_of_week.text(text))
}
