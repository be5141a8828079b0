//! SR208 `cron-day-conflict`: exactly one of day-of-month and day-of-week is `?` when both
//! would restrict the days.

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
    source: "Quartz CronExpression: \"Support for specifying both a day-of-week AND a \
             day-of-month parameter is not implemented\"",
    schema: SchemaSupport::None,
    docs: RuleDocs {
        what: "Reports a 6- or 7-field expression whose day-of-month and day-of-week fields \
               both select specific days (neither is `?` or `*`), such as `0 0 8 15 * MON`, and \
               one whose day fields are both `?`. The help shows the expression with `?` in \
               one field or the other; for two `?` the fix writes `*` in day-of-week.",
        why: "Quartz requires `?` in exactly one of the two day fields and rejects the \
              expression otherwise. The parsers that accept both disagree on the meaning: Unix \
              cron and croner fire when either field matches, the `cron` crate only when both \
              do. The dialect is inferred, so the evidence is too.",
        invalid: r#"{"rule": "0 0 8 15 * MON"}"#,
        fixed: r#"{"rule": "0 0 8 15 * ?"}"#,
        known_problems: "Quartz also rejects `*` in both day fields and `*` with a specific \
                         value in the other (`0 0 8 * * MON`). This rule does not report them, \
                         because their meaning is the same in every parser and croner, the \
                         `cron` crate and Spring accept them.",
    },
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
            let message = Message::new("cron-day-conflict")
                .with("day_of_month", day_of_month.text(text))
                .with("day_of_week", day_of_week.text(text));
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
