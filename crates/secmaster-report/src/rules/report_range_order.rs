//! SR109 `report-range-order`: `report_range.start` is not after `end`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::walk::Range;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR109",
    name: "report-range-order",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Meaning of report_range; the API reference example has start equal to end, so equality is allowed",
    what: "Reports a `report_range` whose `start` is later than its `end`. Equal values are \
           accepted, as in the API reference example.",
    why: "A range that ends before it starts covers no time; the two values are most likely \
          swapped.",
    invalid: r#"{"report_range": {"start": "1663505206226", "end": "1662900406226"}}"#,
    fixed: r#"{"report_range": {"start": "1662900406226", "end": "1663505206226"}}"#,
    known_problems: "Runs only when both values are decimal digits.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, range: Range) {
    let (Some(start), Some(end)) = (range.start, range.end) else {
        return;
    };
    if start.millis <= end.millis {
        return;
    }
    let message = Message::new("report-range-order")
        .with("start", start.millis)
        .with("end", end.millis);
    let span = Span::new(
        start.span.start.min(end.span.start),
        start.span.end.max(end.span.end),
    );
    checker
        .report(&RULE, path, span, message)
        .help(Message::new("report-range-order.help"));
}
