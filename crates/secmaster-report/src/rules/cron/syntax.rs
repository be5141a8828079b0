//! SR203 `cron-syntax`: the send rule's `rule` is a valid Quartz cron expression.
//!
//! The messages and suggestions for a field that does not parse are built here, for this rule
//! and for an invalid 5-field expression of `cron-unix-form`.

use super::expression::{Dialect, FieldKind, Fields, Token};
use super::items::{FieldError, FieldErrorKind};
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR203",
    name: "cron-syntax",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: `rule` is the cron expression of the sending task; \
             Quartz CronExpression documentation for the form and its special characters",
    what: "Checks that `rule` parses as a Quartz cron expression: 6 or 7 fields \
           (`sec min hour day-of-month month day-of-week [year]`), values in range (seconds \
           and minutes 0-59, hours 0-23, days 1-31, months 1-12 or JAN-DEC, weekdays 1-7 or \
           SUN-SAT, years 1970-2199), and `?`, `L`, `W` and `#` only where Quartz allows \
           them. The message names the field and the value, and the span covers the \
           offending characters. A 5-field expression is left to `cron-unix-form`, a step of \
           0 to `cron-step-zero` and a weekday 0 to `cron-weekday-zero`.",
    why: "The API reference documents `rule` as a cron expression, so a value that is not \
          one cannot schedule the report. The Quartz form is inferred, not documented: \
          SecMaster's other schedulers take a seconds field.",
    invalid: r#"{"rule": "0 0 25 ? * MON"}"#,
    fixed: r#"{"rule": "0 0 23 ? * MON"}"#,
    known_problems: "The dialect is inferred. Quartz restrictions that croner's Quartz mode \
                     does not share (`L` in a list, two `#` items, a name in the wrong \
                     field, a step larger than the field) are reported from Quartz's rules \
                     alone. Other errors are reported only when croner 4 rejects the \
                     expression too. Quartz reads a name by its first three letters and \
                     ignores the rest of the item: spelled-out names such as `MONDAY` are \
                     accepted, other letters after a name are rejected, and so is \
                     `MONDAY-FRIDAY`, which Quartz reads as `MON` alone.",
};

/// Reports a field that does not parse.
pub(crate) fn report_field_error(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    error: FieldError,
) {
    let message = field_error_message(expression.text, &error, Dialect::Quartz);
    let help = field_error_help(&error).unwrap_or_else(|| Message::new("cron-syntax.help"));
    checker
        .report(&RULE, path, expression.span(error.token), message)
        .help(help);
}

