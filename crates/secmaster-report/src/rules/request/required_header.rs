//! SR603 `required-header`: `Content-Type`, `Region` and `X-Auth-Token` are present.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::Headers;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

use super::{header_pointer, REQUIRED_HEADERS};

pub(crate) static RULE: Rule = Rule {
    code: "SR603",
    name: "required-header",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: the request headers content-type, Region and X-Auth-Token are mandatory",
    what: "Reports each required header that is missing: `Content-Type`, `Region` and \
           `X-Auth-Token`, with names compared without case as HTTP does. The pointer is \
           the header's, such as `#/headers/region`; in a file the span is the request \
           line.",
    why: "The service rejects a request without a token (401) or without a region, and \
          without `Content-Type` it cannot read the body as JSON.",
    invalid: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports\nContent-Type: application/json;charset=UTF-8\nX-Auth-Token: {{token}}",
    fixed: "POST https://secmaster.cn-north-4.myhuaweicloud.com/v1/0123456789abcdef0123456789abcdef/workspaces/75645d0a-93b8-4a7f-a77c-e97009389445/sa/reports\nContent-Type: application/json;charset=UTF-8\nRegion: cn-north-4\nX-Auth-Token: {{token}}",
    known_problems: "HTTP clients add some headers on their own, such as curl's `--json`, \
                     which adds `Content-Type: application/json`; the checker sees only \
                     what the file or the command states, and `--json` as curl documents \
                     it.",
};

pub(crate) fn check(checker: &mut Checker<'_, '_>, headers: &Headers) {
    for name in REQUIRED_HEADERS {
        if headers.get(name).is_none() {
            let pointer = header_pointer(name);
            let message = Message::new("required-header").with("header", name);
            checker.report(&RULE, Path::Fixed(&pointer), Span::new(0, 0), message);
        }
    }
}
