//! SR402 `frequency-period-mismatch`: `frequency` matches `report_period`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::{Frequency, ReportPeriod};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR402",
    name: "frequency-period-mismatch",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Meaning of frequency and report_period in the API reference",
    what: "Reports a daily, weekly or monthly `report_period` sent at another `frequency`.",
    why: "A report sent more often than its period repeats the same data; sent less often, it \
          leaves periods unreported.",
    invalid: r#"{"report_period": "weekly", "frequency": "daily"}"#,
    fixed: r#"{"report_period": "weekly", "frequency": "weekly"}"#,
    known_problems: "An annual report has no matching frequency and is not checked.",
};

pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    period: ReportPeriod,
    frequency: Frequency,
    value: Value<'_, '_>,
) {
    let expected = match period {
        ReportPeriod::Daily => Frequency::Daily,
        ReportPeriod::Weekly => Frequency::Weekly,
        ReportPeriod::Monthly => Frequency::Monthly,
        ReportPeriod::Annual => return,
    };
    if frequency == expected {
        return;
    }
    let message = Message::new("frequency-period-mismatch")
        .with("frequency", frequency.as_str())
        .with("period", period.as_str());
    checker
        .report(&RULE, path, value.span(), message)
        .help(Message::new("did-you-mean").with("suggestion", expected.as_str()))
        .fix_string(value.span(), expected.as_str());
}
