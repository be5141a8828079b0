//! SR211 `send-window-order`: a send rule's window does not end before it starts.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::walk::Offsets;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR211",
    name: "send-window-order",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, ReportRuleRequest: start_time and end_time are the start and end of the statistical period",
    what: "Compares a send rule's `start_time` with its `end_time`, reading `month`, `week` and \
           `day` as offsets from the sending date (-1 the previous period) and `time` as the \
           time of day, and reports a window that ends before it starts.",
    why: "A window that ends before it starts covers no time, so the report would be empty; \
          the offsets are most likely swapped.",
    invalid: r#"{"start_time": {"day": 0, "time": "00:00:00"}, "end_time": {"day": -1, "time": "00:00:00"}}"#,
    fixed: r#"{"start_time": {"day": -1, "time": "00:00:00"}, "end_time": {"day": 0, "time": "00:00:00"}}"#,
    known_problems: "Months are counted as 31 days and weeks as 7, so windows that differ by \
                     less than the length of a month in their `month` offsets are compared \
                     approximately. An offset absent from one side counts as 0.",
};

/// Seconds since an arbitrary origin for the comparison of two offset sets.
fn position(offsets: &Offsets) -> i64 {
    const DAY: i64 = 86_400;
    offsets.month.unwrap_or(0) * 31 * DAY
        + offsets.week.unwrap_or(0) * 7 * DAY
        + offsets.day.unwrap_or(0) * DAY
        + i64::from(offsets.time.unwrap_or(0))
}

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, start: Offsets, end: Offsets) {
    if position(&start) <= position(&end) {
        return;
    }
    let span = Span::new(
        start.span.start.min(end.span.start),
        start.span.end.max(end.span.end),
    );
    checker
        .report(&RULE, path, span, Message::new("send-window-order"))
        .help(Message::new("send-window-order.help"));
}
