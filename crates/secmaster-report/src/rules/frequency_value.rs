//! SR112 `frequency-value`: `frequency` is `daily`, `weekly` or `monthly`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::FREQUENCIES;
use crate::model::Frequency;
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR112",
    name: "frequency-value",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::Full,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: frequency options daily, monthly and weekly",
    what: "Checks that `frequency` is `daily`, `weekly` or `monthly`, in lowercase like \
           `report_period`. A case or spelling slip gets \"did you mean\" and a fix.",
    why: "The API reference lists these three options; the service has no other sending \
          frequency.",
    invalid: r#"{"frequency": "Weekly"}"#,
    fixed: r#"{"frequency": "weekly"}"#,
    known_problems: "No SDK declares `frequency` as an enumeration, so the lowercase spelling \
                     is inferred from `report_period`.",
};

/// Reports a value that is not a documented frequency. Returns the frequency and its value.
pub(crate) fn check<'doc, 'src>(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: Value<'doc, 'src>,
) -> Option<(Frequency, Value<'doc, 'src>)> {
    let text = value.as_str()?;
    if let Some(frequency) = Frequency::from_wire(&text) {
        return Some((frequency, value));
    }
    let message = Message::new("frequency-value")
        .with("value", &text)
        .with("expected", FREQUENCIES.join(", "));
    let reported = checker.report(&RULE, path, value.span(), message);
    if let Some(suggestion) = closest(&text, FREQUENCIES.iter().copied()) {
        reported
            .help(Message::new("did-you-mean").with("suggestion", suggestion))
            .fix_string(value.span(), suggestion);
    }
    None
}