/// Returns the message for a field that does not parse in `text`. The message calls the
/// expression a Quartz expression or a 5-field Unix expression, after `dialect`.
pub(crate) fn field_error_message(text: &str, error: &FieldError, dialect: Dialect) -> Message {
    let quoted = error.token.text(text);
    let field = error.field.term();
    let message = match error.kind {
        FieldErrorKind::Empty => Message::new("cron-field.empty").with_term("field", field),
        FieldErrorKind::NoSpecificValueInList => Message::new("cron-field.question-mark-in-list"),
        FieldErrorKind::NoSpecificValueMisplaced => {
            Message::new("cron-field.question-mark-misplaced").with_term("field", field)
        }
        FieldErrorKind::LastInList => {
            Message::new("cron-field.last-in-list").with_term("field", field)
        }
        FieldErrorKind::SecondNthWeekday => Message::new("cron-field.second-nth-weekday"),
        FieldErrorKind::LastDayOffsetTooLarge => {
            Message::new("cron-field.last-day-offset-too-large").with("value", quoted)
        }
        FieldErrorKind::SpelledOutName => {
            // The token starts with a written-out name, so its first three bytes are letters.
            Message::new("cron-field.spelled-out-name")
                .with("item", quoted)
                .with("name", quoted[..3].to_ascii_uppercase())
        }
        FieldErrorKind::ReversedRange => {
            Message::new("cron-field.reversed-range").with("range", quoted)
        }
        FieldErrorKind::NthOutOfRange => {
            Message::new("cron-field.nth-out-of-range").with("value", quoted)
        }
        FieldErrorKind::MissingStep => Message::new("cron-field.missing-step"),
        FieldErrorKind::StepTooLarge { number, max } => Message::new("cron-field.step-too-large")
            .with("value", number.text(text))
            .with("max", max)
            .with_term("field", field),
        FieldErrorKind::UnknownName => match error.field {
            FieldKind::Month => Message::new("cron-field.unknown-month").with("name", quoted),
            FieldKind::DayOfWeek => Message::new("cron-field.unknown-weekday").with("name", quoted),
            _ => Message::new("cron-field.unknown-name")
                .with("name", quoted)
                .with_term("field", field),
        },
        FieldErrorKind::MonthNameInWeekday { name } => {
            Message::new("cron-field.month-name-in-weekday").with("name", name.text(text))
        }
        FieldErrorKind::WeekdayNameInMonth { name } => {
            Message::new("cron-field.weekday-name-in-month").with("name", name.text(text))
        }
        FieldErrorKind::NameInNumericField { name } => {
            Message::new("cron-field.name-in-numeric-field")
                .with("name", name.text(text))
                .with_term("field", field)
        }
        FieldErrorKind::OutOfRange { min, max } => Message::new("cron-field.out-of-range")
            .with_term("field", field)
            .with("value", quoted)
            .with("min", min)
            .with("max", max),
        FieldErrorKind::UnexpectedEnd => {
            Message::new("cron-field.unexpected-end").with("text", quoted)
        }
        FieldErrorKind::UnexpectedCharacter => {
            Message::new("cron-field.unexpected-character").with("character", quoted)
        }
    };
    let form = match dialect {
        Dialect::Quartz => "cron.form.quartz",
        Dialect::Unix => "cron.form.unix",
    };
    message.with_term("form", form).with("expression", text)
}

/// Returns a suggestion for a field that does not parse, or `None` when the error has no
/// suggestion of its own and only a description of the whole form fits.
pub(crate) fn field_error_help(error: &FieldError) -> Option<Message> {
    let field = error.field.term();
    let help = match error.kind {
        FieldErrorKind::NoSpecificValueInList => {
            Message::new("cron-field.help-question-mark-alone")
        }
        FieldErrorKind::NoSpecificValueMisplaced => {
            Message::new("cron-field.help-every-value").with_term("field", field)
        }
        FieldErrorKind::LastInList => {
            Message::new("cron-field.help-last-alone").with_term("field", field)
        }
        FieldErrorKind::SecondNthWeekday => Message::new("cron-field.help-one-nth-weekday"),
        FieldErrorKind::LastDayOffsetTooLarge => Message::new("cron-field.help-last-day-offset"),
        FieldErrorKind::SpelledOutName => Message::new("cron-field.help-three-letter-names"),
        FieldErrorKind::ReversedRange => Message::new("cron-field.help-reversed-range"),
        FieldErrorKind::NthOutOfRange => Message::new("cron-field.help-nth-weekday"),
        FieldErrorKind::MissingStep => Message::new("cron-field.help-missing-step"),
        FieldErrorKind::StepTooLarge { max, .. } => Message::new("cron-field.help-step-range")
            .with_term("field", field)
            .with("max", max),
        FieldErrorKind::UnknownName | FieldErrorKind::OutOfRange { .. } => {
            match (error.field, error.kind) {
                (FieldKind::Month, _) => Message::new("cron-field.help-months"),
                (FieldKind::DayOfWeek, _) => Message::new("cron-field.help-weekdays"),
                (_, FieldErrorKind::OutOfRange { min, max }) => range_help(field, min, max),
                _ => return None,
            }
        }
        FieldErrorKind::MonthNameInWeekday { .. } => Message::new("cron-field.help-weekdays"),
        FieldErrorKind::WeekdayNameInMonth { .. } => Message::new("cron-field.help-months"),
        FieldErrorKind::NameInNumericField { .. } => {
            let (min, max) = error.field.bounds();
            range_help(field, min, max)
        }
        FieldErrorKind::Empty
        | FieldErrorKind::UnexpectedEnd
        | FieldErrorKind::UnexpectedCharacter => return None,
    };
    Some(help)
}

