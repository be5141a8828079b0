//! SR403 `range-in-future`: `report_range` does not end after the current time.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::utc_time;
use crate::rules::walk::Range;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR403",
    name: "range-in-future",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Meaning of report_range: the statistical period of a report",
    what: "Reports a `report_range` whose `end` is after the current time. Runs only when the \
           caller gives the current time (`now_ms` in the library, `--now` in the CLI, \
           `Date.now()` by default in the npm package), so results stay reproducible.",
    why: "A report cannot count events that have not happened; a range in the future is \
          usually a timestamp in the wrong unit or the wrong year.",
    invalid: r#"{"report_range": {"start": "4102444800000", "end": "4103049600000"}}"#,
    fixed: r#"{"report_range": {"start": "1662900406226", "end": "1663505206226"}}"#,
    known_problems: "The Terraform acceptance test sends a range in the future; whether the \
                     service accepts it is unknown.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, range: Range) {
    let (Some(now), Some(end)) = (checker.options.now_ms, range.end) else {
        return;
    };
    if end.millis <= now {
        return;
    }
    let message = Message::new("range-in-future")
        .with("end", utc_time(end.millis))
        .with("now", utc_time(now));
    checker.report(&RULE, path.key("end"), end.span, message);
}
