//! SR113 `report-file-type`: `report_file_type` is `pdf`, `html` or `image`.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::model::fields::REPORT_FILE_TYPES;
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR113",
    name: "report-file-type",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: report_file_type is an image, a PDF or HTML; the spelling on the wire is not documented",
    what: "Checks that `report_file_type` names one of the documented kinds: `pdf`, `html` or \
           `image`, compared without case (`PDF` is accepted). Other values get a warning and, \
           for a likely misspelling, \"did you mean\".",
    why: "The API reference documents the three kinds without their spelling on the wire, so \
          any case is accepted and other values are likely mistakes.",
    invalid: r#"{"report_file_type": "docx"}"#,
    fixed: r#"{"report_file_type": "pdf"}"#,
    known_problems: "If the service expects another spelling (for example `PNG` for images), \
                     this rule cannot know it.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if REPORT_FILE_TYPES
        .iter()
        .any(|kind| kind.eq_ignore_ascii_case(&text))
    {
        return;
    }
    let message = Message::new("report-file-type")
        .with("value", &text)
        .with("expected", REPORT_FILE_TYPES.join(", "));
    let reported = checker.report(&RULE, path, value.span(), message);
    if let Some(suggestion) = closest(&text, REPORT_FILE_TYPES.iter().copied()) {
        reported
            .help(Message::new("did-you-mean").with("suggestion", suggestion))
            .fix_string(value.span(), suggestion);
    }
}
