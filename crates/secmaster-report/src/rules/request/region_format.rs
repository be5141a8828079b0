//! SR607 `region-format`: the `Region` header is a region ID of at most 64 characters.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::text::char_count;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR607",
    name: "region-format",
    severity: Severity::Error,
    evidence: Evidence::Sdk,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: Region is a mandatory region ID; SDK models: at most 64 characters",
    what: "Checks that the `Region` header is not empty and has at most 64 characters.",
    why: "The SDKs reject longer values, and the service cannot route a request without a \
          region.",
    invalid: "Region:",
    fixed: "Region: cn-north-4",
    known_problems: "Whether the region exists is checked by `region-unknown`, as a \
                     warning.",
};

/// The maximum length of the `Region` header in the SDK models.
pub(crate) const MAX_LENGTH: usize = 64;

/// Checks the value; returns true when it passed, so `region-unknown` may look at it.
pub(crate) fn check(checker: &mut Checker<'_, '_>, pointer: &str, value: &str) -> bool {
    let path = Path::Fixed(pointer);
    let length = char_count(value);
    if value.trim().is_empty() {
        let message = Message::new("region-format.empty");
        checker.report(&RULE, path, Span::new(0, value.len() as u32), message);
        return false;
    }
    if length > MAX_LENGTH {
        let message = Message::new("region-format.long")
            .with("length", length)
            .with("max", MAX_LENGTH);
        checker.report(&RULE, path, Span::new(0, value.len() as u32), message);
        return false;
    }
    true
}
