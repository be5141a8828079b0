//! SR105 `report-period`: `report_period` is one of the four lowercase periods.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::REPORT_PERIODS;
use crate::model::ReportPeriod;
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR105",
    name: "report-period",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: report_period is weekly, daily, annual or monthly; the PHP SDK rejects any other value",
    what: "Checks that `report_period` is exactly `daily`, `weekly`, `monthly` or `annual`, in \
           lowercase. A case or spelling slip, or a synonym such as `yearly`, gets \"did you \
           mean\" and a fix.",
    why: "The values are an enumeration compared as written: `Weekly` and `WEEKLY` are \
          rejected, and there is no `yearly`.",
    invalid: r#"{"report_period": "Weekly"}"#,
    fixed: r#"{"report_period": "weekly"}"#,
    known_problems: "None known.",
};

/// Words people write for a period, and the value the service expects.
const SYNONYMS: &[(&str, &str)] = &[
    ("day", "daily"),
    ("week", "weekly"),
    ("month", "monthly"),
    ("year", "annual"),
    ("yearly", "annual"),
    ("annually", "annual"),
];

/// Reports a value that is not a period. Returns the period when it is one.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'_, '_>,
) -> Option<ReportPeriod> {
    let text = value.as_str()?;
    if let Some(period) = ReportPeriod::from_wire(&text) {
        return Some(period);
    }
    let lowercase = text.trim().to_ascii_lowercase();
    let suggestion = SYNONYMS
        .iter()
        .find(|(synonym, _)| *synonym == lowercase)
        .map(|(_, period)| *period)
        .or_else(|| closest(&text, REPORT_PERIODS.iter().copied()));
    let message = Message::new("report-period")
        .with("value", &text)
        .with("expected", REPORT_PERIODS.join(", "));
    let reported = checker.report(&RULE, path, value.span(), message);
    if let Some(suggestion) = suggestion {
        reported
            .help(Message::new("did-you-mean").with("suggestion", suggestion))
            .fix_string(value.span(), suggestion);
    }
    None
}
