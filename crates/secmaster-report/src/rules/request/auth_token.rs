//! SR609 `auth-token`: the `X-Auth-Token` header is not empty.

use crate::check::{Checker, Path};
use crate::diagnostic::{Message, Severity};
use crate::request::SecretString;
use crate::rules::{Evidence, Rule, RuleDocs, SchemaSupport};
use crate::syntax::Span;

pub(crate) static RULE: Rule = Rule {
    code: "SR609",
    name: "auth-token",
    severity: Severity::Error,
    evidence: Evidence::Documented,
    schema: SchemaSupport::None,
};

pub(crate) static DOCS: RuleDocs = RuleDocs {
    source: "API reference, CreateReport: X-Auth-Token is a mandatory user token",
    what: "Checks that the `X-Auth-Token` header has a value other than spaces. The value \
           is a secret: no message, output or log of any front end shows it, and neither \
           does `Debug` of the request types.",
    why: "The service answers a request without a token with 401, after the body was \
          written and sent.",
    invalid: "X-Auth-Token:",
    fixed: "X-Auth-Token: {{token}}",
    known_problems: "Whether the token is valid and unexpired is known only to IAM.",
};

/// Checks the token; returns true when it is not empty, so `auth-token-form` may look at it.
pub(crate) fn check(checker: &mut Checker<'_, '_>, pointer: &str, token: &SecretString) -> bool {
    if !token.expose().trim().is_empty() {
        return true;
    }
    let span = Span::new(0, token.expose().len() as u32);
    let message = Message::new("auth-token.empty");
    checker.report(&RULE, Path::Fixed(pointer), span, message);
    false
}
