//! Cron expressions of send rules (`report_rule_infos[].rule`), read in the Quartz form
//! `sec min hour day-of-month month day-of-week [year]`.
//!
//! No source names SecMaster's cron dialect; the Quartz form is inferred from the seconds field
//! of its other schedulers. The fields are parsed by [`items`], which follows Quartz's
//! `CronExpression`, because neither cron crate matches Quartz on its own: the `cron` crate
//! (0.17) rejects `L`, `W` and `#`, and croner's Quartz mode (4.0) rejects ranges that wrap
//! (`22-2`, `FRI-MON`) and `L-3`, while it accepts what Quartz rejects (`L,15`, a month name in
//! the day-of-week field). croner confirms the errors that are not Quartz's own restrictions
//! (see [`syntax`]), so a gap in this parser cannot turn a valid expression into an error.
//! croner is not run on a valid expression: it allocates a bit per year up to 5000 and takes
//! about 16 µs per expression.
//!
//! One expression can produce several findings. After a syntax error only the step and weekday
//! findings of the fields that parsed are reported.

use crate::check::{Checker, Path, Reported};
use crate::syntax::{Span, Value};

pub(crate) mod day_conflict;
mod expression;
mod items;
pub(crate) mod never_fires;
pub(crate) mod numeric_weekday;
mod schedule;
pub(crate) mod step_zero;
pub(crate) mod syntax;
pub(crate) mod unix_form;
mod weekday_names;
pub(crate) mod weekday_zero;

use expression::{Dialect, FieldKind, Fields, Token};
use items::{parse_field, FieldError};
use schedule::Schedule;

/// Expressions longer than this are not checked. The `rule` field allows 256 characters, and a
/// longer value is reported by the string-length rule; the margin keeps findings for values a
/// little over the limit while bounding the work on a 100 KB string.
const MAX_EXPRESSION_BYTES: usize = 1024;

/// The expression being checked and where it sits in the source.
pub(crate) struct Expression<'t> {
    /// The decoded string.
    pub(crate) text: &'t str,
    /// The source range between the quotes.
    content: Span,
    /// The string has no escapes, so offsets in `text` are offsets in the source.
    exact: bool,
}

impl Expression<'_> {
    /// Returns the source span of a range of the text, or of the whole string when escapes
    /// make the two differ.
    pub(crate) fn span(&self, token: Token) -> Span {
        if self.exact {
            Span::new(
                self.content.start + token.start as u32,
                self.content.start + token.end as u32,
            )
        } else {
            self.content
        }
    }

    /// Returns the source span between the quotes.
    pub(crate) fn whole(&self) -> Span {
        self.content
    }

    /// Adds a fix that replaces field `index`, or the whole string when escapes hide the
    /// field's source range.
    pub(crate) fn fix_field(
        &self,
        reported: Reported<'_>,
        fields: &Fields,
        index: usize,
        replacement: &str,
    ) {
        match fields.get(index) {
            Some(token) if self.exact => {
                reported.fix(self.span(token), replacement);
            }
            _ => {
                reported.fix(self.content, fields.replaced(self.text, &[(index, replacement)]));
            }
        }
    }
}

/// Checks the cron expression of a send rule. `value` is a JSON string.
pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else {
        return;
    };
    // An empty or over-long value is the string-length rule's finding.
    if text.is_empty() || text.len() > MAX_EXPRESSION_BYTES {
        return;
    }
    let expression = Expression {
        text: &text,
        content: value.string_content_span(),
        exact: !value.string_raw().contains('\\'),
    };
    check_expression(checker, path, &expression);
}

fn check_expression(checker: &mut Checker<'_, '_>, path: Path<'_>, expression: &Expression<'_>) {
    let text = expression.text;
    if let Some((offset, character)) = text.char_indices().find(|(_, c)| !c.is_ascii()) {
        let token = Token::new(offset, offset + character.len_utf8());
        syntax::report_character(checker, path, expression, token, character);
        return;
    }

    let fields = Fields::split(text);
    match fields.count() {
        5 => unix_form::check(checker, path, expression, &fields),
        6 | 7 => check_quartz(checker, path, expression, &fields),
        1 if text.trim_start().starts_with('@') => unix_form::check_macro(checker, path, expression),
        _ => syntax::report_field_count(checker, path, expression, &fields),
    }
}

/// What parsing the day-of-week field found for the weekday rules.
#[derive(Default)]
struct WeekdayFindings {
    first_zero: Option<Token>,
    has_number: bool,
}

fn check_quartz(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
) {
    let text = expression.text;
    let mut schedule = Schedule::default();
    let mut weekdays = WeekdayFindings::default();
    let mut first_error: Option<FieldError> = None;

    for (index, &token) in fields.tokens().iter().enumerate() {
        let kind = FieldKind::QUARTZ[index];
        schedule.set_day_field(kind, token.text(text));
        let parsed = parse_field(text, token, kind, Dialect::Quartz, |item_token, item| {
            step_zero::check_item(checker, path, expression, item_token, &item);
            if kind == FieldKind::DayOfWeek {
                weekdays.first_zero = weekdays.first_zero.or(weekday_names::weekday_zero(&item));
                weekdays.has_number |= weekday_names::has_weekday_number(&item);
            }
            schedule.add(kind, &item);
        });
        if let Err(error) = parsed {
            first_error.get_or_insert(error);
        }
    }

    if let Some(zero) = weekdays.first_zero {
        weekday_zero::report(checker, path, expression, fields, zero);
    }
    if let Some(error) = first_error {
        syntax::report_field_error(checker, path, expression, error);
        return;
    }
    if weekdays.first_zero.is_none() && weekdays.has_number {
        numeric_weekday::report(checker, path, expression, fields);
    }
    day_conflict::check(checker, path, expression, fields, &schedule);
    never_fires::check(checker, path, expression, fields, &schedule);
}
