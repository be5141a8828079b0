//! SR401 `range-period-mismatch`: the length of `report_range` fits `report_period`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::ReportPeriod;
use crate::rules::walk::{period_days, Range};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};

pub(crate) static RULE: Rule = Rule {
    code: "SR401",
    name: "range-period-mismatch",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "SecMaster best practice, Security Reports: a daily report covers one day, a weekly report one week, a monthly report the previous calendar month",
    what: "Compares the length of `report_range` with `report_period` and reports a range that \
           is empty, shorter than half the period, or longer than twice it: a weekly report \
           over zero milliseconds or over three months.",
    why: "The console builds the range from the period, so a range of another length is \
          usually a wrong timestamp or a wrong period.",
    invalid: r#"{"report_period": "weekly", "report_range": {"start": "1662900406226", "end": "1670676406226"}}"#,
    fixed: r#"{"report_period": "weekly", "report_range": {"start": "1662900406226", "end": "1663505206226"}}"#,
    known_problems: "The API reference example itself has `start` equal to `end` and is \
                     reported. A deliberate custom range can be accepted by turning the rule \
                     off.",
};

const DAY_MILLIS: i64 = 86_400_000;

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    period: ReportPeriod,
    range: Range,
) {
    let (Some(start), Some(end)) = (range.start, range.end) else {
        return;
    };
    let length = end.millis.saturating_sub(start.millis);
    if length < 0 {
        // report-range-order reports a reversed range.
        return;
    }
    let (shortest, longest) = period_days(period);
    // `length` can be as large as `i64::MAX`, so doubling it saturates.
    let fits = length > 0
        && length.saturating_mul(2) >= shortest * DAY_MILLIS
        && length <= 2 * longest * DAY_MILLIS;
    if fits {
        return;
    }
    let (amount, unit) = describe_length(length);
    let message = Message::new("range-period-mismatch")
        .with("period", period.as_str())
        .with("amount", amount)
        .with_term("unit", unit);
    checker.report(&RULE, path, range.span, message);
}

/// Returns a length in milliseconds as an amount and the catalogue key of its unit: days, hours,
/// or milliseconds below an hour.
fn describe_length(millis: i64) -> (String, &'static str) {
    const HOUR_MILLIS: i64 = 3_600_000;
    if millis >= DAY_MILLIS {
        (tenths(millis, DAY_MILLIS), "unit.days")
    } else if millis >= HOUR_MILLIS {
        (tenths(millis, HOUR_MILLIS), "unit.hours")
    } else {
        (millis.to_string(), "unit.milliseconds")
    }
}

/// Formats `value / unit` rounded to one decimal, without a trailing `.0`, in integer arithmetic
/// that cannot overflow (`value` is not negative and `unit` is at most a day).
fn tenths(value: i64, unit: i64) -> String {
    let mut whole = value / unit;
    let mut tenth = (value % unit * 10 + unit / 2) / unit;
    if tenth == 10 {
        whole += 1;
        tenth = 0;
    }
    match tenth {
        0 => whole.to_string(),
        digit => format!("{whole}.{digit}"),
    }
}
