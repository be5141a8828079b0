//! SR606 `content-type-parameters`: `Content-Type` has the documented `charset` and nothing else.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::content_type::{MediaType, DOCUMENTED};

pub(crate) static RULE: Rule = Rule {
    code: "SR606",
    name: "content-type-parameters",
    severity: Severity::Warning,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: content-type application/json;charset=UTF-8; RFC 8259, section 11: application/json defines no parameters",
    what: "Checks the parameters of an `application/json` `Content-Type`: a `charset` \
           parameter is present, once, and no other parameter is.",
    why: "`application/json;charset=UTF-8` is the only value the API reference documents. \
          JSON is UTF-8 by definition (RFC 8259), so a missing `charset` probably works, but \
          it is not what the service is documented to accept; other parameters have no \
          meaning for JSON.",
    invalid: "Content-Type: application/json",
    fixed: "Content-Type: application/json;charset=UTF-8",
    known_problems: "Whether the service accepts `application/json` without `charset` is \
                     not documented, so the rule reports a warning. curl's `--json` sends \
                     that value.",
};

/// Checks the parameters of a value whose media type is `application/json`.
pub(crate) fn check(
    checker: &mut Checker<'_, '_>,
    path: Path<'_>,
    value: &str,
    media_type: &MediaType,
) {
    let mut charsets = 0;
    for parameter in &media_type.parameters {
        let name = &value[parameter.name.start as usize..parameter.name.end as usize];
        let message = if name.eq_ignore_ascii_case("charset") {
            charsets += 1;
            if charsets == 1 {
                continue;
            }
            Message::new("content-type-parameters.repeated").with("parameter", name)
        } else {
            Message::new("content-type-parameters.unknown")
                .with("parameter", name)
                .with("expected", DOCUMENTED)
        };
        checker.report(&RULE, path, parameter.span, message);
    }
    if charsets == 0 {
        let end = value.trim_end().len() as u32;
        let message =
            Message::new("content-type-parameters.missing-charset").with("expected", DOCUMENTED);
        checker
            .report(&RULE, path, media_type.essence, message)
            .fix(Span::new(end, end), ";charset=UTF-8");
    }
}
