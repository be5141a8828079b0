//! SR608 `region-unknown`: the `Region` header names a region where SecMaster is served.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::REGIONS;
use crate::rules::text::closest;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR608",
    name: "region-unknown",
    severity: Severity::Warning,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "Official SDKs (huaweicloud-sdk-go-v3, services/secmaster/v1/region/region.go): SecMaster in 20 regions",
    what: "Compares the `Region` header with the 20 regions where the official SDKs place \
           SecMaster, exactly, and suggests the closest one for a likely typo.",
    why: "A misspelt or upper-case region such as `cn-north4` or `CN-NORTH-4` is not routed \
          to SecMaster.",
    invalid: "Region: cn-north4",
    fixed: "Region: cn-north-4",
    known_problems: "New regions appear before the SDKs list them, so the rule reports a \
                     warning; turn it off for a region it does not know yet.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, pointer: &str, value: &str) {
    if REGIONS.contains(&value) {
        return;
    }
    let span = Span::new(0, value.len() as u32);
    let message = Message::new("region-unknown").with("value", value);
    let reported = checker.report(&RULE, Path::Fixed(pointer), span, message);
    match closest(value.trim(), REGIONS) {
        Some(suggestion) => {
            let help = Message::new("did-you-mean").with("suggestion", suggestion);
            let reported = reported.help(help);
            // A change of case or of surrounding spaces alone is certain enough to apply.
            if suggestion.eq_ignore_ascii_case(value.trim()) {
                reported.fix(span, suggestion);
            }
        }
        None => {
            let help = Message::new("region-unknown.list").with("regions", REGIONS.join(", "));
            reported.help(help);
        }
    }
}
