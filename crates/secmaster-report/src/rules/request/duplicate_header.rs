//! SR604 `duplicate-header`: each required header is sent once.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::header_pointer;

pub(crate) static RULE: Rule = Rule {
    code: "SR604",
    name: "duplicate-header",
    severity: Severity::Error,
    evidence: Evidence::Inferred,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "RFC 9110, section 5.3: a field that is not a list, such as Content-Type, must not be sent more than once",
    what: "Reports the second and later lines of `Content-Type`, `Region` or `X-Auth-Token`, \
           with names compared without case, at the name of each extra line.",
    why: "None of these headers is a list, so a server or gateway picks one of the values \
          or rejects the request; a request file that sets `Content-Type` twice often has \
          an old value left over.",
    invalid: "Content-Type: application/json;charset=UTF-8\ncontent-type: text/plain",
    fixed: "Content-Type: application/json;charset=UTF-8",
    known_problems: "Other headers may repeat: the API does not read them.",
};

/// Reports an extra line of a header. `count` is how many lines the header has in all.
pub(crate) fn report(checker: &mut Checker<'_, '_>, name: &str, count: usize) {
    let pointer = header_pointer(name);
    let message = Message::new("duplicate-header")
        .with("header", name.trim())
        .with("count", count);
    let span = Span::new(0, name.len() as u32);
    checker.report(&RULE, Path::Fixed(&pointer), span, message);
}