fn range_help(field: &'static str, min: u32, max: u32) -> Message {
    Message::new("cron-field.help-range")
        .with_term("field", field)
        .with("min", min)
        .with("max", max)
}

/// Reports a character that is not ASCII, such as a full-width space between fields.
pub(crate) fn report_character(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    token: Token,
    character: char,
) {
    let code = format!("{:04X}", u32::from(character));
    let (message, help) = if character.is_whitespace() {
        (
            Message::new("cron-syntax.non-ascii-space").with("code", code),
            Message::new("cron-syntax.help-ascii-space"),
        )
    } else {
        (
            Message::new("cron-syntax.non-ascii-character")
                .with("character", character)
                .with("code", code),
            Message::new("cron-syntax.help-ascii"),
        )
    };
    report(
        checker,
        path,
        expression,
        expression.span(token),
        message,
        help,
    );
}

/// Reports an expression whose field count fits neither form. Fields past the seventh are the
/// span when there are any.
pub(crate) fn report_field_count(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    fields: &Fields,
) {
    let text = expression.text;
    let field_count = |count: usize| Message::new("cron-syntax.field-count").with("count", count);
    let (span, message) = match (fields.count(), fields.extra_start()) {
        (0, _) => (expression.whole(), Message::new("cron-syntax.blank")),
        (count, Some(start)) => (
            expression.span(Token::new(start, text.trim_end().len())),
            field_count(count),
        ),
        (count, None) => (expression.whole(), field_count(count)),
    };
    let help = Message::new("cron-syntax.help");
    report(checker, path, expression, span, message, help);
}

/// Reports a `@` macro that has no Quartz equivalent.
pub(crate) fn report_macro(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    name: &str,
) {
    let message = if name.eq_ignore_ascii_case("@reboot") {
        Message::new("cron-syntax.reboot").with("name", name)
    } else {
        Message::new("cron-syntax.unknown-macro").with("name", name)
    };
    let help = Message::new("cron-syntax.help");
    report(checker, path, expression, expression.whole(), message, help);
}

/// Reports an SR203 finding that is not about one field. `message` gets the expression as its
/// `{expression}` parameter.
fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    span: crate::syntax::Span,
    message: Message,
    help: Message,
) {
    let message = message.with("expression", expression.text);
    checker.report(&RULE, path, span, message).help(help);
}

/// Returns true when croner 4 parses the expression in the dialect's form.
///
/// The Quartz form is croner's Quartz mode: six or seven fields (`Seconds::Required`,
/// `Year::Optional`), weekdays numbered from Sunday = 1 (`alternative_weekdays`), and `0/15` and
/// `/15` read as steps from 0 (`sloppy_ranges`). The Unix form has five fields, weekdays from
/// Sunday = 0. croner reads `?` as `*` and replaces names anywhere in the expression.
#[cfg(test)]
pub(crate) fn croner_accepts(text: &str, dialect: Dialect) -> bool {
    use croner::parser::{CronParser, Seconds, Year};

    let parser = match dialect {
        Dialect::Quartz => CronParser::builder()
            .seconds(Seconds::Required)
            .year(Year::Optional)
            .alternative_weekdays(true)
            .sloppy_ranges(true)
            .build(),
        Dialect::Unix => CronParser::builder()
            .seconds(Seconds::Disallowed)
            .year(Year::Disallowed)
            .sloppy_ranges(true)
            .build(),
    };
    parser.parse(text).is_ok()
}
