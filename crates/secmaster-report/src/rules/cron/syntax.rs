//! SR203 `cron-syntax`: the send rule's `rule` is a valid Quartz cron expression.

use croner::parser::{CronParser, Seconds, Year};

use super::expression::{Dialect, Fields, Token};
use super::items::FieldError;
use super::Expression;
use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR203",
    name: "cron-syntax",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    source: "API reference, CreateReport: `rule` is the cron expression of the sending task; \
             Quartz CronExpression documentation for the form and its special characters",
    schema: SchemaSupport::None,
    docs: RuleDocs {
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
    },
};

/// Reports a field that does not parse. An error that is not one of Quartz's own restrictions
/// is reported only when croner rejects the expression too.
pub(crate) fn report_field_error(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    error: FieldError,
) {
    if !error.quartz_only && croner_accepts(expression.text, Dialect::Quartz) {
        // NOTE: croner accepts what this parser rejects, so the parser is taken to be wrong
        // and nothing is reported. The differential test in this module lists the known cases.
        return;
    }
    report(
        checker,
        path,
        expression,
        expression.span(error.token),
        &error.detail,
    );
}

/// Reports a character that is not ASCII, such as a full-width space between fields.
pub(crate) fn report_character(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    token: Token,
    character: char,
) {
    let code = u32::from(character);
    let detail = if character.is_whitespace() {
        format!(
            "unexpected character U+{code:04X}, a non-ASCII space: separate fields with ASCII \
             spaces"
        )
    } else {
        format!("unexpected character `{character}` (U+{code:04X})")
    };
    report(checker, path, expression, expression.span(token), &detail);
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
    let (span, detail) = match (fields.count(), fields.extra_start()) {
        (0, _) => (expression.whole(), "the expression is blank".to_owned()),
        (count, Some(start)) => (
            expression.span(Token::new(start, text.trim_end().len())),
            format!("expected 6 or 7 fields, found {count}"),
        ),
        (count, None) => (
            expression.whole(),
            format!("expected 6 or 7 fields, found {count}"),
        ),
    };
    report(checker, path, expression, span, &detail);
}

/// Reports a `@` macro that has no Quartz equivalent.
pub(crate) fn report_macro(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    name: &str,
) {
    let detail = if name.eq_ignore_ascii_case("@reboot") {
        format!("`{name}` runs a job when the system starts and has no Quartz equivalent")
    } else {
        format!("unknown macro `{name}`")
    };
    report(checker, path, expression, expression.whole(), &detail);
}

fn report(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    expression: &Expression<'_>,
    span: crate::syntax::Span,
    detail: &str,
) {
    let message = Message::new("cron-syntax")
        .with("expression", expression.text)
        .with("detail", detail);
    checker
        .report(&RULE, path, span, message)
        .help(Message::new("cron-syntax.help"));
}

/// Returns true when croner 4 parses the expression in the dialect's form.
///
/// The Quartz form is croner's Quartz mode: six or seven fields (`Seconds::Required`,
/// `Year::Optional`), weekdays numbered from Sunday = 1 (`alternative_weekdays`), and `0/15` and
/// `/15` read as steps from 0 (`sloppy_ranges`). The Unix form has five fields, weekdays from
/// Sunday = 0. croner reads `?` as `*` and replaces names anywhere in the expression.
pub(crate) fn croner_accepts(text: &str, dialect: Dialect) -> bool {
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
