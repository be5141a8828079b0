//! SR204 `cron-unix-form`: a 5-field Unix cron expression or a `@` macro where the Quartz form
//! is expected.

use super::expression::{Dialect, FieldKind, Fields};
use super::items::{parse_field, FieldError};
use super::weekday_names::weekday_names;
use super::{step_zero, syntax, Expression};
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR204",
    name: "cron-unix-form",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Quartz CronExpression documentation (6 or 7 fields, seconds first); SecMaster's \
             other schedulers take a seconds field",
    what: "Reports a 5-field expression (`min hour day-of-month month day-of-week`) and the \
           macros `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight` and \
           `@hourly`, and shows the Quartz equivalent: a seconds field `0` first, `?` in \
           the day field that is `*`, and weekday numbers written as names with Unix \
           numbering (0 or 7 = SUN, 1 = MON), so `0 8 * * 1-5` becomes \
           `0 0 8 ? * MON-FRI`. The equivalent is offered as a fix when it means the same \
           schedule. An invalid 5-field expression is reported here too, with the reason, \
           and not by `cron-syntax`.",
    why: "A Quartz parser reads the first field of a Unix expression as seconds, so the \
          fields shift and the expression is rejected or fires at other times. That \
          SecMaster uses the Quartz form is inferred, not documented, so this is a warning.",
    invalid: r#"{"rule": "0 8 * * 1-5"}"#,
    fixed: r#"{"rule": "0 0 8 ? * MON-FRI"}"#,
    known_problems: "Unix cron fires when either day field matches if both are restricted \
                     (`0 8 1 * MON`); one Quartz expression cannot say that, so the help \
                     suggests two send rules and offers no fix. Extensions of some Unix \
                     crons (`L`, `W`, `#`) are converted as Quartz reads them.",
};

/// The Quartz equivalents of the Unix macros.
const MACROS: &[(&str, &str)] = &[
    ("@yearly", "0 0 0 1 1 ?"),
    ("@annually", "0 0 0 1 1 ?"),
    ("@monthly", "0 0 0 1 * ?"),
    ("@weekly", "0 0 0 ? * SUN"),
    ("@daily", "0 0 0 * * ?"),
    ("@midnight", "0 0 0 * * ?"),
    ("@hourly", "0 0 * * * ?"),
];

/// The Quartz form of a Unix expression.
#[derive(Debug, PartialEq, Eq)]
enum Conversion {
    /// One expression with the same schedule.
    Same(String),
    /// Both day fields are restricted: Unix fires on either, so it takes two Quartz
    /// expressions, the first keeping the day of the month and the second the weekday.
    Split(String, String),
}

/// Checks a 5-field expression.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
) {
    let text = expression.text;
    let mut first_error: Option<FieldError> = None;
    let mut has_zero_step = false;
    for (index, &token) in fields.tokens().iter().enumerate() {
        let kind = FieldKind::UNIX[index];
        let parsed = parse_field(text, token, kind, Dialect::Unix, |item_token, item| {
            has_zero_step |= step_zero::check_item(checker, path, expression, item_token, &item);
        });
        if let Err(error) = parsed {
            first_error.get_or_insert(error);
        }
    }

    let message = Message::new("cron-unix-form").with("expression", text);
    if let Some(error) = first_error {
        let message = syntax::field_error_message(text, &error, Dialect::Unix);
        let reported = checker.report(&RULE, path, expression.span(error.token), message);
        if let Some(help) = syntax::field_error_help(&error) {
            reported.help(help);
        }
        return;
    }

    match convert(text, fields) {
        Conversion::Same(suggestion) => {
            let reported = checker
                .report(&RULE, path, expression.whole(), message)
                .help(Message::new("cron-unix-form.help").with("suggestion", &suggestion));
            if !has_zero_step {
                reported.fix_string_content(expression.whole(), &suggestion);
            }
        }
        Conversion::Split(by_day, by_weekday) => {
            let help = Message::new("cron-unix-form.help-both-days")
                .with("suggestion", by_day)
                .with("alternative", by_weekday);
            checker
                .report(&RULE, path, expression.whole(), message)
                .help(help);
        }
    }
}

/// Checks a one-field expression that starts with `@`.
pub(crate) fn check_macro(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
) {
    let name = expression.text.trim();
    let Some((_, equivalent)) = MACROS
        .iter()
        .find(|(macro_name, _)| macro_name.eq_ignore_ascii_case(name))
    else {
        syntax::report_macro(checker, path, expression, name);
        return;
    };
    let message = Message::new("cron-unix-form.macro").with("expression", name);
    checker
        .report(&RULE, path, expression.whole(), message)
        .help(Message::new("cron-unix-form.help").with("suggestion", equivalent))
        .fix_string_content(expression.whole(), equivalent);
}

/// Converts a parsed 5-field Unix expression to the Quartz form.
fn convert(text: &str, fields: &Fields) -> Conversion {
    let field = |index: usize| fields.get(index).map_or("*", |token| token.text(text));
    let (minute, hour, day_of_month, month) = (field(0), field(1), field(2), field(3));
    let day_of_week = fields
        .get(4)
        .and_then(|token| weekday_names(text, token, Dialect::Unix))
        .unwrap_or_else(|| field(4).to_ascii_uppercase());

    let unrestricted = |field: &str| field == "*" || field == "?";
    let join = |day_of_month: &str, day_of_week: &str| {
        format!("0 {minute} {hour} {day_of_month} {month} {day_of_week}")
    };
    if unrestricted(&day_of_week) {
        let day_of_month = if day_of_month == "?" {
            "*"
        } else {
            day_of_month
        };
        Conversion::Same(join(day_of_month, "?"))
    } else if unrestricted(day_of_month) {
        Conversion::Same(join("?", &day_of_week))
    } else {
        Conversion::Split(join(day_of_month, "?"), join("?", &day_of_week))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quartz(text: &str) -> Conversion {
        convert(text, &Fields::split(text))
    }

    fn same(text: &str) -> Conversion {
        Conversion::Same(text.to_owned())
    }

    #[test]
    fn converts_weekdays_with_unix_numbering() {
        assert_eq!(quartz("0 8 * * 1-5"), same("0 0 8 ? * MON-FRI"));
        assert_eq!(quartz("30 9 * * 0"), same("0 30 9 ? * SUN"));
        assert_eq!(quartz("30 9 * * 7"), same("0 30 9 ? * SUN"));
        assert_eq!(quartz("0 8 * * 0,6"), same("0 0 8 ? * SUN,SAT"));
        assert_eq!(quartz("0 8 * * mon-fri"), same("0 0 8 ? * MON-FRI"));
    }

    #[test]
    fn puts_question_mark_in_unrestricted_day_field() {
        assert_eq!(quartz("*/5 * * * *"), same("0 */5 * * * ?"));
        assert_eq!(quartz("0 8 1 * *"), same("0 0 8 1 * ?"));
        assert_eq!(quartz("0 8 ? * *"), same("0 0 8 * * ?"));
        assert_eq!(quartz("0 8 15 JAN ?"), same("0 0 8 15 JAN ?"));
    }

    #[test]
    fn splits_two_restricted_day_fields() {
        assert_eq!(
            quartz("0 8 1 * 1"),
            Conversion::Split("0 0 8 1 * ?".to_owned(), "0 0 8 ? * MON".to_owned())
        );
    }
}
