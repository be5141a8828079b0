//! SR202 `send-time-format`: a send rule's `time` is `HH:MM:SS`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR202",
    name: "send-time-format",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, ReportRuleRequestStartTime/EndTime: time is a time of day; the exact HH:MM:SS form is inferred",
    what: "Checks that `start_time.time` and `end_time.time` are `HH:MM:SS` on a 24-hour \
           clock, from `00:00:00` to `23:59:59`. `8:00:00` and `08:00` get a fix to the full \
           form.",
    why: "The API describes a time of day; every known value has two digits for hours, \
          minutes and seconds.",
    invalid: r#"{"start_time": {"time": "8:00"}}"#,
    fixed: r#"{"start_time": {"time": "08:00:00"}}"#,
    known_problems: "`24:00:00` for the end of a day is reported, though a reader may mean it; \
                     use `23:59:59`.",
};

/// Reports a time that is not `HH:MM:SS`. Returns seconds since midnight when it is.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
) -> Option<u32> {
    let text = value.as_str()?;
    if let Some(seconds) = parse_exact(&text) {
        return Some(seconds);
    }
    let message = Message::new("send-time-format").with("value", &text);
    let reported = checker.report(&RULE, path, value.span(), message);
    if let Some(fixed) = normalise(&text) {
        reported
            .help(Message::new("did-you-mean").with("suggestion", &fixed))
            .fix_string(value.span(), &fixed);
    }
    None
}

/// Parses exactly `HH:MM:SS` into seconds since midnight.
pub(crate) fn parse_exact(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    if bytes.len() != 8 || bytes[2] != b':' || bytes[5] != b':' {
        return None;
    }
    let field = |at: usize| -> Option<u32> {
        let pair = &bytes[at..at + 2];
        pair.iter()
            .all(u8::is_ascii_digit)
            .then(|| u32::from(pair[0] - b'0') * 10 + u32::from(pair[1] - b'0'))
    };
    let (hours, minutes, seconds) = (field(0)?, field(3)?, field(6)?);
    (hours < 24 && minutes < 60 && seconds < 60).then_some(hours * 3600 + minutes * 60 + seconds)
}

/// Turns `H:MM`, `HH:MM`, `H:MM:SS` into `HH:MM:SS`, when the values are in range.
fn normalise(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<u32> = parts.iter().filter_map(|part| part.parse().ok()).collect();
    let fixed = format!(
        "{:02}:{:02}:{:02}",
        numbers[0],
        numbers[1],
        numbers.get(2).copied().unwrap_or(0)
    );
    parse_exact(&fixed).map(|_| fixed)
}
