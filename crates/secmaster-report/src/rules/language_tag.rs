//! SR110 `language-tag`: `language` is a BCP 47 tag for Chinese or English.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Value;

pub(crate) static RULE: Rule = Rule {
    code: "SR110",
    name: "language-tag",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference example (zh-CN), Terraform provider (zh-cn); the console offers Chinese and English reports",
    what: "Checks that `language` has the form of a BCP 47 language tag (`zh-CN`, `en-US`, \
           `zh-cn`; tags are case-insensitive) and that its language is Chinese (`zh`) or \
           English (`en`). `zh_CN` gets a fix with a hyphen.",
    why: "The console creates reports in Chinese or English only, and every known request \
          uses a BCP 47 tag.",
    invalid: r#"{"language": "zh_CN"}"#,
    fixed: r#"{"language": "zh-CN"}"#,
    known_problems: "The accepted values are not documented; a value the console does not \
                     offer may still be accepted by the service.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, path: Path<'_>, value: Value<'_, '_>) {
    let Some(text) = value.as_str() else { return };
    if !is_language_tag(&text) {
        let message = Message::new("language-tag").with("value", &text);
        let reported = checker.report(&RULE, path, value.span(), message);
        let hyphenated = text.replace('_', "-");
        if is_language_tag(&hyphenated) {
            reported
                .help(Message::new("did-you-mean").with("suggestion", &hyphenated))
                .fix_string(value.span(), &hyphenated);
        }
        return;
    }
    let primary = text.split('-').next().unwrap_or_default();
    if !primary.eq_ignore_ascii_case("zh") && !primary.eq_ignore_ascii_case("en") {
        let message = Message::new("language-tag.unsupported").with("value", &text);
        checker.report(&RULE, path, value.span(), message);
    }
}

/// Returns true for the common form of a BCP 47 tag: a primary language of 2, 3 or 5 to 8
/// letters, then subtags of 1 to 8 letters or digits separated by hyphens.
pub(crate) fn is_language_tag(text: &str) -> bool {
    let mut subtags = text.split('-');
    let primary = subtags.next().unwrap_or_default();
    let primary_ok =
        matches!(primary.len(), 2 | 3 | 5..=8) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    primary_ok
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
