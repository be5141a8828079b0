//! SR209 `cron-never-fires`: some date matches the expression's day, month and year fields.

use chrono::{DateTime, Datelike};

use super::expression::{Fields, Token};
use super::schedule::{NeverFires, Schedule};
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

/// The indexes of the date fields in the Quartz form.
const DAY_OF_MONTH: usize = 3;
const MONTH: usize = 4;
const DAY_OF_WEEK: usize = 5;
const YEAR: usize = 6;

/// Local time is at most 12 hours behind UTC (UTC-12), so a year is over everywhere once it is
/// over 12 hours after midnight UTC.
const WESTMOST_OFFSET_MS: i64 = 12 * 60 * 60 * 1000;

pub(crate) static RULE: Rule = Rule {
    code: "SR209",
    name: "cron-never-fires",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Gregorian calendar month lengths; Quartz CronExpression semantics of the date \
             fields",
    what: "Reports a 6- or 7-field expression that no date can match: a day of the month \
           that no selected month has (`0 0 8 30 2 ?`, `0 0 8 31 4,6,9,11 ?`), February 29 \
           with a year field without a leap year, a fifth weekday (`MON#5`) that no \
           selected month of the selected years has, and, when the caller gives the \
           current time (`Options::now_ms`), a year field whose years are all over. The \
           check compares day numbers with month lengths and walks at most the years and \
           months the fields select; it does not search fire times.",
    why: "The send rule would never send a report, and the API does not say so. It is a \
          warning because the expression itself is valid.",
    invalid: r#"{"rule": "0 0 8 30 2 ?"}"#,
    fixed: r#"{"rule": "0 0 8 L 2 ?"}"#,
    known_problems: "Days given with `L` or `W` count as possible in every month, and so \
                     does a day-of-month field when day-of-week is also specific (Quartz \
                     rejects that, see `cron-day-conflict`). Years are compared whole: a \
                     year field of the current year does not fire once its last date has \
                     passed, and that is not reported.",
};

/// Reports an expression that no date can match.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
    schedule: &Schedule,
) {
    let first_year = checker.options.now_ms.and_then(first_unfinished_year);
    let Some(reason) = schedule.never_fires(first_year) else {
        return;
    };
    let text = expression.text;
    let field = |index: usize| fields.get(index).map_or("*", |token| token.text(text));
    let span_of = |first: usize, last: usize| match (fields.get(first), fields.get(last)) {
        (Some(first), Some(last)) => expression.span(Token::new(first.start, last.end)),
        _ => expression.whole(),
    };

    match reason {
        NeverFires::DayNotInMonth => {
            let message = Message::new("cron-never-fires")
                .with("expression", text)
                .with("day_of_month", field(DAY_OF_MONTH))
                .with("month", field(MONTH));
            checker
                .report(&RULE, path, span_of(DAY_OF_MONTH, MONTH), message)
                .help(Message::new("cron-never-fires.help"));
        }
        NeverFires::NoLeapYear => {
            let message = Message::new("cron-never-fires.leap-year")
                .with("expression", text)
                .with("day_of_month", field(DAY_OF_MONTH))
                .with("year", field(YEAR));
            checker.report(&RULE, path, span_of(DAY_OF_MONTH, YEAR), message);
        }
        NeverFires::NoMatchingDate => {
            let message = Message::new("cron-never-fires.no-date")
                .with("expression", text)
                .with("day_of_week", field(DAY_OF_WEEK))
                .with("month", field(MONTH))
                .with("year", field(YEAR));
            checker.report(&RULE, path, span_of(MONTH, YEAR), message);
        }
        NeverFires::Past => {
            let message = Message::new("cron-never-fires.past")
                .with("expression", text)
                .with("year", field(YEAR))
                .with("current_year", first_year.unwrap_or_default());
            checker.report(&RULE, path, span_of(YEAR, YEAR), message);
        }
    }
}

/// Returns the earliest year that has not ended in every time zone at `now_ms`.
fn first_unfinished_year(now_ms: i64) -> Option<u32> {
    let westmost = DateTime::from_timestamp_millis(now_ms.saturating_sub(WESTMOST_OFFSET_MS))?;
    u32::try_from(westmost.year()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_unfinished_year_lags_utc_by_twelve_hours() {
        // 2026-01-01T06:00:00Z: still 2025 at UTC-12.
        assert_eq!(first_unfinished_year(1_767_247_200_000), Some(2025));
        // 2026-01-01T13:00:00Z: 2026 everywhere.
        assert_eq!(first_unfinished_year(1_767_272_400_000), Some(2026));
        assert_eq!(first_unfinished_year(i64::MIN), None);
    }
}
